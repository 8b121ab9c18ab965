import SuiwenKnowledge

/// The Traditional→Simplified fold over Unicode scalars, for checking cheaply (no `Character`
/// hashing, no allocation per character) how much of a question's focus an answer's text holds.
/// Punctuation and white space break bigrams, as in normalization; phrase rewrites and numerals
/// are not applied (a focus has no digits, and answers are the article's own words).
struct ScalarFold: Sendable {
    let fold: ScalarMap

    init(_ fold: [Character: Character]) {
        var scalars: [UInt32: UInt32] = [:]
        for (from, to) in fold where from.unicodeScalars.count == 1 && to.unicodeScalars.count == 1 {
            scalars[from.unicodeScalars.first!.value] = to.unicodeScalars.first!.value
        }
        self.fold = ScalarMap(scalars)
    }

    /// `text`'s scalars folded to Simplified and lower case, punctuation and white space dropped.
    func fold(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if Self.dropped(scalar) { continue }
            var value = scalar.value
            if value >= 0x41, value <= 0x5A { value += 0x20 }
            out.append(fold[value] ?? value)
        }
        return out
    }

    static func key(_ a: UInt32, _ b: UInt32) -> UInt64 { EvidenceIndex.bigram(a, b) }

    /// White space, punctuation or a symbol; an ideograph (the bulk of any answer) or an
    /// ASCII letter or digit is none, known without looking up its properties.
    static func dropped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0x4E00...0x9FFF).contains(v) || (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) {
            return false
        }
        // The article's own punctuation (，。、：；（）“” …) and the space, all punctuation,
        // symbols or white space by their properties too.
        if v == 0x20 || (0x3001...0x3003).contains(v) || (0x3008...0x3011).contains(v) || (0xFF01...0xFF0F).contains(v)
            || (0xFF1A...0xFF20).contains(v) || (0x2018...0x201F).contains(v)
        {
            return true
        }
        let properties = scalar.properties
        return scalar.isWhiteSpace || properties.generalCategory.isPunctuationOrSymbol
    }

    /// The share of `focus`'s weight whose bigrams `text` holds.
    func coverage(of focus: [(term: EvidenceIndex.Term, weight: Double)], in text: String) -> Double {
        // A focus has a few bigrams: kept in a small array and compared, not hashed, for
        // each of the text's many bigrams. Each counts once, with the last weight given it.
        var pending: [(term: EvidenceIndex.Term, weight: Double)] = []
        pending.reserveCapacity(focus.count)
        var total = 0.0
        for (term, weight) in focus where !EvidenceIndex.isUnigram(term) {
            if let i = pending.firstIndex(where: { $0.term == term }) {
                pending[i].weight = weight
            } else {
                pending.append((term, weight))
            }
            total += weight
        }
        guard total > 0 else { return 0 }
        var held = 0.0
        var previous: UInt32? = nil
        for scalar in text.unicodeScalars {
            if Self.dropped(scalar) {
                previous = nil
                continue
            }
            var value = scalar.value
            if value < 0x80, value >= 0x41, value <= 0x5A { value += 0x20 }
            value = fold[value] ?? value
            if let p = previous, case let bigram = Self.key(p, value), let i = pending.firstIndex(where: { $0.term == bigram }) {
                held += pending[i].weight
                pending.remove(at: i)
                if pending.isEmpty { break }
            }
            previous = value
        }
        return held / total
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
