import Testing
@testable import SuiwenEngine

/// A post taken for granted before the question, doubt in the asker's own words, and a thing
/// named whose sentence answers rather than a sentence of its owner's that shares a word.
@Suite struct PremisesAndDoubtsTests {
    @Test func aWrongPostTakenForGrantedBeforeTheQuestionIsCorrectedThenTheQuestionAnswered() throws {
        let reply = try engine.answer("聽說盧一先是海珠區委書記,他說要鞏固提升多大規模的汽車產業集群?")
        #expect(reply.answer.hasPrefix("盧一先不是海珠區委書記"))
        #expect(reply.answer.contains("南沙區委書記"))
        #expect(reply.answer.contains("兩千億級"))
        // A post they hold: nothing to correct.
        let right = try engine.answer("聽說盧一先是南沙區委書記,他說要鞏固提升多大規模的汽車產業集群?")
        #expect(right.answer.hasPrefix("盧一先表示"))
        // The claim alone is a post check, said once.
        let check = try engine.answer("盧一先是海珠區委書記嗎?")
        #expect(check.answer.components(separatedBy: "不是海珠區委書記").count == 2)
        // One post of two asked between: the answer, no correction.
        let between = try engine.answer("盧一先是海珠區委書記還是南沙區委書記?")
        #expect(!between.answer.contains("不是"))
    }

    @Test func doubtInWordsTheArticleNowhereWritesIsAnsweredWithItsWords() throws {
        let villages = try engine.answer("海珠哪兩個村在加快復建房建設?")
        let doubt = try engine.answer("不是冼村和獵德村嗎?", context: villages.context)
        #expect(doubt.intent == "followup.pushback")
        #expect(doubt.answer.contains("瀝滘村") && doubt.answer.contains("新市頭村"))
        // (No verdict: words of the asker's own may say the same as the article in other words.)
        let date = try engine.answer("大會是哪天開的?")
        for same in ["不是春節後第一個工作日嗎?", "咦,不是大年初七嗎?"] {
            let reply = try engine.answer(same, context: date.context)
            #expect(!reply.answer.contains("不是這樣"), "\(same)")
        }
        // Words the article writes: no such doubt (a claim of its own, not "not so").
        let asked = try engine.answer("具體是大年初幾呢?", context: date.context)
        #expect(!asked.answer.contains("不是這樣"))
    }

    @Test func aThingNamedIsAnsweredWhereItIsNamedNotByItsOwnersSentenceSharingAWord() throws {
        let reply = try engine.answer("南沙要建成什麼的南部極點?")
        #expect(reply.answer.contains("科技創新走廊南部極點"))
        #expect(!reply.answer.contains("新建成一批"))
        // A thing named in a claim before the question does not take the answer from what is asked.
        let two = try engine.answer("廣州是國家營商環境創新試點城市;越秀區要深化哪一種試點建設?它以甚麼為抓手?")
        #expect(two.answer.contains("試點街區"))
        #expect(two.answer.contains("信用走廊"))
    }
}

/// Claims of who said an event's words, a doubt naming another thing, a place outside the
/// article among listed ones, an item of a list the question names, blanks of two sentences,
/// English questions joined by a comma, and Latin cue words inside longer words.
@Suite struct EventsDoubtsListsBlanksAndEnglishTests {
    @Test func wordsAboutAnEventClaimedOfSomeoneElseAreWhoseTheyAre() throws {
        let reply = try engine.answer("說要配合辦好世界超高清視頻產業發展大會和讀懂中國國際會議的,是海珠區委書記蔡澍嗎?")
        #expect(reply.intent == "statement.speaker-check")
        #expect(reply.answer.hasPrefix("不是蔡澍"))
        #expect(reply.answer.contains("郭昊羽"))
    }

    @Test func aDoubtNamingAnotherThingGetsTheArticlesWords() throws {
        let level = try engine.answer("南沙要鞏固提升的汽車產業集群是什麼級別的?")
        let doubt = try engine.answer("你確定?不是萬億級嗎", context: level.context)
        #expect(doubt.intent == "followup.pushback")
        #expect(doubt.answer.contains("兩千億級"))
        // Something the last answer's speaker said elsewhere: a claim of its own, checked.
        let said = try engine.answer("郭永航說了什麼?")
        let more = try engine.answer("你確定?他不是還說了東部發展軸嗎?", context: said.context)
        #expect(more.intent != "followup.pushback")
        #expect(more.answer.contains("東部發展軸"))
    }

    @Test func aThingInsideALongerNameIsNoWordOfTheStatement() throws {
        // 超高清視頻 of 郭昊羽's 世界超高清視頻產業發展大會 is the event's, not the industry's.
        let reply = try engine.answer("提到新型顯示的是郭昊羽嗎?")
        #expect(!reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("郭永航"))
    }

    @Test func aPostNotHeldByThatNameIsNoPremiseToCorrect() throws {
        let reply = try engine.answer("郭永航是市政府一把手,他說了什麼?")
        #expect(!reply.answer.contains("不是"))
    }

    @Test func namesSideBySideWithoutAMarkAreNoList() throws {
        let reply = try engine.answer("南沙天河哪個是廣州新核?")
        #expect(!reply.answer.contains("我知道南沙,但"))
    }

    @Test func anItemBeyondWhatAnOpenListNamesIsNotPicked() throws {
        let last = try engine.answer("千億級產業鏈群最後一個是什麼?")
        #expect(!last.answer.contains("最後一個是新能源"))
        let fifth = try engine.answer("萬億級產業鏈群的第五個是什麼?")
        #expect(!fifth.answer.contains("上一個回答"))
    }

