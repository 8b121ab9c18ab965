import SuiwenKnowledge

/// A question (or alias) as the matcher sees it: folded to one script and form, with the
/// position in the original text of every character kept, so spans can be reported.
public struct NormalizedText: Sendable, Hashable {
    public var characters: [Character]
    /// For each character, the index of the original character it came from.
    public var origins: [Int]

    public var string: String { String(characters) }
}

/// Folds text to the one form the matcher compares: half-width, lower case, Simplified,
/// Cantonese and variant phrases rewritten, punctuation and white space dropped, Chinese
/// numerals as digits. Built once at load; `normalize` allocates only its result.
public struct TextNormalizer: Sendable {
    private let fold: [Character: Character]
    /// Phrase rewrites keyed by first character, longest first.
    private let phrases: [Character: [(from: [Character], to: [Character])]]
    private let simplifiedOnly: Set<Character>

    public init(lexicon: Lexicon) {
        self.fold = lexicon.fold
        var phrases: [Character: [(from: [Character], to: [Character])]] = [:]
        for (from, to) in lexicon.phrases {
            var keys = [Self.widthAndCase(from)]
            // A phrase written in Traditional also matches its Simplified spelling; single
            // characters are not widened this way (係 folds to 系, which is not Cantonese).
            let folded = String(keys[0].map { lexicon.fold[$0] ?? $0 })
            if from.count > 1, folded != keys[0] { keys.append(folded) }
            for key in keys where !key.isEmpty {
                phrases[key.first!, default: []].append((Array(key), Array(to)))
            }
        }
        for key in phrases.keys { phrases[key]!.sort { $0.from.count > $1.from.count } }
        self.phrases = phrases
        self.simplifiedOnly = lexicon.simplifiedOnly
    }

    private static func widthAndCase(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map(halfWidth))).lowercased()
    }

    private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3000: return " "
        default: return scalar
        }
    }

    /// Whether the text is written in Simplified characters rather than Traditional.
    public func isSimplified(_ text: String) -> Bool { script(of: text) ?? false }

    /// true for Simplified, false for Traditional, nil when the text has no character that
    /// tells (那南沙呢? is the same in both).
    public func script(of text: String) -> Bool? {
        var simplified = 0
        var traditional = 0
        for c in text {
            if fold[c] != nil { traditional += 1 } else if simplifiedOnly.contains(c) { simplified += 1 }
        }
        return simplified == traditional ? nil : simplified > traditional
    }

    /// Converts Traditional text to Simplified, character by character.
    public func toSimplified(_ text: String) -> String {
        String(text.map { fold[$0] ?? $0 })
    }

    /// Folds only script, width and case: for comparing names and answers.
    public func foldScript(_ text: String) -> String {
        String(Self.widthAndCase(text).map { fold[$0] ?? $0 })
    }

    public func normalize(_ text: String) -> NormalizedText {
        let original = Array(Self.widthAndCase(text))
        // 1. Phrase rewrites on the unfolded text, longest first.
        var rewritten: [Character] = []
        var origins: [Int] = []
        rewritten.reserveCapacity(original.count)
        var i = 0
        outer: while i < original.count {
            if let candidates = phrases[original[i]] {
                for (from, to) in candidates where i + from.count <= original.count {
                    if original[i..<(i + from.count)].elementsEqual(from) {
                        rewritten.append(contentsOf: to)
                        origins.append(contentsOf: repeatElement(i, count: to.count))
                        i += from.count
                        continue outer
                    }
                }
            }
            rewritten.append(original[i])
            origins.append(i)
            i += 1
        }
        // 2. Script fold, and drop what does not carry meaning for matching.
        var chars: [Character] = []
        var kept: [Int] = []
        chars.reserveCapacity(rewritten.count)
        for (index, c) in rewritten.enumerated() {
            if c.isWhitespace { continue }
            if c.isPunctuation || c.isSymbol {
                // These carry meaning in the article's names and figures: 1+5+N, 3.88%, 2.0.
                guard c == "+" || c == "." || c == "%" else { continue }
            }
            chars.append(fold[c] ?? c)
            kept.append(origins[index])
        }
        // 3. Chinese numerals to digits.
        return Self.convertNumerals(NormalizedText(characters: chars, origins: kept))
    }

    private static let digitValues: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let unitValues: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    /// Rewrites runs like 兩千, 十三, 四千五百, 八百二十一 as digits. A run of units alone
    /// (萬千百, 百億級) is a name, not a number, and stays as it is.
    static func convertNumerals(_ text: NormalizedText) -> NormalizedText {
        var out = NormalizedText(characters: [], origins: [])
        out.characters.reserveCapacity(text.characters.count)
        out.origins.reserveCapacity(text.characters.count)
        var i = 0
        let chars = text.characters
        while i < chars.count {
            var j = i
            var hasDigit = false
            while j < chars.count, digitValues[chars[j]] != nil || unitValues[chars[j]] != nil {
                if digitValues[chars[j]] != nil || chars[j] == "十" { hasDigit = true }
                j += 1
            }
            if j > i, hasDigit, let value = parseNumeral(chars[i..<j]) {
                let digits = Array(String(value))
                out.characters.append(contentsOf: digits)
                out.origins.append(contentsOf: repeatElement(text.origins[i], count: digits.count))
                i = j
            } else if j > i {
                out.characters.append(contentsOf: chars[i..<j])
                out.origins.append(contentsOf: text.origins[i..<j])
                i = j
            } else {
                out.characters.append(chars[i])
                out.origins.append(text.origins[i])
                i += 1
            }
        }
        return out
    }

    static func parseNumeral(_ run: ArraySlice<Character>) -> Int? {
        // Digits read one by one, as in years: 二〇二四 is 2024.
        if run.count >= 2, run.allSatisfy({ digitValues[$0] != nil }) {
            return Int(String(run.map { Character(String(digitValues[$0]!)) }))
        }
        var total = 0
        var pending: Int? = nil
        var lastUnit = Int.max
        for c in run {
            if let d = digitValues[c] {
                if pending != nil && d != 0 { return nil }  // 一二 is not a number
                pending = d == 0 ? pending : d
            } else if let u = unitValues[c] {
                guard u < lastUnit else { return nil }
                total += (pending ?? 1) * u
                pending = nil
                lastUnit = u
            }
        }
        return total + (pending ?? 0)
    }
}
