import SuiwenKnowledge

extension QAEngine {
    /// A passage the document writes nearly as a claim does, but for a character changed or a
    /// numeral left out (鞏固提升千億級汽車產業集群 for the document's 兩千億級, 科技創新走廊北部極點 for
    /// 南部極點): the claim says otherwise than the document. nil when the claim's words stand
    /// in the document as written, or differ from every passage by more, or only by words left
    /// out (走訪企業 for 走訪聯系企業) or added (要, 的): those are a claim in its own words.
    ///
    /// Each sentence is aligned with the claim locally (Smith–Waterman, on the characters that
    /// carry content); the best alignment counts when it matches at least
    /// `nearVerbatimMinimumMatched` characters with one or two changes. For the options of a
    /// multiple-choice question, and for a claim asked yes or no that writes a numeral: a few
    /// thousand cells a sentence, for the sentences that share enough of the claim's characters.
    /// With `numeralsOnly`, only a number written otherwise counts as a change (a claim asked
    /// yes or no, in the asker's own words: 提高 for 提升 is no denial).
    func nearVerbatimContradiction(_ claim: String, numeralsOnly: Bool = false) -> (passage: String, citation: Reply.Citation)? {
        nearVerbatimContradiction(normalizer.normalize(claim), numeralsOnly: numeralsOnly)
    }

    /// The same of a claim already normalized (a question's analysis holds it).
    func nearVerbatimContradiction(_ claim: NormalizedText, numeralsOnly: Bool = false) -> (passage: String, citation: Reply.Citation)? {
        // (Asked yes or no, most claims write no numeral: told before any array is made.)
        if numeralsOnly, !claim.keys.contains(where: Self.numeralKeys.contains) { return nil }
        let claimKeys = EvidenceIndex.contentKeys(claim).keys
        guard claimKeys.count >= Self.nearVerbatimMinimumMatched else { return nil }
        // The sentence of the best alignment (the first of equals), by its score alone in one
        // buffer; then its alignment in full.
        var scratch: [Int] = []
        var bestSentence: (index: Int, score: Int)? = nil
        // (A sentence holding fewer of the claim's characters than an alignment must match is
        // passed over without one: most are, by a count over its characters.)
        let claimCharacters = Set(claimKeys)
        for (index, sentence) in evidence.sentences.enumerated() {
            var shared = 0
            for key in sentence.contentKeys where claimCharacters.contains(key) { shared += 1 }
            guard shared >= Self.nearVerbatimMinimumMatched else { continue }
            let score = Self.bestLocalScore(claimKeys, sentence.contentKeys, scratch: &scratch)
            if score > (bestSentence?.score ?? 0) { bestSentence = (index, score) }
        }
        guard let bestSentence else { return nil }
        let sentence = evidence.sentences[bestSentence.index]
        guard let found = Self.localAlignment(claimKeys, sentence.contentKeys, numeralsOnly: numeralsOnly),
            found.matched >= Self.nearVerbatimMinimumMatched, (1...2).contains(found.changes)
        else { return nil }
        let characters = Array(sentence.text)
        let first = sentence.contentOrigins[found.range.lowerBound]
        let last = sentence.contentOrigins[found.range.upperBound - 1]
        guard first <= last, last < characters.count else { return nil }
        return (String(characters[first...last]), .init(source: knowledge.source.file, quote: sentence.text, line: sentence.line))
    }

    /// The fewest characters a claim must share, in order, with a passage to be read as written after it.
    static let nearVerbatimMinimumMatched = 8

    /// Conjunctions that join two things alike (和 for the document's 與): one word to a claim.
    /// 和 与 及 同 跟, compared as constants: this is asked of every cell of an alignment, where a
    /// set's hashing made the yes/no check three and a half times as costly (4.9M → 17.3M
    /// instructions over the shared questions).
    static func isJoiner(_ key: UInt32) -> Bool {
        switch key {
        case 0x548C, 0x4E0E, 0x53CA, 0x540C, 0x8DDF: return true
        default: return false
        }
    }

    /// Whether two normalized characters are the same for a claim: equal, or two joiners.
    static func sameCharacter(_ claimed: UInt32, _ written: UInt32) -> Bool {
        claimed == written || (isJoiner(claimed) && isJoiner(written))
    }

    /// Numerals: a claim that leaves one out (千億級 for 兩千億級) changes a figure.
    static let numeralKeys: Set<UInt32> = Set("0123456789〇零一二三四五六七八九十百千万亿两半".unicodeScalars.map(\.value))