    @Test func anEnglishAppositionPartsNoQuestion() throws {
        let reply = try engine.answer("What did Cai Shu, Haizhu's party secretary, say?")
        #expect(reply.answer.components(separatedBy: "海珠區委書記").count <= 2)
        let growth = try engine.answer("How many market entities does Guangzhou have, and what is the growth rate?")
        #expect(growth.answer.contains("3.88%"))
    }

    @Test func aPlaceOutsideTheArticleListedAfterOneOfItsIsSaidToBeMissing() throws {
        let reply = try engine.answer("廣州有四大國家級開發區,廣州開發區、南沙、增城、黃埔,對吧?")
        #expect(reply.status == .answered)
        #expect(reply.answer.hasPrefix("不是"))
        #expect(reply.answer.contains("增城"))
        #expect(reply.answer.contains("文章沒有提到黃埔"))
        // Said once, where the answer says it already.
        let list = try engine.answer("廣州三大國家級開發區是廣州開發區、南沙和黃埔嗎?")
        #expect(list.answer.components(separatedBy: "文章沒有提到黃埔").count == 2)
        // Alone, it is outside the article.
        let alone = try engine.answer("黃埔的產業重點?")
        #expect(alone.status == .noAnswer)
    }

    @Test func anItemOfAListTheQuestionNamesIsPickedByItsPlace() throws {
        let reply = try engine.answer("千億級產業鏈群的第二個是哪個?")
        #expect(reply.answer.contains("現代高端裝備"))
        #expect(!reply.answer.contains("超高清視頻"))
        // Words saying which list before the place ask nothing more of the item.
        let said = try engine.answer("千億級那些列出來的第三個是什麼?")
        #expect(said.answer.contains("生物醫藥"))
        #expect(!said.answer.contains("現代高端裝備"))
    }

    @Test func blanksOfTwoSentencesAreEachFilled() throws {
        let reply = try engine.answer("填空:郭永航要求最大限度縮短項目「建設、投產、____」周期;還要讓國企敢干、民企敢闖、外企____。")
        #expect(reply.answer.contains("達產"))
        #expect(reply.answer.contains("敢投"))
    }

    @Test func englishQuestionsJoinedByACommaAreEachAnswered() throws {
        let reply = try engine.answer(
            "How many urban village renovation projects does Guangzhou plan to push this year, and what is the fixed-asset investment target for urban renewal?")
        #expect(reply.answer.contains("127"))
        #expect(reply.answer.contains("2000億"))
        let growth = try engine.answer("By end of 2022, how fast did the number of market entities in Guangzhou grow year on year?")
        #expect(growth.answer.contains("3.88%"))
    }

    @Test func aLatinCueWordInsideALongerWordIsNone() throws {
        // hi of which is no greeting.
        let reply = try engine.answer("which official said so")
        #expect(reply.intent != "chat.greeting")
        let greeting = try engine.answer("hi")
        #expect(greeting.intent == "chat.greeting")
    }

    @Test func aRelationAThingLacksIsSaidMissingWithWhatTheArticleSaysOfIt() throws {
        let reply = try engine.answer("海珠區的產業重點是什麼?")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("產業轉型升級"))
    }

    @Test func cantoneseSpokeSplitByItsParticleIsSpoke() throws {
        let reply = try engine.answer("仲有邊啲人發咗言㗎?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("蔡澍"))
    }
}

/// What happened on a day the graph dates: the event of that date.
@Suite struct EventsOnADateTests {
    @Test(arguments: ["兔年首個工作日發生了什麼?", "1月28日發生了什麼?", "大年初七廣州開了什麼會?"])
    func whatHappenedOnADayIsTheEventOfThatDate(question: String) throws {
        let reply = try engine.answer(question)
        #expect(reply.intent == "event.on-date")
        #expect(reply.answer.contains("高質量發展大會"))
    }

    @Test func aDayTheGraphDoesNotDateIsNoEvent() throws {
        let reply = try engine.answer("5月1日發生了什麼?")
        #expect(reply.intent != "event.on-date")
        #expect(!reply.answer.contains("高質量發展大會召開"))
    }
}

/// A doubt that names another person with their place and that they said it.
@Suite struct DoubtsNamingAPersonTests {
    @Test func anotherPersonNamedWithTheirPlaceIsNotTheOne() throws {
        let figure = try engine.answer("城市更新固定資產投資目標多少錢")
        let who = try engine.answer("這是誰講的", context: figure.context)
        #expect(who.answer.contains("王宏偉"))
        let doubt = try engine.answer("不是海珠的蔡澍說的嗎?", context: who.context)
        #expect(doubt.intent == "followup.pushback")
        #expect(doubt.answer.hasPrefix("不是"))
        #expect(doubt.answer.contains("王宏偉"))
    }
}

/// The rest of a name asked: the one thing whose name goes on from the one named.
@Suite struct NamesCompletedTests {
    @Test func theRestOfANameAskedIsTheWholeName() throws {
        let reply = try engine.answer("他還說要建設廣州科技創新走廊的甚麼?")
        #expect(reply.answer.contains("廣州科技創新走廊南部極點"))
        // A place that owns things is asked of, not completed: 南沙 of 南沙科學城.
        let place = try engine.answer("南沙的什麼?")
        #expect(!place.answer.hasPrefix("是南沙科學城"))
    }
}

/// 這話 points at the passage the last answer quoted, as 這句話 does.
@Suite struct ThisPassageWordsTests {
    @Test func whoseTheseWordsAreIsCheckedAgainstTheLastPassage() throws {
        let said = try engine.answer("市商務局局長說商務系統要當企業的什麼人?提供什麼樣的服務?")
        let check = try engine.answer("這話是高裕躍說的吧?", context: said.context)
        #expect(check.answer.hasPrefix("不是高裕躍"))
        #expect(check.answer.contains("洪謙"))
    }
}
