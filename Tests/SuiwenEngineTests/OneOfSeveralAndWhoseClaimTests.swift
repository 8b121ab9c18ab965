import Testing
@testable import SuiwenEngine

/// One of several holders pointed at as one, a figure claimed of the wrong person beside their
/// district, and the last turn's relation asked again of a person who only spoke of it.
@Suite struct OneOfSeveralAndWhoseClaimTests {
    @Test func thatDirectorWhoSpokeIsAskedBackWhichOfThem() throws {
        let reply = try engine.answer("開會上面發言那個局長叫啥名字啊")
        #expect(reply.status == .clarify)
        for name in ["高裕躍", "洪謙", "王宏偉"] { #expect(reply.answer.contains(name)) }
        // Asked of them all, not one: the list.
        let all = try engine.answer("開會發言的局長都有誰")
        #expect(all.status == .answered)
        #expect(all.answer.contains("洪謙"))
        // 那個 as a filler elsewhere in the question points at no one.
        let filler = try engine.answer("嗯那個發言的局長是誰")
        #expect(filler.status == .answered)
    }

    @Test func aFigureClaimedOfAPersonBesideTheirDistrictSaysWhoseItIs() throws {
        let reply = try engine.answer("是不是南沙的盧一先說要引進500強央企子公司10家?")
        #expect(reply.answer.hasPrefix("不是這樣"))
        #expect(reply.answer.contains("郭昊羽"))
        // A claim of the figure's own speaker and place keeps the article's words.
        let own = try engine.answer("盧一先說南沙要鞏固提升三千億級汽車產業集群,對吧?")
        #expect(own.answer.hasPrefix("不是這樣"))
        #expect(own.answer.contains("兩千億級"))
    }

    @Test func theLastTurnsRelationAskedOfAnotherPersonIsWhatTheySaidOfIt() throws {
        let first = try engine.answer("盧一先說要推進哪幾個平臺建設?")
        #expect(first.answer.contains("南沙科學城"))
        let next = try engine.answer("那郭昊羽呢", context: first.context)
        #expect(next.status == .answered)
        #expect(next.answer.contains("文化融合發展示范區"))
        #expect(!next.answer.contains("南沙科學城"))
    }
}
