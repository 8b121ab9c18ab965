import Foundation
import SuiwenKnowledge

/// Every clause of the document, indexed once at load for evidence retrieval: the resolver
/// of last resort, and the check that a rule's answer is about what was asked.
///
/// A clause is a stretch of a sentence between commas, colons or semicolons; a sentence ends
/// at 。!? (a closing quotation mark stays with the sentence it closes). Terms are the
/// character bigrams of the normalized text (as Lucene's CJK analyzer does) and single
/// characters at a lower weight; scores are BM25 with boosts for the entities the question
/// names, the speaker it asks about and the type of answer it wants.
struct EvidenceIndex: Sendable {
    struct Clause: Sendable {
        /// The clause as the document writes it (repaired), without its closing punctuation.
        var text: String
        /// `text` normalized, and as a string: worked out once here, not for each question that
        /// reads the clause.
        var normalized: NormalizedText
        var normalizedString: String
        var sentence: Int
        /// 1-based line of the document.
        var line: Int
        var length: Int
        var entities: Set<String>
        /// Who said it: the speaker of the statement whose quote holds it.
        var speaker: String?
        var answerTypes: Set<AnswerType>
    }

    struct Sentence: Sendable {
        var text: String
        var line: Int
        var clauses: Range<Int>
        /// The characters that carry content (ideographs, digits, letters), normalized, and where
        /// each stands in `text` (as `Character`s): what a claim is aligned with.
        var contentKeys: [UInt32] = []
        var contentOrigins: [Int] = []
    }

    /// The characters of `text` that carry content (ideographs, digits, letters), with where
    /// each is in `text.keys`.
    static func contentKeys(_ text: NormalizedText) -> (keys: [UInt32], positions: [Int]) {
        var keys: [UInt32] = []
        var positions: [Int] = []
        for (index, scalar) in text.scalars.enumerated() where index < text.keys.count {
            guard let s = Unicode.Scalar(scalar), s.properties.isAlphabetic || s.properties.numericType != nil else { continue }
            keys.append(text.keys[index])
            positions.append(index)
        }
        return (keys, positions)
    }

    /// What kind of answer a question wants, from its question words (lexicon cue sets
    /// `answer_person`, `answer_number` …), and whether a clause holds one.
    /// Numbered, not named by strings: sets of them are hashed on every question, and a
    /// `String` raw value would be what they hash.
    enum AnswerType: Int, Sendable, CaseIterable {
        case person, number, list, purpose, place, date, means

        /// As the lexicon's cue sets name it (`answer_` + this).
        var name: String {
            switch self {
            case .person: "person"
            case .number: "number"
            case .list: "list"
            case .purpose: "purpose"
            case .place: "place"
            case .date: "date"
            case .means: "means"
            }
        }

        static func bits(_ types: Set<AnswerType>) -> UInt8 {
            allCases.enumerated().reduce(0) { types.contains($1.element) ? $0 | 1 << UInt8($1.offset) : $0 }
        }
    }

    let clauses: [Clause]
    let sentences: [Sentence]
    /// term → (clause, term frequency)
    let postings: TermTable<[(clause: Int, count: Int)]>
    let averageLength: Double
    /// Each clause's terms, for how much of a question it holds.
    let clauseTerms: [TermTable<Int>]
    let sentenceEntities: [Set<String>]
    /// Quote of the graph → the last clause it holds, filled by `indexQuotes`.
    var lastClause: [TextKey: Int] = [:]
    /// Inverse document frequency of every term the document has.
    let idf: TermTable<Double>
    /// Each clause's BM25 length normalization, worked out once.
    let lengthNorms: [Double]
    /// Entity id → the clauses that name it or whose speaker it is.
    let clausesAbout: [String: Set<Int>]
    /// Each clause's answer types as bits (`AnswerType.bit`).
    let answerTypeBits: [UInt8]

    // The full-width marks as escapes: written as characters, they had been turned into their
    // ASCII forms somewhere on the way, and a question typed with ，or ？ was never split.
    static let sentenceEnds: Set<Character> = ["。", "!", "\u{FF01}", "?", "\u{FF1F}"]
    static let clauseEnds: Set<Character> = [",", "\u{FF0C}", ";", "\u{FF1B}", ":", "\u{FF1A}"]
    static let closingQuotes: Set<Character> = ["”", "’", "」", "』", "\""]

