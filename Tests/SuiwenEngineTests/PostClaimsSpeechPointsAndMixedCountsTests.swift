import Testing
@testable import SuiwenEngine

/// Words claimed of whoever holds a post, a thing named before the person it is claimed of,
/// the points of a speech asked with 重點, and a count asked of a list of unlike things.
@Suite struct PostClaimsSpeechPointsAndMixedCountsTests {
    @Test func wordsClaimedOfAPostAreCheckedAgainstWhoeverOfItSpoke() throws {
        // Another's words: not them (called by the post), and whose they are.
        let other = try engine.answer("我想確認,以數字政府2.0信用走廊建設為抓手這句,是海珠區委書記提出的嗎?")
        #expect(other.answer.hasPrefix("不是海珠區委書記蔡澍"))
        #expect(other.answer.contains("郭昊羽"))
        // Their own words: yes.
        let own = try engine.answer("推動中大紡織商圈打造成數字創意設計中心,是海珠區委書記講的嗎?")
        #expect(own.answer.hasPrefix("是的"))
        #expect(own.answer.contains("蔡澍"))
        // A post several spoke of, with no place: which of them, as before.
        let several = try engine.answer("區委書記講過什麼嗎?")
        #expect(several.status == .clarify)
    }

    @Test func aThingNamedBeforeThePersonItIsClaimedOfIsWhoseStatementHoldsIt() throws {
        let reply = try engine.answer("數字政府2.0信用走廊是蔡澍說的嗎?")
        #expect(reply.answer.hasPrefix("不是蔡澍"))
        #expect(reply.answer.contains("郭昊羽"))
    }

    @Test(arguments: ["南沙區委書記的發言重點?", "南沙区委书记讲话的重点是什么", "南沙和海珠兩位區委書記的發言重點有什麼不同?"])
    func thePointsOfASpeechAreWhatWasSaidNotAPlacesFocus(question: String) throws {
        // Their speech's points, not who holds the post (南沙區委書記是盧一先) nor the district's
        // focus industries (南沙聚焦的重點產業…).
        let reply = try engine.answer(question)
        #expect(reply.status == .answered)
        #expect(reply.intent == "summary.speaker" || reply.intent.hasPrefix("speakers."))
        #expect(reply.answer.contains("發言要點") || reply.answer.contains("发言要点"))
        #expect(reply.answer.contains("盧一先") || reply.answer.contains("卢一先"))
    }

    @Test func aCountOfUnlikeThingsIsNoCount() throws {
        // 城中村更新改造、康鷺片區、一軸一路、瀝滘村、新市頭村: an action, areas and villages.
        let reply = try engine.answer("海珠今年要推進幾個城中村改造項目?")
        #expect(!reply.answer.contains("5個"))
        #expect(reply.status != .answered || !reply.answer.contains("一共"))
    }
}
