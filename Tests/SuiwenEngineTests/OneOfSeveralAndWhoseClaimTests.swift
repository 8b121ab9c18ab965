import Testing
@testable import SuiwenEngine

/// One of several holders pointed at as one, a figure claimed of the wrong person beside their
/// district, the last turn's relation asked again of a person who only spoke of it, a body that
/// spoke without its words reported, and follow-ups after a figure or a date.
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

    @Test func aBodyThatSpokeWithoutItsWordsReportedIsNoAnswerThatSaysSo() throws {
        let reply = try engine.answer("發改委講了什麼?")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("發了言"))
        // A body whose speaker's words are reported: their words.
        let spoke = try engine.answer("住建局說了什麼?")
        #expect(spoke.status == .answered)
        #expect(spoke.answer.contains("王宏偉"))
    }

    @Test func heAfterAPostTheArticleNamesNobodyToIsNotTheLastTurnsPerson() throws {
        let first = try engine.answer("南沙區委書記叫啥")
        let reply = try engine.answer("市委書記是誰?他講了啥", context: first.context)
        #expect(reply.status == .noAnswer)
        #expect(!reply.answer.contains("盧一先"))
    }

    @Test func detailAfterAFigureThatCountsAListIsTheList() throws {
        let first = try engine.answer("郭永航說要打造多少個千億級產業鏈群?")
        #expect(first.answer.contains("13"))
        let reply = try engine.answer("具體呢?", context: first.context)
        #expect(reply.answer.contains("半導體和集成電路"))
        // After a district's figure, its other lists are no detail of it.
        let targets = try engine.answer("越秀的招商目標是多少?")
        let more = try engine.answer("具體點", context: targets.context)
        #expect(!more.answer.contains("首席服務官、數字政府"))
    }

    @Test func thatDayInCantoneseIsTheLastTurnsEventsDay() throws {
        let first = try engine.answer("呢個大會係幾時開㗎?")
        let reply = try engine.answer("嗰日係農曆幾多號?", context: first.context)
        #expect(reply.answer.contains("大年初七"))
    }
}
