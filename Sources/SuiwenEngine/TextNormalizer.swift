import SuiwenKnowledge

/// A question (or alias) as the matcher sees it: folded to one script and form, with the
/// position in the original text of every character kept, so spans can be reported.
public struct NormalizedText: Sendable, Hashable {
    public var characters: [Character]
    /// For each character, the index of the original character it came from.
    public var origins: [Int]
    /// Each character as an integer that compares as the character does (`CharacterKey`):
    /// what the automata and patterns match on.
    public var keys: [UInt32]
    /// Each character's first scalar (the same as `keys` wherever the text is simple).
    public var scalars: [UInt32]

    /// Whether the characters at `index - 1` and `index` stood side by side in the original
    /// text (no mark or space dropped between them).
    public func joinedInOriginal(at index: Int) -> Bool {
        index > 0 && index < origins.count && origins[index] - origins[index - 1] <= 1
    }

    public var string: String {
        // Every character one scalar (its key is then that scalar): the bytes straight from
        // the scalars, without joining `Character`s.
        guard keys == scalars else { return String(characters) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count * 3)
        for v in scalars { TextNormalizer.appendUTF8(v, to: &utf8) }
        return String(decoding: utf8, as: UTF8.self)
    }
}

/// Folds text to the one form the matcher compares: half-width, lower case, Simplified,
/// Cantonese and variant phrases rewritten, punctuation and white space dropped, Chinese
/// numerals as digits. Built once at load; `normalize` allocates only its result.
///
/// Text whose every scalar is a character of its own (`CharacterKey.isSimple`: the article's
/// scripts) is folded scalar by scalar, with tables keyed by scalar; any other text by
/// `Character`, with the same result.
public struct TextNormalizer: Sendable {
    private let fold: [Character: Character]
    /// Phrase rewrites keyed by first character, longest first.
    private let phrases: [Character: [(from: [Character], to: [Character])]]
    private let simplifiedOnly: Set<Character>
    /// The same tables by character key, for simple text.
    private let scalarFold: ScalarMap
    private let scalarPhrases: [UInt32: [(from: [UInt32], to: [UInt32])]]
    /// The first scalars of `scalarPhrases`, as bits: most characters start no phrase, and a
    /// bit says so without hashing.
    private let phraseStarts: ScalarBits
    private let scalarSimplifiedOnly: Set<UInt32>
    /// Whether every character the fold and the phrases put in is simple, so that simple text
    /// stays simple and can take the scalar path.
    private let scalarPath: Bool

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

