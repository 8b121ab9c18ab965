import Testing

@testable import SuiwenEngine

/// A post of a thing no post is of, 裡面 for the last answer's list, a relation only another
/// thing of the question's has, the last answer's speaker holding what is asked, and a speaker
/// confirmed with their posts.
@Suite struct OwnersInsideWordsAndRelationsOfOthersTests {
    @Test func aTopicBeforeAPostIsWhatTheySpokeOf() throws {
        #expect(try engine.answer("城市更新局長說了什麼?").answer.contains("王宏偉"))
        #expect(!(try engine.answer("大會中大家都講了什麼?").answer.contains("中大紡織商圈")))
    }

    @Test func whatTheSecretaryOfAPlaceWithNoPostsSaidIsNotInTheArticle() throws {
        let reply = try engine.answer("從化的書記講了什麼")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("從化綠色發展示范區"))
        // (Not another district's secretary, whose words these are not.)
        #expect(!reply.answer.contains("郭昊羽"))
        // A district's own secretary is still theirs.
        #expect(try engine.answer("越秀的書記講了什麼").answer.contains("郭昊羽"))
    }

    @Test func whoRunsWhatAThingComesFromIsAnsweredThroughTheFactThatNamesBoth() throws {
        let reply = try engine.answer("最佳口碑城市是誰評的?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("全國工商聯"))
        // (Not through what someone said: 郭昊羽's district is his post's, not a topic's.)
        #expect(try engine.answer("郭昊羽是哪個區的?").answer.contains("越秀區委書記"))
    }

    @Test func insideWordsStandForTheListTheLastAnswerCounted() throws {
        let replies = try thread("千億級的產業鏈群有幾個", "裡面有生物醫藥嗎")
        #expect(replies[1].status == .answered)
        #expect(replies[1].answer.hasPrefix("是的"))
        #expect(replies[1].answer.contains("生物醫藥及高端醫療器械"))
        // (With nothing before it in the last turns, 裡面 points at nothing.)
        #expect(!(try engine.answer("裡面有生物醫藥嗎").answer.hasPrefix("是的")))
    }

    @Test func somethingNotAmongTheItemsOfAnOpenListIsSaidSoWithoutADenial() throws {
        let reply = try engine.answer("千億級產業鏈群包括新能源汽車嗎")
        #expect(!reply.answer.hasPrefix("不"))
        #expect(reply.answer.contains("文章列出的沒有新能源汽車與新型儲能"))
        #expect(reply.answer.contains("沒有列全"))
    }

    @Test func aRelationTheLastThingLacksIsAskedOfItsSpeaker() throws {
        let replies = try thread("盧一先說要建成廣州科技創新走廊的什麼", "大項目分幾個檔次")
        #expect(replies[1].answer.contains("百億級"))
        #expect(replies[1].answer.contains("10億級"))
        // (Not of a person's own post, by a generic word: 首席啥官 after 越秀's figures.)
        let officer = try thread("越秀今年招商目標 項目幾個 500強央企幾家", "首席啥官來著")
        #expect(officer[1].answer.contains("首席服務官"))
    }

    @Test func aSpeakerConfirmedIsNamedWithTheirPosts() throws {
        let reply = try engine.answer("是不是洪謙說要當好企業「娘家人」?")
        #expect(reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("商務局局長洪謙"))
    }

    @Test func placesAPostHolderSingledOutAreTheirWords() throws {
        let reply = try engine.answer("住建局局長點名要連片改造的片區有哪些?")
        #expect(reply.answer.contains("羅沖圍片區"))
        #expect(reply.answer.contains("王宏偉"))
        // (點名了 with no one named asks what is named: the villages.)
        #expect(try engine.answer("那到底點名了哪些村?").answer.contains("瀝滘村"))
    }
}

