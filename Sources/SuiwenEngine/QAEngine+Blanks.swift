import SuiwenKnowledge

/// A fill-in-the-blank question (截至2022年底,廣州全市實有各類市場主體達____萬戶,同比增長____%):
/// the document's sentence it is cut from, and the words each blank stands for.
struct BlankQuestion {
    /// The text around the blanks: one piece more than there are blanks.
    var pieces: [String]
}

extension QAEngine {
    /// The most blanks one question is read with.
    static let maximumBlanks = 6
    /// How many characters a blank's words may run to.
    static let maximumBlankLength = 48

    /// The blanks of `text`: runs of two underscores or more (half- or full-width), or brackets
    /// holding nothing but spaces (（　）); nil when it has none.
    static func blankQuestion(_ text: String) -> BlankQuestion? {
        // (Most questions hold no underscore or bracket: told by their bytes, _ and ( or the
        // full-width ＿ and （, EF BC BF and EF BC 88.)
        let mayHoldBlank = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x5F || b == 0x28 { return true }
                if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBC, bytes[i + 2] == 0xBF || bytes[i + 2] == 0x88 { return true }
                i += 1
            }
            return false
        } ?? text.unicodeScalars.contains { ["_", "(", "＿", "（"].contains($0) }
        guard mayHoldBlank else { return nil }
        let characters = Array(text)
        let underscores: Set<Character> = ["_", "＿"]
        let opening: Set<Character> = ["(", "（"]
        let closing: Set<Character> = [")", "）"]
        var pieces: [String] = []
        var current: [Character] = []
        var i = 0
        while i < characters.count {
            if underscores.contains(characters[i]) {
                var end = i
                while end < characters.count, underscores.contains(characters[end]) { end += 1 }
                if end - i >= 2 {
                    pieces.append(String(current))
                    current = []
                    i = end
                    continue
                }
            } else if opening.contains(characters[i]) {
                var end = i + 1
                while end < characters.count, characters[end] == " " || characters[end] == "\u{3000}" { end += 1 }
                if end < characters.count, closing.contains(characters[end]), end - i >= 2 {
                    pieces.append(String(current))
                    current = []
                    i = end + 1
                    continue
                }
            }
            current.append(characters[i])
            i += 1
        }
        pieces.append(String(current))
        guard pieces.count >= 2, pieces.count - 1 <= maximumBlanks else { return nil }
        return BlankQuestion(pieces: pieces)
    }

    /// The sentences of a message that hold blanks (split at ;, 。, ! and ?), each with the
    /// label before a colon the message opens with (填空:) left on the first.
    static func blankSentences(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if sentenceEndMarks.contains(character) {
                parts.append(current)
                current = ""
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts.filter { blankQuestion($0) != nil }
    }

    /// How many characters of a verb follow the person who said the words a blank is cut from
    /// (要求, 表示, 強調).
    static let blankAttributionVerb = 2

    /// Where a message's sentences end, for blanks in more than one.
    static let sentenceEndMarks: Set<Character> = [";", "；", "。", "!", "！", "?", "？"]

    /// The answer to a fill-in-the-blank question: the document sentence that holds most of
    /// the words around its blanks (four in five of their pairs of characters or more: a blank's question copies its sentence), and what stands
    /// in it between the words before and after each blank; nil when a blank's place is not
    /// found (the question is then answered as any other).
    func answerBlanks(_ question: BlankQuestion, _ analysis: QuestionAnalysis) -> Reply? {
        // (A label before a colon, 填空題:, is no words of the sentence.)
        var texts = question.pieces
        if let colon = texts[0].lastIndex(where: { $0 == ":" || $0 == "：" }) { texts[0] = String(texts[0][texts[0].index(after: colon)...]) }
        // (Nor a question after the sentence's end, 。原文是哪兩個字?: only what the sentence holds.)
        if let last = texts.indices.last, let end = texts[last].firstIndex(where: Self.sentenceEndMarks.contains),
            texts[last][texts[last].index(after: end)...].contains(where: { !Self.sentenceEndMarks.contains($0) && !$0.isWhitespace })
        {
            texts[last] = String(texts[last][..<end])
        }
        var pieces = texts.map { normalizer.normalize($0) }
        // (Two blanks with nothing between them, ____、____, have no place of their own.)
        guard pieces.dropFirst().dropLast().allSatisfy({ !$0.keys.isEmpty }) else { return nil }
        guard !analysis.cueSets.contains("outside") else { return nil }
        func bestSentence() -> Int? {
            // (Pairs within each piece: two characters either side of a blank never stand together.)
            let asked = pieces.reduce(into: Set<UInt64>()) { $0.formUnion(Self.bigrams($1.characters)) }
            guard asked.count >= 3 else { return nil }
            var best: (index: Int, shared: Int)? = nil
            for index in evidence.sentences.indices {
                let shared = Self.shared(asked, sentenceBigrams[index])
                if shared * 5 >= asked.count * 4, best == nil || shared > best!.shared { best = (index, shared) }
            }
            return best?.index
        }
        var found = bestSentence()
        // (Who said it opening the words, 郭永航要求最大限度縮短…____: the sentence may not name
        // them. Then the words after the person and the verb after them, `blankAttributionVerb` long.)
        if found == nil, let person = analysis.mentions.first(where: { $0.fromQuestion && $0.entity.type == "person" }) {
            let name = normalizer.normalize(person.entity.name).keys
            if let at = pieces[0].keys.indices.first(where: { pieces[0].keys[$0...].starts(with: name) }),
                case let cut = at + name.count + Self.blankAttributionVerb, cut + 2 <= pieces[0].keys.count
            {
                pieces[0] = normalizer.normalize(String(pieces[0].characters[cut...]))
                found = bestSentence()
            }
        }
        guard let bestIndex = found else { return nil }
        let best = (index: bestIndex, shared: 0)
        let sentence = evidence.sentences[best.index]
        let written = normalizer.normalize(sentence.text)
        // (A sentence of other things than the question names, 天河區委書記____表示, fills no blank.)
        // (Its speaker is named by it too: 郭永航要求…____.)
        let named = Set(evidence.clauses[sentence.clauses].flatMap { Array($0.entities) + [$0.speaker].compactMap { $0 } })
        guard analysis.mentions.allSatisfy({ !$0.fromQuestion || $0.entity.id == knowledge.scope || named.contains($0.entity.id) }) else { return nil }
        let original = Array(sentence.text)
        var fills: [String] = []
        var from = 0
        for blank in 0..<(pieces.count - 1) {
            // Up to four characters on each side, as the sentence writes them; the longest found.
            let before = Array(pieces[blank].keys.suffix(4))
            let after = Array(pieces[blank + 1].keys.prefix(4))
            guard let (start, end) = place(between: before, and: after, in: written, from: from) else { return nil }
            // (Back to the sentence's own characters, through where each normalized one came from.)
            // (From the first character kept to the last, so no mark beside them: 城市, not 城市。)
            let first = written.origins[start]
            let last = written.origins[end - 1] + 1
            let fill = String(original[first..<min(last, original.count)])
            guard !fill.isEmpty else { return nil }
            fills.append(fill)
            from = end
        }
        var text = render("fill_blank", ["answers": list(fills), "sentence": sentence.text])
        if analysis.simplified { text = normalizer.toSimplified(text) }
        let about = Array(Set(evidence.clauses[sentence.clauses].flatMap(\.entities))).sorted()
        let outcome = Outcome(
            status: .answered, answer: text,
            citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
            confidence: 0.85, about: about, ruleOverride: "exam.fill-blank", clause: sentence.clauses.first)
        return finish(outcome, rule: nil, analysis: analysis)
    }

    /// Where a blank's words stand in `keys`: after the longest tail of `before` found (at or
    /// after `from`) and before the longest head of `after` that follows within
    /// `maximumBlankLength`; with nothing after, up to the clause's end.
    private func place(between before: [UInt32], and after: [UInt32], in written: NormalizedText, from: Int) -> (Int, Int)? {
        let keys = written.keys
        func find(_ run: ArraySlice<UInt32>, from start: Int, limit: Int) -> Int? {
            guard !run.isEmpty, start <= keys.count - run.count else { return nil }
            for i in start...min(limit, keys.count - run.count) where keys[i..<(i + run.count)].elementsEqual(run) { return i }
            return nil
        }
        var starts: [Int] = []
        if before.isEmpty {
            starts = [from]
        } else {
            for length in stride(from: before.count, through: 1, by: -1) {
                var at = from
                while let found = find(before.suffix(length)[...], from: at, limit: keys.count) {
                    starts.append(found + length)
                    at = found + 1
                }
                if !starts.isEmpty, length >= 2 { break }
                // (One character is a place only where the question has no more: 達 of …達____.)
                if length == 2, before.count > 2 || after.count >= 2 { break }
            }
        }
        for start in starts {
            if after.isEmpty {
                var end = start
                while end < keys.count, end - start < Self.maximumBlankLength, end == start || written.joinedInOriginal(at: end) { end += 1 }
                if end > start { return (start, end) }
                continue
            }
            // (One character after it only where the question has no more, or where the words
            // before it were found whole.)
            let shortest = after.count >= 2 && before.count < 2 ? 2 : 1
            for length in stride(from: after.count, through: shortest, by: -1) {
                if let end = find(after.prefix(length), from: start + 1, limit: start + Self.maximumBlankLength) { return (start, end) }
            }
        }
        return nil
    }
}
