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

/// What a second reader found: a narrowed shared name with no span, rewrites inside a body's
/// name, 中 that begins a word, and a joiner written otherwise.
@Suite struct SecondReaderFindingsTests {
    @Test func aSharedNameNarrowedToOnePersonIsNoSpanToMeasureFrom() throws {
        // 郭先生 is two people; narrowed to one, that one has no place in the question.
        let reply = try engine.answer("郭先生講營商環境是什麼")
        #expect(!reply.answer.isEmpty)
    }

    @Test func aBodysNameEndingIn政府IsKeptAsWritten() throws {
        let reply = try engine.answer("市政府要求企業做什麼?")
        #expect(reply.explanation.normalizedQuestion.contains("市政府"))
    }

    @Test func 中ThatBeginsAWordClosesNoWhole() throws {
        let first = try engine.answer("海珠有什么重点?")
        let reply = try engine.answer("在南沙的中小企业有多少家?", context: first.context)
        #expect(!reply.explanation.contextUsed.contains("在…裡"))
    }

    @Test func aJoinerWrittenOtherwiseIsNoChange() throws {
        #expect(engine.nearVerbatimContradiction("南沙聚焦新能源汽车和新型储能、集成电路") == nil)
    }
}
