import Testing
@testable import SuiwenEngine

/// Things of a kind asked for by the word their names end with, the asker's story in the city the
/// document is of, names typed across two clauses, and words set aside that name what a whole list is.
@Suite struct KindsAndStoriesOfTheCityTests {
    @Test func aKindAskedForIsTheThingsWhoseNamesEndWithIt() throws {
        let villages = try engine.answer("城中村改造涉及哪些村?")
        #expect(villages.intent == "aggregate.kind")
        #expect(villages.answer.contains("瀝滘村"))
        #expect(villages.answer.contains("新市頭村"))
        // Two kinds joined: the things of each.
        let both = try engine.answer("文章提到了哪些村或片區的城中村改造?")
        #expect(both.answer.contains("康鷺片區"))
        #expect(both.answer.contains("瀝滘村"))
    }

    @Test func aNameTheThingsOfAKindShareIsNoQuestionOfWhichOne() throws {
        let reply = try engine.answer("哪幾個示範區?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("從化綠色發展示范區"))
        #expect(reply.answer.contains("粵港澳大灣區文化融合發展示范區"))
        // (From化 is one of 雙核五極's five poles: that list is of other things.)
        #expect(!reply.answer.contains("番禺智造創新城"))
    }

    @Test func aWholeOfTheKindStandsForItsParts() throws {
        let reply = try engine.answer("有哪些開發區?")
        #expect(reply.answer.contains("三大國家級開發區(廣州開發區、南沙、增城)"))
        #expect(!reply.answer.contains("有廣州開發區、"))
    }

    @Test func aKindAfterMoreOfTheLastListIsTheListsFollowUp() throws {
        let first = try engine.answer("片區改造重點推進哪些片區?")
        #expect(first.answer.contains("廣州火車站"))
        let more = try engine.answer("還有哪些片區?", context: first.context)
        #expect(more.intent != "aggregate.kind")
        // A relation asked of a thing named: its list, not the names that end with the kind.
        #expect(first.intent != "aggregate.kind")
    }

    @Test func theCityTheDocumentIsOfNamesNothingOfAStorysOwn() throws {
        let reply = try engine.answer("嗨,我是做播客的,之前在广州地铁报站。想聊聊这次广州高质量发展大会,市长是谁啊?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("郭永航"))
    }

    @Test func aNameIsNotReadAcrossTwoClauses() throws {
        let analysis = try engine.analyze("嗨,我是做播客的,之前在广州地铁报站。想聊聊这次广州高质量发展大会,市长是谁啊?", context: .init())
        #expect(!analysis.mentions.contains { $0.entity.id == "haizhu" })
    }

    @Test func whereToAskedWithTheVerbBeforeItsPlaceWord() throws {
        let first = try engine.answer("海珠摸排出有轉移意向的企業有多少家?")
        let reply = try engine.answer("那这些企业要转到哪去", context: first.context)
        #expect(reply.answer.contains("廣清紡織服裝產業園") || reply.answer.contains("广清纺织服装产业园"))
    }

    @Test func wordsSetAsideThatNameWhatAWholeListIsAreNoItemOfIt() throws {
        let reply = try engine.answer("除了部门,还有哪些人发言表态?")
        #expect(!reply.answer.contains("广州各区"))
        #expect(reply.answer.contains("优秀企业经营者"))
        let heads = try engine.answer("会上有哪些市直部门的负责人发言?")
        #expect(heads.answer.contains("发展改革委"))
    }
}
