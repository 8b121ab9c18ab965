#if canImport(Darwin)
import Darwin
#else
/// glibc's memmem and memcmp (memmem is a GNU extension the Glibc module does not export).
@_silgen_name("memmem")
private func memmem(_ haystack: UnsafeRawPointer?, _ haystackLength: Int, _ needle: UnsafeRawPointer?, _ needleLength: Int) -> UnsafeMutableRawPointer?
@_silgen_name("memcmp")
private func memcmp(_ a: UnsafeRawPointer?, _ b: UnsafeRawPointer?, _ count: Int) -> Int32
#endif

/// Exact substring search over UTF-8 bytes, for checking and placing quotes and aliases at load.
/// Foundation's `contains` folds character clusters as it goes and is ~100× slower; a quote is
/// copied from the document, so byte equality is the test we mean.
///
/// Every quote and alias of the graph is looked for once, and a scan of the whole document per
/// needle made load quadratic in the graph's size (the document grows with it). So the text is
/// indexed once, by the scalar bigrams it holds: a needle's occurrences are among the places
/// of its rarest bigram, each checked with `memcmp`. Bigrams are hashed into buckets (a bucket
/// may hold several bigrams: the check sorts them out), laid out as one array of byte offsets.
struct SourceText: Sendable {
    let bytes: [UInt8]
    /// Byte offset where each line starts (lines split on "\n", as `SourceDocument.lines`).
    let lineStarts: [Int]
    /// Where each bucket's offsets start in `bigramOffsets` (one more entry than buckets).
    private let bucketStarts: [Int32]
    /// The byte offset of the second scalar of every bigram of the text, by bucket, ascending
    /// within each bucket.
    private let bigramOffsets: [Int32]
    private let bucketMask: Int

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts

        // Scalars of the text: the byte offset where each starts and its bigram's bucket.
        var bucketCount = 1024
        while bucketCount < bytes.count / 2 { bucketCount <<= 1 }
        let mask = bucketCount - 1
        bucketMask = mask
        var offsets: [Int32] = []
        var buckets: [Int32] = []
        offsets.reserveCapacity(bytes.count / 2)
        buckets.reserveCapacity(bytes.count / 2)
        var counts = [Int32](repeating: 0, count: bucketCount + 1)
        bytes.withUnsafeBufferPointer { bytes in
            Self.forEachBigram(in: bytes) { first, second, offset in
                let bucket = Self.bucket(first, second, mask: mask)
                offsets.append(Int32(offset))
                buckets.append(Int32(bucket))
                counts[bucket + 1] += 1
            }
        }
        for i in 1..<counts.count { counts[i] += counts[i - 1] }
        bucketStarts = counts
        var next = counts
        var placed = [Int32](repeating: 0, count: offsets.count)
        for (offset, bucket) in zip(offsets, buckets) {
            placed[Int(next[Int(bucket)])] = offset
            next[Int(bucket)] += 1
        }
        bigramOffsets = placed
    }

    /// Each pair of neighbouring scalars of valid UTF-8, with the byte offset of the second.
    private static func forEachBigram(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32, UInt32, Int) -> Void) {
        var previous: UInt32? = nil
        var offset = 0
        while offset < bytes.count {
            let (scalar, length) = decode(bytes, at: offset)
            if let previous { body(previous, scalar, offset) }
            previous = scalar
            offset += length
        }
    }

    /// The scalar value starting at `offset` of valid UTF-8, and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0xFF >> (length + 1))
        for i in 1..<length where offset + i < bytes.count { value = value << 6 | UInt32(bytes[offset + i] & 0x3F) }
        return (value, length)
    }

    private static func bucket(_ first: UInt32, _ second: UInt32, mask: Int) -> Int {
        let mixed = (UInt64(first) << 32 | UInt64(second)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    /// Byte offsets of `needle` in the text, in order (all of them; callers want the first or
    /// whether there is one, and stop early).
    private func forEachOccurrence(of needle: [UInt8], _ body: (Int) -> Bool) {
        guard !needle.isEmpty, needle.count <= bytes.count else { return }
        bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { pattern in
                // The needle's rarest bigram: its bucket, and where its second scalar starts.
                var rarest: (bucket: Int, offset: Int, count: Int32)? = nil
                Self.forEachBigram(in: pattern) { first, second, offset in
                    let bucket = Self.bucket(first, second, mask: bucketMask)
                    let count = bucketStarts[bucket + 1] - bucketStarts[bucket]
                    if rarest == nil || count < rarest!.count { rarest = (bucket, offset, count) }
                }
                guard let rarest else {
                    // One scalar: no bigram to look up; a scan of the bytes.
                    var start = 0
                    while start <= haystack.count - pattern.count,
                        let found = memmem(haystack.baseAddress! + start, haystack.count - start, pattern.baseAddress!, pattern.count)
                    {
                        let at = UnsafeRawPointer(haystack.baseAddress!).distance(to: UnsafeRawPointer(found))
                        if !body(at) { return }
                        start = at + 1
                    }
                    return
                }
                for index in Int(bucketStarts[rarest.bucket])..<Int(bucketStarts[rarest.bucket + 1]) {
                    let start = Int(bigramOffsets[index]) - rarest.offset
                    guard start >= 0, start + pattern.count <= haystack.count,
                        memcmp(haystack.baseAddress! + start, pattern.baseAddress!, pattern.count) == 0
                    else { continue }
                    if !body(start) { return }
                }
            }
        }
    }

    func contains(_ quote: String) -> Bool {
        var found = false
        forEachOccurrence(of: Array(quote.utf8)) { _ in
            found = true
            return false
        }
        return found
    }

    /// The 0-based index of the first line that holds all of `quote`.
    func lineIndex(of quote: String) -> Int? {
        let needle = Array(quote.utf8)
        // A match of a needle with a line break always runs past the end of its line.
        guard !needle.contains(0x0A) else { return nil }
        var first: Int? = nil
        forEachOccurrence(of: needle) { offset in
            first = offset
            return false
        }
        guard let offset = first else { return nil }
        // The line the match starts on, by binary search; without a line break, it ends there too.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

extension SourceText: Hashable {
    /// Equal when the texts are: the rest is derived from them.
    static func == (a: SourceText, b: SourceText) -> Bool { a.bytes == b.bytes }
    func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}
