import Testing
@testable import SuiwenEngine

/// A speaker's statement on the thing the question names, its full words asked for after it,
/// punctuation said aloud to a voice typist, and who among the people the last answer named.
@Suite struct StatementsAndGroupsTests {
    @Test func aSpeakersStatementOnTheThingNamedIsTheAnswer() throws {
        let reply = try engine.answer("郭永航說要構建怎樣的政商關係?")
        #expect(reply.answer.contains("親清政商關系"))
        // Not the rest of his speech.
        #expect(!reply.answer.contains("萬億級"))
        // What he said, asked with no thing named, is still all of it.
        let all = try engine.answer("郭永航說了什麼?")
        #expect(all.answer.contains("萬億級"))
        #expect(all.answer.contains("親清政商關系"))
    }

    @Test func detailAfterABriefStatementGivesItsWordsAsWritten() throws {
        let first = try engine.answer("郭永航說要構建怎樣的政商關係?")
        #expect(!first.answer.contains("杜絕庸懶散拖行為"))
        let detail = try engine.answer("具體呢?", context: first.context)
        #expect(detail.status == .answered)
        #expect(detail.answer.contains("杜絕庸懶散拖行為"))
        // 還有呢 asks for more, not the same statement again.
        let more = try engine.answer("還有呢?", context: first.context)
        #expect(!more.answer.contains("杜絕庸懶散拖行為"))
    }

    @Test func punctuationSaidAloudSplitsTheQuestions() throws {
        let reply = try engine.answer("那个蔡澍书记说走访了多少家企业逗号摸排了多少家转移意向企业问号")
        #expect(reply.answer.contains("4500"))
        #expect(reply.answer.contains("821"))
        // A mark's name not said as one stays a word (no question is made of it).
        #expect(QAEngine.isMark("?".unicodeScalars.first!))
        #expect(!QAEngine.isMark("號".unicodeScalars.first!))
    }

    @Test func whoAmongThemIsAskedOfThePeopleTheLastAnswerNamed() throws {
        let both = try engine.answer("南沙和海珠兩位區委書記分別是誰?")
        let among = try engine.answer("他們之中誰同時是市委常委?", context: both.context)
        #expect(among.answer.contains("盧一先"))
        #expect(!among.answer.contains("蔡澍不是"))
        // 另一位 after a turn about one of them: the other one.
        let other = try engine.answer("另一位說他那個區目前走訪了多少企業?", context: among.context)
        #expect(other.answer.contains("4500"))
        #expect(other.answer.contains("蔡澍"))
        let back = try engine.answer("另一位呢?", context: other.context)
        #expect(back.answer.contains("盧一先"))
    }
}

/// A story before 我想先問問, a district's contact details, a name pushed back after who holds a
/// post, a post beside 這位, 他們 of a body, the level of a post picking one asked back about,
/// a passage quoted and claimed of the wrong speaker, 原話 after a clause, and 它 before a name.
@Suite struct PushbackQuotesAndPointersTests {
    @Test func aStoryBeforeTheQuestionIsSetAside() throws {
        let reply = try engine.answer("我在佛山開了十幾年廠,老婆說乾脆搬過去算了。我想先問問,南沙那邊重點搞哪些產業啊?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("集成電路"))
    }

    @Test func aDistrictsContactDetailsAreNotInTheArticle() throws {
        let reply = try engine.answer("越秀招商部門的電話多少?")
        #expect(reply.status == .noAnswer)
        #expect(!reply.answer.contains("200"))
    }

    @Test func aNamePushedBackAfterWhoHoldsAPostIsCorrected() throws {
        let first = try engine.answer("海珠區委書記是誰?")
        let pushed = try engine.answer("不對吧,我記得是郭昊羽?", context: first.context)
        #expect(pushed.answer.hasPrefix("不是"))
        #expect(pushed.answer.contains("蔡澍是海珠區委書記"))
        #expect(pushed.answer.contains("郭昊羽是越秀區委書記"))
        // The holder named again is no pushback to correct.
        let same = try engine.answer("我記得是蔡澍", context: first.context)
        #expect(!same.answer.hasPrefix("不是"))
        // 這位書記 next is the one the article names.
        let next = try engine.answer("這位書記說已經走訪了多少家企業?", context: pushed.context)
        #expect(next.answer.contains("4500"))
    }

    @Test func aPostBesideThatOneAsksWhoHoldsItWhenWhoIsAsked() throws {
        let first = try engine.answer("越秀區委書記是誰?")
        let reply = try engine.answer("在這個會上講話的那位市長,他姓什麼叫什麼?", context: first.context)
        #expect(reply.answer.contains("郭永航"))
    }

    @Test func theyAfterABodyIsTheBody() throws {
        let first = try engine.answer("郭永航說要最大限度縮短項目的什麼週期?")
        let reply = try engine.answer("發改委那邊呢?他們講了什麼", context: first.context)
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("發展改革委"))
        #expect(!reply.answer.contains("郭永航"))
    }

    @Test func theLevelOfAPostPicksOneAskedBackAbout() throws {
        let first = try engine.answer("姓郭的領導講了啥?")
        #expect(first.status == .clarify)
        let district = try engine.answer("區裡那個", context: first.context)
        #expect(district.answer.contains("郭昊羽"))
        let city = try engine.answer("市裡那個", context: first.context)
        #expect(city.answer.contains("郭永航"))
    }

