import Foundation
import Synchronization
import Yams

/// Loads a knowledge directory (`knowledge/manifest.yaml` and the files it names) and checks
/// it. Every problem found is reported with its file, line and fix; nothing half-loaded is
/// ever returned.
public enum KnowledgeLoader {
    /// Loads and validates `directory`. Throws `KnowledgeValidationError` listing every issue.
    public static func load(directory: String) throws -> KnowledgeBase {
        var session = LoadSession(directory: directory)
        let base = session.run()
        if let base, session.issues.isEmpty { return base }
        throw KnowledgeValidationError(issues: session.issues)
    }
}

/// Field names each kind of record may carry; anything else is a typo to report.
private let entityFields: Set<String> = ["id", "type", "name", "aliases", "summary", "quote", "broader"]
private let factFields: Set<String> = [
    "subject", "relation", "objects", "values", "value", "unit", "measure", "date", "kind", "role",
    "org", "speaker", "about", "text", "keywords", "complete", "quote",
]
/// Cue sets the engine computes from the graph rather than reading from lexicon/cues.yaml.
public let computedCueSets: Set<String> = [
    "relation_cue", "specific_relation_cue", "relation_asked", "district_post", "which_of_relation", "figure_keyword", "figure_value", "number_written", "keywords_only", "ordinal", "outside", "thing_name_asked", "part_name_asked",
    "outside_topic", "figures_joined", "unknown_attribute", "two_named", "list_claim", "member_claim", "list_in_place",
    "this_passage_said", "claim_heard", "kind_asked",
]
private let ruleFields: Set<String> = [
    "id", "intent", "requires", "cues", "any_cues", "unless", "specificity", "context", "patterns", "slots", "examples",
]

private extension Node {
    /// The value of the field `name` of a mapping (the last, if written twice, as Yams' own
    /// subscript says), nil for anything else. Yams' `node["name"]` builds a node of `name` and
    /// compares it with each key in turn, tag included: a resolution of both tags (a new `Tag`
    /// object, and with the default resolver its regular expressions) per key compared, per
    /// field read, which was a tenth of loading a large graph. This compares the keys' text.
    subscript(field name: String) -> Node? {
        guard case .mapping(let mapping) = self else { return nil }
        var found: Node? = nil
        for (key, value) in mapping {
            if case .scalar(let scalar) = key, scalar.string == name { found = value }
        }
        return found
    }
}

/// A record of a knowledge file (a YAML mapping) with its fields by their key's text, read in
/// one walk of its keys: `node[field:]` walks them (copying each key and value node) for each
/// field read, fifteen walks for a fact.
private struct Record {
    let node: Node
    /// Each field's value (the last, if a key is written twice, as `node[field:]` says).
    let fields: [String: Node]

    init(_ node: Node) {
        self.node = node
        var fields: [String: Node] = [:]
        if case .mapping(let mapping) = node {
            for (key, value) in mapping {
                if case .scalar(let scalar) = key { fields[scalar.string] = value }
            }
        }
        self.fields = fields
    }

    subscript(name: String) -> Node? { fields[name] }
}

private struct LoadSession {
    let directory: String
    var issues: [KnowledgeIssue] = []

    init(directory: String) {
        self.directory = directory
    }

    // MARK: - Reading YAML

