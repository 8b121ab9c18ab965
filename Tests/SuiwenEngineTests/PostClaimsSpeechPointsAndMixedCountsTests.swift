import Testing
@testable import SuiwenEngine

/// Words claimed of whoever holds a post, a thing named before the person it is claimed of,
/// the points of a speech asked with 重點, and a count asked of a list of unlike things.
@Suite struct PostClaimsSpeechPointsAndMixedCountsTests {
    @Test func wordsClaimedOfAPostAreCheckedAgainstWhoeverOfItSpoke() throws {
        // Another's words: not them (called by the post), and whose they are.
        let other = try engine.answer("我想確認,以數字政府2.0信用走廊建設為抓手這句,是海珠區委書記提出的嗎?")
        #expect(other.answer.hasPrefix("不是海珠區委書記,"))
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

/// A place outside the article typed with a homophone before a post, an item of the last list
/// asked more of, the parts of a thing after what it is, and a figure claimed that is another's.
@Suite struct TypedPlacesListItemsAndOtherFiguresTests {
    @Test func aPlaceOutsideTheArticleTypedWithAHomophoneBeforeAPostIsThatPlace() throws {
        let reply = try engine.answer("番禹區委書記在大會上說了什麼?")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("番禺"))
    }

    @Test func moreAskedOfAnItemOfTheLastListIsAskedOfItByName() throws {
        let list = try engine.answer("廣州三大國家級開發區是哪三個?")
        let called = try engine.answer("其中第二個被稱作什麼?", context: list.context)
        #expect(called.answer.contains("廣州新核"))
        let there = try engine.answer("那裡的區委書記是誰?", context: called.context)
        #expect(there.answer.contains("盧一先"))
        // Only which it is: the item, as before; 那裡 next is it too.
        let second = try engine.answer("第二個呢?", context: list.context)
        #expect(second.answer == "第2個是南沙。")
        let next = try engine.answer("那裡的區委書記是誰?", context: second.context)
        #expect(next.answer.contains("盧一先"))
    }

    @Test func anItemByItsPlaceAfterWhatAThingIsIsOneOfItsParts() throws {
        let what = try engine.answer("廣州營商環境1.0到5.0改革分別是什麼?")
        let third = try engine.answer("第三個呢?", context: what.context)
        #expect(third.answer.contains("流程再造"))
    }

    @Test func aFigurePushedBackWithAnotherOfTheSameSentenceSaysWhoseItIs() throws {
        let first = try engine.answer("海珠摸排出多少家有轉移意向的企業?")
        let reply = try engine.answer("不是4500家嗎?", context: first.context)
        #expect(reply.answer.contains("821"))
        #expect(reply.answer.contains("4500多家"))
    }
}

/// A bot relaying its user's question, and a place in an order the article does not give.
@Suite struct RelayedQuestionsAndRanksTests {
    @Test func aBotsRelayWordsBeforeAFollowUpAreNoPartOfIt() throws {
        let first = try engine.answer("洪谦是谁")
        let reply = try engine.answer("用户追问:那提供什么服务", context: first.context)
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("保姆式"))
    }

    @Test func aPlaceInAnOrderTheArticleDoesNotGiveIsSaidSoWithWhatItSays() throws {
        let reply = try engine.answer("广州在最佳口碑城市中具体排第几名?")
        #expect(reply.answer.hasPrefix("文章没有给出具体名次"))
        #expect(reply.answer.contains("前列"))
        #expect(QAEngine.givesRank("排名第三") && QAEngine.givesRank("位居第1") && QAEngine.givesRank("前三名"))
        #expect(!QAEngine.givesRank("萬家民營企業評營商環境中,廣州位列最佳口碑城市前列"))
    }
}

@Suite struct ClausesThatNameTheThingTests {
    @Test func aClauseRetrievedThatNamesNotTheThingGoesOnToTheOneThatDoes() throws {
        // 海珠大力開展城中村更新改造行動 holds 改造; the clause after next names 瀝滘村.
        let reply = try engine.answer("請問大會上有沒有談到瀝滘村的改造?")
        #expect(reply.answer.contains("瀝滘村"))
        #expect(reply.answer.contains("復建房"))
    }
}

@Suite struct NaTypedForNaTests {
    @Test(arguments: [("海珠的企業要搬到那裡去?", "廣清紡織服裝產業園"), ("四化平臺是那四化?", "數字化轉型")])
    func 那TypedFor哪AsksWhereOrWhich(question: String, expected: String) throws {
        let reply = try engine.answer(question)
        #expect(reply.status == .answered)
        #expect(reply.answer.contains(expected))
    }

    @Test func 那OfAPlaceNamedBeforeStaysAPointer() throws {
        let first = try engine.answer("港科大(廣州)二期在哪個區?")
        let reply = try engine.answer("那裡的區委書記是誰?", context: first.context)
        #expect(reply.answer.contains("盧一先"))
    }
}

/// What a second reader found in this session's changes.
@Suite struct SecondReadingTests {
    @Test func aPostsPlaceIsTheOneWrittenBeforeItNotTheFirstNamed() throws {
        let reply = try engine.answer("南沙的汽車產業集群是海珠區委書記說的嗎?")
        #expect(reply.answer.hasPrefix("不是海珠區委書記,"))
        #expect(reply.answer.contains("盧一先"))
    }

    @Test func placesOfAnyKindAreCountedTogether() throws {
        let reply = try engine.answer("五極包括幾個地方?")
        #expect(reply.answer.contains("5個"))
    }

    @Test func aGeneralAnswerOfAnItemAsksNothingOfIt() throws {
        let list = try engine.answer("南沙聚焦哪些重點產業?")
        let reply = try engine.answer("第二個被稱作什麼?", context: list.context)
        #expect(reply.answer == "第2個是集成電路。")
    }

    @Test func theLastListStaysTheThreadAfterMoreAskedOfItsItem() throws {
        let list = try engine.answer("三大國家級開發區是哪三個?")
        let called = try engine.answer("其中第二個被稱作什麼?", context: list.context)
        let third = try engine.answer("第三個呢?", context: called.context)
        #expect(third.answer == "第3個是增城。")
    }

    @Test func whoSpokeFirstAfterAThingsPartsIsTheFirstSpeaker() throws {
        let parts = try engine.answer("廣州營商環境1.0到5.0改革分別是什麼?")
        let reply = try engine.answer("第一個講話的人是誰?", context: parts.context)
        #expect(reply.answer.contains("郭永航"))
    }
}
