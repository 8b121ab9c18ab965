/// `UInt64` key → value on an `IntegerTable` (key → the value's index), for the tables looked
/// up hundreds of times a question: the evidence index's terms and the sound-typo step's
/// character pairs and word hashes. `Dictionary` runs SipHash on every key, which was a
/// twentieth of the answer path.
///
/// (Built once at load; a question only looks up. `UInt64.max`, `IntegerTable`'s empty slot,
/// is kept beside the table: a word hash may be it.)
struct TermTable<Value: Sendable>: Sendable {
    private let indices: IntegerTable
    private let values: [Value]
    private let valueOfMax: Value?

    init(_ dictionary: [UInt64: Value]) {
        var pairs: [(UInt64, Int)] = []
        var values: [Value] = []
        pairs.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count)
        for (key, value) in dictionary where key != IntegerTable.empty {
            pairs.append((key, values.count))
            values.append(value)
        }
        self.indices = IntegerTable(pairs)
        self.values = values
        self.valueOfMax = dictionary[IntegerTable.empty]
    }

    init() { self.init([:]) }

    var count: Int { values.count + (valueOfMax == nil ? 0 : 1) }

    subscript(key: UInt64) -> Value? {
        key == IntegerTable.empty ? valueOfMax : indices[key].map { values[$0] }
    }

    func contains(_ key: UInt64) -> Bool { key == IntegerTable.empty ? valueOfMax != nil : indices[key] != nil }
}

extension TermTable where Value == Void {
    /// A set of keys.
    init(_ keys: some Sequence<UInt64>) {
        var unique: [UInt64: Void] = [:]
        for key in keys { unique[key] = () }
        self.init(unique)
    }
}