    /// The score of the best local alignment of `claim` within `passage` (as `localAlignment`),
    /// in two rows of `scratch`.
    static func bestLocalScore(_ claim: [UInt32], _ passage: [UInt32], scratch: inout [Int]) -> Int {
        guard !claim.isEmpty, !passage.isEmpty else { return 0 }
        let columns = passage.count + 1
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: repeatElement(0, count: 2 * columns))
        var best = 0
        // (Through buffers: every index is in range by construction, and checking it at each
        // cell was most of a long claim's cost, 135k instructions a sentence.)
        claim.withUnsafeBufferPointer { claimKeys in
            passage.withUnsafeBufferPointer { passageKeys in
                scratch.withUnsafeMutableBufferPointer { rows in
                    var previous = 0
                    var current = columns
                    for i in 0..<claimKeys.count {
                        let key = claimKeys[i]
                        rows[current] = 0
                        for j in 1..<columns {
                            let diagonal = rows[previous + j - 1] + (sameCharacter(key, passageKeys[j - 1]) ? 2 : -1)
                            let cell = max(0, diagonal, rows[previous + j] - 1, rows[current + j - 1] - 1)
                            rows[current + j] = cell
                            if cell > best { best = cell }
                        }
                        swap(&previous, &current)
                    }
                }
            }
        }
        return best
    }

    /// The best local alignment of `claim` within `passage` (match 2, change or gap −1): the
    /// range of `passage` it covers, the characters matched, and the changes that count — a
    /// character changed, or a numeral of the passage the claim lacks (a character the claim
    /// adds, or any other it lacks, does not count).
    static func localAlignment(_ claim: [UInt32], _ passage: [UInt32], numeralsOnly: Bool = false) -> (score: Int, range: Range<Int>, matched: Int, changes: Int)? {
        let rows = claim.count + 1
        let columns = passage.count + 1
        guard rows > 1, columns > 1 else { return nil }
        var score = [Int](repeating: 0, count: rows * columns)
        var best = (score: 0, row: 0, column: 0)
        for i in 1..<rows {
            for j in 1..<columns {
                let diagonal = score[(i - 1) * columns + j - 1] + (sameCharacter(claim[i - 1], passage[j - 1]) ? 2 : -1)
                let up = score[(i - 1) * columns + j] - 1
                let left = score[i * columns + j - 1] - 1
                let cell = max(0, diagonal, up, left)
                score[i * columns + j] = cell
                if cell > best.score { best = (cell, i, j) }
            }
        }
        guard best.score > 0 else { return nil }
        // The steps back from the best cell: each a character matched, changed, left out of the
        // claim (the passage's) or added by it (the claim's).
        enum Step { case match, change, passageOnly, claimOnly }
        var steps: [(step: Step, numeral: Bool)] = []
        var (i, j) = (best.row, best.column)
        while i > 0, j > 0, score[i * columns + j] > 0 {
            let cell = score[i * columns + j]
            let same = sameCharacter(claim[i - 1], passage[j - 1])
            if cell == score[(i - 1) * columns + j - 1] + (same ? 2 : -1) {
                let claimNumeral = numeralKeys.contains(claim[i - 1])
                let passageNumeral = numeralKeys.contains(passage[j - 1])
                // (A word's character against a numeral is the one added and the other left out,
                // 改革5.0 against 1.0到5.0: no number changed by it.)
                if same || claimNumeral == passageNumeral {
                    steps.append((same ? .match : .change, claimNumeral))
                } else {
                    steps.append((passageNumeral ? .passageOnly : .claimOnly, true))
                }
                i -= 1
                j -= 1
            } else if cell == score[i * columns + j - 1] - 1 {
                steps.append((.passageOnly, numeralKeys.contains(passage[j - 1])))
                j -= 1
            } else {
                steps.append((.claimOnly, numeralKeys.contains(claim[i - 1])))
                i -= 1
            }
        }
        let matched = steps.filter { $0.step == .match }.count
        var changes = 0
        // A number is one run of numerals, however written (千億級 and 2000億級, as 兩千億級 is
        // normalized): altered (a digit changed, or some left out or added beside others kept), one
        // change; left out or added whole (1.0到 of 1.0到5.0改革), none. Words left out or added are
        // none either; a word's character changed is one, unless only numbers count.
        var run: [Step] = []
        func endRun() {
            let kinds = Set(run)
            if kinds.contains(.change) || (kinds.contains(.match) && kinds.count > 1) { changes += 1 }
            run.removeAll()
        }
        for (step, numeral) in steps {
            if numeral {
                run.append(step)
                continue
            }
            endRun()
            if step == .change, !numeralsOnly { changes += 1 }
        }
        endRun()
        return (best.score, j..<best.column, matched, changes)
    }

    /// Whether an answer opens with a judgement of its own on what was asked: a true/false item's
    /// 正確 or 錯誤, a quoted passage's 原文不是這樣寫的.
    func opensWithJudgement(_ answer: String) -> Bool {
        let simplified = normalizer.toSimplified(answer)
        return ["verdict_true", "verdict_false", "passage_differs"].contains { template in
            let opening = normalizer.toSimplified(render(template, [:])).prefix { !$0.isPunctuation && $0 != "{" }
            return !opening.isEmpty && simplified.hasPrefix(opening)
        }
    }
}

