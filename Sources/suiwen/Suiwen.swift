import ArgumentParser
import Foundation

@main
struct Suiwen: AsyncParsableCommand {
    static let version = "0.2.0"

    static let configuration = CommandConfiguration(
        commandName: "suiwen",
        abstract: "穗問 Suiwen: answers questions about a document from its knowledge graph (knowledge/).",
        subcommands: [Serve.self, Ask.self, Chat.self, Batch.self, Eval.self, Health.self, MCPCommand.self, Misses.self, KnowledgeCommand.self, Bench.self, Fuzz.self]
    )

    // Not CommandConfiguration's `version:`, which is a fixed string: this one also reads
    // the knowledge directory, and only when asked.
    @Flag(help: "Print the version, and that of the knowledge in ./knowledge.")
    var version: Bool = false

    func run() async throws {
        guard version else { throw CleanExit.helpRequest(self) }
        print("suiwen \(Self.version)")
        let directory = "knowledge"
        guard (try? knowledgeDirectory(directory)) != nil else {
            print("knowledge: none at \(absolutePath(directory))")
            return
        }
        let knowledge = try loadKnowledge(directory)
        print("knowledge v\(knowledge.version) (\(knowledge.entities.count) entities, \(knowledge.facts.count) facts, \(knowledge.rules.count) rules) in \(absolutePath(directory))")
    }

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            fflush(nil)
            exit(withError: error)
        }
    }
}
