import ArgumentParser
import Foundation

struct Batch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answers a file of questions, one a line, as JSON Lines in the same order (for FAQ pipelines).",
        discussion: """
            Output line N answers input line N. Each is the reply in protobuf's JSON mapping (as `ask --json` \
            prints it) after two fields: `line`, the input line's number from 1, and `question`. A question the \
            service refuses (a blank line, for one) gets `line`, `question` and `error`, the sentence `ask` \
            would report.
            """)

    @OptionGroup var client: ClientOptions

    @Argument(help: "The file of questions, or - for standard input.")
    var file: String

    func validate() throws {
        if file != "-", !FileManager.default.isReadableFile(atPath: file) {
            throw ValidationError("Cannot read '\(file)': give a file of questions, one a line, or - for standard input.")
        }
    }

    func run() async throws {
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            text = try String(contentsOfFile: file, encoding: .utf8)
        }
        try await client.withAnswerer { answerer in
            for (index, line) in Self.lines(of: text).enumerated() {
                let question = line.trimmingQuestionEdges
                let fields = [(name: "line", json: "\(index + 1)"), (name: "question", json: jsonString(question))]
                do {
                    let reply = try await answerer.ask(question, context: "")
                    print(try reply.jsonLine(after: fields))
                } catch let error as CLIError where error.code != .unreachable {
                    print(jsonObjectLine(fields + [(name: "error", json: jsonString(error.description))]))
                }
            }
        }
    }

    /// Every line of `text`, blank ones included: a final newline ends the last line rather
    /// than starting another.
    static func lines(of text: String) -> [Substring] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