    /// Splits `text` into sentences and clauses. `findEntities` names the entities of a
    /// normalized clause; `speakerOf` the speaker whose statement holds a clause of a line (1-based); `typesOf`
    /// the answer types a clause can give.
    init(
        document: SourceDocument, normalizer: TextNormalizer, findEntities: ([Character]) -> Set<String>,
        speakerOf: (String, Int) -> String?, typesOf: (String, [Character], Set<String>) -> Set<AnswerType>
    ) {
        var clauses: [Clause] = []
        var sentences: [Sentence] = []
        var postings: [Term: [(clause: Int, count: Int)]] = [:]
        var totalLength = 0
        var clauseTerms: [TermTable<Int>] = []
        var sentenceEntities: [Set<String>] = []
        for (lineIndex, line) in document.lines.enumerated() {
            // Within a paragraph, what follows a speaker's words is theirs until another speaks.
            var paragraphSpeaker: String? = nil
            for sentence in Self.split(Array(line), at: Self.sentenceEnds) {
                let sentenceText = String(sentence)
                let first = clauses.count
                for piece in Self.split(sentence, at: Self.clauseEnds) {
                    var body = piece
                    while let last = body.last, Self.sentenceEnds.contains(last) || Self.clauseEnds.contains(last) || last == "、" {
                        body.removeLast()
                    }
                    let text = String(body)
                    let normalizedText = normalizer.normalize(text)
                    let normalized = normalizedText.characters
                    guard normalized.count >= 2 else { continue }
                    let entities = findEntities(normalized)
                    let speaker = speakerOf(text, lineIndex + 1) ?? paragraphSpeaker
                    paragraphSpeaker = speaker
                    let index = clauses.count
                    let terms = Self.terms(normalized, breaks: Self.breaks(normalizedText))
                    for (term, count) in terms { postings[term, default: []].append((index, count)) }
                    clauseTerms.append(TermTable(terms))
                    totalLength += normalized.count
                    clauses.append(Clause(
                        text: text, normalized: normalizedText, normalizedString: normalizedText.string, sentence: sentences.count, line: lineIndex + 1, length: normalized.count,
                        entities: entities, speaker: speaker,
                        answerTypes: typesOf(text, normalized, entities)))
                }
                if clauses.count > first {
                    let normalizedSentence = normalizer.normalize(sentenceText)
                    let content = Self.contentKeys(normalizedSentence)
                    sentences.append(Sentence(
                        text: sentenceText, line: lineIndex + 1, clauses: first..<clauses.count,
                        contentKeys: content.keys, contentOrigins: content.positions.map { normalizedSentence.origins[$0] }))
                    sentenceEntities.append(clauses[first...].reduce(into: Set<String>()) { $0.formUnion($1.entities) })
                }
            }
        }
        self.clauses = clauses
        self.sentences = sentences
        self.postings = TermTable(postings)
        self.idf = TermTable(Self.inverseFrequencies(postings, clauses: clauses.count))
        self.clauseTerms = clauseTerms
        self.sentenceEntities = sentenceEntities
        let averageLength = clauses.isEmpty ? 1 : Double(totalLength) / Double(clauses.count)
        self.averageLength = averageLength
        self.lengthNorms = clauses.map { Self.k1 * (1 - Self.b + Self.b * Double($0.length) / averageLength) }
        var clausesAbout: [String: Set<Int>] = [:]
        for (index, clause) in clauses.enumerated() {
            for id in clause.entities { clausesAbout[id, default: []].insert(index) }
            if let speaker = clause.speaker { clausesAbout[speaker, default: []].insert(index) }
        }
        self.clausesAbout = clausesAbout
        self.answerTypeBits = clauses.map { AnswerType.bits($0.answerTypes) }
    }

    /// Finds, for each quote, the last clause it holds (within the line that holds it).
    /// Clauses are in the order of their lines, so each line's are one run, found once here (a
    /// scan of every clause for each quote made this quadratic in the size of the graph).
    mutating func indexQuotes(_ quotes: [String], lineOf: (String) -> Int?) {
        var clausesOfLine: [Int: Range<Int>] = [:]
        for index in clauses.indices {
            let line = clauses[index].line
            clausesOfLine[line] = (clausesOfLine[line]?.lowerBound ?? index)..<(index + 1)
        }
        for quote in quotes where lastClause[TextKey(quote)] == nil {
            guard let line = lineOf(quote), let onLine = clausesOfLine[line] else { continue }
            if let index = onLine.last(where: { quote.containsText(clauses[$0].text) }) {
                lastClause[TextKey(quote)] = index
            }
        }
    }

    /// Pieces of `chars`, each ending with its delimiter; a closing quotation mark after a
    /// delimiter stays with the piece it closes.
    static func split(_ chars: [Character], at ends: Set<Character>) -> [[Character]] {
        var pieces: [[Character]] = []
        var current: [Character] = []
        var i = 0
        while i < chars.count {
            current.append(chars[i])
            if ends.contains(chars[i]) {
                while i + 1 < chars.count, closingQuotes.contains(chars[i + 1]) {
                    i += 1
                    current.append(chars[i])
                }
                pieces.append(current)
                current = []
            }
            i += 1
        }
        if current.contains(where: { !$0.isWhitespace }) { pieces.append(current) }
        return pieces
    }

    /// A term: a bigram as its two scalars (`a << 32 | b`), or a single character with the top
    /// bit set. Integers, not strings: no allocation and cheap hashing on the hot path.
    typealias Term = UInt64
    static let unigramBit: Term = 1 << 63

