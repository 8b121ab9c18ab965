import Testing
@testable import SuiwenEngine

/// The open-addressed table of `UInt64` keys that the evidence index and the sound-typo step
/// look up on every question: the same answers as the dictionary it was built from.
@Suite struct TermTableTests {
    @Test func findsWhatTheDictionaryHoldsAndNothingElse() {
        // Keys that share their low bits, their high bits, and the unigram bit: the cases a
        // weak hash would pile into one run of slots.
        var dictionary: [UInt64: Int] = [:]
        for i in 0..<2_000 {
            dictionary[UInt64(i) << 32] = i
            dictionary[UInt64(i)] = -i
            dictionary[EvidenceIndex.unigramBit | UInt64(i * 7)] = i * 7
        }
        dictionary[0] = 42
        dictionary[.max - 1] = 43
        let table = TermTable(dictionary)
        #expect(table.count == dictionary.count)
        for (key, value) in dictionary { #expect(table[key] == value) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10_000 {
            let key = UInt64.random(in: 0...UInt64.max, using: &generator)
            #expect(table[key] == dictionary[key])
        }
    }

    @Test func anEmptyTableAndASetOfKeys() {
        let empty = TermTable<Int>()
        #expect(empty.count == 0)
        #expect(empty[0] == nil)
        #expect(empty[12345] == nil)
        // (`UInt64.max`, `IntegerTable`'s empty slot, is found in no table that lacks it, and
        // kept in one that has it: a word hash may be it.)
        #expect(empty[.max] == nil)
        #expect(!TermTable<Void>([1, 2]).contains(.max))
        let withMax = TermTable([UInt64.max: 7, 1: 8])
        #expect(withMax[.max] == 7)
        #expect(withMax[1] == 8)
        #expect(withMax.count == 2)
        let set = TermTable<Void>([3, 5, 5, 8])
        #expect(set.count == 3)
        #expect(set.contains(5))
        #expect(!set.contains(4))
    }
}
