import SuiwenKnowledge

/// Words typed with a homophone, as a pinyin keyboard gives them: 城中寸 for 城中村, 營商環竟
/// for 營商環境, 新能源氣車 for 新能源汽車. A window of the question is taken for a word the
/// engine knows (a name or alias, a word of the lexicon's `typed_by_sound` sets) of three
/// characters or more when every character is the word's or sounds like it, one character
/// differs (two in a word of six or more), and the window is no word itself: the document
/// never writes it, it is no common word, and it is not a word typed right with a character
/// beside it (廣州市為 is 廣州市 + 為, not 廣州市委). The character typed is no function
/// character (是, 為) and makes no word with the one beside it (新勢頭: 勢頭).
///
/// Built once with the engine; `corrections` looks up readings by key and allocates only
/// when it finds one.
struct SoundTypos: Sendable {
    /// The known words, as character keys (normalized, Simplified), and as written.
    private let words: [[UInt32]]
    private let written: [String]
    /// Whether a word is a post or a figure's word of two characters (局長, 走訪), read as meant
    /// only right after a body's or a place's name (住建局局張, 海珠走防): `corrections` says so,
    /// the caller checks.
    private let afterBodyOnly: [Bool]
    /// The numbers of the readings of a word's first two characters, and the first reading of its
    /// third (`noThirdReading` for a word of two) → the words, in ascending order. A window's third
    /// character must have that reading for the word to be typed there (the same character, or
    /// one that sounds like it, `soundAlike`), so only the lists of its own readings are read: in
    /// a large graph one pair of readings begins thousands of words.
    private let byReadings: TermTable<[Int32]>
    private let lengths: [Int]
    static let noThirdReading = UInt16.max
    /// The same pairs of reading numbers as bits (first × syllables + second): most pairs of a
    /// question's characters begin no known word, told without hashing.
    private let pairBits: [UInt64]
    private let syllables: Int
    /// The reading numbers given the ten digits: each its own, none a character's.
    private let digitReadings: [UInt16]
    /// Every two characters side by side in the document (normalized): a window all of whose
    /// pairs the document writes is a word of it, not a typo.
    private let documentPairs: TermTable<Void>
    /// Every known word (`Lexicon.wordHash`), to tell a window that is one.
    private let known: TermTable<Void>
    /// Common words of the language (`Lexicon.wordHash`): a window that is one is no typo.
    private let commonWords: TermTable<Void>
    /// Characters that mostly do a sentence's work (是, 為, 去 …): typed, they are meant.
    private let functionCharacters: Set<UInt32>
    private let readings: ReadingTable

    /// The shortest and longest words looked for, in characters. (Two characters one sound
    /// apart are too often another word people write: 全是 and 全市, 常為 and 常委, 要坐 and 要做;
    /// only a post is read so, and the caller keeps it only right after a body's name that ends
    /// as it begins, 住建局局張, or where a clause begins, …太慢了 市張有講.)
    static let shortest = 3
    static let longest = 8

