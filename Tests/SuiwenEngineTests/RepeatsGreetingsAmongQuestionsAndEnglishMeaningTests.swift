import Testing
@testable import SuiwenEngine

/// The last answer asked for again, a greeting among questions, a post typed after 的, and
/// English that asks what words mean.
@Suite struct RepeatsGreetingsAmongQuestionsAndEnglishMeaningTests {
    @Test func sayItAgainRepeatsTheLastFiguresElseItsSentence() throws {
        let count = try engine.answer("广州今年计划推进多少个城中村改造项目")
        let again = try engine.answer("再说一遍", context: count.context)
        #expect(again.status == .answered)
        #expect(again.answer.contains("127"))
        // (After an answer from a clause: that clause's sentence.)
        let clause = try engine.answer("摸排的結果是什麼?")
        let repeated = try engine.answer("沒聽清,再講一次", context: clause.context)
        #expect(repeated.status == .answered)
        #expect(!repeated.citations.isEmpty)
        // (With nothing before it: nothing to repeat, nothing invented.)
        #expect(try engine.answer("再说一遍").status != .answered)
    }

    @Test func aGreetingAmongQuestionsLeavesTheAnswers() throws {
        let reply = try engine.answer("你好,在吗,南沙书记是谁?")
        #expect(reply.answer.contains("卢一先") || reply.answer.contains("盧一先"))
        #expect(!reply.answer.contains("我是穗問") && !reply.answer.contains("我是穗问"))
        // (在嗎 alone is a greeting, not a question of the document.)
        #expect(try engine.answer("在嗎?").intent == QAEngine.greetingRule)
    }

    @Test func aPostTypedWrongAfterTheBodyAnd的IsRead() throws {
        let reply = try engine.answer("南沙的书计是谁")
        #expect(reply.answer.contains("卢一先") || reply.answer.contains("盧一先"))
    }

    @Test func englishWhatDoesItMeanAsksTheMeaning() throws {
        let reply = try engine.answer("What does the Wan-Qian-Bai tier mean?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("13"))
    }
}
