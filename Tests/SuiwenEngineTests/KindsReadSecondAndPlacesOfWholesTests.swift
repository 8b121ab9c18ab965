import Testing
@testable import SuiwenEngine

/// What a second reader found of the kinds asked by their names' last word, and the rest of the
/// session's steps: a place's things of a kind, words set aside, what the rest of the question
/// says, the next turn's place in the list; where a whole of places is, who said a relation's
/// words, a quiz's district among sites, a post claimed before 不是.
@Suite struct KindsReadSecondAndPlacesOfWholesTests {
    @Test func aPlacesThingsOfAKindAreNotItsNeighboursInAList() throws {
        let cities = try engine.answer("南沙有哪些城?")
        #expect(cities.answer.contains("南沙科學城"))
        #expect(!cities.answer.contains("國家知識中心城") && !cities.answer.contains("番禺智造創新城"))
        #expect(!(try engine.answer("南沙有哪些示範區?").answer.contains("說到南沙")))
    }

    @Test func aThingSetAsideIsNotListed() throws {
        let reply = try engine.answer("除了瀝滘村,還有哪些村?")
        #expect(reply.answer.contains("新市頭村"))
        #expect(!reply.answer.contains("瀝滘村、"))
    }

    @Test func whatTheRestOfTheQuestionSaysPicksTheThings() throws {
        let reply = try engine.answer("哪些示範區要高標準建設?")
        #expect(reply.answer.contains("粵港澳大灣區文化融合發展示范區"))
        #expect(!reply.answer.contains("從化"))
        // One of a kind, of the whole article: no list of it.
        #expect(try engine.answer("有哪些平台?").intent != "aggregate.kind")
    }

    @Test func theNextTurnsPlaceIsInTheKindsList() throws {
        let villages = try engine.answer("有哪些村?")
        let second = try engine.answer("第二個是什麼?", context: villages.context)
        #expect(second.answer.contains("新市頭村"))
    }

    @Test func theThirdOfThePeopleListedAskedWhichDistrict() throws {
        let listed = try engine.answer("文中提到發言的區委書記有哪幾位?")
        let third = try engine.answer("第三個是哪個區的?", context: listed.context)
        #expect(third.answer.contains("海珠"))
    }

    @Test func whereAWholeOfPlacesIsAreItsPlaces() throws {
        let reply = try engine.answer("三個國家級開發區係邊度")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("廣州開發區") && reply.answer.contains("增城"))
    }

    @Test func whoSaidARelationsWordsIsTheOneSpeakerOfItsFacts() throws {
        let role = try engine.answer("南沙在广州科技创新走廊中扮演什么角色")
        let who = try engine.answer("这是谁说的", context: role.context)
        #expect(who.answer.contains("卢一先"))
    }

    @Test func aDistrictWrittenAmongSitesIsTheQuizsOddOne() throws {
        let reply = try engine.answer("以下哪一個不是「五極」之一:北部增長極、國家知識中心城、南沙新區、從化綠色發展示范區?")
        #expect(reply.answer.hasPrefix("是南沙新區"))
        // The other list of the odd one's kind, said with it.
        let clusters = try engine.answer("以下哪個不是萬億級產業鏈群:軟件和信創、時尚產業、半導體和集成電路、文化創意")
        #expect(clusters.answer.contains("千億級產業鏈群"))
    }

    @Test func aPostBeforeNotIsThePostClaimed() throws {
        let reply = try engine.answer("商務局長不是王宏偉嗎")
        #expect(reply.answer.contains("洪謙"))
    }

    @Test func anAmountAskedOfAClausesSentenceIsTheSentencesAmount() throws {
        let reply = try engine.answer("舊改今年要投多少錢啊")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("2000億元"))
    }

    @Test func aDigitOfAnotherKindsFigureIsNotTraced() throws {
        let reply = try engine.answer("廣州有3個萬億級產業鏈群嗎?")
        #expect(reply.answer.hasPrefix("不是"))
        #expect(!reply.answer.contains("開發區"))
    }

    @Test func whichOfTheLastTwoFiguresIsLargerByTheArticlesNumbers() throws {
        let two = try engine.answer("蔡澍說走訪了多少家企業?摸排轉移意向的又有多少家?")
        let more = try engine.answer("哪個比較多?", context: two.context)
        #expect(more.answer.hasPrefix("海珠已經走訪聯系的企業(4500多家)多於"))
        let less = try engine.answer("哪個少?", context: more.context)
        #expect(less.answer.hasPrefix("海珠摸排出的有轉移意向的企業(821家)少於"))
    }

    @Test func someoneWhoAsksThroughTheAskerIsNoOneAskedAbout() throws {
        #expect(try engine.answer("李明問,市長是誰?").answer.contains("郭永航"))
        #expect(try engine.answer("林克慶在大會上說了什麼?").status == .noAnswer)
    }

    @Test func oneOfSeveralHoldersSpeechAskedIsAskedBack() throws {
        let asked = try engine.answer("那位局長的發言內容能給我嗎?")
        #expect(asked.status == .clarify)
        let picked = try engine.answer("住建局那位", context: asked.context)
        #expect(picked.answer.contains("王宏偉"))
    }

    @Test func thePickedItemIsWhatHeOrItPointsAtNext() throws {
        let listed = try engine.answer("哪幾位區委書記發言了?")
        let second = try engine.answer("第二位呢?", context: listed.context)
        #expect(second.answer.contains("郭昊羽"))
        let said = try engine.answer("他說了什麼?", context: second.context)
        #expect(said.answer.contains("越秀"))
        // The list stays the thread: the next place is of the same list.
        let last = try engine.answer("最後一個呢?", context: second.context)
        #expect(last.answer.contains("蔡澍"))
        let villages = try engine.answer("有哪些村?")
        let count = try engine.answer("一共幾個?", context: villages.context)
        #expect(count.answer.contains("2個"))
    }

    @Test func aComparisonWordInsideAnotherWordIsNoComparison() throws {
        let eight = try engine.answer("萬億級產業鏈群有幾個?")
        let thirteen = try engine.answer("千億級呢?", context: eight.context)
        let who = try engine.answer("誰多次強調制造業?", context: thirteen.context)
        #expect(!who.answer.contains("多於"))
    }

    @Test func aPostBeforeNotWithNoPersonIsNoPostClaimed() throws {
        let reply = try engine.answer("商務局長不是要招商嗎?")
        #expect(!reply.answer.hasPrefix("廣州市商務局局長是洪謙"))
        // One of two sharing a name set aside: the other, not which is meant.
        let other = try engine.answer("除了從化綠色發展示范區,還有哪些示範區?")
        #expect(other.status == .answered)
        #expect(other.answer.contains("粵港澳大灣區文化融合發展示范區"))
    }
}