    init(
        words candidates: [(keys: [UInt32], written: String, post: Bool)], document: [UInt32], readings: ReadingTable, commonWords: Set<UInt64>,
        functionCharacters: Set<UInt32> = [], districtNames: [(keys: [UInt32], written: String)] = []
    ) {
        self.readings = readings
        self.commonWords = TermTable(commonWords)
        self.functionCharacters = functionCharacters
        var words: [[UInt32]] = []
        var written: [String] = []
        var afterBodyOnly: [Bool] = []
        var byReadings: [UInt64: [Int32]] = [:]
        var known: Set<UInt64> = []
        let syllables = readings.syllables.count + 10
        let digitReadings = (0..<10).map { UInt16(readings.syllables.count + $0) }
        // (A district's name of two characters, 丛化 for 從化, stands for itself anywhere: the
        // names are few, and a window must still be no word of the document's or the language's.)
        let twos = districtNames.map { (keys: $0.keys, written: $0.written, post: false, district: true) }
        // (First: a name the words list too, as an alias, is still a district's.)
        for (word, asWritten, post, district) in twos + candidates.map({ ($0.keys, $0.written, $0.post, false) })
        where known.insert(Self.hash(word, word.indices)).inserted {
            // Chinese words of three or more characters (posts and districts' names of two),
            // each with a reading: others have no sound to be typed by.
            // (Digits too, as the normalizer writes numerals, 1把手工程 of 一把手工程: each stands
            // only for itself, a reading of its own no other character has.)
            guard ((post || district ? 2 : Self.shortest)...Self.longest).contains(word.count),
                word.allSatisfy({ (Self.isIdeograph($0) || Self.isDigit($0)) && !Self.numbers(of: $0, readings, digitReadings).isEmpty }),
                word.contains(where: Self.isIdeograph)
            else { continue }
            let number = Int32(words.count)
            words.append(word)
            written.append(asWritten)
            afterBodyOnly.append(word.count < Self.shortest && !district)
            let third = word.count < 3 ? Self.noThirdReading : Self.numbers(of: word[2], readings, digitReadings).first ?? Self.noThirdReading
            for first in Self.numbers(of: word[0], readings, digitReadings) {
                for second in Self.numbers(of: word[1], readings, digitReadings) {
                    byReadings[Self.readingsKey(first, second, third), default: []].append(number)
                }
            }
        }
        var pairBits = [UInt64](repeating: 0, count: (syllables * syllables + 63) / 64)
        for word in words {
            for first in Self.numbers(of: word[0], readings, digitReadings) {
                for second in Self.numbers(of: word[1], readings, digitReadings) {
                    let bit = Int(first) * syllables + Int(second)
                    pairBits[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
        }
        self.pairBits = pairBits
        self.syllables = syllables
        self.digitReadings = digitReadings
        self.words = words
        self.written = written
        self.afterBodyOnly = afterBodyOnly
        self.byReadings = TermTable(byReadings)
        self.lengths = words.map(\.count)
        self.known = TermTable(known)
        var pairs: Set<UInt64> = []
        for (a, b) in zip(document, document.dropFirst()) { pairs.insert(Self.pair(a, b)) }
        self.documentPairs = TermTable(pairs)
    }

    var isEmpty: Bool { words.isEmpty }

    /// The windows of `keys` that are known words typed wrong, each with the word meant (its
    /// keys, and as written); empty when there are none. Windows do not overlap: the earliest
    /// and then longest is kept.
    func corrections(in keys: [UInt32]) -> [(range: Range<Int>, word: [UInt32], written: String, afterBodyOnly: Bool)] {
        var found: [(range: Range<Int>, word: [UInt32], written: String, afterBodyOnly: Bool)] = []
        var next = 0
        var start = 0
        while start + 1 < keys.count {
            defer { start += 1 }
            guard start >= next, Self.isIdeograph(keys[start]) || Self.isDigit(keys[start]), Self.isIdeograph(keys[start + 1]) || Self.isDigit(keys[start + 1])
            else { continue }
            var best: (word: Int32, length: Int)? = nil
            let thirds = start + 2 < keys.count ? Self.numbers(of: keys[start + 2], readings, digitReadings) : []
            for first in Self.numbers(of: keys[start], readings, digitReadings) {
                for second in Self.numbers(of: keys[start + 1], readings, digitReadings) {
                    let bit = Int(first) * syllables + Int(second)
                    guard pairBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                    // The words of two, and those whose third reading the window's third character
                    // has. Of them the longest typed here wins, and of equally long ones the first
                    // word (the lowest number), as a scan of all the pair's words in order would say.
                    var pairBest: (word: Int32, length: Int)? = nil
                    // (-1: the words of two; then each reading of the third character.)
                    for list in -1..<thirds.count {
                        let third = list < 0 ? Self.noThirdReading : thirds[thirds.startIndex + list]
                        guard let numbers = byReadings[Self.readingsKey(first, second, third)] else { continue }
                        for number in numbers {
                            let length = lengths[Int(number)]
                            let floor = pairBest?.length ?? best?.length ?? 1
                            guard length > floor || (length == pairBest?.length && number < pairBest!.word), start + length <= keys.count,
                                typed(words[Int(number)], at: start, in: keys)
                            else { continue }
                            pairBest = (number, length)
                        }
                    }
                    if let pairBest { best = pairBest }
                }
            }
            guard let best else { continue }
            let word = words[Int(best.word)]
            found.append((start..<(start + word.count), word, written[Int(best.word)], afterBodyOnly[Int(best.word)]))
            next = start + word.count
        }
        return found
    }

    /// Whether the window of `keys` at `start` is `word` typed with homophones.
    /// (Plain loops over indices: no closures or generic calls on the path every question takes.)
    private func typed(_ word: [UInt32], at start: Int, in keys: [UInt32]) -> Bool {
        let end = start + word.count
        guard end <= keys.count else { return false }
        var differing = 0
        for offset in 0..<word.count where keys[start + offset] != word[offset] {
            differing += 1
            let at = start + offset
            // (In a word of four or more, a common word the character makes inside the window is
            // no sign it was meant, 主題 of 市場主題 for 市場主體; the document's words still are.)
            guard differing <= (word.count >= 6 ? 2 : 1), soundAlike(keys[at], word[offset]),
                !meantAsTyped(keys, at: at, commonInside: word.count >= 4 ? start..<end : nil)
            else { return false }
            // (Nor one between two known words, 廣州是政府: 廣州 + 是 + 政府, not 廣州市政府.)
            if at > start, at < end - 1, known.contains(Self.hash(keys, start..<at)), known.contains(Self.hash(keys, (at + 1)..<end)) { return false }
        }
        guard differing > 0 else { return false }
        // (A word of its own: one the document writes, 市場 beside 市長, or one the engine knows.)
        var inDocument = true
        for i in start..<(end - 1) where !documentPairs.contains(Self.pair(keys[i], keys[i + 1])) {
            inDocument = false
            break
        }
        if inDocument { return false }
        let window = Self.hash(keys, start..<end)
        if commonWords.contains(window) || known.contains(window) { return false }
        // (Nor a known or common word with one character beside it changed: 海珠去 is 海珠 + 去,
        // not 海珠區; 這次回 is 這次 + 回.)
        // (Unless the character meant makes a known word with the one beside the window: 商務劇長
        // is 商務局 + 長, for 局長 is known; 海珠去年 makes no 區年.)
        // (A word of two with a common word across either edge, 的話都 or 話都是, is the text's own
        // words, not 花都: whatever the character beside it does in the sentence.)
        if word.count == 2 {
            // (Nor one whose character kept does a sentence's work, 都 of 這些話都是: 花都 only
            // when the character typed wrong is all that differs from a word of its own.)
            // (Even at a clause's start: 話都說完了嗎? More often the sentence's words than a typo.)
            for offset in 0..<2 where keys[start + offset] == word[offset] && functionCharacters.contains(word[offset]) { return false }
            if start > 0, commonWords.contains(Self.hash(keys, (start - 1)..<(start + 1))) { return false }
            if end < keys.count, commonWords.contains(Self.hash(keys, (end - 1)..<(end + 1))) { return false }
        }
        // (Not of a word of two: the rest is one character, a word of the language as often as not.)
        for offset in stride(from: 0, through: word.count - 1, by: word.count - 1) where word.count > 2 && keys[start + offset] != word[offset] {
            let rest = offset == 0 ? (start + 1)..<end : start..<(end - 1)
            let hash = Self.hash(keys, rest)
            if known.contains(hash) || commonWords.contains(hash), !meantMakesKnownWord(word[offset], outsideOf: keys, at: offset == 0 ? start - 1 : end, before: offset == 0) {
                return false
            }
        }
        // (Nor the end of a word that goes on outside it, 越秀去 of 越秀去年, 區與 of 片區與.)
        // (A known word that begins with the window's last character, kept as typed, is typed
        // right after it: 區委書記 after 番禹區.)
        return !cutsCommonWord(keys, start..<end, knownWordAfter: keys[end - 1] == word[word.count - 1] && beginsKnownWord(keys, at: end - 1))
    }

    /// Whether `meant` and the character of `keys` at `neighbour` (just outside a window, before
    /// it when `before`) make a known word of two, in their order.
    private func meantMakesKnownWord(_ meant: UInt32, outsideOf keys: [UInt32], at neighbour: Int, before: Bool) -> Bool {
        guard keys.indices.contains(neighbour) else { return false }
        let pair = before ? [keys[neighbour], meant] : [meant, keys[neighbour]]
        return known.contains(Self.hash(pair, 0..<2))
    }

    /// Whether a known word of three to six characters begins at `start` in `keys`.
    private func beginsKnownWord(_ keys: [UInt32], at start: Int) -> Bool {
        var length = 3
        while length <= 6, start + length <= keys.count {
            if known.contains(Self.hash(keys, start..<(start + length))) { return true }
            length += 1
        }
        return false
    }

    /// Whether the character at `at` makes a common word with the one before or after it (程式
    /// of 程式更新): typed as that word, not as a name's homophone.
    func makesCommonWord(_ keys: [UInt32], at: Int) -> Bool {
        (at > 0 && commonWords.contains(Self.hash(keys, (at - 1)..<(at + 1))))
            || (at + 1 < keys.count && commonWords.contains(Self.hash(keys, at..<(at + 2))))
    }

    /// Whether the character at `at` was typed as meant, whatever known word it sits in: a
    /// function character (是, 為), or one that makes a word with the one beside it (勢頭 of
    /// 新勢頭, 汽車 of 廣州汽車站; the document's 智造 of 廣州智造).
    /// A pair of characters inside `commonInside` counts only when the document writes it.
    func meantAsTyped(_ keys: [UInt32], at: Int, commonInside window: Range<Int>? = nil) -> Bool {
        if functionCharacters.contains(keys[at]) { return true }
        // (Not with a function character beside it: 光是 of 盧一光是 says little.)
        // The pair before the character, then the pair after it (no array of ranges built).
        var first = at - 1
        while first <= at {
            defer { first += 1 }
            guard first >= 0, first + 2 <= keys.count, !functionCharacters.contains(keys[first == at ? at + 1 : at - 1]) else { continue }
            if documentPairs.contains(Self.pair(keys[first], keys[first + 1])) { return true }
            if let window, window.lowerBound <= first, first + 2 <= window.upperBound { continue }
            if commonWords.contains(Self.hash(keys, first..<(first + 2))) {
                return true
            }
        }
        return false
    }

    /// Whether `range` of `keys` begins or ends inside a common word that goes on outside it
    /// (文化創 of 文化創新, 廣州開發去 of 去年), the character outside no function character (盧一光
    /// before 是 may end a name: 光是 says little) nor the end of a known word before it.
    func cutsCommonWord(_ keys: [UInt32], _ range: Range<Int>, knownWordAfter: Bool = false) -> Bool {
        if range.lowerBound > 0, !functionCharacters.contains(keys[range.lowerBound - 1]),
            commonWords.contains(Self.hash(keys, (range.lowerBound - 1)..<(range.lowerBound + 1))),
            // (Unless the character before ends a known word, 廣州 of 廣州市場主題: 州市 is none.)
            !endsKnownWord(keys, at: range.lowerBound)
        {
            return true
        }
        if range.upperBound < keys.count, !functionCharacters.contains(keys[range.upperBound]), !knownWordAfter,
            commonWords.contains(Self.hash(keys, (range.upperBound - 1)..<(range.upperBound + 1)))
        {
            return true
        }
        return false
    }

    /// Whether a known word of two to four characters ends right before `end` in `keys`.
    private func endsKnownWord(_ keys: [UInt32], at end: Int) -> Bool {
        var length = 2
        while length <= 4, length <= end {
            if known.contains(Self.hash(keys, (end - length)..<end)) { return true }
            length += 1
        }
        return false
    }

    /// `Lexicon.wordHash` of `keys[range]`.
    private static func hash(_ keys: [UInt32], _ range: Range<Int>) -> UInt64 {
        var hash = Lexicon.wordHashSeed
        for i in range { hash = Lexicon.wordHash(hash, keys[i]) }
        return hash
    }

    /// Whether each character's first reading is one the other can have (張 and 長: zhang;
    /// not 達 and 提, which share only a rare ti of 達).
    private func soundAlike(_ typed: UInt32, _ meant: UInt32) -> Bool {
        has(meant, reading: firstReading(typed)) && has(typed, reading: firstReading(meant))
    }

    private func firstReading(_ key: UInt32) -> UInt16? {
        let all = Self.numbers(of: key, readings, digitReadings)
        return all.isEmpty ? nil : all[all.startIndex]
    }

    private func has(_ key: UInt32, reading: UInt16?) -> Bool {
        guard let reading else { return false }
        let all = Self.numbers(of: key, readings, digitReadings)
        var i = all.startIndex
        while i < all.endIndex {
            if all[i] == reading { return true }
            i += 1
        }
        return false
    }

    private static func pair(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    /// The key of `byReadings`: three reading numbers (each below 2¹⁶ and 2²⁰ syllables).
    private static func readingsKey(_ first: UInt16, _ second: UInt16, _ third: UInt16) -> UInt64 {
        UInt64(first) << 40 | UInt64(second) << 20 | UInt64(third)
    }

    /// CJK Unified Ideographs and extension A.
    private static func isIdeograph(_ key: UInt32) -> Bool { (0x4E00...0x9FFF).contains(key) || (0x3400...0x4DBF).contains(key) }

    private static func isDigit(_ key: UInt32) -> Bool { (0x30...0x39).contains(key) }

    /// A character's reading numbers; a digit's is its own, after the table's syllables.
    private static func numbers(of key: UInt32, _ readings: ReadingTable, _ digitReadings: [UInt16]) -> ArraySlice<UInt16> {
        isDigit(key) ? digitReadings[Int(key - 0x30)...Int(key - 0x30)] : readings.readingNumbers(of: key)
    }
}
