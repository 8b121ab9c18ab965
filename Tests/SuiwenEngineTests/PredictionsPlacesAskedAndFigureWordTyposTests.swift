import Testing
@testable import SuiwenEngine

/// A forecast asked (the article makes none), a place asked that a relation gives where a
/// clause holds more of the question's words but no place, and a figure's word of two
/// characters typed with a homophone right after a district's name.
@Suite struct PredictionsPlacesAskedAndFigureWordTyposTests {
    @Test func aForecastAskedIsNotGiven() throws {
        let reply = try engine.answer("2023年广州市场主体增速 预测值")
        #expect(reply.status == .noAnswer)
        #expect(!reply.answer.contains("3.88"))
        // (預計 of a plan, 預計投資多少, asks the target.)
        let planned = try engine.answer("廣州今年的都更(都市更新)預計投資多少?")
        #expect(planned.answer.contains("2000"))
    }

    @Test func aPlaceAskedIsAnsweredByThePlaceNotByACountOfTheSameWords() throws {
        let replies = try thread("请问中大纺织商圈以后要打造成什么样子?", "那些要搬走的企业是转移到哪里去呢?")
        #expect(replies[1].answer.contains("广清纺织服装产业园"))
        #expect(!replies[1].answer.contains("821"))
        // (Not over a speech, whose places are of many things: 在哪些方面 asks what, answered by the clause.)
        let aspects = try engine.answer("郭永航提出要坚持要素供给与配置效率相统一,具体要在哪些方面“出实招、出硬招”?")
        #expect(aspects.answer.contains("劳动力供给"))
    }

    @Test func aFiguresWordOfTwoCharactersTypedBySoundAfterADistrictIsRead() throws {
        let reply = try engine.answer("海珠走防了多少企業")
        #expect(reply.answer.contains("4500"))
        #expect(reply.answer.contains("走訪"))
        // (Not after a word that names nothing: 他們走防 is no 走訪.)
        let after = try engine.answer("他們走防了多少企業")
        #expect(!after.answer.contains("走訪”"))
    }
}
