import Testing
@testable import SuiwenEngine

/// The asker's story (a rough count of their workers, their address, their class, what they will
/// do with the answer), the last answer's list counted in its own words, its sentence as
/// written when pointed at, how a place is to develop, and a speaker's figures on a topic.
@Suite struct StoriesCountsAndFiguresOnATopicTests {
    @Test func aRoughCountOfTheAskersIsNoDateAsked() throws {
        let reply = try engine.answer("俺在增城开了个小五金厂,十来号工人。听说广州开了个高质量发展大会,这会是啥时候开的?")
        #expect(reply.answer.contains("1月28日") && !reply.answer.contains("500强"), "\(reply.answer)")
    }

    @Test func theDistrictOfTheAskersVillageIsTheirAddress() throws {
        let reply = try engine.answer("你好,我是海珠区沥滘村的老街坊,七十多岁了,眼睛不太好,麻烦你慢慢讲。报道里有没有讲到我们沥滘村的复建房?")
        #expect(reply.status == .answered && reply.answer.contains("复建房"), "\(reply.answer)")
    }

    @Test func aClassTeacherIsNoDirector() throws {
        let reply = try engine.answer("老师您好，我是小学三年级的班主任，想给孩子们出几道关于这次大会的填空题，麻烦帮我核对答案：2023年1月28日是大年初___，也是兔年首个______。")
        #expect(reply.answer.contains("初七") && reply.answer.contains("工作日"), "\(reply.answer)")
    }

    @Test func whatTheAskerWillDoAfterTheQuestionIsTheirPurposeAndTheListIsCounted() throws {
        let list = try engine.answer("請教：廣州這輪重點推進連片改造提升的片區，完整清單有哪些？我們要做項目儲備評估。")
        #expect(list.answer.contains("羅沖圍片區") && list.answer.contains("東部樞紐"), "\(list.answer)")
        let count = try engine.answer("一共點名了幾個片區？", context: list.context)
        #expect(count.answer.contains("8"), "\(count.answer)")
    }

    @Test func theSentenceAsWrittenOfTheLastAnswerPointedAt() throws {
        let zones = try engine.answer("请问报道提及的三大国家级开发区分别是哪几个？")
        let quote = try engine.answer("请提供该表述在报道中的原句，以便我们引用。", context: zones.context)
        #expect(quote.status == .answered && quote.answer.contains("加快建设广州开发区"), "\(quote.answer)")
    }

    @Test func howAPlaceIsToDevelopIsItsPlanAndWhyTheAxisIsSpedUp() throws {
        let how = try engine.answer("東部發展軸要怎麼發展？")
        #expect(how.answer.contains("老中軸") && how.answer.contains("文脈"), "\(how.answer)")
        let why = try engine.answer("为什么要提速建设东部发展轴？")
        #expect(why.answer.contains("老中轴") && why.answer.contains("城脉"), "\(why.answer)")
    }

    @Test func aSpeakersFiguresOnATopicAreThoseOfItsSentences() throws {
        let reply = try engine.answer("王宏偉講城市更新時給了哪些數字?")
        #expect(reply.answer.contains("127") && reply.answer.contains("2000"), "\(reply.answer)")
    }
}
