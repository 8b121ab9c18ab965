import ArgumentParser
import Foundation

@main
struct Suiwen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suiwen",
        abstract: "穗問 Suiwen: answers questions about Guangzhou's 2023 High-Quality Development Conference.",
        subcommands: [Serve.self, Ask.self, Chat.self, Batch.self, Eval.self, Health.self, KnowledgeCommand.self, Bench.self]
    )

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
