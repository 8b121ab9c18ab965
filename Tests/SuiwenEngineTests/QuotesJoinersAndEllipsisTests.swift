import Testing
@testable import SuiwenEngine

/// Passages quoted (what follows them, whose words they are, the sentence that holds them), two
/// questions said in one breath, a follow-up that names a district after a figure, and a figure
/// claimed of a district the article does not speak of.
@Suite struct QuotesJoinersAndEllipsisTests {
    @Test func whatFollowsAPassageIsTheRestOfItsRunNotAPairRepeatedLater() {
        let normalizer = engine.normalizer
        // 企敢 comes again in 外企敢投: the passage ends at 敢闖, whatever marks it is written with.
        #expect(QAEngine.after(passageIn: "“真正讓國企敢干、民企敢闖、……”後面是什麼?", "真正讓國企敢干、民企敢闖、外企敢投", normalizer) == "外企敢投")
        #expect(QAEngine.after(passageIn: "「真正让国企敢干民企敢闯」下一句", "真正讓國企敢干、民企敢闖、外企敢投", normalizer) == "外企敢投")
        // Quotation marks inside the clause are no break in the passage: nothing of it is left.
        #expect(QAEngine.after(passageIn: "「要讓招商引資跑起來」後面還說了什麼?", "要讓招商引資“跑”起來", normalizer) == nil)
        // Marks nested inside the question's quotation are part of the passage.
        #expect(QAEngine.after(passageIn: "\"要讓招商引資'跑'起來\"下一句是什麼?", "要讓招商引資“跑”起來", normalizer) == nil)
        #expect(QAEngine.after(passageIn: "「要讓招商引資\"跑\"起來」後面還說了什麼?", "要讓招商引資“跑”起來,以項目之進促發展", normalizer) == "以項目之進促發展")
        // A passage that shares no pair with the clause is not in it.
        #expect(QAEngine.after(passageIn: "「南沙科學城」後面呢", "要讓招商引資“跑”起來", normalizer) == nil)
    }

    @Test func thePassageAskedAfterIsFoundWithAnEllipsisAndWordsAround() throws {
        let reply = try engine.answer("帮我接一下后半句:“真正让国企敢干、民企敢闯、……”后面是什么?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("外企敢投"))
    }

    @Test func whoseWordsAQuotedPassageIsAskedBy原話IsItsSpeaker() throws {
        // 局長 names a post three people hold: not asked back, as the passage says whose it is.
        let reply = try engine.answer("“要讓招商引資‘跑’起來”是哪位局長的原話?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("洪謙"))
        // With the speaker's post, for a caption.
        #expect(reply.answer.contains("商務局局長"))
    }

    @Test func aPersonsWordsAsWrittenAreTheirSentenceThatHoldsThePassage() throws {
        let reply = try engine.answer("郭永航講“挺起產業脊梁”那一句,原話完整是怎麼說的?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("現代化經濟體系建設的產業"))
        // Someone else's words are not theirs: not given as 盧一先's.
        let other = try engine.answer("盧一先講“挺起產業脊梁”那一句,原話完整是怎麼說的?")
        #expect(!other.answer.contains("的原話"))
        #expect(!other.answer.contains("現代化經濟體系建設"))
    }

    @Test func theArticlesOwnWordsAreNobodysWordsAskedBy原話() throws {
        // 持續擦亮營商環境「金字招牌」is the article's, in no speech: no speaker is named for it.
        let reply = try engine.answer("“擦亮營商環境金字招牌”是誰的原話?")
        #expect(!reply.answer.contains("郭昊羽"))
    }

    @Test func twoQuestionsJoinedBy然後AreAnsweredEach() throws {
        let reply = try engine.answer("城中村改造今年計劃推進幾個項目然後就是說要投多少錢")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("127"))
        #expect(reply.answer.contains("2000億元"))
        // 然後呢 alone, with nothing after it, splits nothing: one answer, by one rule.
        let one = try engine.answer("南沙的區委書記是誰然後呢")
        #expect(one.answer.contains("盧一先"))
        #expect(!one.intent.contains("+"))
    }

    @Test func aDistrictAfterAFigureOfAThingIsWhatTheArticleSaysOfItsPartInIt() throws {
        let replies = try thread("今年計劃推進多少個城中村改造項目?", "海珠呢")
        #expect(replies[1].status == .answered)
        #expect(replies[1].answer.contains("康鷺片區"))
        // Not as if the last answer's number were the district's.
        #expect(replies[1].answer.hasPrefix("文章沒有給出海珠"))
        // A district the graph does not relate to the thing: the article gives no such figure.
        let none = try thread("海珠摸排了多少家轉移意向企業?", "那南沙呢?")
        #expect(none[1].status == .noAnswer)
    }

    @Test func aTemplateMatchesAfterALeading那() throws {
        let reply = try engine.answer("那海珠區哪位負責?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("蔡澍"))
    }

    @Test func aDistrictsFigureClaimedOfAnotherDistrictIsCorrected() throws {
        let reply = try engine.answer("引進10家500強央企子公司這個目標是黃埔區委書記說的吧?")
        #expect(reply.status == .answered)
        #expect(reply.answer.hasPrefix("不是"))
        #expect(reply.answer.contains("越秀"))
        #expect(!reply.answer.contains("是的"))
        // Whether the other district has one too, or both do, the article does not say: no verdict.
        #expect(!(try engine.answer("黃埔區也要引進10家500強央企子公司嗎?").answer.hasPrefix("不是")))
        #expect(!(try engine.answer("黃埔區和越秀區都要引進500強央企子公司嗎?").answer.hasPrefix("不是")))
    }

    @Test func aShortFollowUpBeginning那邊StillMatchesItsTemplate() throws {
        // 那 may lead in, but 那邊誰管 is a template's whole question.
        let replies = try thread("南沙的重點產業有哪些?", "那邊誰管")
        #expect(replies[1].answer.contains("盧一先"))
        #expect(replies[1].intent == "role.leader")
    }
}

/// A fill-in-the-blank question of several blanks, its sentence's speaker named before it.
@Suite struct SeveralBlanksTests {
    @Test func blanksAcrossClausesAreFilledWithTheSpeakerNamed() throws {
        let reply = try engine.answer("填空:郭永航要求構建親清政商關係,做到有呼必應、____,杜絕____行為,真正讓國企敢干、民企____、外企敢投。")
        #expect(reply.status == .answered)
        #expect(reply.answer.hasPrefix("無事不擾、庸懶散拖、敢闖"))
        // Someone else named before the same blanks: not their sentence.
        let other = try engine.answer("填空:蔡澍要求做到有呼必應、____,杜絕____行為。")
        #expect(!other.answer.hasPrefix("無事不擾"))
    }
}

/// 幾 before a number guesses (住咗幾十年): no count is asked.
@Suite struct GuessedTensTests {
    @Test func severalTensAsksNoCount() throws {
        let reply = try engine.answer("我喺越秀住咗幾十年,聽講越秀今年要幫手搞啲大型會議,係咪㗎?係邊啲會呀?")
        #expect(!reply.answer.contains("500強"))
        // 幾 before a measure word still asks: 幾個.
        #expect(try engine.answer("越秀今年要引進幾家500強央企子公司?").answer.contains("10家"))
        #expect(QAEngine.guessesTens([0x51E0, 0x31, 0x30, 0x5E74], 0, 1))
        #expect(!QAEngine.guessesTens([0x51E0, 0x5BB6], 0, 1))
    }
}