/// A figure of the last two answers asked again by what it counts, the second of two figures,
/// a name the article does not hold before a post, and things it never gives.
@Suite struct FiguresAgainAndUnknownNamesTests {
    @Test func aFigureAskedAgainByWhatItCountsIsThatOneOfTheLastTwoAnswers() throws {
        let replies = try thread("市場主體同比增長了多少", "總數呢", "你剛才說的增長率再說一遍")
        #expect(replies[2].answer.contains("3.88%"))
        #expect(!replies[2].answer.contains("315.55"))
    }

    @Test func theSecondOfTwoFiguresIsTheSecondFigure() throws {
        let replies = try thread("越秀區2023年招商有哪些量化目標?", "第二個具體指什麼企業?", "提出人及職務?")
        #expect(replies[1].answer.contains("500強央企子公司"))
        #expect(!replies[1].answer.contains("200個"))
        #expect(replies[2].answer.contains("郭昊羽"))
    }

    @Test func aNameTheArticleDoesNotHoldBeforeAPostIsOutsideIt() throws {
        let reply = try engine.answer("林克慶書記在大會上作了哪些部署?")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("林克慶"))
        // (A post alone is still asked of its holders.)
        #expect(try engine.answer("文章提到了哪幾位區委書記?").answer.contains("郭昊羽"))
    }

    @Test func outputsOfFirmsAndFiguresToComeAreNotGiven() throws {
        #expect(try engine.answer("廣汽今年產量目標多少").status == .noAnswer)
        #expect(try engine.answer("請問增城開發區2022年的工業產值是多少?").status == .noAnswer)
        // (A target the article gives, asked as what it will reach, is the target.)
        #expect(try engine.answer("城市更新固定資產投資今年能達到多少?").answer.contains("2000億元"))
    }

    @Test func whatOneOfSeveralHoldersSaysTheyWillDoAsksWhichOfThem() throws {
        let reply = try engine.answer("那位局長說要做哪些事?")
        #expect(reply.status == .clarify)
        #expect(reply.answer.contains("洪謙"))
        #expect(try engine.answer("書記作了哪些部署?").status == .clarify)
    }

    @Test func aRelationOfTheCitysOwnFactIsNotReachedThroughWhatTheFactIsAbout() throws {
        // (廣州's ranking is about the survey; who does 廣州's renewal is not who runs the survey.)
        #expect(!(try engine.answer("廣州的城市更新誰做?").answer.contains("全國工商聯")))
        let replies = try thread("聽說有個萬家民企評營商環境,廣州排第幾名?", "那是誰辦的評選?")
        #expect(replies[1].answer.contains("全國工商聯"))
    }

    @Test func theSecondOfTwoFiguresIsNoPlaceOrPerson() throws {
        let replies = try thread("越秀的目標是什麼?", "第二個區是哪個?")
        #expect(!replies[1].answer.contains("10家"))
    }
}

/// A place named beside a list's items, cue words that only ask for the answer's relation, where
/// a name points asked, and who gave the figures above.
@Suite struct PlacesOfItemsAndCueWordsTests {
    @Test func anItemTheArticleListsInASiblingWholeIsThere() throws {
        let reply = try engine.answer("萬億級產業鏈群包括生物醫藥嗎?")
        #expect(reply.answer.hasPrefix("不是"))
        #expect(reply.answer.contains("生物醫藥及高端醫療器械在千億級產業鏈群之列"))
    }

    @Test func aPlaceWhereAnItemOfTheListIsIsNoStranger() throws {
        let reply = try engine.answer("片區連片改造包括海珠嗎?")
        #expect(reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("城市新中軸線(海珠)在海珠"))
        // (A place none of its items is in is still not among them.)
        #expect(try engine.answer("三大國家級開發區包括黃埔嗎?").answer.hasPrefix("不是"))
    }

    @Test func wordsThatOnlyAskForTheRelationAreNoContentTheAnswerLacks() throws {
        let reply = try engine.answer("中大紡織商圈要轉型成甚麼?")
        #expect(reply.answer.contains("數字創意設計中心"))
        // (A claim is still judged by the clause that says it.)
        #expect(try engine.answer("瀝滘村的復建房是海珠區的對不對").answer.hasPrefix("是的"))
    }

