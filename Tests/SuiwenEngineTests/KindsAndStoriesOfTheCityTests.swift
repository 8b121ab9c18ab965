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
        let analysis = engine.analyze("嗨,我是做播客的,之前在广州地铁报站。想聊聊这次广州高质量发展大会,市长是谁啊?", context: .init())
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

    @Test func twoOfAKindAskedOfAPlaceAreItsThingsOfThatKind() throws {
        let reply = try engine.answer("海珠哪两个村在建复见房?")
        #expect(reply.answer.contains("沥滘村") && reply.answer.contains("新市头村"))
        // (A thing of the kind the last turn was about asks the kind anew, not the others of it.)
        let first = try engine.answer("瀝滘村在哪個區?")
        let again = try engine.answer("哪些村在建復建房?", context: first.context)
        #expect(again.answer.contains("瀝滘村"))
    }

    @Test func theFirstAfterAFigureIsTheFirstOfTheCountedThingsList() throws {
        let count = try engine.answer("营商环境改革搞到第几版了")
        let first = try engine.answer("最开始那版叫啥", context: count.context)
        #expect(first.answer.contains("简政放权"))
        // Both ends asked: no one place of the list.
        let both = try engine.answer("營商環境改革各階段的提法,頭一個和最後一個分別是什麼?")
        #expect(both.answer.contains("簡政放權") && both.answer.contains("激發活力"))
    }

    @Test func aWrongNumberOfOneDigitIsSaidToBeAnotherFiguresOwn() throws {
        let claim = try engine.answer("郭永航是否說過廣州要打造8個千億級產業鏈群?")
        #expect(claim.answer.hasPrefix("不是"))
        #expect(claim.answer.contains("萬億級產業鏈群:8個"))
        // (8個 of something else is no figure of 8.)
        let districts = try engine.answer("廣州有8個區嗎")
        #expect(!districts.answer.contains("萬億級"))
    }

    @Test func wordsCalledSomeonesFormulationAreAClaimOfWhoSaidThem() throws {
        let reply = try engine.answer("「世界水準、中國氣派、灣區特色、嶺南風韻」是海珠區委書記蔡澍的表述,對嗎?")
        #expect(reply.answer.hasPrefix("不是"))
        #expect(reply.answer.contains("郭永航"))
    }

    @Test func programsAndCropsTheArticleNeverNamesAreOutsideIt() throws {
        #expect(try engine.answer("乡村振兴有没有说").status == .noAnswer)
        #expect(try engine.answer("百千万工程是啥?对我们种荔枝的有啥好处").status == .noAnswer)
    }
}
