import Testing
@testable import SuiwenEngine

/// A count carried to the next post named (部門負責人呢?), what several holders said asked with
/// 哪些內容, and words that ask what can be checked.
@Suite struct CountsCarriedAndContentAskedTests {
    @Test func aPostNamedAloneAfterACountAsksThatCountOfIt() throws {
        let first = try engine.answer("開會那天幾個區的書記發言")
        #expect(first.answer.contains("11"))
        let next = try engine.answer("部門負責人呢", context: first.context)
        #expect(next.status == .answered)
        #expect(next.answer.contains("6位"))
        // A place is no one counted: after 海珠's count of firms, 南沙呢 asks none of 南沙's.
        let firms = try engine.answer("海珠摸排了多少家转移意向企业?")
        let place = try engine.answer("南沙呢", context: firms.context)
        #expect(place.status == .noAnswer)
    }

    @Test func whatSeveralHoldersSaidAskedWith哪些內容IsAskedBack() throws {
        let reply = try engine.answer("局长讲了哪些内容?")
        #expect(reply.status == .clarify)
        #expect(reply.suggestions.count == 3)
        // Which of them spoke is still a list of them.
        let which = try engine.answer("哪些局长发言了?")
        #expect(which.status == .answered)
    }

    @Test func askingWhatCanBeCheckedIsAnsweredWithWhatCanBeAsked() throws {
        for question in ["你好,你能帮我核对哪些内容?", "你好,可以查什麼?"] {
            let reply = try engine.answer(question)
            #expect(reply.intent == "chat.help", "\(question)")
        }
    }

    @Test func aLandmarkOrTradeTheArticleNeverNamesIsOutsideIt() throws {
        // 廣州塔 begins with 廣州, which the article names; the tower it never does.
        let tower = try engine.answer("廣州塔多高啊")
        #expect(tower.status == .noAnswer)
        let trade = try engine.answer("南沙今年外贸进出口目标多少?")
        #expect(trade.status == .noAnswer)
        // A trade the asker tells of is no question of it.
        let story = try engine.answer("我在番禺开了家做外贸的小公司,营商环境这块有什么新举措吗")
        #expect(story.status == .answered)
    }

    @Test func aTotalOrDifferenceOfTheLastAnswersFiguresIsWorkedOut() throws {
        let both = try engine.answer("万亿级和千亿级产业链群各有几个?")
        let total = try engine.answer("两个加起来一共多少个?", context: both.context)
        #expect(total.answer.contains("21个"))
        // Said once, not again after itself.
        #expect(total.answer.components(separatedBy: "21个").count == 2)
        let difference = try engine.answer("相差多少", context: total.context)
        #expect(difference.answer.contains("5个"))
    }

    @Test func cantoneseAskingWhetherTheArticleMentionsAThing() throws {
        let reply = try engine.answer("呢篇文有冇提過瀝滘村?講咗啲乜?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("復建房"))
    }
}
