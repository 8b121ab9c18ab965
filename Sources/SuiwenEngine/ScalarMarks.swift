/// A few punctuation scalars (question marks, full stops, commas), tested without hashing: a
/// question's scalars are mostly ideographs, which no mark is, and the rest are compared with
/// the dozen marks in turn.
struct ScalarMarks: Sendable, ExpressibleByArrayLiteral {
    /// The marks, each once.
    let scalars: [Unicode.Scalar]

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        var distinct: [Unicode.Scalar] = []
        for scalar in scalars where !distinct.contains(scalar) { distinct.append(scalar) }
        self.scalars = distinct
    }

    init(arrayLiteral elements: Unicode.Scalar...) { self.init(elements) }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        // (The CJK ideographs, U+4E00–U+9FFF, are no mark.)
        if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF { return false }
        return scalars.contains(scalar)
    }

    func union(_ other: ScalarMarks) -> ScalarMarks { ScalarMarks(scalars + other.scalars) }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, without the Unicode property lookup for the scalars most
    /// questions are made of: ASCII is told by its value, the CJK ideographs (U+4E00–U+9FFF) are
    /// never white space; the rest ask the property.
    var isWhiteSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        if value >= 0x4E00 && value <= 0x9FFF { return false }
        return properties.isWhitespace
    }
}
