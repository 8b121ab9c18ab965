#if canImport(Darwin)
import Darwin
#else
/// glibc's memmem (a GNU extension the Glibc module does not export).
@_silgen_name("memmem")
private func memmem(_ haystack: UnsafeRawPointer?, _ haystackLength: Int, _ needle: UnsafeRawPointer?, _ needleLength: Int) -> UnsafeMutableRawPointer?
#endif

/// Exact substring search over UTF-8 bytes (memmem), for checking and placing quotes at load.
/// Foundation's `contains` folds character clusters as it goes and is ~100× slower; a quote is
/// copied from the document, so byte equality is the test we mean.
struct SourceText: Sendable, Hashable {
    let bytes: [UInt8]
    /// Byte offset where each line starts (lines split on "\n", as `SourceDocument.lines`).
    let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// Byte offsets of `needle` in the text, in order, from `from`.
    func occurrences(of needle: [UInt8], from start: Int = 0) -> some Sequence<Int> {
        var next = start
        return AnyIterator { () -> Int? in
            guard !needle.isEmpty, next <= bytes.count - needle.count else { return nil }
            let found: Int? = bytes.withUnsafeBytes { haystack in
                needle.withUnsafeBytes { pattern in
                    memmem(haystack.baseAddress! + next, haystack.count - next, pattern.baseAddress!, pattern.count)
                        .map { haystack.baseAddress!.distance(to: UnsafeRawPointer($0)) }
                }
            }
            guard let offset = found else { return nil }
            next = offset + 1
            return offset
        }
    }

    func contains(_ quote: String) -> Bool {
        var iterator = occurrences(of: Array(quote.utf8)).makeIterator()
        return iterator.next() != nil
    }

    /// The 0-based index of the first line that holds all of `quote`.
    func lineIndex(of quote: String) -> Int? {
        let needle = Array(quote.utf8)
        for offset in occurrences(of: needle) {
            // The line the match starts on, by binary search; it must end on the same line.
            var low = 0
            var high = lineStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            let lineEnd = low + 1 < lineStarts.count ? lineStarts[low + 1] - 1 : bytes.count
            if offset + needle.count <= lineEnd { return low }
        }
        return nil
    }
}
