import Testing
@testable import SuiwenKnowledge

@Suite struct ReadingTableTests {
    @Test func readingsAreFoundByCharacterInAnyOrderOfRows() {
        var table = ReadingTable()
        // Out of order, one reading shared, a character with two readings, one with none.
        let added = [
            table.append(0x73E0, readings: ["zhu"]),  // 珠
            table.append(0x6D77, readings: ["hai"]),  // 海
            table.append(0x6D19, readings: ["zhu", "shu"]),  // 洙
            table.append(0x4E00, readings: [String]()),  // 一, no readings: refused
            table.append(0x3400, readings: ["qiu"]),  // 㐀, outside the ideographs' direct table
        ]
        #expect(added == [true, true, true, false, true])
        table.finish()
        #expect(table.count == 4)
        #expect(table["㐀"] == ["qiu"])
        #expect(table["海"] == ["hai"])
        #expect(table["洙"] == ["zhu", "shu"])
        #expect(table["珠"] == ["zhu"])
        #expect(table["一"] == nil)
        #expect(table.syllables.count == 4, "each reading is written once")
        #expect(table.readingNumbers(of: 0x73E0) == table.readingNumbers(of: 0x6D19).prefix(1))
    }

    @Test func theFirstRowOfACharacterGivenTwiceCounts() {
        var table = ReadingTable()
        _ = table.append(0x6D77, readings: ["hai"])
        _ = table.append(0x4E00, readings: ["yi"])
        _ = table.append(0x6D77, readings: ["mei"])
        table.finish()
        #expect(table.count == 2)
        #expect(table["海"] == ["hai"])
        #expect(table["一"] == ["yi"])
    }

    @Test func theRepositoryTableLoadsWhole() throws {
        let knowledge = try KnowledgeLoader.load(directory: knowledgeDirectory)
        #expect(knowledge.lexicon.readings.count > 15_000)
        #expect(knowledge.lexicon.readings["滘"] != nil)
    }
}
