import ArgumentParser
import Foundation

struct Batch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answers a file of questions, one a line, as JSON Lines in the same order (for FAQ pipelines).",
        discussion: "Each output line has question, status, answer, intent, confidence and citations. Blank lines are skipped; a question the service refuses gets a line with `error`.")

    @OptionGroup var client: ClientOptions

    @Argument(help: "The file of questions, or - for standard input.")
    var file: String

    func validate() throws {
        if file != "-", !FileManager.default.isReadableFile(atPath: file) {
            throw ValidationError("Cannot read '\(file)': give a file of questions, one a line, or - for standard input.")
        }
    }

    struct Line: Encodable {
        struct Citation: Encodable { var source: String; var quote: String; var line: Int32 }
        var question: String
        var status: String?
        var answer: String?
        var intent: String?
        var confidence: Float?
        var citations: [Citation]?
        var error: String?
    }

    func run() async throws {
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            text = try String(contentsOfFile: file, encoding: .utf8)
        }
        let questions = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try await client.withAnswerer { answerer in
            for question in questions {
                var line = Line(question: question)
                do {
                    let reply = try await answerer.ask(question, context: "")
                    line.status = reply.statusName
                    line.answer = reply.answer
                    line.intent = reply.intent
                    line.confidence = reply.confidence
                    line.citations = reply.citations.map { .init(source: $0.source, quote: $0.quote, line: $0.line) }
                } catch let error as CLIError {
                    if error.description.hasPrefix("Cannot reach") { throw error }
                    line.error = error.description
                }
                print(String(decoding: try encoder.encode(line), as: UTF8.self))
            }
        }
    }
}
