/// Names for one-edit fuzzy matching, looked up by a window of a question with no key built:
/// each entry is a mark and character keys (`QAEngine.exactMark` …), found by a hash worked
/// out over the window as it is read, with one character as the wildcard or left out.
struct FuzzyNames: Sendable {
    private let entries: [(key: [UInt32], ids: [String])]
    /// Hash → the entries with it (a list in `chains`).
    private let table: IntegerTable
    private let chains: [[Int]]

    init(_ index: [[UInt32]: [String]]) {
        var entries: [(key: [UInt32], ids: [String])] = []
        var chains: [[Int]] = []
        var chainOf: [UInt64: Int] = [:]
        for (key, ids) in index {
            var hash = Self.seed
            for v in key { hash = Self.mix(hash, v) }
            hash = Self.finish(hash)
            if chainOf[hash] == nil {
                chainOf[hash] = chains.count
                chains.append([])
            }
            chains[chainOf[hash]!].append(entries.count)
            entries.append((key, ids))
        }
        self.entries = entries
        self.chains = chains
        self.table = IntegerTable(chainOf.map { ($0.key, $0.value) })
    }

    private static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    private static func mix(_ hash: UInt64, _ v: UInt32) -> UInt64 { (hash ^ UInt64(v)) &* 0x100_0000_01B3 }
    /// Never `IntegerTable`'s empty slot.
    private static func finish(_ hash: UInt64) -> UInt64 { hash == .max ? 0 : hash }

    /// The ids of the entry `mark` + `window`, with the character at offset `replacing` as
    /// `wildcard` or the one at `omitting` left out (-1: none).
    func ids(_ mark: UInt32, _ window: ArraySlice<UInt32>, replacing: Int = -1, omitting: Int = -1, wildcard: UInt32) -> [String]? {
        var hash = Self.mix(Self.seed, mark)
        var count = 1
        for (offset, v) in window.enumerated() where offset != omitting {
            hash = Self.mix(hash, offset == replacing ? wildcard : v)
            count += 1
        }
        guard let chain = table[Self.finish(hash)] else { return nil }
        for entry in chains[chain] {
            let key = entries[entry].key
            guard key.count == count, key[0] == mark else { continue }
            var k = 1
            var same = true
            for (offset, v) in window.enumerated() where offset != omitting {
                if key[k] != (offset == replacing ? wildcard : v) {
                    same = false
                    break
                }
                k += 1
            }
            if same { return entries[entry].ids }
        }
        return nil
    }
}
