import Testing
@testable import SuiwenEngine

/// A count given with its list carried to the next thing, two bodies' heads compared, a draft's
/// claim checked, a figure claimed of another measure, and how someone helps asked in Cantonese.
@Suite struct ListsCarriedDraftClaimsAndFiguresPointedAtTests {
    @Test func anotherThingAfterACountWithItsListGetsItsListToo() throws {
        let first = try engine.answer("广州万亿级产业链群有几个?分别是哪些")
        let next = try engine.answer("千亿级的呢", context: first.context)
        #expect(next.answer.contains("13"))
        #expect(next.answer.contains("半导体和集成电路"))
        // (After a count, the count, with the items the article lists with it.)
        let count = try engine.answer("广州万亿级产业链群有几个?")
        #expect(count.answer.contains("8个") && count.answer.contains("软件和信创"))
        let other = try engine.answer("千亿级的呢", context: count.context)
        #expect(other.answer.contains("13") && other.answer.contains("半导体和集成电路"))
    }

    @Test func twoDistrictsCountedAfterTheirNamesAreEachAskedOfAndTheirPointsAreTheirSpeeches() throws {
        #expect(engine.separateSubjects(engine.analyze("越秀和海珠两个区的书记讲的重点有什么不同", context: ConversationContext()))
            == ["越秀的书记讲的重点有什么不同", "海珠的书记讲的重点有什么不同"])
        let reply = try engine.answer("越秀和海珠两个区的书记讲的重点有什么不同?")
        #expect(reply.answer.contains("郭昊羽"))
        #expect(reply.answer.contains("蔡澍"))
        // (Not the 重點 of a name: 他說的重點片區 are the areas.)
        let head = try engine.answer("住建局局长是谁")
        #expect(try engine.answer("他说的重点片区第一个是哪个", context: head.context).answer.contains("新中轴线"))
    }

    @Test func aDraftsClaimIsCheckedAndACheckAskedAtTheEndAsksYesOrNo() throws {
        let reply = try engine.answer("稿子里写的是大年初八开的会,对吗?帮我核一下日期")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("大年初七"))
    }

    @Test func aFigureClaimedOfAnotherMeasureIsNotAffirmed() throws {
        let count = try engine.answer("城中村改造今年計劃幾個項目")
        let money = try engine.answer("投資呢", context: count.context)
        let doubt = try engine.answer("這2000億全是城中村改造的錢?", context: money.context)
        #expect(!doubt.answer.hasPrefix("是的"))
        // (A number only claimed, of another thing, is no pointer: 127 still answers.)
        #expect(try engine.answer("不是說廣州今年城中村改造要推200個嗎?").answer.contains("127"))
    }

    @Test func whoGaveTheFigureAndAPostDoubtedAreBothAnswered() throws {
        let figure = try engine.answer("越秀說全年新洽談項目要超過多少個")
        let reply = try engine.answer("這數字誰說的?你確定不是區長?", context: figure.context)
        #expect(reply.answer.contains("郭昊羽"))
        #expect(reply.answer.contains("區長"))
    }

    @Test func howSomeoneHelpsAskedInCantoneseIsTheirWholeSentence() throws {
        let head = try engine.answer("商务局局长叫咩名")
        let reply = try engine.answer("佢讲点帮在地企业?", context: head.context)
        #expect(reply.answer.contains("娘家人"))
    }

    @Test func whoAfterACountIsNoCountOfTheBodyNamed() throws {
        let count = try engine.answer("发言的市有关部门主要负责人一共几位?")
        let reply = try engine.answer("住建局那位叫什么名字", context: count.context)
        #expect(reply.answer.contains("王宏伟"))
    }
}
