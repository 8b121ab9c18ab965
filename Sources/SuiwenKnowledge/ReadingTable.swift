/// The Mandarin readings (pinyin without tone) of characters, as flat arrays: the characters'
/// scalars in order, where each one's readings start, and the readings by number. Fifteen
/// thousand characters take about 160 KB this way (and 84 kB more to find an ideograph's row
/// without a search), against about 2.9 MB as a dictionary of arrays of strings (one heap block
/// per character, measured in the idle server's RSS).
public struct ReadingTable: Sendable {
    /// Reading number → the reading (`yi`, `zhu` …), each written once.
    public private(set) var syllables: [String] = []
    private var syllableNumbers: [String: UInt16] = [:]
    /// The same for readings of up to seven bytes, by `shortKey` of their bytes: the table's
    /// file is read without making a string of each reading.
    private var shortSyllableNumbers: [UInt64: UInt16] = [:]
    /// The characters' scalars, ascending.
    private var scalars: [UInt32] = []
    /// `readingNumbers[starts[i]..<starts[i + 1]]` are the readings of `scalars[i]`.
    private var starts: [UInt32] = [0]
    private var readingNumbers: [UInt16] = []
    /// For the CJK Unified Ideographs (U+4E00…U+9FFF, where nearly every question's characters
    /// are), each scalar's row, or -1: a lookup without a search, in 84 kB.
    private var ideographRows: [Int32] = []
    static let ideographs: ClosedRange<UInt32> = 0x4E00...0x9FFF

    public init() {}

    /// The number of characters with readings.
    public var count: Int { scalars.count }
    public var isEmpty: Bool { scalars.isEmpty }

    /// Adds a character's readings, in the order given (the most common first). Returns false,
    /// adding no row, when there are none or more than 65,535 distinct readings in all. Rows
    /// may come in any order; call `finish()` once all are added (and add none after it).
    public mutating func append(_ scalar: UInt32, readings: some Sequence<some StringProtocol>) -> Bool {
        let texts = readings.map { String($0) }
        guard !texts.isEmpty else { return false }
        var unknown = 0
        for text in texts where syllableNumbers[text] == nil { unknown += 1 }
        guard syllables.count + unknown <= Int(UInt16.max) else { return false }
        for text in texts { readingNumbers.append(number(of: text)) }
        return endRow(scalar)
    }

    /// Adds a character's readings as a row of the table's file writes them after the tab:
    /// UTF-8, separated by commas (`zhong,chong`). As `append(_:readings:)`; a reading already
    /// known is found by its bytes, without a string. (A row refused because 65,535 readings are
    /// numbered keeps the readings it numbered before the refusal: numbered, unused.)
    public mutating func append(_ scalar: UInt32, commaSeparatedUTF8 text: UnsafeBufferPointer<UInt8>) -> Bool {
        let rowStart = readingNumbers.count
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count, text[end] != UInt8(ascii: ",") { end += 1 }
            if end > start {
                let reading = UnsafeBufferPointer(rebasing: text[start..<end])
                if let key = Self.shortKey(reading), let known = shortSyllableNumbers[key] {
                    readingNumbers.append(known)
                } else {
                    let written = String(decoding: reading, as: UTF8.self)
                    guard syllableNumbers[written] != nil || syllables.count < Int(UInt16.max) else {
                        readingNumbers.removeSubrange(rowStart...)
                        return false
                    }
                    readingNumbers.append(number(of: written))
                }
            }
            start = end + 1
        }
        guard readingNumbers.count > rowStart else { return false }
        return endRow(scalar)
    }

    /// A reading's number, numbering it when it is new (the caller has checked there is room).
    private mutating func number(of text: String) -> UInt16 {
        if let known = syllableNumbers[text] { return known }
        let number = UInt16(syllables.count)
        syllables.append(text)
        syllableNumbers[text] = number
        if let key = Self.shortKey(text.utf8) { shortSyllableNumbers[key] = number }
        return number
    }

    /// A reading of up to seven bytes as one number: its length, then its bytes.
    private static func shortKey(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 7 else { return nil }
        var key = UInt64(bytes.count)
        for byte in bytes { key = key << 8 | UInt64(byte) }
        return key
    }

    /// Ends the row of `scalar`, whose reading numbers were just appended.
    private mutating func endRow(_ scalar: UInt32) -> Bool {
        ideographRows = []  // (found by search again until `finish()`)
        scalars.append(scalar)
        starts.append(UInt32(readingNumbers.count))
        return true
    }

    /// The numbers of a character's readings (indices into `syllables`), or an empty slice.
    public func readingNumbers(of scalar: UInt32) -> ArraySlice<UInt16> {
        if !ideographRows.isEmpty, Self.ideographs.contains(scalar) {
            let row = Int(ideographRows[Int(scalar - Self.ideographs.lowerBound)])
            return row < 0 ? [] : readingNumbers[Int(starts[row])..<Int(starts[row + 1])]
        }
        var low = 0
        var high = scalars.count
        while low < high {
            let middle = (low + high) / 2
            if scalars[middle] < scalar { low = middle + 1 } else { high = middle }
        }
        guard low < scalars.count, scalars[low] == scalar else { return [] }
        return readingNumbers[Int(starts[low])..<Int(starts[low + 1])]
    }

    /// A character's readings, or nil when it has none here (or is more than one scalar).
    public subscript(character: Character) -> [String]? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        let numbers = readingNumbers(of: scalar.value)
        return numbers.isEmpty ? nil : numbers.map { syllables[Int($0)] }
    }

    /// Puts the characters in order (a table written out of order is sorted; of a character
    /// given twice, the first row counts) and drops the spare capacity the arrays grew while
    /// the table was read.
    public mutating func finish() {
        if zip(scalars, scalars.dropFirst()).contains(where: { $0 >= $1 }) {
            let order = scalars.indices.sorted { (scalars[$0], $0) < (scalars[$1], $1) }
            var sortedScalars: [UInt32] = []
            var sortedStarts: [UInt32] = [0]
            var sortedNumbers: [UInt16] = []
            for i in order where sortedScalars.last != scalars[i] {
                sortedScalars.append(scalars[i])
                sortedNumbers += readingNumbers[Int(starts[i])..<Int(starts[i + 1])]
                sortedStarts.append(UInt32(sortedNumbers.count))
            }
            (scalars, starts, readingNumbers) = (sortedScalars, sortedStarts, sortedNumbers)
        }
        scalars = scalars.withUnsafeBufferPointer { Array($0) }
        starts = starts.withUnsafeBufferPointer { Array($0) }
        readingNumbers = readingNumbers.withUnsafeBufferPointer { Array($0) }
        var rows = [Int32](repeating: -1, count: Self.ideographs.count)
        for (row, scalar) in scalars.enumerated() where Self.ideographs.contains(scalar) {
            rows[Int(scalar - Self.ideographs.lowerBound)] = Int32(row)
        }
        ideographRows = rows
    }
}
