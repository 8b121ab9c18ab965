/// Where something was declared in the knowledge files: the file (relative to the knowledge
/// directory) and the 1-based line.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// A person, place, organization, program, industry, role or event of the article. Immutable,
/// and a class: every mention of it in a question refers to it rather than copying its strings.
public final class Entity: Sendable, Hashable {
    /// Stable id, e.g. `guo-yonghang`. Never reused for another entity.
    public let id: String
    /// One of the types declared in `schema.yaml`.
    public let type: String
    /// The canonical name, as the article writes it (Traditional Chinese).
    public let name: String
    /// Other ways a question may name the entity.
    public let aliases: [String]
    /// A one- or two-sentence description, used when someone asks about the entity itself.
    public let summary: String?
    /// The sentence of the article that introduces the entity (provenance).
    public let quote: String
    /// For roles: the broader roles it is a kind of (區委書記 → 書記, 一把手).
    public let broader: [String]
    public let location: SourceLocation

    public init(
        id: String, type: String, name: String, aliases: [String] = [], summary: String? = nil,
        quote: String, broader: [String] = [], location: SourceLocation
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.quote = quote
        self.broader = broader
        self.location = location
    }

    public static func == (a: Entity, b: Entity) -> Bool {
        a === b
            || (a.id == b.id && a.type == b.type && a.name == b.name && a.aliases == b.aliases && a.summary == b.summary
                && a.quote == b.quote && a.broader == b.broader && a.location == b.location)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// One statement of the graph: a subject, a relation, and its objects or values, with the
/// sentence it rests on.
public struct Fact: Sendable, Hashable {
    public var subject: String
    public var relation: String
    /// Entity ids the fact points to.
    public var objects: [String] = []
    /// Literal values (names of things that are not entities, phrases, dates).
    public var values: [String] = []
    /// A single literal value: a post's title, or a figure's number.
    public var value: String?
    public var unit: String?
    /// What a figure counts.
    public var measure: String?
    public var date: String?
    /// For figures: count, amount, rate, target.
    public var kind: String?
    /// For posts: the role id and the body or place the post belongs to.
    public var role: String?
    public var org: String?
    /// Who said it, where someone did.
    public var speaker: String?
    /// For statements: the entities it is about, and a short rendering.
    public var about: [String] = []
    public var text: String?
    /// For figures: the words a question about it uses.
    public var keywords: [String] = []
    /// False where the article lists only some members ("等").
    public var complete: Bool = true
    /// The sentence of the article the fact rests on (repaired text).
    public var quote: String
    public var location: SourceLocation

    public init(subject: String, relation: String, quote: String, location: SourceLocation) {
        self.subject = subject
        self.relation = relation
        self.quote = quote
        self.location = location
    }
}

/// A relation type declared in `schema.yaml`: what it means, which question words point to
/// it, and how an answer about it reads.
public struct RelationType: Sendable, Hashable {
    public var id: String
    public var label: String
    /// Question words that select this relation ("產業" → focus_industry); each counts its length.
    public var cues: [String]
    /// Generic question words (哪些, 是什麼) that point to it more weakly: one point each.
    public var weakCues: [String]
    /// Answer template; see `rules/templates.yaml` for the placeholders.
    public var template: String
    public var location: SourceLocation

    public init(id: String, label: String, cues: [String], weakCues: [String] = [], template: String, location: SourceLocation) {
        self.id = id
        self.label = label
        self.cues = cues
        self.weakCues = weakCues
        self.template = template
        self.location = location
    }
}

/// The document the graph is about.
public struct SourceDocument: Sendable, Hashable {
    public var id: String
    public var title: String
    public var file: String
    /// The text with the garbled spots repaired; quotes are checked against it.
    public var repairedText: String
    /// The repaired text line by line, to say which line a quote is on.
    public var lines: [String]
    /// The repaired text as bytes, for finding quotes in it.
    let text: SourceText

    public init(id: String, title: String, file: String, repairedText: String, lines: [String]) {
        self.id = id
        self.title = title
        self.file = file
        self.repairedText = repairedText
        self.lines = lines
        self.text = SourceText(repairedText)
    }

    /// Whether `quote` occurs in the repaired text, byte for byte.
    public func contains(_ quote: String) -> Bool {
        !quote.isEmpty && text.contains(quote)
    }

    /// The 1-based line of the document that holds `quote`, or nil.
    public func line(of quote: String) -> Int? {
        guard !quote.isEmpty else { return nil }
        return text.lineIndex(of: quote).map { $0 + 1 }
    }
}