        func simpleScalar(_ c: Character) -> UInt32? {
            let scalars = c.unicodeScalars
            guard let first = scalars.first, scalars.count == 1, CharacterKey.isSimple(first.value) else { return nil }
            return first.value
        }
        var scalarPath = true
        var scalarFold: [UInt32: UInt32] = [:]
        for (from, to) in lexicon.fold {
            if let value = simpleScalar(to) { scalarFold[CharacterKey.key(from)] = value } else { scalarPath = false }
        }
        var scalarPhrases: [UInt32: [(from: [UInt32], to: [UInt32])]] = [:]
        for (first, list) in phrases {
            scalarPhrases[CharacterKey.key(first)] = list.map { phrase in
                let to = phrase.to.compactMap(simpleScalar)
                if to.count != phrase.to.count { scalarPath = false }
                return (CharacterKey.keys(phrase.from), to)
            }
        }
        self.scalarFold = ScalarMap(scalarFold)
        self.scalarPhrases = scalarPhrases
        self.phraseStarts = ScalarBits(scalarPhrases.keys)
        self.scalarSimplifiedOnly = Set(lexicon.simplifiedOnly.map(CharacterKey.key))
        self.scalarPath = scalarPath
    }

    private static func widthAndCase(_ text: String) -> String {
        String(scalars: text.unicodeScalars.map(halfWidth)).lowercased()
    }

    private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3000: return " "
        default: return scalar
        }
    }

    /// `text`'s scalars when every one is simple (and the tables keep it so), else nil.
    private func simpleScalars(_ text: String) -> [UInt32]? {
        guard scalarPath else { return nil }
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard CharacterKey.isSimple(scalar.value) else { return nil }
            scalars.append(scalar.value)
        }
        return scalars
    }

    /// Whether the text is written in Simplified characters rather than Traditional.
    public func isSimplified(_ text: String) -> Bool { script(of: text) ?? false }

    /// true for Simplified, false for Traditional, nil when the text has no character that
    /// tells (那南沙呢? is the same in both).
    public func script(of text: String) -> Bool? {
        var simplified = 0
        var traditional = 0
        if let scalars = simpleScalars(text) {
            for v in scalars {
                if scalarFold[v] != nil { traditional += 1 } else if scalarSimplifiedOnly.contains(v) { simplified += 1 }
            }
        } else {
            for c in text {
                if fold[c] != nil { traditional += 1 } else if simplifiedOnly.contains(c) { simplified += 1 }
            }
        }
        return simplified == traditional ? nil : simplified > traditional
    }

    /// The UTF-8 bytes of the scalar `v` (a valid scalar value), appended.
    static func appendUTF8(_ v: UInt32, to bytes: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            bytes.append(UInt8(v))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | v >> 6))
            bytes.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | v >> 12))
            bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | v & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | v >> 18))
            bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// Converts Traditional text to Simplified, character by character.
    public func toSimplified(_ text: String) -> String {
        if let scalars = simpleScalars(text) {
            var utf8: [UInt8] = []
            utf8.reserveCapacity(text.utf8.count + 8)
            for v in scalars { Self.appendUTF8(scalarFold[v] ?? v, to: &utf8) }
            return String(decoding: utf8, as: UTF8.self)
        }
        return String(text.map { fold[$0] ?? $0 })
    }

    /// Folds only script, width and case: for comparing names and answers.
    public func foldScript(_ text: String) -> String {
        // Simple text scalar by scalar (each scalar a character; only ASCII letters have a case):
        // the same as the path below, without a `Character` hashed for each. (Answers of a
        // speaker's every statement are long, and each part of a question's answer is folded.)
        if let scalars = simpleScalars(text) {
            var folded = ""
            folded.reserveCapacity(text.utf8.count)
            for value in scalars {
                var v = Self.halfWidth(Unicode.Scalar(value)!).value
                if v >= 0x41, v <= 0x5A { v += 0x20 }
                folded.unicodeScalars.append(Unicode.Scalar(scalarFold[v] ?? v)!)
            }
            return folded
        }
        return foldScriptByCharacter(text)
    }

    /// `foldScript` by its definition, `Character` by `Character` (what the scalar path must equal).
    func foldScriptByCharacter(_ text: String) -> String {
        String(Self.widthAndCase(text).map { fold[$0] ?? $0 })
    }

    public func normalize(_ text: String) -> NormalizedText {
        if let scalars = simpleScalars(text) { return normalize(scalars: scalars) }
        let original = Array(Self.widthAndCase(text))
        // 1. Phrase rewrites on the unfolded text, longest first.
        let (rewritten, origins) = Self.rewritingPhrases(original, phrases, isLetter: { $0.isASCII && $0.isLetter }, isPluralEnding: { $0 == "s" })
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
        var converted = Self.convertNumerals(chars, kept)
        // 4. A plus said aloud between numbers, 一加五加N: the sign.
        for i in converted.characters.indices where converted.characters[i] == "加" {
            let before = i > 0 ? converted.characters[i - 1].unicodeScalars.first!.value : 0
            let after = i + 1 < converted.characters.count ? converted.characters[i + 1].unicodeScalars.first!.value : 0
            if Self.isSpokenPlus(before: before, after: after) { converted.characters[i] = "+" }
        }
        return NormalizedText(
            characters: converted.characters, origins: converted.origins, keys: CharacterKey.keys(converted.characters),
            scalars: converted.characters.map { $0.unicodeScalars.first!.value })
    }

    /// `normalize` for simple text: the same steps on scalars, each scalar one character.
    private func normalize(scalars: [UInt32]) -> NormalizedText {
        var original = scalars
        for i in original.indices {
            let v = original[i]
            if v >= 0xFF01, v <= 0xFF5E {
                original[i] = v - 0xFEE0
            } else if v == 0x3000 {
                original[i] = 0x20
            }
            if original[i] >= 0x41, original[i] <= 0x5A { original[i] += 0x20 }
        }
        // 1. Phrase rewrites on the unfolded text, longest first.
        let (rewritten, origins) = Self.rewritingPhrases(
            original, scalarPhrases, mayStart: phraseStarts.contains, isLetter: { (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) },
            isPluralEnding: { $0 == 0x73 })
        // 2. Script fold, and drop what does not carry meaning for matching.
        var kept: [UInt32] = []
        var keptOrigins: [Int] = []
        kept.reserveCapacity(rewritten.count)
        keptOrigins.reserveCapacity(rewritten.count)
        for (index, v) in rewritten.enumerated() {
            // White space goes; so do punctuation and symbols but + . %, none of them white space.
            if ScalarFold.dropped(Unicode.Scalar(v)!) {
                guard v == 0x2B || v == 0x2E || v == 0x25 else { continue }
            }
            kept.append(scalarFold[v] ?? v)
            keptOrigins.append(origins[index])
        }
        // 3. Chinese numerals to digits (most text has none: told by a scan without closures).
        var (keys, keyOrigins) =
            kept.contains(where: { Self.numeralKind($0) != nil })
            ? Self.convertingNumerals(
                kept, keptOrigins, kind: Self.numeralKind, character: { Character(Unicode.Scalar($0)!) },
                digits: { String($0).unicodeScalars.map(\.value) }, point: [0x2E])
            : (kept, keptOrigins)
        // 4. A plus said aloud between numbers, 一加五加N: the sign.
        for i in keys.indices where keys[i] == Self.plusWord
            && Self.isSpokenPlus(before: i > 0 ? keys[i - 1] : 0, after: i + 1 < keys.count ? keys[i + 1] : 0)
        {
            keys[i] = 0x2B
        }
        let characters = keys.map { Character(Unicode.Scalar($0)!) }
        return NormalizedText(characters: characters, origins: keyOrigins, keys: keys, scalars: keys)
    }

    /// 加, said for + between numbers.
    private static let plusWord: UInt32 = 0x52A0

    /// Whether 加 between these two scalars stands for +: a digit on one side and a digit or a
    /// Latin letter on the other (一加五加N, 1+5+N; not 增加, 加大, 3家加5家).
    private static func isSpokenPlus(before: UInt32, after: UInt32) -> Bool {
        func digit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }
        func letter(_ v: UInt32) -> Bool { (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) }
        return (digit(before) && (digit(after) || letter(after))) || (letter(before) && digit(after))
    }

    private static let digitValues: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let unitValues: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
    /// A point said aloud.
    private static let spokenPoints: Set<Character> = ["點", "点"]
    /// What comes before a point said aloud when 零 after it is a number: a digit, a numeral, 幾.
    private static let pointAfter: Set<Character> = [
        "幾", "几", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "零", "〇", "一", "二", "两", "兩", "三", "四", "五", "六", "七", "八", "九", "十",
    ]

    private enum NumeralKind { case digit, unit }

    /// Whether a scalar is one of `digitValues` or `unitValues`, without hashing.
    private static func numeralKind(_ v: UInt32) -> NumeralKind? {
        switch v {
        case 0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D: return .digit
        case 0x5341, 0x767E, 0x5343: return .unit
        default: return nil
        }
    }

    /// Rewrites runs like 兩千, 十三, 四千五百, 八百二十一 as digits. A run of units alone
    /// (萬千百, 百億級) is a name, not a number, and stays as it is.
    static func convertNumerals(_ chars: [Character], _ origins: [Int]) -> (characters: [Character], origins: [Int]) {
        convertingNumerals(
            chars, origins, kind: { c in digitValues[c] != nil ? .digit : unitValues[c] != nil ? .unit : nil },
            character: { $0 }, digits: { Array(String($0)) }, point: ["."])
    }

    /// The same for `Character`s and, on the fast path, for scalar values: `kind` says which
    /// elements are numerals, `character` reads one, `digits` writes a value.
    private static func convertingNumerals<Element>(
        _ text: [Element], _ origins: [Int], kind: (Element) -> NumeralKind?, character: (Element) -> Character,
        digits: (Int) -> [Element], point: [Element]
    ) -> ([Element], [Int]) {
        var out: [Element] = []
        var outOrigins: [Int] = []
        out.reserveCapacity(text.count)
        outOrigins.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            var j = i
            var hasDigit = false
            while j < text.count, let numeral = kind(text[j]) {
                if numeral == .digit || character(text[j]) == "十" { hasDigit = true }
                j += 1
            }
            // A digit written twice and nothing else is a word, not a number (一一說明 is one by
            // one), unless a year follows (二二年 is 2022).
            let doubled = j == i + 2 && character(text[i]) == character(text[i + 1]) && (j == text.count || character(text[j]) != "年")
            // 零 alone is a word's first character (零部件, 零售; 重點零部件), not a number, unless a
            // point said after a number comes before it (幾點零, 5點零) or a point and a digit after
            // it (零點五).
            let loneZeroWord = j == i + 1 && character(text[i]) == "零"
                && !(i >= 2 && Self.spokenPoints.contains(character(text[i - 1])) && Self.pointAfter.contains(character(text[i - 2])))
                && !(i >= 1 && character(text[i - 1]).isASCIIDigit)
                && !(i + 2 < text.count && Self.spokenPoints.contains(character(text[i + 1])) && kind(text[i + 2]) == .digit)
            if j > i, hasDigit, !doubled, !loneZeroWord, let value = parseNumeral(text[i..<j].map(character)[...]) {
                let written = digits(value)
                out.append(contentsOf: written)
                outOrigins.append(contentsOf: repeatElement(origins[i], count: written.count))
                i = j
                // A decimal said aloud, 八點八八 or 三点八八: its digits after the point one by one.
                if i + 1 < text.count, ["點", "点"].contains(character(text[i])), kind(text[i + 1]) == .digit {
                    out.append(contentsOf: point)
                    outOrigins.append(origins[i])
                    i += 1
                    while i < text.count, kind(text[i]) == .digit, let d = digitValues[character(text[i])] {
                        out.append(contentsOf: digits(d))
                        outOrigins.append(origins[i])
                        i += 1
                    }
                }
            } else if j > i {
                out.append(contentsOf: text[i..<j])
                outOrigins.append(contentsOf: origins[i..<j])
                i = j
            } else {
                out.append(text[i])
                outOrigins.append(origins[i])
                i += 1
            }
        }
        return (out, outOrigins)
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

