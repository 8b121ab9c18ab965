import SuiwenKnowledge

/// What the matcher sees in a question before any rule is chosen: the entities (with their
/// spans and how they were found), the cue sets present, and the scores of the relations and
/// figures its words point to.
struct QuestionAnalysis {
    enum MentionSource: Equatable {
        /// Found in the question itself.
        case question(Reply.MatchKind)
        /// Named by a pronoun (他, 那裡) and taken from the previous turn.
        case pronoun
        /// Not named at all; the previous turn's subject, usable by rules with cues.
        case implicit
    }

    struct Mention {
        var entity: Entity
        /// Span in the normalized text, `end` exclusive; -1 when from context.
        var start: Int
        var end: Int
        var source: MentionSource
        var fromQuestion: Bool { if case .question = source { return true } else { return false } }
    }

    var original: String
    var normalized: NormalizedText
    var simplified: Bool
    var mentions: [Mention] = []
    /// It names more entities than `QAEngine.maximumEntitiesInQuestion`: not analysed further.
    var overloaded = false
    /// Aliases that name more than one entity (declared ambiguous), with the candidates.
    var ambiguous: [[Entity]] = []
    var cueSets = CueSetNames()
    /// The numbers the question writes (in digits once normalized), names' digits aside.
    var numbers: [String] = []
    /// Which item of the last list is asked (第二個呢? 2; 最後那個? -1).
    var ordinal: Int? = nil
    /// Corrections of what the question takes for granted (a post the person does not hold).
    var premises: [String] = []
    /// Values the question writes wrong (上午 for the article's 下午), each with the value it
    /// says and its correction: said first where the answer does not give the value itself.
    var wrongValues: [(value: String, correction: String)] = []
    /// Relation id → the summed length of its cue words present in the question.
    var relationCueScore: [String: Int] = [:]
    /// Relation id → where its last cue word ends: in a tie, the one asked last (the head of
    /// 發言的市有關部門 is 部門).
    var relationCueEnd: [String: Int] = [:]
    /// Relation ids pointed to by one of their specific (not weak) cue words.
    var specificRelations: Set<String> = []
    /// Figure index → the summed length of its keywords present.
    var figureScore: [Int: Int] = [:]
    /// Figures whose own number the question writes.
    var figureValues: Set<Int> = []
    /// Figures of one digit whose number the question writes with their unit (8個): only whose
    /// number a wrong claim's is.
    var digitFigureValues: Set<Int> = []
    var outsideNames: [String] = []
    /// The ids of what the question sets aside (除了南沙,還有哪些區?).
    var excepted: [String] = []
    /// Where the words it sets aside are (in `normalized`), whatever they name.
    var exceptedWords: Range<Int>? = nil
    /// Where the question's cue words begin (in `normalized`).
    var cueMatchStarts: [Int] = []
    /// Years named in the question that the article does not speak of.
    var outsideYears: [String] = []
    /// Years of the article's the question names (2022年, 去年 in a 2023 document): an answer
    /// of another year does not answer it.
    var askedYears: [String] = []
    var attributes: [String] = []
    /// Where the first of them is written (a district's own is written after it: 越秀…的電話).
    var firstAttributeStart: Int? = nil
    var context: ConversationContext
    /// For each normalized character: part of a question word or particle (not content).
    var functionWord: [Bool] = []
    var contextUsed: [String] = []
    /// What evidence retrieval reads of the question, worked out once at the end of analysis.
    var evidenceQuery: EvidenceQuery? = nil
    var notes: [String] = []

    func mentions(ofType type: String) -> [Mention] {
        mentions.filter { $0.entity.type == type }
    }

    /// The normalized question with the spans of entities blanked out: the words around them.
    var contentOutsideEntities: [Character] {
        var chars = normalized.characters
        for m in mentions where m.fromQuestion {
            for i in m.start..<m.end { chars[i] = " " }
        }
        return chars
    }
}

/// The names of the cue sets a question holds: a handful (ten or so) of short names, kept in
/// an array and compared in place — cheaper than hashing each name into a `Set<String>`.
struct CueSetNames: Sequence {
    private var names: [String] = []

    init() { names.reserveCapacity(12) }

    /// (Lengths first: two short strings of different lengths differ without a call into the
    /// standard library's comparison, which most names held are, for most names asked.)
    /// (An index loop, not `contains(where:)`: the generic iterator's every step allocates in a
    /// debug build, and this runs hundreds of times an answer.)
    func contains(_ name: String) -> Bool {
        let length = name.utf8.count
        var i = 0
        while i < names.count {
            if names[i].utf8.count == length && names[i] == name { return true }
            i += 1
        }
        return false
    }

    mutating func insert(_ name: String) {
        if !contains(name) { names.append(name) }
    }

    mutating func remove(_ name: String) {
        names.removeAll { $0 == name }
    }

    var isEmpty: Bool { names.isEmpty }

    func makeIterator() -> IndexingIterator<[String]> { names.makeIterator() }
}
