import Testing
@testable import SuiwenEngine

/// An item of the last list picked by its district (其中海珠那個) or by its place and 那裡
/// (第二個那裡的區委書記), the other figure of the last answer's sentence (那另一個呢), a date or
/// an amount asked after where a thing is (of the thing, not its district), and 他 after 請問
/// that names its own person.
@Suite struct ListItemsByPlaceAndOtherFiguresTests {
    @Test func theItemOfTheLastListInADistrictNamedIsAnswered() throws {
        let replies = try thread("王宏偉是哪個部門的?", "他說重點推進哪些片區改造?", "其中海珠那個叫什麼?")
        #expect(replies[2].status == .answered)
        #expect(replies[2].answer.contains("新中軸線"))
        #expect(!replies[2].answer.contains("廣州火車站"))
        // (With no list before it, 海珠那個叫什麼 picks no item.)
        let alone = try engine.answer("其中海珠那個叫什麼?")
        #expect(!alone.answer.contains("新中軸線"))
    }

    @Test func anOrdinalWithAPlaceWordBeforeItsPossessiveAsksOfTheItem() throws {
        #expect(engine.ordinalOwnsWhatFollows(Array("第2个那里的区委书记是谁"), last: false))
        #expect(!engine.ordinalOwnsWhatFollows(Array("第2个那里是什么"), last: false))
        let replies = try thread("三大国家级开发区", "第二个那里的区委书记是谁")
        #expect(replies[1].status == .answered)
        #expect(replies[1].answer.contains("卢一先") || replies[1].answer.contains("盧一先"))
    }

    @Test func theOtherFigureIsTheOneOtherOfTheLastAnswersSentence() throws {
        let replies = try thread("越秀", "招商项目目标多少个", "那另一个呢")
        #expect(replies[1].answer.contains("200"))
        #expect(replies[2].status == .answered)
        #expect(replies[2].answer.contains("10家"))
        #expect(!replies[2].answer.contains("200"))
    }

    @Test func aDateOrAnAmountAfterWhereAThingIsIsOfTheThing() throws {
        let replies = try thread("港科大(廣州)二期係邊個區嘅?", "投資幾多?")
        #expect(replies[0].answer.contains("南沙"))
        // (Not 南沙's amounts, 百億級 projects: the article gives none of the platform's.)
        #expect(replies[1].status == .noAnswer)
        #expect(!replies[1].answer.contains("百億級"))
        // (After where a figure's subject is not asked, the figure words still find their figure.)
        let figure = try thread("广州现在有多少户市场主体?", "换个话题,今年城中村改造项目计划推进几个?", "那刚才那个市场主体的数字是截至什么时候的?")
        #expect(figure[2].answer.contains("2022年底"))
    }

    @Test func aPronounAfterTheNameItPointsAtDoesNotPointBack() throws {
        let keys = engine.normalizer.normalize("廣州市委書記是哪一位?他在會上具體講了些什麼?").keys
        #expect(!engine.pointsBack(keys))
        #expect(engine.pointsBack(engine.normalizer.normalize("他們分別是誰?").keys))
        let reply = try engine.answer("您好,我今年七十多歲了。今年這個大會是大年初七開的,是市委、市政府一起召開的。請問廣州市委書記是哪一位?他在會上具體講了些什麼?")
        #expect(reply.status == .noAnswer)
        #expect(!reply.answer.contains("1月28日"))
    }
}
