import Testing
@testable import SuiwenEngine

/// Two counts joined by 同 or 和 in one breath, a plus said aloud, a person's words asked through
/// 他, and English words a learner mixes in.
@Suite struct JoinedCountsAndSpokenSignsTests {
    @Test func twoCountsJoinedByAJoinerAreEachAskedOfWhatFollowsThem() throws {
        #expect(engine.separateQuestions("會上有幾多個部門負責人同幾多個區嘅區委書記發言?") == ["會上有幾多個部門負責人,", "幾多個區嘅區委書記發言?"])
        let reply = try engine.answer("會上有幾多個部門負責人同幾多個區嘅區委書記發言?")
        #expect(reply.answer.contains("6位"))
        #expect(reply.answer.contains("11"))
        // (No joiner: cut after the first count's measure word, as before.)
        #expect(engine.separateQuestions("廣州市場主體有多少戶增長了多少")?.first == "廣州市場主體有多少戶,")
    }

    @Test func aPlusSaidAloudBetweenNumbersIsTheSign() throws {
        #expect(engine.normalizer.normalize("一加五加N").characters == Array("1+5+n"))
        let reply = try engine.answer("那个一加五加N是啥")
        #expect(reply.answer.contains("1+5+N"))
        // (Not 加 beside words: 增加, 加大, 3家加5家.)
        #expect(engine.normalizer.normalize("增加5家加大").characters == Array("增加5家加大"))
        #expect(engine.normalizer.normalize("三家加五家").characters == Array("3家加5家"))
    }

    @Test func aPersonsOwnWordsAskedThroughAPronounAreTheirs() throws {
        let first = try engine.answer("洪謙說要讓招商引資怎麼樣?")
        let words = try engine.answer("那種服務他的原話怎麼形容?", context: first.context)
        #expect(words.intent == "statement.person-verbatim")
        #expect(words.answer.contains("全生命周期保姆式"))
    }

    @Test func anEnglishTitleAsksForTheCitysTitles() throws {
        let reply = try engine.answer("廣州有咩 title?")
        #expect(reply.answer.contains("全球定制之都"))
    }
}
