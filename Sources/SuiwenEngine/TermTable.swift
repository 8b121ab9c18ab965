/// An immutable table of `UInt64` keys (the evidence index's terms, the sound-typo step's
/// character pairs), built once at load: open addressing with linear probing and a
/// multiplicative hash, a few instructions a lookup where `Dictionary` runs SipHash on every
/// key — which, looked up hundreds of times a question, was a twentieth of the answer path.
///
/// (No key is added after load: what a question asks only looks up. A key the table does not
/// hold costs the probe to the first empty slot, and the table is at most half full.)
struct TermTable<Value: Sendable>: Sendable {
    /// Slot → the index of its key in `keys` and `values`, or -1 for an empty slot.
    private let slots: [Int32]
    private let keys: [UInt64]
    private let values: [Value]
    private let shift: UInt64
    private let mask: Int

    init(_ dictionary: [UInt64: Value]) {
        var bits = 3
        while 1 << bits < dictionary.count * 2 { bits += 1 }
        let capacity = 1 << bits
        var slots = [Int32](repeating: -1, count: capacity)
        var keys: [UInt64] = []
        var values: [Value] = []
        keys.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count)
        let shift = UInt64(64 - bits)
        // (In key order: the same table from the same keys, whatever the dictionary's order.)
        for key in dictionary.keys.sorted() {
            var slot = Self.slot(key, shift)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(keys.count)
            keys.append(key)
            values.append(dictionary[key]!)
        }
        self.slots = slots
        self.keys = keys
        self.values = values
        self.shift = shift
        self.mask = capacity - 1
    }

    init() { self.init([:]) }

    var count: Int { keys.count }

    subscript(key: UInt64) -> Value? {
        var slot = Self.slot(key, shift)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if keys[index] == key { return values[index] }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Fibonacci hashing: the top bits of the key times 2⁶⁴/φ.
    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

extension TermTable where Value == Void {
    /// A set of keys.
    init(_ keys: some Sequence<UInt64>) {
        self.init(Dictionary(keys.map { ($0, ()) }, uniquingKeysWith: { _, _ in () }))
    }
}
