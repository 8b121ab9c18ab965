/// Names for one-edit fuzzy matching, looked up by a window of a question with no key built:
/// each entry is a mark and character keys (`QAEngine.exactMark` …), found by a hash worked
/// out over the window as it is read, with one character as the wildcard or left out.
struct FuzzyNames: Sendable {
    private let entries: [(key: [UInt32], ids: [String])]
    /// Hash → the entries with it (a list in `chains`).
    private let table: IntegerTable
    private let chains: [[Int]]
    /// A Bloom filter of each entry's mark, length and first two keys: most windows of a
    /// question begin with no name's characters and are turned away here, in a few cached words,
    /// before the table is probed. (A necessary condition of a match: it changes no answer.)
    private let openings: [UInt64]
    private let openingMask: UInt64

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
        // Sixteen bits an entry (two set each: about one false pass in fifty), 2¹⁰ to 2²⁴ bits.
        var bits = 10
        while bits < 24, 1 << bits < entries.count * 16 { bits += 1 }
        var openings = [UInt64](repeating: 0, count: (1 << bits) / 64)
        let mask = UInt64(1 << bits) - 1
        for (key, _) in entries where key.count >= 3 {
            let hash = Self.openingHash(key[0], key.count, key[1], key[2])
            let a = hash & mask, b = (hash >> 32) & mask
            openings[Int(a >> 6)] |= 1 << (a & 63)
            openings[Int(b >> 6)] |= 1 << (b & 63)
        }
        self.openings = openings
        self.openingMask = mask
    }

    private static func openingHash(_ mark: UInt32, _ count: Int, _ first: UInt32, _ second: UInt32) -> UInt64 {
        var hash = mix(mix(mix(seed, mark), UInt32(truncatingIfNeeded: count)), first)
        hash = mix(hash, second)
        return hash ^ (hash >> 29)
    }

    /// Whether an entry of `count` keys may begin with `mark`, `first`, `second` (false: none does).
    private func mayOpen(_ mark: UInt32, _ count: Int, _ first: UInt32, _ second: UInt32) -> Bool {
        let hash = Self.openingHash(mark, count, first, second)
        let a = hash & openingMask, b = (hash >> 32) & openingMask
        return openings[Int(a >> 6)] & (1 << (a & 63)) != 0 && openings[Int(b >> 6)] & (1 << (b & 63)) != 0
    }

    private static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    private static func mix(_ hash: UInt64, _ v: UInt32) -> UInt64 { (hash ^ UInt64(v)) &* 0x100_0000_01B3 }
    /// Never `IntegerTable`'s empty slot.
    private static func finish(_ hash: UInt64) -> UInt64 { hash == .max ? 0 : hash }

    /// The ids of the entry `mark` + `window`, with the character at offset `replacing` as
    /// `wildcard` or the one at `omitting` left out (-1: none).
    func ids(_ mark: UInt32, _ window: ArraySlice<UInt32>, replacing: Int = -1, omitting: Int = -1, wildcard: UInt32) -> [String]? {
        // The key's first two characters after the mark, as the loop below reads them.
        let count = 1 + window.count - (omitting >= 0 && omitting < window.count ? 1 : 0)
        if count >= 3 {
            let firstOffset = omitting == 0 ? 1 : 0
            let secondOffset = omitting == firstOffset + 1 ? firstOffset + 2 : firstOffset + 1
            let base = window.startIndex
            let first = firstOffset == replacing ? wildcard : window[base + firstOffset]
            let second = secondOffset == replacing ? wildcard : window[base + secondOffset]
            if !mayOpen(mark, count, first, second) { return nil }
        }
        var hash = Self.mix(Self.seed, mark)
        for (offset, v) in window.enumerated() where offset != omitting {
            hash = Self.mix(hash, offset == replacing ? wildcard : v)
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
