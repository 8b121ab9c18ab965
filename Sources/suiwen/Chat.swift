import ArgumentParser
import Foundation

struct Chat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A conversation that keeps its thread (他, 那裡, 這個區 refer back).",
        discussion: """
            At a terminal it prompts; otherwise it reads one question a line and prints one reply a line \
            (with --explain, the explanation lines follow each reply). exit, quit, :q or Ctrl-D (the end of \
            the input) leave. A question the service refuses is reported on standard error (with --json, as \
            a line with `question` and `error`) and the conversation goes on; when the service cannot be \
            reached the chat stops with a non-zero exit.
            """)

    /// Words that leave the chat instead of being asked.
    static let exitWords: Set<String> = ["exit", "quit", ":q"]

    @OptionGroup var client: ClientOptions

    @Flag(help: "Print each reply as one JSON line.")
    var json: Bool = false

    @Flag(help: "Also print the rule, entities, confidence and context used.")
    var explain: Bool = false

    func run() async throws {
        let interactive = isatty(STDIN_FILENO) != 0
        try await client.withAnswerer { answerer in
            if interactive { print("穗問 Suiwen — 問我關於這篇報道的問題。exit、quit、:q、空行或 Ctrl-D 結束。") }
            var context = ""
            while true {
                if interactive { print("你> ", terminator: ""); fflush(nil) }
                guard let line = readLine() else {
                    if interactive { print("") }  // Ctrl-D leaves the cursor after the prompt
                    break
                }
                let question = line.trimmingQuestionEdges
                if Self.exitWords.contains(question.lowercased()) { break }
                if question.isEmpty {
                    if interactive { break } else { continue }
                }
                do {
                    let reply = try await answerer.ask(question, context: context)
                    context = reply.context
                    if json {
                        print(try reply.jsonLine())
                    } else if interactive {
                        print("穗問> " + reply.humanText(explain: explain))
                    } else {
                        print(reply.answer.replacingOccurrences(of: "\n", with: " "))
                        if explain { print(reply.explanationLines.joined(separator: "\n")) }
                    }
                    fflush(nil)
                } catch let error as CLIError where error.code != .unreachable {
                    if json {
                        print(jsonObjectLine([("question", jsonString(question)), ("error", jsonString(error.description))]))
                    } else {
                        printError("error: \(error.description)")
                    }
                }
            }
        }
    }
}
