import Foundation

/// A `Character` as one integer that compares as the character does (canonical equivalence),
/// for the automata and patterns to match without hashing or comparing `Character`s: its
/// scalar when it is one scalar that canonical normalization (NFC) leaves alone — every
/// character of the article and of nearly every question —, else the scalar of its NFC form
/// when that is one, else a hash of the NFC form with the top bit set (never a scalar).
enum CharacterKey {
    static func key(_ c: Character) -> UInt32 {
        let scalars = c.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex, isStable(first.value) {
            return first.value
        }
        let nfc = String(c).precomposedStringWithCanonicalMapping.unicodeScalars
        if let first = nfc.first, nfc.index(after: nfc.startIndex) == nfc.endIndex { return first.value }
        var hash: UInt32 = 2_166_136_261
        for scalar in nfc { hash = (hash ^ scalar.value) &* 16_777_619 }
        return 0x8000_0000 | hash
    }

    static func keys(_ characters: [Character]) -> [UInt32] { characters.map(key) }

    /// Scalars that are their own NFC form: Latin below the combining marks, general
    /// punctuation, CJK symbols, kana and ideographs (with the supplementary planes' ideographs,
    /// not their compatibility ones), and the full- and half-width forms.
    static func isStable(_ value: UInt32) -> Bool {
        value < 0x300 || (0x2010...0x206F).contains(value) || (0x3000...0x9FFF).contains(value) || (0xFF01...0xFFEF).contains(value)
            || (0x20000...0x2EBEF).contains(value) || (0x30000...0x323AF).contains(value)
    }

    /// Scalars that are each a character of their own (no grapheme cluster joins them to a
    /// neighbour), their own NFC form, and lower-cased to one scalar (ASCII letters only):
    /// text made of these alone can be normalized scalar by scalar.
    static func isSimple(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x20...0x7E, 0xB7, 0xD7, 0xF7: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case 0xFE30...0xFE4F, 0xFF01...0xFF65: return true
        case 0x20000...0x2EBEF, 0x30000...0x323AF: return true
        default: return false
        }
    }
}
