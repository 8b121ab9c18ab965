import SuiwenKnowledge

/// How much of the document the graph holds: each clause, and the facts and entities whose
/// quote covers it.
public struct ClauseCoverage: Sendable {
    public struct Clause: Sendable {
        public var text: String
        public var line: Int
        /// `relation subject` of each fact and `entity id` of each entity whose quote holds it.
        public var coveredBy: [String]
    }

    public var clauses: [Clause]
}

extension QAEngine {
    /// Every clause of the document with what in the graph covers it: a fact or entity whose
    /// quote contains the clause (compared after normalization).
    public var clauseCoverage: ClauseCoverage {
        let quotes: [(String, [Character])] =
            knowledge.facts.map { ("\($0.relation) \($0.subject)", normalizer.normalize($0.quote).characters) }
            + knowledge.entities.map { ("entity \($0.id)", normalizer.normalize($0.quote).characters) }
        func contains(_ haystack: [Character], _ needle: [Character]) -> Bool {
            guard !needle.isEmpty, haystack.count >= needle.count else { return false }
            return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        return ClauseCoverage(clauses: evidence.clauses.map { clause in
            let text = normalizer.normalize(clause.text).characters
            let covering = quotes.filter { contains($0.1, text) }.map(\.0)
            return .init(text: clause.text, line: clause.line, coveredBy: covering)
        })
    }
}