extension QAEngine {
    /// The other items of the list a question sets one aside from, when that one is no name of
    /// the graph's but words of a passage (除咗強化數字賦能仲有咩?: 工業上樓, the item beside it in
    /// 強化數字賦能、工業上樓). The clause that writes the words set aside and lists them with
    /// others (parted by 、), of the person or thing the question names where several do; nil
    /// when no clause does, or the words set aside are a name (除了南沙 is the graph's to answer).
    func otherItemsBesides(_ a: QuestionAnalysis) -> Outcome? {
        // (Not who else, 除了部門,還有哪些人發言?: a passage's items are no people.)
        guard let (start, end) = a.exceptedWords.map({ ($0.lowerBound, $0.upperBound) }), end - start >= 2, a.excepted.isEmpty,
            !Self.answerTypes(from: a.cueSets).contains(.person),
            !a.mentions.contains(where: { $0.fromQuestion && $0.start < end && $0.end > start })
        else { return nil }
        let setAside = Array(a.normalized.keys[start..<end])
        let named = Set(a.mentions.map(\.entity.id))
        var best: (clause: Int, items: [String], named: Bool)? = nil
        // (A sentence whose characters hold the words set aside, told by its keys kept from the
        // load, before any clause of it is split and normalized.)
        let content = EvidenceIndex.contentKeys(a.normalized)
        let setAsideContent = zip(content.keys, content.positions).filter { (start..<end).contains($0.1) }.map(\.0)
        guard !setAsideContent.isEmpty else { return nil }
        let sentences = evidence.sentences
        let clauses = evidence.clauses
        for sentence in sentences where Self.firstRun(sentence.contentKeys[...], setAsideContent[...]) != nil {
          for index in sentence.clauses where clauses[index].text.unicodeScalars.contains("、") {
            let clause = clauses[index]
            let items = clause.text.split(separator: "、").map(String.init)
            guard items.count >= 2 else { continue }
            let keys = items.map { normalizer.normalize($0).keys }
            guard let hit = keys.firstIndex(where: { Self.firstRun($0[...], setAside[...]) != nil }) else { continue }
            // (Not words after a list's open ending, 等6位市有關部門主要負責人: what all its items
            // are, 除了部門 — no item of it.)
            let item = normalizer.normalize(items[hit])
            if let at = Self.firstRun(item.keys[...], setAside[...]),
                case let before = String(item.characters[..<at]), openListEndings.contains(where: { before.contains(String($0)) })
            {
                continue
            }
            var others = items
            others.remove(at: hit)
            // (An item of two joined by 與, 新能源汽車與新型儲能: the other of them is listed too.)
            let joined = items[hit].components(separatedBy: "與")
            if joined.count == 2, let part = joined.firstIndex(where: { Self.firstRun(normalizer.normalize($0).keys[...], setAside[...]) != nil }) {
                others.insert(joined[1 - part], at: hit)
            }
            // (Of the one the question names or the last turn spoke of: said by them, or in a
            // sentence naming them, or by whoever holds a post there.)
            let speakerPlaces = clause.speaker.map { postsOf($0).compactMap(\.org) } ?? []
            let namesIt = clause.speaker.map(named.contains) ?? false || !evidence.sentenceEntities[clause.sentence].isDisjoint(with: named)
                || speakerPlaces.contains(where: named.contains)
            if best == nil || (namesIt && !best!.named) { best = (index, others, namesIt) }
          }
        }
        guard let best else { return nil }
        let clause = evidence.clauses[best.clause]
        let sentence = evidence.sentences[clause.sentence]
        return Outcome(
            status: .answered, answer: render("besides_items", ["excepted": originalText(a, start, end), "items": list(best.items)]),
            citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
            confidence: 0.75, about: clause.entities.sorted(), clause: best.clause)
    }
}