extension TextNormalizer {
    /// `text` with each phrase of `phrases` (by first element, longest first) rewritten, and for
    /// each element of the result the index of the element of `text` it came from. The same
    /// for `Character`s and, on the fast path, for scalar values.
    /// (An English phrase starts a word and ends one: say of What did he say?, not of essay nor of
    /// saying.)
    static func rewritingPhrases<Element: Hashable>(
        _ text: [Element], _ phrases: [Element: [(from: [Element], to: [Element])]], mayStart: (Element) -> Bool = { _ in true },
        isLetter: (Element) -> Bool, isPluralEnding: (Element) -> Bool = { _ in false }
    ) -> (rewritten: [Element], origins: [Int]) {
        // (A word's end: no letter after it, or a plural's s and then none, departments of department.)
        func endsWord(_ end: Int) -> Bool {
            end >= text.count || !isLetter(text[end]) || (isPluralEnding(text[end]) && (end + 1 >= text.count || !isLetter(text[end + 1])))
        }
        var rewritten: [Element] = []
        var origins: [Int] = []
        rewritten.reserveCapacity(text.count)
        origins.reserveCapacity(text.count)
        var i = 0
        outer: while i < text.count {
            // (Index loops, not slices compared: this runs at every character of every question,
            // and a debug build's generic iterators allocate at every step.)
            if mayStart(text[i]), let candidates = phrases[text[i]], i == 0 || !isLetter(text[i]) || !isLetter(text[i - 1]) {
                var c = 0
                while c < candidates.count {
                    let from = candidates[c].from
                    let to = candidates[c].to
                    c += 1
                    guard i + from.count <= text.count else { continue }
                    // (And ends one: announced, not announcement.)
                    if let last = from.last, isLetter(last), !endsWord(i + from.count) { continue }
                    var k = 0
                    while k < from.count, text[i + k] == from[k] { k += 1 }
                    if k == from.count {
                        var t = 0
                        while t < to.count {
                            rewritten.append(to[t])
                            origins.append(i)
                            t += 1
                        }
                        i += from.count
                        continue outer
                    }
                }
            }
            rewritten.append(text[i])
            origins.append(i)
            i += 1
        }
        return (rewritten, origins)
    }
}

/// A set of scalar values as bits, for the Basic Multilingual Plane and the next two (the
/// ideographs' planes); larger values are never members.
struct ScalarBits: Sendable {
    private var words: [UInt64]
    private static let limit: UInt32 = 0x40000

    init(_ values: some Sequence<UInt32>) {
        words = [UInt64](repeating: 0, count: Int(Self.limit / 64))
        for v in values where v < Self.limit { words[Int(v / 64)] |= 1 << UInt64(v % 64) }
    }

    func contains(_ v: UInt32) -> Bool {
        v < Self.limit && words[Int(v / 64)] & (1 << UInt64(v % 64)) != 0
    }
}
