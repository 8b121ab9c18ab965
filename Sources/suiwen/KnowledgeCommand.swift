import ArgumentParser
import SuiwenEngine
import SuiwenKnowledge

struct KnowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "knowledge", abstract: "Checks the knowledge files and prints their counts.",
        subcommands: [Validate.self, Stats.self])

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
}

/// How the knowledge subcommands take another directory.
private let directoryHint = "give the directory as the argument"
