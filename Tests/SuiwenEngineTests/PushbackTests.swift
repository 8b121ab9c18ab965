import Testing
@testable import SuiwenEngine

/// Each question in turn, each with the context the one before it left.
func thread(_ questions: String...) throws -> [Reply] {
    var context = ""
    var replies: [Reply] = []
    for question in questions {
        let reply = try engine.answer(question, context: context)
        replies.append(reply)
        context = reply.context
    }
    return replies
}

/// The asker doubting the last answer, claims given to the wrong district, posts the article
/// names nobody to, and what 它 and 這個數字 point back to.
@Suite struct PushbackTests {
    @Test func aWrongNumberPushedBackIsCorrectedWithTheArticlesFigure() throws {
        let replies = try thread("廣州今年計劃完成多少城市更新固定資產投資?", "你確定?我看新聞說是三千億。")
        #expect(replies[1].status == .answered)
        #expect(replies[1].answer.hasPrefix("不是"))
        #expect(replies[1].answer.contains("2000億元"))
        // One reply to the whole message, not one to each of its sentences.
        #expect(replies[1].answer.components(separatedBy: "2000億元").count == 3)
    }

    @Test func aNumberThatIsAnotherFigureOfTheSameSentenceIsSaidToBeThatOne() throws {
        let replies = try thread("廣州要打造幾個萬億級產業鏈群?", "不對吧,我記得是13個。")
        #expect(replies[1].answer.hasPrefix("不是"))
        #expect(replies[1].answer.contains("8個"))
        #expect(replies[1].answer.contains("千億級產業鏈群:13個"))
    }

    @Test func theRightNumberPushedBackIsConfirmed() throws {
        let replies = try thread("市場主體同比增長了多少?", "不對吧,我記得是百分之三點八八")
        #expect(replies[1].answer.hasPrefix("是的"))
        #expect(replies[1].answer.contains("3.88%"))
    }

    @Test func doubtWithoutANumberRepeatsTheArticlesWords() throws {
        let figure = try thread("海珠摸排了多少家轉移意向企業?", "你確定嗎")
        #expect(figure[1].answer.contains("821"))
        let words = try thread("南沙的區委書記是誰?", "你確定嗎")
        #expect(words[1].status == .answered)
        #expect(words[1].answer.contains("盧一先"))
    }

    @Test func doubtWithNothingBeforeItAsksWhatIsMeant() throws {
        #expect(try engine.answer("你確定?").status == .noAnswer)
    }

    @Test func aClaimOfItsOwnInsideDoubtIsCheckedAsAClaim() throws {
        // Names a figure by its words: checked as any claim is, whatever came before.
        let replies = try thread("南沙的區委書記是誰?", "不對吧,萬億級產業鏈群是8個嗎?")
        #expect(replies[1].answer.hasPrefix("是的"))
        #expect(replies[1].answer.contains("萬億級產業鏈群:8個"))
    }

    @Test func aSpokenDecimalIsANumber() {
        #expect(engine.normalizer.normalize("百分之八點八八").string.contains("8.88"))
        #expect(engine.normalizer.normalize("三点八八").string == "3.88")
        // Not a time of day, nor a point with no digits after it.
        #expect(!engine.normalizer.normalize("三點鐘").string.contains("."))
    }

    @Test func whoSaidThisFigureIsTheSpeakerOfTheLastFigure() throws {
        let replies = try thread("廣州今年計劃完成多少城市更新固定資產投資?", "那這個數字是誰在會上說的?")
        #expect(replies[1].answer.contains("王宏偉"))
        #expect(!replies[1].answer.contains("315.55"))
    }

    @Test func itAfterAClaimAboutAThingInADistrictIsTheThing() throws {
        let replies = try thread("港科大(廣州)二期是在南沙吧?", "那它總投資是多少錢?")
        // 它 is the platform, and the article gives no sum for it: not the city's 2000億.
        #expect(replies[1].status == .noAnswer)
        #expect(!replies[1].answer.contains("2000"))
        // A district named first is the subject: 它 stays the district's.
        let district = try thread("南沙要建設廣州科技創新走廊的哪個極點?", "那它重點聚焦哪些產業?")
        #expect(district[1].answer.contains("集成電路"))
    }

