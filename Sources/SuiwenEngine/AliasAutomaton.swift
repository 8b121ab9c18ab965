/// An Aho–Corasick automaton over character keys (`CharacterKey`): finds every occurrence of
/// every pattern in one pass over the text. Built once when the knowledge is compiled;
/// immutable afterwards. Transitions are one integer table (node and key → child), so a step
/// costs a multiply and a probe, not a `Character` hash.
public struct AliasAutomaton<Payload: Sendable>: Sendable {
    public struct Match: Sendable {
        /// Character offsets into the searched text, `end` exclusive.
        public var start: Int
        public var end: Int
        public var payload: Payload
        public var length: Int { end - start }
    }

    private let transitions: IntegerTable
    private let failure: [Int]
    /// Patterns ending at each node (through the failure chain, precomputed): (length, payload).
    private let outputs: [[(length: Int, payload: Payload)]]

    public init(patterns: [(pattern: [UInt32], payload: Payload)]) {
        // Children of each node in the order they were made, as the breadth-first pass wants them.
        var children: [[(key: UInt32, child: Int)]] = [[]]
        var lookup: [UInt64: Int] = [:]
        var outputs: [[(length: Int, payload: Payload)]] = [[]]
        for (pattern, payload) in patterns where !pattern.isEmpty {
            var node = 0
            for key in pattern {
                if let next = lookup[IntegerTable.pair(node, key)] {
                    node = next
                } else {
                    let child = children.count
                    children.append([])
                    outputs.append([])
                    children[node].append((key, child))
                    lookup[IntegerTable.pair(node, key)] = child
                    node = child
                }
            }
            outputs[node].append((pattern.count, payload))
        }
        // Breadth-first: failure links, and outputs merged along them.
        var failure = [Int](repeating: 0, count: children.count)
        var queue: [Int] = children[0].map(\.child)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (key, child) in children[node] {
                queue.append(child)
                var f = failure[node]
                while f != 0, lookup[IntegerTable.pair(f, key)] == nil { f = failure[f] }
                let target = lookup[IntegerTable.pair(f, key)] ?? 0
                failure[child] = (target == child) ? 0 : target
                outputs[child].append(contentsOf: outputs[failure[child]])
            }
        }
        self.transitions = IntegerTable(lookup.map { ($0.key, $0.value) })
        self.failure = failure
        self.outputs = outputs
    }

    /// Patterns as characters; their keys are worked out here.
    public init(patterns: [(pattern: [Character], payload: Payload)]) {
        self.init(patterns: patterns.map { (CharacterKey.keys($0.pattern), $0.payload) })
    }

    /// Every occurrence of every pattern in `text`, as characters.
    public func matches(in text: [Character]) -> [Match] {
        matches(in: CharacterKey.keys(text))
    }

    /// Every occurrence of every pattern in `text` (character keys, as `NormalizedText.keys`).
    public func matches(in text: [UInt32]) -> [Match] {
        var result: [Match] = []
        var node = 0
        for (index, key) in text.enumerated() {
            var next = transitions[IntegerTable.pair(node, key)]
            while next == nil, node != 0 {
                node = failure[node]
                next = transitions[IntegerTable.pair(node, key)]
            }
            node = next ?? 0
            for (length, payload) in outputs[node] {
                result.append(Match(start: index + 1 - length, end: index + 1, payload: payload))
            }
        }
        return result
    }
}

/// An open-addressing hash table from integer keys to integers, for lookups on the hot path
/// without `Hasher`: the keys (scalars, node numbers) are spread by one multiply.
struct IntegerTable: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var value: Int
    }

    private let slots: [Slot]
    private let mask: Int
    /// 64 − log₂(slots): the slot is the product's top bits, as many as the table needs.
    private let shift: UInt64
    /// The empty slot's key, and so no key: a lookup of it finds nothing.
    static let empty = UInt64.max

    static func pair(_ high: Int, _ low: UInt32) -> UInt64 { UInt64(truncatingIfNeeded: high) << 32 | UInt64(low) }

    init(_ pairs: [(UInt64, Int)]) {
        var bits = 3
        while 1 << bits < pairs.count * 2 { bits += 1 }
        let capacity = 1 << bits
        var slots = [Slot](repeating: Slot(key: Self.empty, value: 0), count: capacity)
        let mask = capacity - 1
        let shift = UInt64(64 - bits)
        for (key, value) in pairs {
            precondition(key != Self.empty, "IntegerTable: UInt64.max is the empty slot, no key")
            var i = Self.slot(key, shift)
            while slots[i].key != Self.empty, slots[i].key != key { i = (i + 1) & mask }
            slots[i] = Slot(key: key, value: value)
        }
        self.slots = slots
        self.mask = mask
        self.shift = shift
    }

    /// Fibonacci hashing: the top bits of the key times 2⁶⁴/φ. (All of them, however large the
    /// table: a fixed 24 bits left every slot past 2²⁴ reachable only by spilling over.)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> Int? {
        guard key != Self.empty else { return nil }
        var i = Self.slot(key, shift)
        // At most half the slots are full: an empty one ends every probe.
        for _ in 0...mask {
            let slot = slots[i]
            if slot.key == key { return slot.value }
            if slot.key == Self.empty { return nil }
            i = (i + 1) & mask
        }
        return nil
    }
}

/// Scalar → scalar (the script fold) on an `IntegerTable`.
struct ScalarMap: Sendable {
    private let table: IntegerTable

    init(_ pairs: [UInt32: UInt32]) {
        table = IntegerTable(pairs.map { (UInt64($0.key), Int($0.value)) })
    }

    subscript(scalar: UInt32) -> UInt32? {
        table[UInt64(scalar)].map { UInt32(truncatingIfNeeded: $0) }
    }
}
