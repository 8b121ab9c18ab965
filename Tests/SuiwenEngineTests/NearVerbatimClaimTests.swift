import Testing
@testable import SuiwenEngine

/// Claims the document writes but for a changed character or a number: denied by the passage,
/// in multiple choice and when asked yes or no.
@Suite struct NearVerbatimClaimTests {
    @Test func aChangedCharacterOrANumberLeftOutIsFoundAgainstThePassage() throws {
        let number = try #require(engine.nearVerbatimContradiction("南沙要巩固提升千亿级汽车产业集群"))
        #expect(number.passage.contains("兩千億級"))
        #expect(number.citation.line > 0)
        let word = try #require(engine.nearVerbatimContradiction("南沙要建设广州科技创新走廊北部极点"))
        #expect(word.passage.contains("南部極點"))
        // The document's own words, or the claim's own way of putting them, are no contradiction.
        #expect(engine.nearVerbatimContradiction("南沙要巩固提升两千亿级汽车产业集群") == nil)
        #expect(engine.nearVerbatimContradiction("南沙区委书记卢一先同时是广州市委常委") == nil)
        #expect(engine.nearVerbatimContradiction("海珠已走访企业4500多家") == nil)
        // Asked yes or no, only a number counts: 提高 for 提升 is the asker's wording.
        #expect(engine.nearVerbatimContradiction("南沙要巩固提高两千亿级汽车产业集群", numeralsOnly: true) == nil)
    }

    @Test func theOneOptionTheDocumentBearsOutIsChosen() throws {
        let reply = try engine.answer(
            "关于南沙,下列说法正确的是哪一项?A.南沙要巩固提升千亿级汽车产业集群 B.南沙区委书记卢一先同时是广州市委常委 C.南沙要建设广州科技创新走廊北部极点")
        #expect(reply.answer.hasPrefix("答案是B"))
        #expect(reply.answer.contains("南部极点"))
    }

    @Test func aClaimAskedWithAWrongNumberIsDenied() throws {
        let wrong = try engine.answer("南沙要巩固提升千亿级汽车产业集群吗")
        #expect(wrong.answer.hasPrefix("不对"))
        #expect(wrong.answer.contains("两千亿级"))
        let right = try engine.answer("南沙要巩固提升两千亿级汽车产业集群吗")
        #expect(!right.answer.hasPrefix("不对"))
    }
}

/// The items of a passage's list beside the words a question sets aside.
@Suite struct OtherItemsBesidesTests {
    @Test func theItemsBesideThoseSetAsideAreAnswered() throws {
        let reply = try engine.answer("蔡書記講海珠產業轉型,除咗強化數字賦能仲有咩?")
        #expect(reply.answer.contains("工業上樓"))
        #expect(!reply.answer.contains("還有強化數字賦能"))
        // Of the last turn's place, and the other of two items joined by 與.
        let first = try engine.answer("南沙的产业重点?")
        let next = try engine.answer("除了汽車 還聚焦哪些產業", context: first.context)
        #expect(next.answer.contains("新型儲能"))
        #expect(next.answer.contains("人工智能"))
        // A name set aside is the graph's to answer, not a passage's.
        let named = try engine.answer("除了南沙,还有哪些区的书记发言了?")
        #expect(!named.answer.hasPrefix("除了"))
    }
}
