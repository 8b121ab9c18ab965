/// Everything under `knowledge/`, loaded and checked: the graph, the schema, the lexicon,
/// the intent rules and the answer templates. An immutable value: a reload builds a new one.
public struct KnowledgeBase: Sendable {
    public var version: Int
    public var source: SourceDocument
    public var entityTypes: [String: String]
    public var relationTypes: [String: RelationType]
    public var entities: [Entity]
    public var facts: [Fact]
    public var lexicon: Lexicon
    public var rules: [IntentRule]
    public var templates: [String: String]

    /// The place the whole document is about (a city): a question scoped to it reaches every
    /// figure, and the posts of the bodies in `scopeBodies`.
    public var scope: String? = nil
    public var scopeBodies: Set<String> = []
    /// What the document reports (its event): every clause is about it, named or not.
    public var subject: String? = nil
    /// Questions to suggest when there is nothing more specific to suggest.
    public var suggestions: [String] = []

    public var entitiesByID: [String: Entity]
    public var factsBySubject: [String: [Fact]]

    public init(
        version: Int, source: SourceDocument, entityTypes: [String: String],
        relationTypes: [String: RelationType], entities: [Entity], facts: [Fact], lexicon: Lexicon,
        rules: [IntentRule], templates: [String: String]
    ) {
        self.version = version
        self.source = source
        self.entityTypes = entityTypes
        self.relationTypes = relationTypes
        self.entities = entities
        let entitiesByID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.facts = facts.map { fact in
            guard !fact.objects.isEmpty else { return fact }
            var named = fact
            named.objectNames = fact.objects.map { Self.name(of: $0, asWrittenIn: fact.quote, entitiesByID) }
            return named
        }
        self.lexicon = lexicon
        self.rules = rules
        self.templates = templates
        self.entitiesByID = entitiesByID
        self.factsBySubject = Dictionary(grouping: self.facts, by: \.subject)
    }

    /// The longest of an entity's names (its name and aliases) that `quote` holds, else its
    /// name (or the id, for an entity the graph does not have).
    public static func name(of id: String, asWrittenIn quote: String, _ entitiesByID: [String: Entity]) -> String {
        guard let entity = entitiesByID[id] else { return id }
        var longest: (name: String, count: Int)? = nil
        for name in [entity.name] + entity.aliases where !name.isEmpty && quote.contains(name) {
            let count = name.count
            if count > longest?.count ?? -1 { longest = (name, count) }
        }
        return longest?.name ?? entity.name
    }

    public func entity(_ id: String) -> Entity? { entitiesByID[id] }

    /// Counts for `suiwen knowledge stats` and the schema table of knowledge/README.md.
    public struct Statistics: Sendable {
        public var entitiesByType: [(type: String, count: Int)]
        public var factsByRelation: [(relation: String, count: Int)]
        public var aliases: Int
        public var rules: Int
        public var templates: Int
        public var cueSets: Int
    }

    public var statistics: Statistics {
        let byType = Dictionary(grouping: entities, by: \.type).map { ($0.key, $0.value.count) }
        let byRelation = Dictionary(grouping: facts, by: \.relation).map { ($0.key, $0.value.count) }
        return Statistics(
            entitiesByType: entityTypes.keys.sorted().map { type in (type, byType.first { $0.0 == type }?.1 ?? 0) },
            factsByRelation: relationTypes.keys.sorted().map { rel in (rel, byRelation.first { $0.0 == rel }?.1 ?? 0) },
            aliases: entities.reduce(0) { $0 + $1.aliases.count },
            rules: rules.count,
            templates: templates.count,
            cueSets: lexicon.cues.count
        )
    }
}