    @Test func aQuotedPassageClaimedOfTheWrongSpeakerSaysWhose() throws {
        let reply = try engine.answer("郭永航是不是說過「工業上樓」?")
        #expect(reply.answer.hasPrefix("不是郭永航"))
        #expect(reply.answer.contains("蔡澍"))
        #expect(reply.answer.contains("工業上樓"))
        let own = try engine.answer("郭永航說過「有呼必應」嗎?")
        #expect(own.answer.hasPrefix("是的"))
        #expect(QAEngine.quotedPassages("「工業上樓」和“國企敢干”") == ["工業上樓", "國企敢干"])
    }

    @Test func theWordsAsWrittenAfterAClauseAreThatClause() throws {
        let first = try engine.answer("「世界水準、中國氣派、灣區特色、嶺南風韻」是誰說的?")
        let reply = try engine.answer("原話是說要打造什麼?", context: first.context)
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("標桿"))
    }

    @Test func itBeforeANameIsTheLastSubject() throws {
        let first = try engine.answer("南沙打算建設哪些平台?")
        let reply = try engine.answer("我不是問這個,我是問它在科技創新走廊裡的定位", context: first.context)
        #expect(reply.answer.contains("南部極點"))
    }

    @Test func aThingNamedAfterAPlaceInAFollowUpIsTheNewSubject() throws {
        let first = try engine.answer("五極是哪五個,幫我列一下")
        let reply = try engine.answer("另外南沙講的四鏈融合呢", context: first.context)
        #expect(reply.answer.contains("人才鏈"))
        #expect(!reply.answer.contains("三大國家級開發區"))
    }
}

/// A second reader's cases: a question of its own after being asked back, 它 among time words,
/// 他們 beside a body with a group in context, 他倆, a role before 他 only right before it,
/// a mark's name inside a word, a thing of another place, doubt beside a question of its own,
/// what the figures given are, and how far apart two figures are.
@Suite struct SecondReadersCasesTests {
    @Test func aQuestionOfItsOwnAfterBeingAskedBackIsAnswered() throws {
        let first = try engine.answer("姓郭的領導講了啥?")
        #expect(first.status == .clarify)
        let reply = try engine.answer("市裡今年計劃推進多少個城中村改造項目?", context: first.context)
        #expect(reply.answer.contains("127"))
    }

    @Test func thatDayBeforeAPostIsNoIt() throws {
        let first = try engine.answer("越秀區委書記是誰?")
        let reply = try engine.answer("那天市長講了什麼?", context: first.context)
        #expect(reply.answer.contains("郭永航"))
    }

    @Test func theyBesideABodyIsTheBodyEvenWithAGroup() throws {
        let first = try engine.answer("南沙和海珠兩位區委書記分別是誰?")
        let body = try engine.answer("住建局那邊呢?他們講了什麼", context: first.context)
        #expect(body.answer.contains("王宏偉"))
        let pair = try engine.answer("他倆誰是市委常委?", context: first.context)
        #expect(pair.answer.contains("盧一先"))
        #expect(!pair.answer.contains("蔡澍不是"))
    }

    @Test func aMarksNameInsideAWordIsNoMark() throws {
        let engineWithMarks = engine
        #expect(engineWithMarks.withMarksSpoken("市長那句號召是什麼?") == "市長那句號召是什麼?")
        #expect(engineWithMarks.withMarksSpoken("走訪了多少家逗號摸排了多少家問號") == "走訪了多少家,摸排了多少家?")
    }

    @Test func doubtBesideAQuestionOfItsOwnIsNoPushback() throws {
        let first = try engine.answer("市長是誰?")
        let reply = try engine.answer("真的嗎?那郭昊羽是做什麼的?", context: first.context)
        #expect(!reply.answer.hasPrefix("不是"))
        #expect(reply.answer.contains("越秀區委書記"))
    }

    @Test func theseFiguresAreWhatEachCounts() throws {
        let first = try engine.answer("海珠走訪了多少家企業,摸排了多少家?")
        let reply = try engine.answer("這倆數分別指啥?", context: first.context)
        #expect(reply.answer.contains("走訪"))
        #expect(reply.answer.contains("轉移意向"))
    }

    @Test func howFarApartTwoFiguresAreIsTheirDifference() throws {
        let reply = try engine.answer("萬億級產業鏈群和千億級產業鏈群,哪一類的數量更多?多幾個?")
        #expect(reply.answer.contains("13個"))
        #expect(reply.answer.contains("相差5個"))
        let simplified = try engine.answer("万亿级和千亿级产业链群加起来一共多少个?")
        #expect(simplified.answer.contains("合计21个"))
    }

    @Test func whatEndingInWeiHeAsksWhatNotWhy() throws {
        let reply = try engine.answer("閣下可否告知,盧一先先生於是次大會中之正式職銜為何?")
        #expect(reply.answer.contains("南沙區委書記"))
        #expect(!reply.answer.contains("大年初七"))
    }
}

/// 那句話的下一句 after whose words a quoted passage is: what follows the passage, not the end of
/// the statement that holds it.
@Suite struct NextSentenceAfterAQuoteTests {
    @Test func theNextSentenceGoesOnFromThePassageQuoted() throws {
        let first = try engine.answer("「有呼必應、無事不擾」是誰說的?")
        #expect(first.answer.contains("郭永航"))
        let next = try engine.answer("那句話的下一句呢?", context: first.context)
        #expect(next.status == .answered)
        #expect(next.answer.contains("杜絕庸懶散拖行為"))
    }
}
