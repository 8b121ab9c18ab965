import SuiwenKnowledge

/// Tells what kinds of answer a text holds: a person or a place the graph knows, a number, a
/// list (items separated by 、), a purpose, a means or a date (by the lexicon's `clause_*`
/// words). Clauses are typed with it at load, and rules' answers when they are checked.
struct AnswerTyper: Sendable {
    let automaton: AliasAutomaton<[String]>
    let entityTypes: [String: String]
    let purpose: [[Character]]
    let means: [[Character]]
    let date: [[Character]]

    init(knowledge: KnowledgeBase, normalizer: TextNormalizer, automaton: AliasAutomaton<[String]>) {
        self.automaton = automaton
        self.entityTypes = Dictionary(uniqueKeysWithValues: knowledge.entities.map { ($0.id, $0.type) })
        func markers(_ set: String) -> [[Character]] {
            (knowledge.lexicon.cues[set] ?? []).map { normalizer.normalize($0).characters }.filter { !$0.isEmpty }
        }
        self.purpose = markers("clause_purpose")
        self.means = markers("clause_means")
        self.date = markers("clause_date")
    }

    /// The entities a normalized text names unambiguously.
    func entities(in chars: [Character]) -> Set<String> {
        Set(automaton.matches(in: chars).flatMap { $0.payload.count == 1 ? $0.payload : [] })
    }

    /// `text` as written, `chars` normalized, `entities` those it names.
    func types(_ text: String, _ chars: [Character], _ entities: Set<String>) -> Set<EvidenceIndex.AnswerType> {
        var types = Set<EvidenceIndex.AnswerType>()
        if entities.contains(where: { entityTypes[$0] == "person" }) { types.insert(.person) }
        if entities.contains(where: { QAEngine.placeTypes.contains(entityTypes[$0] ?? "") && entityTypes[$0] != "city" }) {
            types.insert(.place)
        }
        if chars.contains(where: \.isASCIIDigit) { types.insert(.number) }
        if text.contains("、") { types.insert(.list) }
        if Self.has(chars, purpose) { types.insert(.purpose) }
        if Self.has(chars, means) { types.insert(.means) }
        if Self.has(chars, date) { types.insert(.date) }
        return types
    }

    /// Whether a text holds any of `wanted`, checking only those (cheapest first).
    func holds(any wanted: Set<EvidenceIndex.AnswerType>, _ text: String, _ chars: [Character]) -> Bool {
        if wanted.contains(.list), text.contains("、") { return true }
        if wanted.contains(.number), chars.contains(where: \.isASCIIDigit) { return true }
        if wanted.contains(.date), Self.has(chars, date) { return true }
        if wanted.contains(.purpose), Self.has(chars, purpose) { return true }
        if wanted.contains(.means), Self.has(chars, means) { return true }
        if !wanted.isDisjoint(with: [.person, .place]) {
            return !types(text, chars, entities(in: chars)).isDisjoint(with: wanted)
        }
        return false
    }

    static func has(_ text: [Character], _ words: [[Character]]) -> Bool {
        words.contains { w in
            text.count >= w.count && (0...(text.count - w.count)).contains { text[$0..<($0 + w.count)].elementsEqual(w) }
        }
    }
}
