import ArgumentParser

struct Ask: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Asks one question and prints the answer with its source sentence.")

    @OptionGroup var client: ClientOptions

    @Argument(help: "The question, in Chinese (Traditional or Simplified).")
    var question: String

    @Option(help: "The context token of a previous reply, for a follow-up question.")
    var context: String = ""

    @Flag(help: "Print the whole reply as JSON (protobuf's JSON mapping).")
    var json: Bool = false

    @Flag(help: "Also print the rule, the entities with their spans, the confidence and the context used.")
    var explain: Bool = false

    func run() async throws {
        let reply = try await client.withAnswerer { try await $0.ask(question.trimmingQuestionEdges, context: context) }
        print(json ? try reply.jsonLine() : reply.humanText(explain: explain))
    }
}
