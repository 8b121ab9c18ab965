import Testing
@testable import SuiwenEngine

/// A speaker's statement on the thing the question names, its full words asked for after it,
/// punctuation said aloud to a voice typist, and who among the people the last answer named.
@Suite struct StatementsAndGroupsTests {
    @Test func aSpeakersStatementOnTheThingNamedIsTheAnswer() throws {
        let reply = try engine.answer("郭永航說要構建怎樣的政商關係?")
        #expect(reply.answer.contains("親清政商關系"))
        // Not the rest of his speech.
        #expect(!reply.answer.contains("萬億級"))
        // What he said, asked with no thing named, is still all of it.
        let all = try engine.answer("郭永航說了什麼?")
        #expect(all.answer.contains("萬億級"))
        #expect(all.answer.contains("親清政商關系"))
    }

    @Test func detailAfterABriefStatementGivesItsWordsAsWritten() throws {
        let first = try engine.answer("郭永航說要構建怎樣的政商關係?")
        #expect(!first.answer.contains("杜絕庸懶散拖行為"))
        let detail = try engine.answer("具體呢?", context: first.context)
        #expect(detail.status == .answered)
        #expect(detail.answer.contains("杜絕庸懶散拖行為"))
        // 還有呢 asks for more, not the same statement again.
        let more = try engine.answer("還有呢?", context: first.context)
        #expect(!more.answer.contains("杜絕庸懶散拖行為"))
    }

    @Test func punctuationSaidAloudSplitsTheQuestions() throws {
        let reply = try engine.answer("那个蔡澍书记说走访了多少家企业逗号摸排了多少家转移意向企业问号")
        #expect(reply.answer.contains("4500"))
        #expect(reply.answer.contains("821"))
        // A mark's name not said as one stays a word (no question is made of it).
        #expect(QAEngine.isMark("?".unicodeScalars.first!))
        #expect(!QAEngine.isMark("號".unicodeScalars.first!))
    }

    @Test func whoAmongThemIsAskedOfThePeopleTheLastAnswerNamed() throws {
        let both = try engine.answer("南沙和海珠兩位區委書記分別是誰?")
        let among = try engine.answer("他們之中誰同時是市委常委?", context: both.context)
        #expect(among.answer.contains("盧一先"))
        #expect(!among.answer.contains("蔡澍不是"))
        // 另一位 after a turn about one of them: the other one.
        let other = try engine.answer("另一位說他那個區目前走訪了多少企業?", context: among.context)
        #expect(other.answer.contains("4500"))
        #expect(other.answer.contains("蔡澍"))
        let back = try engine.answer("另一位呢?", context: other.context)
        #expect(back.answer.contains("盧一先"))
    }
}
