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
/// sentence it rests on. A value, with its fields behind one reference: the answer path passes
/// and iterates facts constantly, and a copy is then one reference count, not one per field.
public struct Fact: Sendable, Hashable {
    /// The fields. Never mutated in place: a change makes a new box (facts change while the
    /// loader builds them, and `KnowledgeBase` names their objects).
    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields: Hashable, Sendable {
        var subject: String
        var relation: String
        /// Entity ids the fact points to.
        var objects: [String] = []
        /// Literal values (names of things that are not entities, phrases, dates).
        var values: [String] = []
        /// A single literal value: a post's title, or a figure's number.
        var value: String?
        var unit: String?
        /// What a figure counts.
        var measure: String?
        var date: String?
        /// For figures: count, amount, rate, target.
        var kind: String?
        /// For posts: the role id and the body or place the post belongs to.
        var role: String?
        var org: String?
        /// Who said it, where someone did.
        var speaker: String?
        /// For statements: the entities it is about, and a short rendering.
        var about: [String] = []
        var text: String?
        /// For figures: the words a question about it uses.
        var keywords: [String] = []
        /// False where the article lists only some members ("等").
        var complete: Bool = true
        /// The sentence of the article the fact rests on (repaired text).
        var quote: String
        var location: SourceLocation
    }

    private var box: Box

    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.fields
        change(&fields)
        box = Box(fields)
    }

    public var subject: String {
        get { box.fields.subject }
        set { update { $0.subject = newValue } }
    }
    public var relation: String {
        get { box.fields.relation }
        set { update { $0.relation = newValue } }
    }
    /// Entity ids the fact points to.
    public var objects: [String] {
        get { box.fields.objects }
        set {
            update { $0.objects = newValue }
            objectNames = []
        }
    }
    /// Each of `objects` by the name the fact's quote writes it with: the longest of the
    /// entity's names the quote holds, else its name. Filled when a `KnowledgeBase` is built
    /// (answers list a fact's objects as the article does, with no search of the quote then);
    /// emptied when `objects` or `quote` change. Not part of the fact's identity (`==`, `hash`).
    public var objectNames: [String] = []
    /// Literal values (names of things that are not entities, phrases, dates).
    public var values: [String] {
        get { box.fields.values }
        set { update { $0.values = newValue } }
    }
    /// A single literal value: a post's title, or a figure's number.
    public var value: String? {
        get { box.fields.value }
        set { update { $0.value = newValue } }
    }
    public var unit: String? {
        get { box.fields.unit }
        set { update { $0.unit = newValue } }
    }
    /// What a figure counts.
    public var measure: String? {
        get { box.fields.measure }
        set { update { $0.measure = newValue } }
    }
    public var date: String? {
        get { box.fields.date }
        set { update { $0.date = newValue } }
    }
    /// For figures: count, amount, rate, target.
    public var kind: String? {
        get { box.fields.kind }
        set { update { $0.kind = newValue } }
    }
    /// For posts: the role id and the body or place the post belongs to.
    public var role: String? {
        get { box.fields.role }
        set { update { $0.role = newValue } }
    }
    public var org: String? {
        get { box.fields.org }
        set { update { $0.org = newValue } }
    }
    /// Who said it, where someone did.
    public var speaker: String? {
        get { box.fields.speaker }
        set { update { $0.speaker = newValue } }
    }
    /// For statements: the entities it is about, and a short rendering.
    public var about: [String] {
        get { box.fields.about }
        set { update { $0.about = newValue } }
    }
    public var text: String? {
        get { box.fields.text }
        set { update { $0.text = newValue } }
    }
    /// For figures: the words a question about it uses.
    public var keywords: [String] {
        get { box.fields.keywords }
        set { update { $0.keywords = newValue } }
    }
    /// False where the article lists only some members ("等").
    public var complete: Bool {
        get { box.fields.complete }
        set { update { $0.complete = newValue } }
    }
    /// The sentence of the article the fact rests on (repaired text).
    public var quote: String {
        get { box.fields.quote }
        set {
            update { $0.quote = newValue }
            objectNames = []
        }
    }
    public var location: SourceLocation {
        get { box.fields.location }
        set { update { $0.location = newValue } }
    }

    public init(subject: String, relation: String, quote: String, location: SourceLocation) {
        box = Box(Fields(subject: subject, relation: relation, quote: quote, location: location))
    }

    public static func == (a: Fact, b: Fact) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }
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
    /// Whether its facts are asked only by its cue words, never because the question names one
    /// of their objects (`cued_only: true`): 在全國工商聯開展的萬家民營企業評營商環境裡,廣州排名怎樣?
    /// names the body that conducts the survey to say which survey, not to ask who conducts it.
    public var cuedOnly: Bool
    public var location: SourceLocation

    public init(id: String, label: String, cues: [String], weakCues: [String] = [], template: String, cuedOnly: Bool = false, location: SourceLocation) {
        self.id = id
        self.label = label
        self.cues = cues
        self.weakCues = weakCues
        self.template = template
        self.cuedOnly = cuedOnly
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
    /// The year the document speaks from (its 今年), when the manifest gives it.
    public var year: Int? = nil

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