    static func scalar(_ c: Character) -> UInt32 { c.unicodeScalars.first!.value }
    static func bigram(_ a: UInt32, _ b: UInt32) -> Term { Term(a) << 32 | Term(b) }
    static func unigram(_ a: UInt32) -> Term { unigramBit | Term(a) }
    static func isUnigram(_ term: Term) -> Bool { term & unigramBit != 0 }
    /// Whether a term has an ASCII digit in it.
    static func hasDigit(_ term: Term) -> Bool {
        let a = UInt32(truncatingIfNeeded: term >> 32) & 0x7FFF_FFFF
        let b = UInt32(truncatingIfNeeded: term)
        return (0x30...0x39).contains(a) || (0x30...0x39).contains(b)
    }

    /// Bigrams (weight 1) and single characters (weight `unigramWeight`) of a normalized
    /// text; spaces and `breaks` end runs.
    static func terms(_ chars: [Character], breaks: [Bool]? = nil) -> [Term: Int] {
        terms(scalars: chars.map { $0 == " " ? 0x20 : scalar($0) }, breaks: breaks)
    }

    /// `terms` of a normalized text's first scalars (`NormalizedText.scalars`), a space (0x20)
    /// where `chars` has one: normalization leaves no other character that starts with one.
    static func terms(scalars: [UInt32], breaks: [Bool]? = nil) -> [Term: Int] {
        var terms: [Term: Int] = [:]
        terms.reserveCapacity(scalars.count * 2)
        var previous: UInt32? = nil
        for i in scalars.indices {
            let value = scalars[i]
            guard value != 0x20 else {
                previous = nil
                continue
            }
            terms[unigram(value), default: 0] += 1
            if let p = previous { terms[bigram(p, value), default: 0] += 1 }
            previous = breaks.map({ $0[i] }) ?? false ? nil : value
        }
        return terms
    }

    /// For each character of a normalized text, whether something was dropped after it
    /// (punctuation, white space, a removed phrase): 國企、民企 is two words, not 企民.
    static func breaks(_ text: NormalizedText) -> [Bool] {
        let origins = text.origins
        return origins.indices.map { i in i + 1 < origins.count && origins[i + 1] > origins[i] + 1 }
    }

    static let unigramWeight = 0.2
    static let k1 = 1.2
    static let b = 0.75

    func inverseFrequency(_ term: Term) -> Double {
        if let known = idf[term] { return known }
        let n = Double(clauses.count)
        return log(1 + (n + 0.5) / 0.5)
    }

    static func inverseFrequencies(_ postings: [Term: [(clause: Int, count: Int)]], clauses: Int) -> [Term: Double] {
        let n = Double(clauses)
        return postings.mapValues { list in
            let df = Double(list.count)
            return log(1 + (n - df + 0.5) / (df + 0.5))
        }
    }

    /// A query's terms with the weight each counts for in `coverage` (idf × term weight ×
    /// novelty), worked out once per question.
    func weighed(_ query: [Term: Int]) -> [(term: Term, weight: Double)] {
        query.keys.sorted().map { ($0, inverseFrequency($0) * weight($0) * novelty($0)) }
    }

    func weight(_ term: Term) -> Double { Self.isUnigram(term) ? Self.unigramWeight : 1 }

    /// BM25 of every clause that shares a term with `query` (term → its count in the question).
    /// Each clause in the order first scored, with its score.
    func scores(_ query: [Term: Int]) -> [(clause: Int, score: Double)] {
        var totals = [Double](repeating: 0, count: clauses.count)
        var scored = [Bool](repeating: false, count: clauses.count)
        var order: [Int] = []
        for (term, _) in query {
            guard let list = postings[term] else { continue }
            let idf = inverseFrequency(term) * weight(term)
            for (clause, count) in list {
                let tf = Double(count)
                let norm = lengthNorms[clause]
                if !scored[clause] {
                    scored[clause] = true
                    order.append(clause)
                }
                totals[clause] += idf * tf * (Self.k1 + 1) / (tf + norm)
            }
        }
        return order.map { ($0, totals[$0]) }
    }

    /// How much a term the document never has counts. Made of characters the document does
    /// have, it is most often two words run together (帮企, 决困): little. With a character the
    /// document never writes (南沙 in a report on libraries), it is a word from elsewhere: more.
    func novelty(_ term: Term) -> Double {
        guard !postings.contains(term) else { return 1 }
        let a = UInt32(truncatingIfNeeded: term >> 32) & 0x7FFF_FFFF
        let b = UInt32(truncatingIfNeeded: term)
        let known = Self.isUnigram(term) ? postings.contains(term) : postings.contains(Self.unigram(a)) && postings.contains(Self.unigram(b))
        return known ? 0.15 : 0.5
    }

    /// The share of the query's weight (idf × term weight) that `text`'s terms hold.
    func coverage(of query: [(term: Term, weight: Double)], in terms: TermTable<Int>) -> Double {
        coverage(of: query, in: terms, or: nil)
    }

    /// The coverage of `query` in the terms of two neighbouring clauses together, without
    /// merging their tables.
    func coverage(of query: [(term: Term, weight: Double)], in terms: TermTable<Int>, or more: TermTable<Int>?) -> Double {
        var total = 0.0
        var held = 0.0
        for (term, w) in query {
            total += w
            if terms.contains(term) || more?.contains(term) == true { held += w }
        }
        return total > 0 ? held / total : 0
    }
}
