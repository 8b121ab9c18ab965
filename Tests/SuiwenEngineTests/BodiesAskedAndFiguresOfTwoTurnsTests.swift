import Testing
@testable import SuiwenEngine

/// Which body said something, who of a post said the last answer, a group that spoke unnamed,
/// the figures of the last two answers, which of ten or more, and Cantonese 有冇話 / 叫咩.
@Suite struct BodiesAskedAndFiguresOfTwoTurnsTests {
    @Test func whichBodySaidSomethingIsItsSpeakerWithTheirPost() throws {
        let reply = try engine.answer("会上说要当好企业“娘家人”的是哪个部门?")
        #expect(reply.answer.contains("商务局"))
        #expect(reply.answer.contains("洪谦"))
        // Not a person's own body asked (高裕躍是哪個部門的?): their posts.
        let posts = try engine.answer("高裕躍是哪個部門的?")
        #expect(posts.answer.contains("工業和信息化局"))
    }

    @Test func whoOfAPostSaidTheLastAnswerIsItsSpeaker() throws {
        let target = try engine.answer("请问广州今年城市更新固定资产投资目标是多少?")
        #expect(target.answer.contains("2000亿"))
        let who = try engine.answer("这是哪个局的局长介绍的?", context: target.context)
        #expect(who.status == .answered)
        #expect(who.answer.contains("住房城乡建设局"))
        // Without a last answer, three directors spoke: which one.
        let alone = try engine.answer("这是哪个局的局长介绍的?")
        #expect(alone.status == .clarify)
        // Words of their own asked: whose words they are, whatever the last answer was.
        let words = try engine.answer("哪个局长说要当好企业娘家人?", context: target.context)
        #expect(words.answer.contains("洪谦"))
    }

    @Test func whetherAnUnnamedGroupSpokeIsYes() throws {
        let reply = try engine.answer("有企業家發言嗎?")
        #expect(reply.status == .answered)
        #expect(reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("優秀企業經營者"))
        // Who they were: not said.
        let names = try engine.answer("發言的優秀企業家叫什麼?")
        #expect(names.status == .noAnswer)
    }

    @Test func aDifferenceAfterTwoAnswersOfOneFigureEachIsOfBoth() throws {
        let trillion = try engine.answer("万亿级产业链群有几个?")
        let hundredBillion = try engine.answer("千亿级的呢?", context: trillion.context)
        #expect(hundredBillion.answer.contains("13个"))
        let difference = try engine.answer("两者相差几个?", context: hundredBillion.context)
        #expect(difference.answer.contains("5个"))
        let sum = try engine.answer("加起来呢?", context: difference.context)
        #expect(sum.answer.contains("21个"))
        // The token carries the earlier figures, and a forged one naming none is dropped.
        let context = try #require(ConversationContext(token: hundredBillion.context))
        #expect(context.earlierFigures.count == 1)
        // An answer with no figure between: nothing of both is left.
        let other = try engine.answer("南沙区委书记是谁?", context: hundredBillion.context)
        let after = try engine.answer("两者相差几个?", context: other.context)
        #expect(!after.answer.contains("5个"))
    }

    @Test func whichOfTenOrMoreIsTheListWhereThereIsOneElseTheFigure() throws {
        let list = try engine.answer("13個千億級產業鏈群是哪13個?")
        #expect(list.answer.contains("超高清視頻和新型顯示"))
        let wrongCount = try engine.answer("郭永航說要打造10個萬億級產業鏈群,是哪10個?")
        #expect(wrongCount.answer.contains("8個"))
        #expect(wrongCount.answer.contains("智能網聯與新能源汽車"))
        // A figure of no list (越秀's target of 10 firms): the figure, as a target.
        let target = try engine.answer("越秀已经引进了10家500强央企子公司,是哪10家?")
        #expect(target.answer.contains("目标"))
        // 哪一年 (written 哪1年) asks no list.
        let year = try engine.answer("郭永航是哪一年开始当广州市长的")
        #expect(year.status == .noAnswer)
    }

    @Test func cantoneseSaidAndNameAskedAreRead() throws {
        let said = try engine.answer("審批方面市長有冇話會快啲?")
        #expect(said.answer.contains("審批"))
        #expect(said.answer.contains("全力支持"))
        let name = try engine.answer("商务局长叫啥")
        #expect(name.answer.contains("洪谦"))
        let cantonese = try engine.answer("海珠區委書記叫咩名?")
        #expect(cantonese.answer.contains("蔡澍"))
    }
}