    @Test func aPostTheArticleNamesNobodyToNamesWhoItDoesName() throws {
        let reply = try engine.answer("越秀區的區長是誰?")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("區長"))
        #expect(reply.answer.contains("郭昊羽"))
    }

    @Test func aPlaceClaimedOfAnotherDistrictIsCorrected() throws {
        let reply = try engine.answer("建設廣州科技創新走廊南部極點是番禺區的任務,難道不是嗎?")
        #expect(reply.status == .answered)
        #expect(reply.answer.hasPrefix("不是"))
        #expect(reply.answer.contains("南沙"))
        let located = try engine.answer("中大紡織商圈是天河區的吧")
        #expect(located.answer.hasPrefix("不是"))
        #expect(located.answer.contains("海珠"))
    }

    @Test func aProgramClaimedOfAnotherDistrictGetsNoVerdict() throws {
        // The city's 城中村改造 may well reach 天河: the article does not say, so no "not so".
        let reply = try engine.answer("天河區要推進城中村改造嗎?")
        #expect(reply.status == .noAnswer)
        #expect(!reply.answer.hasPrefix("不是"))
    }

    @Test func aCompanyIntroducingItselfIsTheAskersStory() throws {
        let reply = try engine.answer("本公司是台灣的電子廠商,有意在南沙設立營運據點,想請教文章提到南沙要推進哪些平台建設?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("南沙科學城"))
    }

    @Test func whichLeaderIsInChargeOfABodyIsItsHead() throws {
        let reply = try engine.answer("廣州市商務局目前是哪位領導在負責?")
        #expect(reply.answer.contains("洪謙"))
    }
}

/// What the second reader of the pushback found, kept fixed.
@Suite struct PushbackReviewTests {
    @Test func aNumberInAnotherMagnitudeIsNotTheFigure() throws {
        let replies = try thread("今年廣州完成多少城市更新固定資產投資?", "不對吧,是2000萬吧")
        #expect(replies[1].answer.hasPrefix("不是"))
        #expect(replies[1].answer.contains("2000億元"))
    }

    @Test func eachFigureTheLastAnswerGaveIsChecked() throws {
        // The answer gave the count and its growth: the growth is the one confirmed.
        let replies = try thread("廣州市場主體同比增長多少?", "我記得是三點八八")
        #expect(replies[1].answer.hasPrefix("是的"))
        #expect(replies[1].answer.contains("3.88%"))
    }

    @Test func aClaimWithDoubtWordsAndNothingBeforeIsStillChecked() throws {
        let reply = try engine.answer("我記得增速是3.88%,對嗎?")
        #expect(reply.answer.hasPrefix("是的"))
    }

    @Test func doubtAfterQuestionsOfTheirOwnDoesNotStopTheSplit() throws {
        let reply = try engine.answer("南沙書記是誰?海珠書記是誰?我記得還有越秀")
        #expect(reply.answer.contains("盧一先") && reply.answer.contains("蔡澍"))
    }

    @Test func theOtherOneIsTheOtherThingOfItsKind() throws {
        let replies = try thread("那個海珠那邊加快復建房建設的有瀝滘村對吧", "嗯那另外一個呢")
        #expect(replies[1].answer.contains("新市頭村"))
    }

    @Test func aDeputyPostNamesTheHeadTheArticleDoesName() throws {
        let reply = try engine.answer("商務局副局長是誰?")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("洪謙"))
    }

    @Test func thisFigureNeedsAFigureBeforeIt() throws {
        let replies = try thread("廣州今年計劃推進多少個城中村改造項目?", "城市更新固定資產投資的目標呢?單位是什麼?", "這兩個數是誰在會上介紹的?")
        #expect(replies[2].answer.contains("王宏偉"))
    }

    @Test func anotherDistrictAlsoHavingOneGetsNoVerdict() throws {
        let reply = try engine.answer("白雲區也有國際化人才特區嗎?")
        #expect(!reply.answer.hasPrefix("不是"))
    }
}
