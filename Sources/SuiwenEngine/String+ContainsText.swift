import Foundation

extension String {
    /// Whether `other` occurs in the string, as Foundation's `contains` says, without its
    /// cost where that is certain: when both are simple text (`CharacterKey.isSimple`: one
    /// scalar a character, nothing that normalization would compose or decompose), canonical
    /// equivalence is identity and the answer is a search of the UTF-8 bytes.
    func containsText(_ other: String) -> Bool {
        guard !other.isEmpty, Self.isSimpleText(self), Self.isSimpleText(other),
            let found = utf8.withContiguousStorageIfAvailable({ haystack in
                other.utf8.withContiguousStorageIfAvailable { needle in Self.search(haystack, needle) }
            }) ?? nil
        else { return contains(other) }
        return found
    }

    static func isSimpleText(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { CharacterKey.isSimple($0.value) }
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
