import Testing
@testable import SuiwenEngine

/// One thing claimed to be among a whole's parts (新能源是萬億級產業嗎?), who spoke right after or
/// before someone, which items of a list lie in a district, the one addressed with a sound after
/// (主持人啊,…), a figure's word typed by sound after a name (廣州市场主题), a date claimed before
/// 召開, the day's name with the date, a bureau head called 洪局, which place an epithet stands
/// for, 轉化為什麼 read as what, the speaker's post in a correction, and stages asked step by step.
@Suite struct MembersOrderAndPlacesTests {
    @Test func aThingClaimedOfTheWrongTierIsNot() throws {
        let wrong = try engine.answer("新能源是萬億級產業嗎?")
        #expect(wrong.answer.hasPrefix("不是"))
        #expect(wrong.answer.contains("千億級產業鏈群裡"))
        #expect(wrong.explanation.rule == "member.check")
        let right = try engine.answer("生物醫藥是千億級產業鏈群嗎?")
        #expect(right.answer.hasPrefix("是的"))
        #expect(right.answer.contains("生物醫藥及高端醫療器械"))
    }

    @Test func aPartClaimedOfTheWrongListNamesBothLists() throws {
        let reply = try engine.answer("東部樞紐是雙核之一嗎?")
        #expect(reply.answer.hasPrefix("不是"))
        // The whole asked of, and the shortest list that does hold it.
        #expect(reply.answer.contains("中心城區"))
        #expect(reply.answer.contains("五極"))
        #expect(!reply.answer.contains("片區改造"))
    }

    @Test func aListTheArticleLeavesOpenGetsNoVerdictUnlessATierBesideItHoldsTheThing() throws {
        // 金融業 is of 現代服務業, which no ladder puts beside the 千億級 tier: where it is, no verdict.
        let reply = try engine.answer("金融業是千億級產業鏈群嗎?")
        #expect(!reply.answer.hasPrefix("不是"))
        #expect(reply.answer.contains("現代服務業"))
    }

    @Test func whoSpokeRightAfterOrBeforeSomeone() throws {
        let after = try engine.answer("報道營商環境那一部分,郭昊羽之後接著是哪位發言?")
        #expect(after.answer.contains("洪謙"))
        let before = try engine.answer("洪謙前面是哪位講話?")
        #expect(before.answer.contains("郭昊羽"))
        #expect(try engine.answer("蔡澍後面還有誰發言嗎").answer.contains("最後"))
        // What someone said after: their words, not the next speaker.
        #expect(try engine.answer("郭昊羽之後還說了什麼").explanation.rule != "speakers.next")
    }

    @Test func theItemsOfAListInADistrict() throws {
        let reply = try engine.answer("住建局局長講的連片改造片區裡,有哪個是在我們海珠的?")
        #expect(reply.answer.contains("城市新中軸線(海珠)"))
        #expect(!reply.answer.contains("廣州火車站"))
    }

    @Test func theOneAddressedWithASoundAfterIsSetAside() throws {
        let reply = try engine.answer("主持人啊,過年那幾天我都在家,我就想問,這個大會到底是哪一天開的啊?是年初幾?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("初七"))
        // With a greeting after the sound: both set aside.
        #expect(try engine.answer("主持人啊你好,大會是哪天開的?").answer.contains("1月28日"))
    }

    @Test func aFiguresWordTypedBySoundAfterTheCitysName() throws {
        let reply = try engine.answer("请问截止到22年底广州市场主题有多少户")
        #expect(reply.answer.contains("315.55"))
    }

    @Test func aDateWrittenBeforeConvenedIsTheDateClaimed() throws {
        let date = try engine.answer("大會是1月29日召開的嗎?")
        #expect(date.answer.contains("1月28日"))
        #expect(date.answer.contains("大年初七"))
        // Who convened it is still asked by 召開.
        #expect(try engine.answer("這次大會是廣東省委、省政府召開的,對吧?").answer.contains("廣州市委"))
    }

    @Test func aBureauHeadCalledBySurnameAndBureau() throws {
        #expect(try engine.answer("洪局講咗乜?").answer.contains("洪謙"))
        #expect(try engine.answer("王局說了什麼?").answer.contains("王宏偉"))
    }

    @Test func whichPlaceAnEpithetStandsFor() throws {
        let reply = try engine.answer("廣州新核是哪裡?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("南沙"))
        // One the graph places: its place, as before.
        #expect(try engine.answer("南沙科學城是哪裡的?").explanation.rule != "entity.which-place")
    }

    @Test func aVerbEndingIn為BeforeWhatAsksWhatNotWhy() throws {
        let reply = try engine.answer("郭永航說要把科教人才資源優勢轉化為什麼?")
        #expect(reply.answer.contains("創新發展勝勢"))
        #expect(!reply.answer.contains("沒有說為什麼"))
    }

    @Test func aCorrectionOfWhoSaidItGivesTheirPost() throws {
        let reply = try engine.answer("請核實:「首席服務官」制度是海珠區委書記蔡澍在會上提出要落實的。")
        #expect(reply.answer.hasPrefix("不是蔡澍"))
        #expect(reply.answer.contains("越秀區委書記郭昊羽"))
    }

    @Test func stagesAskedStepByStepAreTheListTheOrdinalPicksFrom() throws {
        let stages = try engine.answer("广州营商环境改革是怎么一步步迭代过来的?")
        #expect(stages.answer.contains("简政放权") && stages.answer.contains("激发活力"))
        #expect(try engine.answer("第一个阶段重点是什么?", context: stages.context).answer.contains("简政放权"))
    }

    @Test func aClaimOfMoreThanMembershipIsNoMemberClaim() throws {
        // The biggest of them, or someone's words in the same clause: not judged by the list.
        #expect(try engine.answer("三大國家級開發區裡南沙是最大的嗎?").explanation.rule != "member.check")
        #expect(try engine.answer("是郭永航說東部樞紐要連片改造的嗎?").explanation.rule != "member.check")
        // Someone named in a sentence before only tells the story.
        let story = try engine.answer("聽說住建局那個王宏偉局長講要改造,廣州火車站是不是在連片改造的名單裡面啊?")
        #expect(story.answer.hasPrefix("是的"))
    }

    @Test func wordsOfOrderInsideSomeonesWordsAskNoSpeakingOrder() throws {
        #expect(try engine.answer("郭昊羽說以後誰來當首席服務官?").explanation.rule != "speakers.next")
        #expect(try engine.answer("洪謙說接下來誰來抓招商?").explanation.rule != "speakers.next")
        #expect(try engine.answer("郭昊羽發言之後是誰?").answer.contains("洪謙"))
    }
}
