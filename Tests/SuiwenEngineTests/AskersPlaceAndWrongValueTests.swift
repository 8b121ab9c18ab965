import Testing
@testable import SuiwenEngine

/// The asker's own place called 我們區, a value written as another of its kind (上午 for 下午),
/// a quote of the document's words after a story, someone called by surname in a story, a
/// body's person the article does not name, what a thing carried from the last turn says, and
/// a total asked of figures.
@Suite struct AskersPlaceAndWrongValueTests {
    @Test func theAskersOwnPlaceIsThePlaceTheyNamed() throws {
        #expect(engine.withAskersPlaceNamed("我是越秀區的居民,想問問我們區委書記是哪位?") == "我是越秀區的居民,想問問越秀區委書記是哪位?")
        #expect(engine.withAskersPlaceNamed("我是海珠瀝滘村的村民,報告裡有沒有講到我們村?") == "我是海珠瀝滘村的村民,報告裡有沒有講到瀝滘村?")
        // (Nothing named before it, or only outside a clause of the asker's (除了南沙), or two
        // such places (我住越秀,週末常去南沙玩): left as written.)
        #expect(engine.withAskersPlaceNamed("我們區委書記是哪位?") == "我們區委書記是哪位?")
        #expect(engine.withAskersPlaceNamed("除了南沙,我們區委書記有發言嗎?") == "除了南沙,我們區委書記有發言嗎?")
        #expect(engine.withAskersPlaceNamed("我是越秀區居民,週末常去南沙玩,我們區委書記是誰?") == "我是越秀區居民,週末常去南沙玩,我們區委書記是誰?")
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
        // (A time of day the asker tells of, or greets by, is no claim about the conference.)
        #expect(try engine.answer("我上午剛讀完這篇文章,大會是1月28日開的嗎?").answer.hasPrefix("不是") == false)
        #expect(try engine.answer("早上好,請問大會是哪天開的?").answer.contains("早上") == false)
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
        // (The asker's own name, 我是小王, calls nobody of the article's.)
        let own = try engine.answer("我是小王,在越秀上班,越秀的書記說了什麼?")
        #expect(own.answer.contains("郭昊羽"))
        #expect(!own.answer.contains("王宏偉"))
    }

    @Test func aTotalAskedIsTheSumOfTheFiguresInOneUnit() throws {
        let reply = try engine.answer("萬億級和千億級產業鏈群各有幾個?合計多少個?")
        #expect(reply.answer.contains("8個") && reply.answer.contains("13個"))
        #expect(reply.answer.contains("合計21個"))
        // (Not of a figure that is no plain number: 4500多家.)
        #expect(!(try engine.answer("海珠走訪了多少家企業,摸排出多少家轉移意向企業,合計多少?").answer.contains("合計")))
    }

    @Test func theOneOfABodyNobodyIsNamedOfIsNotTheLastTurnsPerson() throws {
        let speakers = try engine.answer("發言的部門負責人有哪些?")
        let reply = try engine.answer("市發展改革委那位叫什麼?", context: speakers.context)
        #expect(reply.status == .noAnswer)
        #expect(!reply.answer.contains("高裕躍"))
        // (A 他 of its own is still the last turn's person.)
        let mayor = try engine.answer("郭永航是什麼職務?")
        #expect(!(try engine.answer("他有沒有提到發改委那位?", context: mayor.context).answer.hasPrefix("是的")))
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
