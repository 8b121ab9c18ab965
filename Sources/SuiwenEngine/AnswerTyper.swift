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
    let purposeScalars: [[UInt32]]
    let meansScalars: [[UInt32]]
    let dateScalars: [[UInt32]]
    /// The same words as character keys (`CharacterKey`), for typing clauses at load.
    let purposeKeys: [[UInt32]]
    let meansKeys: [[UInt32]]
    let dateKeys: [[UInt32]]

    init(knowledge: KnowledgeBase, normalizer: TextNormalizer, automaton: AliasAutomaton<[String]>) {
        self.automaton = automaton
        self.entityTypes = Dictionary(uniqueKeysWithValues: knowledge.entities.map { ($0.id, $0.type) })
        func markers(_ set: String) -> [[Character]] {
            (knowledge.lexicon.cues[set] ?? []).map { normalizer.normalize($0).characters }.filter { !$0.isEmpty }
        }
        self.purpose = markers("clause_purpose")
        self.means = markers("clause_means")
        self.date = markers("clause_date")
        func scalars(_ words: [[Character]]) -> [[UInt32]] { words.map { $0.flatMap { $0.unicodeScalars.map(\.value) } } }
        self.purposeScalars = scalars(purpose)
        self.meansScalars = scalars(means)
        self.dateScalars = scalars(date)
        self.purposeKeys = purpose.map(CharacterKey.keys)
        self.meansKeys = means.map(CharacterKey.keys)
        self.dateKeys = date.map(CharacterKey.keys)
    }

    /// The entities a normalized text names unambiguously.
    func entities(in chars: [Character]) -> Set<String> {
        Set(automaton.matches(in: CharacterKey.keys(chars)).flatMap { $0.payload.count == 1 ? $0.payload : [] })
    }

    /// `text` as written, `chars` normalized, `entities` those it names.
    func types(_ text: String, _ chars: [Character], _ entities: Set<String>) -> Set<EvidenceIndex.AnswerType> {
        var types = Set<EvidenceIndex.AnswerType>()
        // (Who did something may be a body, 誰搞的 — 全國工商聯.)
        if entities.contains(where: { entityTypes[$0] == "person" || entityTypes[$0] == "organization" }) { types.insert(.person) }
        if entities.contains(where: { QAEngine.placeTypes.contains(entityTypes[$0] ?? "") && entityTypes[$0] != "city" }) {
            types.insert(.place)
        }
        if chars.contains(where: \.isASCIIDigit) { types.insert(.number) }
        if text.containsText("、") { types.insert(.list) }
        // By character key (equal where the characters are), not by comparing `Character`s:
        // every clause of the document is typed at load.
        let keys = CharacterKey.keys(chars)
        if Self.has(keys, purposeKeys) { types.insert(.purpose) }
        if Self.has(keys, meansKeys) { types.insert(.means) }
        if Self.has(keys, dateKeys) { types.insert(.date) }
        return types
    }

    /// Whether an answer holds any of `wanted`, checking only those, on its scalars folded to
    /// Simplified (no normalization, no `Character` hashing); a person or a place by the
    /// entities the answer is `about`.
    func holds(any wanted: Set<EvidenceIndex.AnswerType>, _ text: String, about: [String], fold: ScalarFold) -> Bool {
        if wanted.contains(.list), text.containsText("、") { return true }
        if wanted.contains(.person), about.contains(where: { entityTypes[$0] == "person" }) { return true }
        if wanted.contains(.place),
            about.contains(where: { QAEngine.placeTypes.contains(entityTypes[$0] ?? "") && entityTypes[$0] != "city" })
        {
            return true
        }
        let scalars = fold.fold(text)
        if wanted.contains(.number), scalars.indices.contains(where: { i in
            // (A Chinese numeral counts with a unit or another numeral after it: 八個, 兩千億; not
            // the 一 of a name, 一軸一路.)
            (0x30...0x39).contains(scalars[i])
                || (NumberWords.numerals.contains(scalars[i]) && i + 1 < scalars.count
                    && (NumberWords.numerals.contains(scalars[i + 1]) || NumberWords.units.contains(scalars[i + 1])))
        }) {
            return true
        }
        if wanted.contains(.date), Self.has(scalars, dateScalars) { return true }
        if wanted.contains(.purpose), Self.has(scalars, purposeScalars) { return true }
        if wanted.contains(.means), Self.has(scalars, meansScalars) { return true }
        return false
    }

    /// (Index loops: this runs for many clauses of every answer, and a debug build's generic
    /// iterators and slices allocate at every step.)
    static func has(_ text: [UInt32], _ words: [[UInt32]]) -> Bool {
        var w = 0
        while w < words.count {
            let word = words[w]
            w += 1
            guard !word.isEmpty, text.count >= word.count else { continue }
            var start = 0
            while start + word.count <= text.count {
                var k = 0
                while k < word.count, text[start + k] == word[k] { k += 1 }
                if k == word.count { return true }
                start += 1
            }
        }
        return false
    }
}
