import ArgumentParser
import Foundation
import SuiwenRPC

/// `suiwen misses FILE`: what the unanswered-question log (`serve --misses FILE`) says people
/// ask and do not get answered, most frequent first, so maintainers know what to add.
struct Misses: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarizes an unanswered-question log: by question and by what was asked, most frequent first.")

    @Argument(help: "The log written by `suiwen serve --misses FILE`.")
    var file: String

    @Option(help: "Show at most this many rows in each table.")
    var top: Int = 20

    @Flag(help: "Print the summary as one JSON object (for pipelines).")
    var json: Bool = false

    struct Row: Codable {
        var key: String
        var count: Int
        /// For a question: its status and intent; for a relation: example questions.
        var status: String?
        var intent: String?
        var entities: [String]?
        var examples: [String]?
    }

    struct Summary: Codable {
        var file: String
        var entries: Int
        var unreadableLines: Int
        var noAnswer: Int
        var clarify: Int
        var byQuestion: [Row]
        var byRelation: [Row]
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else {
            throw CLIError("No misses log at \(absolutePath(file)): start the server with --misses \(file)")
        }
        let (entries, unreadable) = try MissLog.read(path: file)
        let summary = Self.summarize(entries, unreadable: unreadable, file: file, top: top)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
            return
        }
        print("\(summary.entries) unanswered questions in \(file): \(summary.noAnswer) not answered, \(summary.clarify) asked back"
            + (unreadable > 0 ? "; \(unreadable) lines unreadable" : ""))
        print("\nBy question (normalized):")
        for row in summary.byQuestion {
            let entities = row.entities?.isEmpty == false ? " [\(row.entities!.joined(separator: ", "))]" : ""
            print(String(format: "%5d  ", row.count) + "\(row.key)  (\(row.status ?? ""), \(row.intent ?? ""))\(entities)")
        }
        print("\nBy what was asked (intent and entity types):")
        for row in summary.byRelation {
            print(String(format: "%5d  ", row.count) + row.key + "  e.g. " + (row.examples ?? []).joined(separator: " / "))
        }
    }

    static func summarize(_ entries: [MissLog.Entry], unreadable: Int, file: String, top: Int) -> Summary {
        var byQuestion: [String: (count: Int, last: MissLog.Entry)] = [:]
        var byRelation: [String: (count: Int, examples: [String])] = [:]
        for entry in entries {
            byQuestion[entry.question, default: (0, entry)].count += 1
            byQuestion[entry.question]!.last = entry
            // What was asked: the rule that decided, and the kinds of thing named.
            let kinds = Set(entry.entityTypes)
            let relation = entry.intent + (kinds.isEmpty ? "" : " @ " + kinds.sorted().joined(separator: "+"))
            var group = byRelation[relation, default: (0, [])]
            group.count += 1
            if group.examples.count < 3 && !group.examples.contains(entry.question) { group.examples.append(entry.question) }
            byRelation[relation] = group
        }
        let questions = byQuestion.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            .prefix(top)
            .map { Row(key: $0.key, count: $0.value.count, status: $0.value.last.status, intent: $0.value.last.intent, entities: $0.value.last.entities) }
        let relations = byRelation.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            .prefix(top)
            .map { Row(key: $0.key, count: $0.value.count, examples: $0.value.examples) }
        return Summary(
            file: file, entries: entries.count, unreadableLines: unreadable,
            noAnswer: entries.filter { $0.status == "no_answer" }.count,
            clarify: entries.filter { $0.status == "clarify" }.count,
            byQuestion: Array(questions), byRelation: Array(relations))
    }
}
