import Testing
@testable import SuiwenEngine

/// The asker's own place called 我們區, a value written as another of its kind (上午 for 下午),
/// a quote of the document's words after a story, someone called by surname in a story, a
/// body's person the article does not name, and what a thing carried from the last turn says.
@Suite struct AskersPlaceAndWrongValueTests {
    @Test func theAskersOwnPlaceIsThePlaceTheyNamed() throws {
        #expect(engine.withAskersPlaceNamed("我是越秀區的居民,想問問我們區委書記是哪位?") == "我是越秀區的居民,想問問越秀區委書記是哪位?")
        #expect(engine.withAskersPlaceNamed("我是海珠瀝滘村的村民,報告裡有沒有講到我們村?") == "我是海珠瀝滘村的村民,報告裡有沒有講到瀝滘村?")
        // (Nothing named before it: left as written.)
        #expect(engine.withAskersPlaceNamed("我們區委書記是哪位?") == "我們區委書記是哪位?")
        let reply = try engine.answer("喂,你好,我是越秀區的居民,想問問我們區委書記是哪位?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("郭昊羽"))
    }

    @Test func aValueWrittenAsAnotherOfItsKindIsCorrected() throws {
        let no = try engine.answer("大會是2023年1月28日上午召開的嗎?")
        #expect(no.answer.hasPrefix("不是"))
        #expect(no.answer.contains("下午"))
        let yes = try engine.answer("大會是下午開的嗎?")
        #expect(yes.answer.hasPrefix("是的"))
        // (A claim of several things, its figures right: the value corrected before them.)
        let claim = try engine.answer("稿子說大會是2023年1月28日上午召開的,6位市部門負責人和11區區委書記發言,有哪裡不對?")
        #expect(claim.answer.contains("下午"))
        #expect(claim.answer.contains("上午"))
    }

    @Test func aQuoteOfTheDocumentAfterAStoryIsWhatIsAsked() throws {
        #expect(engine.quotesTheDocument("那句「國企敢干、民企敢闖」後面還有半句"))
        #expect(!engine.quotesTheDocument("那句「今天天氣很好」"))
        let reply = try engine.answer("我每天早上喝完早茶就看報紙,那句「國企敢干、民企敢闖」後面還有半句,一下子想不起來了")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("外企敢投"))
    }

    @Test func someoneCalledBySurnameInAStoryIsAskedAbout() throws {
        let reply = try engine.answer("我老伴說電視上有個姓郭的在會上講話,講得很好,他講了些什麼?")
        #expect(reply.status == .clarify)
        #expect(reply.answer.contains("郭永航") && reply.answer.contains("郭昊羽"))
    }

    @Test func theOneOfABodyNobodyIsNamedOfIsNotTheLastTurnsPerson() throws {
        let speakers = try engine.answer("發言的部門負責人有哪些?")
        let reply = try engine.answer("市發展改革委那位叫什麼?", context: speakers.context)
        #expect(reply.status == .noAnswer)
        #expect(!reply.answer.contains("高裕躍"))
    }

    @Test func whatAThingCarriedFromTheLastTurnSaysIsNotTheDocumentsOutline() throws {
        let first = try engine.answer("廣州的營商環境改革是從1.0搞到幾點零了?")
        let reply = try engine.answer("每一版都講些什麼?", context: first.context)
        #expect(reply.answer.contains("簡政放權"))
        // (The document named: its outline.)
        let outline = try engine.answer("這篇文章講了些什麼?", context: first.context)
        #expect(outline.answer.contains("堅持制造業立市"))
    }

    @Test func aPlaceAskedWithinAWholeIsTheClauseNamingIt() throws {
        let reply = try engine.answer("從化在廣州的城市結構裡是定位成什麼?")
        #expect(reply.answer.contains("綠色發展示范區"))
    }
}
