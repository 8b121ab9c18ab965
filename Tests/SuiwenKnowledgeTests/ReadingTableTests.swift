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

    /// Rows read from the file's bytes number their readings as rows given as strings do,
    /// whichever way a reading was first seen; a row of no readings is refused.
    @Test func readingsFromBytesAgreeWithReadingsFromStrings() {
        var fromStrings = ReadingTable()
        var fromBytes = ReadingTable()
        func bytes(_ scalar: UInt32, _ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { fromBytes.append(scalar, commaSeparatedUTF8: $0) }
        }
        let addedFromStrings = [
            fromStrings.append(0x6D77, readings: ["hai"]),
            fromStrings.append(0x91CD, readings: ["zhong", "chong"]),
            fromStrings.append(0x4E00, readings: ["yi", "a-reading-of-more-than-seven-bytes"]),
            fromStrings.append(0x73E0, readings: ["zhu", "hai"]),
        ]
        let addedFromBytes = [
            bytes(0x6D77, "hai"),
            bytes(0x91CD, "zhong,,chong,"),  // (empty readings between commas are skipped)
            bytes(0x4E00, "yi,a-reading-of-more-than-seven-bytes"),
            bytes(0x73E0, "zhu,hai"),
            bytes(0x6C34, ",,"),
            bytes(0x6C34, ""),
        ]
        #expect(addedFromStrings == [true, true, true, true])
        #expect(addedFromBytes == [true, true, true, true, false, false])
        fromStrings.finish()
        fromBytes.finish()
        #expect(fromBytes.syllables == fromStrings.syllables)
        for scalar: UInt32 in [0x6D77, 0x91CD, 0x4E00, 0x73E0, 0x6C34] {
            #expect(fromBytes.readingNumbers(of: scalar) == fromStrings.readingNumbers(of: scalar))
        }
        #expect(fromBytes.count == 4)
    }

    @Test func theRepositoryTableLoadsWhole() throws {
        let knowledge = try KnowledgeLoader.load(directory: knowledgeDirectory)
        #expect(knowledge.lexicon.readings.count > 15_000)
        #expect(knowledge.lexicon.readings["滘"] != nil)
    }
}
