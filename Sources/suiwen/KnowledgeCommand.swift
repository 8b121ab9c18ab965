import ArgumentParser
import Foundation
import SuiwenEngine
import SuiwenKnowledge

struct KnowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "knowledge", abstract: "Checks the knowledge files and prints their counts.",
        subcommands: [Validate.self, Stats.self, Coverage.self])

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Checks a knowledge directory: types, relations, ids, aliases, provenance, quotes, rules.")

        @Argument(help: "The knowledge directory.")
        var directory: String = "knowledge"

        func run() throws {
            let engine = try loadEngine(directory, hint: directoryHint)
            let base = engine.knowledge
            print("\(directory) is valid: \(base.entities.count) entities, \(base.facts.count) facts, \(base.rules.count) rules, \(base.templates.count) templates.")
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prints the counts of the schema table in knowledge/README.md.")

        @Argument(help: "The knowledge directory.")
        var directory: String = "knowledge"

        func run() throws {
            let base = try loadKnowledge(directory, hint: directoryHint)
            let stats = base.statistics
            print("| entity type | count | meaning |")
            print("| --- | ---: | --- |")
            for (type, count) in stats.entitiesByType { print("| \(type) | \(count) | \(base.entityTypes[type] ?? "") |") }
            print("| **all entities** | \(base.entities.count) | |")
            print("")
            print("| relation | facts | meaning |")
            print("| --- | ---: | --- |")
            for (relation, count) in stats.factsByRelation { print("| \(relation) | \(count) | \(base.relationTypes[relation]?.label ?? "") |") }
            print("| **all facts** | \(base.facts.count) | |")
            print("")
            print("aliases: \(stats.aliases), intent rules: \(stats.rules), cue sets: \(stats.cueSets), templates: \(stats.templates)")
        }
    }

    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists each clause of the document with the facts and entities whose quote covers it.",
            discussion: """
                Clauses that carry no information are waived in coverage-waivers.txt in the knowledge \
                directory, one a line: the clause, `|`, the reason. Exits non-zero below --min percent.
                """)

        @Argument(help: "The knowledge directory.")
        var directory: String = "knowledge"

        @Flag(help: "List every clause, not only those not covered.")
        var all: Bool = false

        @Option(help: "Exit non-zero when the share covered (waivers counted as covered) is below this percentage.")
        var min: Double?

        func run() throws {
            let engine = try loadEngine(directory)
            let waiverFile = (directory as NSString).appendingPathComponent("coverage-waivers.txt")
            var waivers: [String: String] = [:]
            if let text = try? String(contentsOfFile: waiverFile, encoding: .utf8) {
                for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                    let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    if parts.count == 2, !parts[1].isEmpty { waivers[parts[0]] = parts[1] }
                }
            }
            let clauses = engine.clauseCoverage.clauses
            var covered = 0
            var waived = 0
            for clause in clauses {
                if !clause.coveredBy.isEmpty {
                    covered += 1
                    if all { print("covered  line \(clause.line): \(clause.text) ← \(clause.coveredBy.prefix(3).joined(separator: "; "))") }
                } else if let reason = waivers[clause.text] {
                    waived += 1
                    if all { print("waived   line \(clause.line): \(clause.text) — \(reason)") }
                } else {
                    print("MISSING  line \(clause.line): \(clause.text)")
                }
            }
            let unused = Set(waivers.keys).subtracting(clauses.map(\.text))
            for text in unused.sorted() { print("unused waiver (no such clause): \(text)") }
            let share = clauses.isEmpty ? 100 : Double(covered + waived) * 100 / Double(clauses.count)
            print(String(format: "clauses %d, covered by the graph %d, waived %d, not covered %d: %.1f%%",
                clauses.count, covered, waived, clauses.count - covered - waived, share))
            if let min, share < min || !unused.isEmpty {
                throw CLIError(String(format: "knowledge coverage %.1f%% is below --min %.1f%%, or a waiver names no clause.", share, min))
            }
        }
    }
}

/// How the knowledge subcommands take another directory.
private let directoryHint = "give the directory as the argument"