    @Test func whereANamePointsIsWhereTheThingIs() throws {
        let reply = try engine.answer("科創走廊南部極點指的是哪裡?")
        #expect(reply.answer.contains("南沙"))
    }

    @Test func whoGaveTheTwoFiguresAboveIsTheirSpeaker() throws {
        let replies = try thread("今年廣州計劃推進多少個城中村改造項目?", "城市更新固定資產投資目標是多少?", "以上兩個數字是哪位官員介紹的?")
        #expect(replies[2].answer.contains("王宏偉"))
        #expect(!replies[2].answer.contains("蔡澍"))
    }

    @Test func englishShortNamesAndTwoPartQuestionsReadAsTheArticlesWords() throws {
        let reply = try engine.answer("how many market entities did Guangzhou have by the end of 2022, and by what percent did that grow?")
        #expect(reply.answer.contains("315.55"))
        #expect(reply.answer.contains("3.88%"))
        #expect(try engine.answer("HKUST(GZ)二期在大會上是跟哪些平台一起提的?").answer.contains("國際化人才特區"))
    }
}

/// Words that bring a speaker in, attributes of a post's one holder, written-language question
/// words, tiers typed as homophones, and a short name inside a longer one typed wrong.
@Suite struct IntroductionsHoldersAndWrittenWordsTests {
    @Test func whatSomeoneSaidIsNotTheWordsThatBringThemIn() throws {
        let replies = try thread("商務局局長是哪位呀", "洪謙說會給企業提供怎樣的服務?我們小店也有份嗎")
        #expect(replies[1].answer.contains("保姆式"))
        #expect(!replies[1].answer.contains("說過:廣州市商務局局長洪謙表示"))
    }

    @Test func anAttributeOfAPostsOneHolderIsAskedOfThem() throws {
        let reply = try engine.answer("海珠的書記今年幾歲了")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("蔡澍"))
        // (Not what they said: 婆家人 beside 娘家人 is no family asked.)
        #expect(try engine.answer("商務局局長說要當企業的啥人來著 娘家人還是婆家人 哈哈").answer.contains("娘家人"))
    }

    @Test func writtenLanguageAsksWhichDayAndHowMany() throws {
        #expect(try engine.answer("大會召開之日,於農曆為何日?").answer.contains("大年初七"))
        let replies = try thread("萬億級產業鏈群幾個", "千億級者又若干?")
        #expect(replies[1].answer.contains("13個"))
        let typed = try thread("萬億級產業鏈群幾個", "千億及的呢")
        #expect(typed[1].answer.contains("13個"))
    }

    @Test func theSharesOfAFigureTheArticleDoesNotBreakDownAreNotGiven() throws {
        let replies = try thread("城市更新固定資產投資目標是多少?", "那2000億裡面政府出資佔多少?")
        #expect(replies[1].status == .noAnswer)
    }

    @Test func aShortNameInsideALongerOneTypedWrongIsTheLongerOne() throws {
        let reply = try engine.answer("中大紡識商圈要打造成哪些基地")
        #expect(reply.answer.contains("理解為“中大紡織商圈”"))
        #expect(try engine.answer("中大嗰啲布行要搬去邊度㗎?").answer.contains("廣清紡織服裝產業園"))
    }
}

/// A post typed as its homophone, and an analyst's English words for a ranking and targets.
@Suite struct HomophonePostsAndAnalystsWordsTests {
    @Test func aPostTypedAsItsHomophoneIsThePost() throws {
        #expect(try engine.answer("越秀區那個書計叫什麼名字").answer.contains("郭昊羽"))
    }

    @Test func englishWordsForARankingAndTargetsAreTheArticlesWords() throws {
        #expect(try engine.answer("廣州在萬家民企評營商環境的ranking如何?").answer.contains("最佳口碑城市"))
        let targets = try engine.answer("越秀今年招商KPI是甚麼?要引進幾家500強央企子公司")
        #expect(targets.answer.contains("200個"))
        #expect(targets.answer.contains("10家"))
    }
}
