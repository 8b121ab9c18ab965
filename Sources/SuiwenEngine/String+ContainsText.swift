import Foundation

extension String {
    /// Whether `other` occurs in the string, as Foundation's `contains` says, without its
    /// cost where that is certain: when both are simple text (`CharacterKey.isSimple`: one
    /// scalar a character, nothing that normalization would compose or decompose), canonical
    /// equivalence is identity and the answer is a search of the UTF-8 bytes.
    func containsText(_ other: String) -> Bool {
        containsText(other, simple: Self.isSimpleText(self))
    }

    /// `containsText`, told whether this string is simple text (checked once for many needles).
    func containsText(_ other: String, simple: Bool) -> Bool {
        guard !other.isEmpty, simple, Self.isSimpleText(other),
            let found = utf8.withContiguousStorageIfAvailable({ haystack in
                other.utf8.withContiguousStorageIfAvailable { needle in Self.search(haystack, needle) }
            }) ?? nil
        else { return contains(other) }
        return found
    }

    static func isSimpleText(_ text: String) -> Bool {
        // Decoded straight from the UTF-8 bytes (a native string's are valid), which is several
        // times cheaper than walking `unicodeScalars`; this runs on every quote a reply cites.
        if let simple = text.utf8.withContiguousStorageIfAvailable(isSimpleUTF8) { return simple }
        return text.unicodeScalars.allSatisfy { CharacterKey.isSimple($0.value) }
    }

    /// `isSimpleText` of valid UTF-8.
    static func isSimpleUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = UInt32(bytes[i])
            // The common cases first: printable ASCII, and the ideographs U+5000–U+9FFF (lead
            // bytes E5–E9) and U+4000–U+4FFF but the hexagrams U+4DC0–U+4DFF (E4 B7 ..).
            if lead >= 0x20 && lead < 0x7F {
                i += 1
                continue
            }
            if i + 2 < count, lead >= 0xE5 && lead <= 0xE9 || (lead == 0xE4 && bytes[i + 1] != 0xB7) {
                i += 3
                continue
            }
            let value: UInt32
            switch lead {
            case 0..<0x80:
                value = lead
                i += 1
            case 0xC0..<0xE0 where i + 1 < count:
                value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            case 0xE0..<0xF0 where i + 2 < count:
                value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            case 0xF0..<0xF8 where i + 3 < count:
                value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F)
                i += 4
            default:
                return false
            }
            if !CharacterKey.isSimple(value) { return false }
        }
        return true
    }

    /// Whether the bytes of `needle` occur in `haystack` (UTF-8 of both: a match starts on a
    /// scalar, as no lead byte is ever a continuation byte).
    private static func search(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, memcmp(haystack.baseAddress! + i, needle.baseAddress!, needle.count) == 0 { return true }
            i += 1
        }
        return false
    }
}

/// A string as a dictionary key that hashes cheaply: equal as `String` is (canonical
/// equivalence), hashed by the bytes of its NFC form — which, for simple text, are its own
/// bytes, with no normalization on the way (`String`'s own hash normalizes every non-ASCII
/// scalar, which for a sentence-long quote costs more than the rest of a lookup).
struct TextKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: TextKey, b: TextKey) -> Bool { a.text == b.text }

    func hash(into hasher: inout Hasher) {
        if String.isSimpleText(text) {
            var copy = text
            copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        } else {
            var nfc = text.precomposedStringWithCanonicalMapping
            nfc.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}

extension String {
    /// The string of `scalars`, written straight into UTF-8. (`String(String.UnicodeScalarView(…))`
    /// appends them one at a time through the view's grapheme bookkeeping: thousands of
    /// instructions for a sentence, on every question that a pre-pass cuts into pieces.)
    init<S: Collection>(scalars: S) where S.Element == Unicode.Scalar {
        // (The exact length first: a string of up to 15 bytes then stays inline, with no
        // allocation of its own.)
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case 0..<0x80:
                    buffer[i] = UInt8(v)
                    i += 1
                case 0x80..<0x800:
                    buffer[i] = UInt8(0xC0 | v >> 6)
                    buffer[i + 1] = UInt8(0x80 | v & 0x3F)
                    i += 2
                case 0x800..<0x10000:
                    buffer[i] = UInt8(0xE0 | v >> 12)
                    buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F)
                    i += 3
                default:
                    buffer[i] = UInt8(0xF0 | v >> 18)
                    buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 3] = UInt8(0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }
}

extension RandomAccessCollection where Element: Equatable, Index == Int {
    /// Where `needle` first occurs, as indices of this collection: a plain loop. (The standard
    /// library's `firstRange(of:)` on arrays goes through string processing's generic Z-searcher
    /// and asks the runtime for generic metadata at every step: 42,000 instructions a call on a
    /// question, which was half of the matcher's whole cost where it ran on every question.)
    func firstRun<Needle: RandomAccessCollection>(of needle: Needle) -> Range<Int>?
    where Needle.Element == Element, Needle.Index == Int {
        let length = needle.count
        guard length > 0, length <= count else { return nil }
        let first = needle[needle.startIndex]
        var i = startIndex
        let last = endIndex - length
        while i <= last {
            if self[i] == first {
                var k = 1
                while k < length, self[i + k] == needle[needle.startIndex + k] { k += 1 }
                if k == length { return i..<(i + length) }
            }
            i += 1
        }
        return nil
    }
}