    mutating func readYAML(_ file: String) -> Node? {
        let path = (directory as NSString).appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            issues.append(KnowledgeIssue(
                code: "missing-file", at: SourceLocation(file: file, line: 0),
                "the file does not exist or is not UTF-8 text",
                fix: "create it, or remove it from manifest.yaml"))
            return nil
        }
        do {
            // The basic resolver (no rules): every scalar is read as its text (`string`), never
            // as a typed value, so the default resolver's regular expressions, run whenever a
            // node is hashed or compared (the parser's duplicate-key check does both), buy nothing.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                issues.append(KnowledgeIssue(
                    code: "malformed-file", at: SourceLocation(file: file, line: 1), "the file is empty",
                    fix: "give it its top-level key, as the other files of its kind have"))
                return nil
            }
            return node
        } catch let error as YamlError {
            var line = 1
            var problem = "\(error)"
            switch error {
            case .scanner(_, let p, let mark, _), .parser(_, let p, let mark, _):
                line = mark.line
                problem = p
            default:
                break
            }
            issues.append(KnowledgeIssue(
                code: "malformed-file", at: SourceLocation(file: file, line: line), "YAML does not parse: \(problem)",
                fix: "fix the YAML syntax at that line (indentation, a missing colon or an unclosed bracket or quote)"))
            return nil
        } catch {
            issues.append(KnowledgeIssue(
                code: "malformed-file", at: SourceLocation(file: file, line: 1), "YAML does not parse: \(error)",
                fix: "fix the YAML syntax"))
            return nil
        }
    }

    func line(_ node: Node?) -> Int { node?.mark?.line ?? 0 }

    func string(_ node: Node?) -> String? {
        guard let scalar = node?.scalar else { return nil }
        return scalar.string
    }

    mutating func strings(_ node: Node?, file: String, field: String) -> [String] {
        guard let node else { return [] }
        if let seq = node.sequence {
            return seq.compactMap { item in
                if let s = item.scalar?.string { return s }
                issues.append(KnowledgeIssue(
                    code: "malformed-field", at: SourceLocation(file: file, line: line(item)),
                    "`\(field)` must be a list of strings", fix: "write it as [a, b, c]"))
                return nil
            }
        }
        if let s = node.scalar?.string { return [s] }
        issues.append(KnowledgeIssue(
            code: "malformed-field", at: SourceLocation(file: file, line: line(node)),
            "`\(field)` must be a list of strings", fix: "write it as [a, b, c]"))
        return []
    }

    /// The list under `key` of a file's top-level mapping, with a clear error when it is not there.
    mutating func records(_ root: Node, key: String, file: String) -> [Node] {
        guard let list = root[field: key]?.sequence else {
            issues.append(KnowledgeIssue(
                code: "malformed-file", at: SourceLocation(file: file, line: line(root)),
                "the file has no `\(key):` list at its top level",
                fix: "start the file with `\(key):` followed by a list of records (`- ...`)"))
            return []
        }
        return Array(list)
    }

    mutating func checkFields(_ node: Node, allowed: Set<String>, file: String) {
        guard let mapping = node.mapping else { return }
        for (key, _) in mapping {
            guard let name = key.scalar?.string, !allowed.contains(name) else { continue }
            issues.append(KnowledgeIssue(
                code: "unknown-field", at: SourceLocation(file: file, line: line(key)),
                "unknown field `\(name)`",
                fix: "use one of: \(allowed.sorted().joined(separator: ", "))"))
        }
    }

    mutating func required(_ node: Node, _ key: String, file: String, what: String) -> String? {
        required(Record(node), key, file: file, what: what)
    }

    mutating func required(_ record: Record, _ key: String, file: String, what: String) -> String? {
        let node = record.node
        if let value = string(record[key]), !value.isEmpty { return value }
        let code = key == "quote" ? "missing-provenance" : "missing-field"
        let fix = key == "quote"
            ? "add `quote:` with the sentence of the article this rests on, copied exactly"
            : "add `\(key):` to the \(what)"
        issues.append(KnowledgeIssue(
            code: code, at: SourceLocation(file: file, line: line(node)), "the \(what) has no `\(key)`", fix: fix))
        return nil
    }

    // MARK: - The whole directory

    mutating func run() -> KnowledgeBase? {
        let manifestFile = "manifest.yaml"
        guard let manifest = readYAML(manifestFile) else { return nil }
        let version = Int(string(manifest[field: "version"]) ?? "") ?? 0
        if version < 1 {
            issues.append(KnowledgeIssue(
                code: "missing-field", at: SourceLocation(file: manifestFile, line: line(manifest)),
                "manifest.yaml has no `version:` (a positive integer)", fix: "add `version: 1`"))
        }
        guard let source = loadSource(manifest[field: "source"], file: manifestFile) else { return nil }

        let lexiconNode = manifest[field: "lexicon"]
        let fold = loadFold(string(lexiconNode?[field: "fold"]) ?? "lexicon/trad-simp.tsv")
        let (entityTypes, relationTypes) = loadSchema(string(manifest[field: "schema"]) ?? "schema.yaml")

        // The entity and fact files, each parsed and read on a core of its own where there are
        // several: most of a large graph is in them, and no file needs another.
        enum RecordFile: Sendable {
            case entities(String)
            case facts(String)
        }
        let entityFiles = strings(manifest[field: "entities"], file: manifestFile, field: "entities").map(RecordFile.entities)
        let factFiles = strings(manifest[field: "facts"], file: manifestFile, field: "facts").map(RecordFile.facts)
        var entities: [Entity] = []
        var facts: [Fact] = []
        for records in inParallel(entityFiles + factFiles, { session, file in
            switch file {
            case .entities(let file): (session.loadEntities(file, types: entityTypes), [Fact]())
            case .facts(let file): ([Entity](), session.loadFacts(file, relations: relationTypes))
            }
        }) {
            entities += records.0
            facts += records.1
        }
        let ambiguous = Set(strings(manifest[field: "ambiguous_aliases"], file: manifestFile, field: "ambiguous_aliases"))
        checkReferences(entities: entities, facts: facts)
        checkAliases(entities: entities, fold: fold, ambiguous: ambiguous)
        checkQuotes(entities: entities, facts: facts, source: source)

        var lexicon = loadLexicon(lexiconNode, fold: fold)
        lexicon.simplifiedOnly = loadCharacterList(string(lexiconNode?[field: "simplified"]) ?? "lexicon/simplified-only.txt")
        if let file = string(lexiconNode?[field: "readings"]) { lexicon.readings = loadReadings(file) }
        if let file = string(lexiconNode?[field: "common_words"]) { lexicon.commonWords = loadWordList(file) }
        let rules = loadRules(string(manifest[field: "rules"]) ?? "rules/intents.yaml", lexicon: lexicon, types: entityTypes)
        let ids = Set(entities.map(\.id))
        for rule in rules {
            for (type, id) in rule.slots.sorted(by: { $0.key < $1.key }) where !ids.contains(id) {
                issues.append(KnowledgeIssue(
                    code: "dangling-id", at: rule.location, "rule `\(rule.id)` fills the slot `\(type)` with `\(id)`, which no entity has as its id",
                    fix: "correct the id, or add the entity"))
            }
        }
        let templates = loadTemplates(string(manifest[field: "templates"]) ?? "rules/templates.yaml")

        // What the document as a whole is about: its place, the bodies that speak for it, the
        // questions to suggest.
        let defaults = manifest[field: "defaults"]
        let scope = string(defaults?[field: "scope"])
        let subject = string(defaults?[field: "subject"])
        let scopeBodies = strings(defaults?[field: "scope_bodies"], file: manifestFile, field: "scope_bodies")
        for id in [scope, subject].compactMap({ $0 }) + scopeBodies where !ids.contains(id) {
            issues.append(KnowledgeIssue(
                code: "dangling-id", at: SourceLocation(file: manifestFile, line: line(defaults)),
                "`defaults` names `\(id)`, which no entity has as its id", fix: "correct the id, or add the entity"))
        }
        let suggestions = strings(defaults?[field: "suggestions"], file: manifestFile, field: "suggestions")
        if suggestions.isEmpty {
            issues.append(KnowledgeIssue(
                code: "missing-field", at: SourceLocation(file: manifestFile, line: line(manifest)),
                "manifest.yaml has no `defaults: suggestions:`", fix: "list a few questions the document answers, to suggest"))
        }

        var base = KnowledgeBase(
            version: version, source: source, entityTypes: entityTypes, relationTypes: relationTypes,
            entities: entities, facts: facts, lexicon: lexicon, rules: rules, templates: templates)
        base.scope = scope
        base.scopeBodies = Set(scopeBodies)
        base.subject = subject
        base.suggestions = suggestions
        return base
    }

    /// `work` for each of `items`, as many at once as there are cores, each with a session of
    /// its own; the results in the order of `items`, and their issues appended in that order,
    /// as if they had been worked out one after another.
    mutating func inParallel<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ work: @Sendable (inout LoadSession, Item) -> Result
    ) -> [Result] {
        let done = Mutex<[(result: Result, issues: [KnowledgeIssue])?]>(Array(repeating: nil, count: items.count))
        let directory = directory
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            var session = LoadSession(directory: directory)
            let result = work(&session, items[index])
            let issues = session.issues
            done.withLock { $0[index] = (result, issues) }
        }
        return done.withLock { done in
            done.map { item in
                issues += item!.issues
                return item!.result
            }
        }
    }

    mutating func loadSource(_ node: Node?, file: String) -> SourceDocument? {
        guard let node, let path = string(node[field: "file"]) else {
            issues.append(KnowledgeIssue(
                code: "missing-field", at: SourceLocation(file: file, line: line(node)),
                "manifest.yaml has no `source:` with a `file:`", fix: "name the source document under `source: file:`"))
            return nil
        }
        let full = (directory as NSString).appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: full), var text = String(data: data, encoding: .utf8) else {
            issues.append(KnowledgeIssue(
                code: "missing-file", at: SourceLocation(file: file, line: line(node[field: "file"])),
                "the source document \(path) does not exist", fix: "put the article at that path"))
            return nil
        }
        for repair in node[field: "repairs"]?.sequence ?? [] {
            guard let garbled = string(repair[field: "garbled"]), let repaired = string(repair[field: "repaired"]) else { continue }
            if !text.contains(garbled) {
                issues.append(KnowledgeIssue(
                    code: "repair-not-found", at: SourceLocation(file: file, line: line(repair)),
                    "the garbled text \(garbled) is not in the source document",
                    fix: "copy the garbled text exactly as it stands in the file, or remove the repair"))
            }
            text = text.replacingOccurrences(of: garbled, with: repaired)
        }
        var document = SourceDocument(
            id: string(node[field: "id"]) ?? "source", title: string(node[field: "title"]) ?? path, file: path,
            repairedText: text, lines: text.components(separatedBy: "\n"))
        if let year = string(node[field: "year"]) {
            if let number = Int(year), (1000...9999).contains(number) {
                document.year = number
            } else {
                issues.append(KnowledgeIssue(
                    code: "malformed-field", at: SourceLocation(file: file, line: line(node[field: "year"])),
                    "`year` must be the year the document speaks from, four digits", fix: "write it as year: 2023"))
            }
        }
        return document
    }

    /// The rows of a generated table (one a line; blank lines and `#` comments skipped), each
    /// given to `parse`; a row `parse` refuses is reported with its line, `malformed` and `fix`.
    /// A missing file is reported as `missing`.
    mutating func readRows(
        _ file: String, missing: String, malformed: String, fix: String, _ parse: (Substring) -> Bool
    ) {
        let path = (directory as NSString).appendingPathComponent(file)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            issues.append(KnowledgeIssue(code: "missing-file", at: SourceLocation(file: file, line: 0), missing, fix: fix))
            return
        }
        // Rows are found on their UTF-8 bytes, in place: splitting on `Character`s breaks every
        // grapheme of the 15,000-row readings table first, and an array of the rows converted
        // one by one cost a tenth of a start-up more.
        let utf8 = text.utf8
        var start = utf8.startIndex
        var line = 0
        while true {
            line += 1
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            // A file saved with CRLF line ends keeps its rows.
            var rowEnd = end
            if rowEnd > start, utf8[utf8.index(before: rowEnd)] == UInt8(ascii: "\r") { rowEnd = utf8.index(before: rowEnd) }
            let row = text[start..<rowEnd]
            if let first = row.utf8.first, first != UInt8(ascii: "#"), !parse(row) {
                issues.append(KnowledgeIssue(
                    code: "malformed-file", at: SourceLocation(file: file, line: line), malformed, fix: "regenerate it: \(fix)"))
            }
            if end == utf8.endIndex { break }
            start = utf8.index(after: end)
        }
    }

    /// The non-empty fields of a row between an ASCII separator, split on UTF-8 bytes.
    static func fields(_ row: Substring, _ separator: Unicode.Scalar) -> [Substring] {
        row.utf8.split(separator: UInt8(separator.value)).map { Substring($0) }
    }

    mutating func loadFold(_ file: String) -> [Character: Character] {
        var fold: [Character: Character] = [:]
        readRows(
            file, missing: "the Traditional→Simplified table does not exist",
            malformed: "a row must be one Traditional character, a tab, one Simplified character",
            fix: "run scripts/generate-script-fold"
        ) { row in
            let parts = Self.fields(row, "\t")
            guard parts.count == 2, parts[0].count == 1, parts[1].count == 1 else { return false }
            fold[parts[0].first!] = parts[1].first!
            return true
        }
        return fold
    }

    /// Character → its readings (pinyin without tone), from a `character<TAB>reading,reading` table.
    mutating func loadReadings(_ file: String) -> ReadingTable {
        var readings = ReadingTable()
        readRows(
            file, missing: "the table of character readings does not exist",
            malformed: "a row must be one character, a tab, its readings separated by commas",
            fix: "run scripts/generate-readings"
        ) { row in
            // (On the row's bytes: 15,000 rows are read at every start.)
            row.utf8.withContiguousStorageIfAvailable { Self.readingsRow($0, into: &readings) }
                ?? Array(row.utf8).withUnsafeBufferPointer { Self.readingsRow($0, into: &readings) }
        }
        readings.finish()
        return readings
    }

    /// One row of the readings table, `character<TAB>reading,reading`, as UTF-8 bytes: false
    /// unless its non-empty fields between tabs are one character and its readings.
    static func readingsRow(_ row: UnsafeBufferPointer<UInt8>, into readings: inout ReadingTable) -> Bool {
        var fields: [Range<Int>] = []
        var start = 0
        while start < row.count, fields.count <= 2 {
            var end = start
            while end < row.count, row[end] != UInt8(ascii: "\t") { end += 1 }
            if end > start { fields.append(start..<end) }
            start = end + 1
        }
        guard fields.count == 2 else { return false }
        // One scalar: its UTF-8 length is what its first byte says, and the field is that long.
        let character = row[fields[0]]
        let first = character[character.startIndex]
        let (length, initial): (Int, UInt32) =
            first < 0x80 ? (1, UInt32(first)) : first >= 0xF8 ? (0, 0) : first >= 0xF0 ? (4, UInt32(first & 0x07))
            : first >= 0xE0 ? (3, UInt32(first & 0x0F)) : first >= 0xC0 ? (2, UInt32(first & 0x1F)) : (0, 0)
        guard length > 0, character.count == length else { return false }
        var scalar = initial
        for byte in character.dropFirst() { scalar = scalar << 6 | UInt32(byte & 0x3F) }
        return readings.append(scalar, commaSeparatedUTF8: UnsafeBufferPointer(rebasing: row[fields[1]]))
    }

    /// Words one a line, kept by `Lexicon.wordHash` of their scalars. (Read straight from the
    /// UTF-8 bytes: tens of thousands of rows, read at every start.)
    mutating func loadWordList(_ file: String) -> Set<UInt64> {
        let path = (directory as NSString).appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: path) else {
            issues.append(KnowledgeIssue(
                code: "missing-file", at: SourceLocation(file: file, line: 0), "the list of common words does not exist",
                fix: "run scripts/generate-common-words"))
            return []
        }
        var words = Set<UInt64>(minimumCapacity: data.count / 7)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var line = 1
            var i = 0
            while i < bytes.count {
                // A row: up to the line's end; a comment (#) or blank row is skipped.
                var end = i
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var last = end
                if last > i, bytes[last - 1] == 0x0D { last -= 1 }
                if last > i, bytes[i] != UInt8(ascii: "#") {
                    var hash = Lexicon.wordHashSeed
                    var j = i
                    var wellFormed = true
                    while j < last {
                        let b = bytes[j]
                        let (length, initial): (Int, UInt32) =
                            b < 0x80 ? (1, UInt32(b)) : b >= 0xF0 ? (4, UInt32(b & 0x07)) : b >= 0xE0 ? (3, UInt32(b & 0x0F)) : b >= 0xC0 ? (2, UInt32(b & 0x1F)) : (0, 0)
                        guard length > 0, j + length <= last, b != 0x20, b != 0x09 else {
                            wellFormed = false
                            break
                        }
                        var scalar = initial
                        for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[j + k] & 0x3F) }
                        hash = Lexicon.wordHash(hash, scalar)
                        j += length
                    }
                    if wellFormed {
                        words.insert(hash)
                    } else {
                        issues.append(KnowledgeIssue(
                            code: "malformed-file", at: SourceLocation(file: file, line: line), "a row must be one word, no spaces",
                            fix: "regenerate it: run scripts/generate-common-words"))
                    }
                }
                i = end + 1
                line += 1
            }
        }
        return words
    }

    mutating func loadCharacterList(_ file: String) -> Set<Character> {
        var characters = Set<Character>()
        readRows(
            file, missing: "the list of Simplified-only characters does not exist", malformed: "a row must be one character",
            fix: "run scripts/generate-script-fold"
        ) { row in
            guard row.count == 1 else { return false }
            characters.insert(row.first!)
            return true
        }
        return characters
    }

    mutating func loadSchema(_ file: String) -> ([String: String], [String: RelationType]) {
        guard let root = readYAML(file) else { return ([:], [:]) }
        var types: [String: String] = [:]
        for (key, value) in root[field: "entity_types"]?.mapping ?? [:] {
            if let name = key.scalar?.string { types[name] = string(value) ?? "" }
        }
        if types.isEmpty {
            issues.append(KnowledgeIssue(
                code: "malformed-file", at: SourceLocation(file: file, line: line(root)),
                "schema.yaml declares no `entity_types:`", fix: "list the entity types with a description each"))
        }
        var relations: [String: RelationType] = [:]
        for node in records(root, key: "relations", file: file) {
            guard let id = required(node, "id", file: file, what: "relation") else { continue }
            let loc = SourceLocation(file: file, line: line(node))
            if relations[id] != nil {
                issues.append(KnowledgeIssue(
                    code: "duplicate-id", at: loc, "relation `\(id)` is declared twice", fix: "keep one declaration"))
            }
            relations[id] = RelationType(
                id: id, label: string(node[field: "label"]) ?? id,
                cues: strings(node[field: "cues"], file: file, field: "cues"),
                weakCues: strings(node[field: "weak_cues"], file: file, field: "weak_cues"),
                template: string(node[field: "template"]) ?? "", cuedOnly: string(node[field: "cued_only"]) == "true", location: loc)
        }
        return (types, relations)
    }

    mutating func loadEntities(_ file: String, types: [String: String]) -> [Entity] {
        guard let root = readYAML(file) else { return [] }
        var result: [Entity] = []
        for node in records(root, key: "entities", file: file) {
            checkFields(node, allowed: entityFields, file: file)
            let record = Record(node)
            let loc = SourceLocation(file: file, line: line(node))
            guard let id = required(record, "id", file: file, what: "entity"),
                let type = required(record, "type", file: file, what: "entity `\(string(record["id"]) ?? "?")`"),
                let name = required(record, "name", file: file, what: "entity `\(id)`")
            else { continue }
            let quote = required(record, "quote", file: file, what: "entity `\(id)`") ?? ""
            if types[type] == nil {
                issues.append(KnowledgeIssue(
                    code: "unknown-type", at: SourceLocation(file: file, line: line(record["type"])),
                    "entity `\(id)` has the unknown type `\(type)`",
                    fix: "use one of \(types.keys.sorted().joined(separator: ", ")), or declare the type in schema.yaml"))
            }
            result.append(Entity(
                id: id, type: type, name: name, aliases: strings(record["aliases"], file: file, field: "aliases"),
                summary: string(record["summary"]), quote: quote, broader: strings(record["broader"], file: file, field: "broader"), location: loc))
        }
        return result
    }

    mutating func loadFacts(_ file: String, relations: [String: RelationType]) -> [Fact] {
        guard let root = readYAML(file) else { return [] }
        var result: [Fact] = []
        for node in records(root, key: "facts", file: file) {
            checkFields(node, allowed: factFields, file: file)
            let record = Record(node)
            guard let subject = required(record, "subject", file: file, what: "fact"),
                let relation = required(record, "relation", file: file, what: "fact about `\(subject)`")
            else { continue }
            let quote = required(record, "quote", file: file, what: "fact `\(subject) \(relation)`") ?? ""
            if relations[relation] == nil {
                issues.append(KnowledgeIssue(
                    code: "unknown-relation", at: SourceLocation(file: file, line: line(record["relation"])),
                    "unknown relation `\(relation)`",
                    fix: "use one of \(relations.keys.sorted().joined(separator: ", ")), or declare it in schema.yaml"))
            }
            var fact = Fact(subject: subject, relation: relation, quote: quote, location: SourceLocation(file: file, line: line(node)))
            fact.objects = strings(record["objects"], file: file, field: "objects")
            fact.values = strings(record["values"], file: file, field: "values")
            fact.value = string(record["value"])
            fact.unit = string(record["unit"])
            fact.measure = string(record["measure"])
            fact.date = string(record["date"])
            fact.kind = string(record["kind"])
            fact.role = string(record["role"])
            fact.org = string(record["org"])
            fact.speaker = string(record["speaker"])
            fact.about = strings(record["about"], file: file, field: "about")
            fact.text = string(record["text"])
            fact.keywords = strings(record["keywords"], file: file, field: "keywords")
            if let complete = string(record["complete"]) {
                fact.complete = !(complete == "false" || complete == "no")
            }
            if fact.objects.isEmpty && fact.values.isEmpty && fact.value == nil && fact.text == nil {
                issues.append(KnowledgeIssue(
                    code: "empty-fact", at: fact.location, "the fact `\(subject) \(relation)` says nothing",
                    fix: "give it `objects:`, `values:`, `value:` or `text:`"))
            }
            result.append(fact)
        }
        return result
    }

    // MARK: - Cross-checks

    mutating func checkReferences(entities: [Entity], facts: [Fact]) {
        var seen: [String: SourceLocation] = [:]
        for entity in entities {
            if let first = seen[entity.id] {
                issues.append(KnowledgeIssue(
                    code: "duplicate-id", at: entity.location, "the id `\(entity.id)` is already used at \(first)",
                    fix: "give this entity an id of its own, or merge the two records"))
            } else {
                seen[entity.id] = entity.location
            }
        }
        func check(_ id: String?, _ field: String, _ loc: SourceLocation) {
            guard let id, seen[id] == nil else { return }
            issues.append(KnowledgeIssue(
                code: "dangling-id", at: loc, "`\(field)` names `\(id)`, which no entity has as its id",
                fix: "correct the id, or add the entity to a file under entities/"))
        }
        for entity in entities { for id in entity.broader { check(id, "broader", entity.location) } }
        for fact in facts {
            check(fact.subject, "subject", fact.location)
            for id in fact.objects { check(id, "objects", fact.location) }
            for id in fact.about { check(id, "about", fact.location) }
            check(fact.speaker, "speaker", fact.location)
            check(fact.role, "role", fact.location)
            check(fact.org, "org", fact.location)
        }
    }

    mutating func checkAliases(entities: [Entity], fold: [Character: Character], ambiguous: Set<String>) {
        let foldedAmbiguous = Set(ambiguous.map { Self.foldForComparison($0, fold) })
        let ideographFold = Self.ideographFold(fold)
        var claims: [String: (id: String, loc: SourceLocation)] = [:]
        for entity in entities {
            for alias in Set([entity.name] + entity.aliases) {
                let key = Self.foldForComparison(alias, fold, ideographFold: ideographFold)
                if let other = claims[key], other.id != entity.id, !foldedAmbiguous.contains(key) {
                    issues.append(KnowledgeIssue(
                        code: "ambiguous-alias", at: entity.location,
                        "the alias \(alias) of `\(entity.id)` is also claimed by `\(other.id)` (\(other.loc))",
                        fix: "remove it from one of them, or list it under `ambiguous_aliases:` in manifest.yaml so questions using it are asked back"))
                } else if claims[key] == nil {
                    claims[key] = (entity.id, entity.location)
                }
            }
        }
    }

    static func foldForComparison(_ text: String, _ fold: [Character: Character]) -> String {
        String(text.lowercased().map { fold[$0] ?? $0 }.filter { !$0.isWhitespace && !$0.isPunctuation })
    }

    /// `foldForComparison`, by scalar where `text` is all CJK unified ideographs (nearly every
    /// alias): each is a character of its own, its own NFC form and lower case, neither space
    /// nor punctuation, so only the fold can change it, looked up by scalar in `ideographFold`
    /// rather than by hashing a `Character` (which normalizes it), for every alias of the graph.
    static func foldForComparison(_ text: String, _ fold: [Character: Character], ideographFold: [UInt32: Character]) -> String {
        guard text.unicodeScalars.allSatisfy({ isUnifiedIdeograph($0.value) }) else { return foldForComparison(text, fold) }
        var folded = ""
        for scalar in text.unicodeScalars {
            guard let replacement = ideographFold[scalar.value] else {
                folded.unicodeScalars.append(scalar)
                continue
            }
            if !replacement.isWhitespace && !replacement.isPunctuation { folded.append(replacement) }
        }
        return folded
    }

    static func isUnifiedIdeograph(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }

    /// The fold's entries whose character is one scalar in NFC, by that scalar: what `fold`
    /// gives for a character of that one scalar (a `Character` key matches its canonical
    /// equivalents, and the NFC form is the one scalar among them).
    static func ideographFold(_ fold: [Character: Character]) -> [UInt32: Character] {
        var byScalar: [UInt32: Character] = [:]
        for (character, replacement) in fold {
            let scalars = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
            if scalars.count == 1, let scalar = scalars.first { byScalar[scalar.value] = replacement }
        }
        return byScalar
    }

    mutating func checkQuotes(entities: [Entity], facts: [Fact], source: SourceDocument) {
        var found = Set<String>()  // many facts share a quote: each is looked for once
        func check(_ quote: String, _ owner: String, _ loc: SourceLocation) {
            guard !quote.isEmpty, !found.contains(quote) else { return }
            if source.contains(quote) {
                found.insert(quote)
                return
            }
            issues.append(KnowledgeIssue(
                code: "quote-not-in-source", at: loc, "the quote of \(owner) does not occur in \(source.file): \(quote.prefix(40))…",
                fix: "copy the sentence exactly from the article (with the repairs of manifest.yaml applied)"))
        }
        for entity in entities { check(entity.quote, "`\(entity.id)`", entity.location) }
        for fact in facts { check(fact.quote, "`\(fact.subject) \(fact.relation)`", fact.location) }
    }

    // MARK: - Lexicon, rules, templates

    mutating func loadLexicon(_ node: Node?, fold: [Character: Character]) -> Lexicon {
        var lexicon = Lexicon(fold: fold)
        if let file = string(node?[field: "phrases"]), let root = readYAML(file) {
            for item in records(root, key: "phrases", file: file) {
                guard let from = string(item[field: "from"]), let to = string(item[field: "to"]) else {
                    issues.append(KnowledgeIssue(
                        code: "missing-field", at: SourceLocation(file: file, line: line(item)),
                        "a phrase needs `from:` and `to:`", fix: "write it as {from: 邊個, to: 誰}"))
                    continue
                }
                lexicon.phrases.append((from, to))
            }
        }
        if let file = string(node?[field: "cues"]), let root = readYAML(file) {
            guard let mapping = root[field: "cues"]?.mapping else {
                issues.append(KnowledgeIssue(
                    code: "malformed-file", at: SourceLocation(file: file, line: line(root)),
                    "the file has no `cues:` mapping", fix: "write `cues:` then `name: [word, word]` lines"))
                return lexicon
            }
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                lexicon.cues[name] = strings(value, file: file, field: name)
            }
            lexicon.cuesWithinNames = cueSetNames(root, "within_names", defined: lexicon.cues, file: file)
            lexicon.cuesTypedBySound = cueSetNames(root, "typed_by_sound", defined: lexicon.cues, file: file)
        }
        if let file = string(node?[field: "outside"]), let root = readYAML(file) {
            lexicon.outsidePlaces = strings(root[field: "places"], file: file, field: "places")
            lexicon.outsideTopics = strings(root[field: "topics"], file: file, field: "topics")
            lexicon.outsidePosts = strings(root[field: "posts"], file: file, field: "posts")
            for (key, value) in root[field: "unknown_attributes"]?.mapping ?? [:] {
                guard let name = key.scalar?.string else { continue }
                lexicon.unknownAttributes.append((name, strings(value, file: file, field: name)))
            }
        }
        return lexicon
    }

    /// The cue sets a list of `cues.yaml` names (`within_names: [in_charge]`), each defined.
    mutating func cueSetNames(_ root: Node, _ field: String, defined: [String: [String]], file: String) -> Set<String> {
        var names: Set<String> = []
        for name in strings(root[field: field], file: file, field: field) {
            guard defined[name] != nil else {
                issues.append(KnowledgeIssue(
                    code: "unknown-cue", at: SourceLocation(file: file, line: line(root[field: field])),
                    "`\(field)` names the cue set `\(name)`, which `cues:` does not define",
                    fix: "define it under `cues:`, or correct the name"))
                continue
            }
            names.insert(name)
        }
        return names
    }

    mutating func loadRules(_ file: String, lexicon: Lexicon, types: [String: String]) -> [IntentRule] {
        guard let root = readYAML(file) else { return [] }
        var rules: [IntentRule] = []
        var ids: Set<String> = []
        for node in records(root, key: "rules", file: file) {
            checkFields(node, allowed: ruleFields, file: file)
            let loc = SourceLocation(file: file, line: line(node))
            guard let id = required(node, "id", file: file, what: "rule"),
                let intent = required(node, "intent", file: file, what: "rule `\(string(node[field: "id"]) ?? "?")`")
            else { continue }
            if !ids.insert(id).inserted {
                issues.append(KnowledgeIssue(code: "duplicate-id", at: loc, "the rule id `\(id)` is used twice", fix: "rename one"))
            }
            let requires = strings(node[field: "requires"], file: file, field: "requires")
            for type in requires where type != "any" && types[type] == nil {
                issues.append(KnowledgeIssue(
                    code: "unknown-type", at: loc, "rule `\(id)` requires the unknown entity type `\(type)`",
                    fix: "use a type declared in schema.yaml, or `any`"))
            }
            let cues = strings(node[field: "cues"], file: file, field: "cues")
            let anyCues = strings(node[field: "any_cues"], file: file, field: "any_cues")
            let unless = strings(node[field: "unless"], file: file, field: "unless")
            for cue in cues + anyCues + unless where lexicon.cues[cue] == nil && !computedCueSets.contains(cue) {
                issues.append(KnowledgeIssue(
                    code: "unknown-cue", at: loc, "rule `\(id)` names the cue set `\(cue)`, which lexicon/cues.yaml does not define",
                    fix: "define it in lexicon/cues.yaml, or correct the name"))
            }
            var patterns: [QuestionPattern] = []
            for item in node[field: "patterns"]?.sequence ?? [] {
                guard let text = string(item) else { continue }
                do {
                    let pattern = try QuestionPattern(text)
                    for type in pattern.slotTypes where type != "any" && type != "place" && types[type] == nil {
                        issues.append(KnowledgeIssue(
                            code: "unknown-type", at: SourceLocation(file: file, line: line(item)),
                            "the pattern \(text) of rule `\(id)` has a slot of the unknown type `\(type)`",
                            fix: "use an entity type of schema.yaml, `place` or `any`"))
                    }
                    patterns.append(pattern)
                } catch {
                    issues.append(KnowledgeIssue(
                        code: "malformed-pattern", at: SourceLocation(file: file, line: line(item)),
                        "rule `\(id)`: \(error.message)",
                        fix: "balance the brackets: (a|b) for alternatives, [x] for optional parts, {type} for slots"))
                }
            }
            var slots: [String: String] = [:]
            for (key, value) in node[field: "slots"]?.mapping ?? [:] {
                if let type = key.scalar?.string, let id = string(value) { slots[type] = id }
            }
            var examples: [IntentRule.Example] = []
            for example in node[field: "examples"]?.sequence ?? [] {
                if let q = example.scalar?.string {
                    examples.append(.init(question: q, expect: "answered"))
                } else if let q = string(example[field: "q"]) {
                    examples.append(.init(question: q, expect: string(example[field: "expect"]) ?? "answered"))
                }
            }
            if examples.isEmpty {
                issues.append(KnowledgeIssue(
                    code: "missing-examples", at: loc, "rule `\(id)` has no examples",
                    fix: "add `examples:` with questions this rule should answer; the tests run them"))
            }
            rules.append(IntentRule(
                id: id, intent: intent, requires: requires, cues: cues, anyCues: anyCues, unlessCues: unless,
                specificity: Int(string(node[field: "specificity"]) ?? "") ?? 0,
                usesContext: string(node[field: "context"]) != "false", patterns: patterns, slots: slots, examples: examples,
                location: loc))
        }
        return rules
    }

    mutating func loadTemplates(_ file: String) -> [String: String] {
        guard let root = readYAML(file) else { return [:] }
        var templates: [String: String] = [:]
        for (key, value) in root[field: "templates"]?.mapping ?? [:] {
            if let name = key.scalar?.string, let text = string(value) { templates[name] = text }
        }
        return templates
    }
}
