import ArgumentParser
import Foundation

struct Chat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A conversation that keeps its thread (他, 那裡, 這個區 refer back).",
        discussion: "At a terminal it prompts; otherwise it reads one question a line and prints one reply a line.")

    @OptionGroup var client: ClientOptions

    @Flag(help: "Print each reply as one JSON line.")
    var json: Bool = false

    @Flag(help: "Also print the rule, entities, confidence and context used.")
    var explain: Bool = false

    func run() async throws {
        let interactive = isatty(STDIN_FILENO) != 0
        try await client.withAnswerer { answerer in
            if interactive { print("穗問 Suiwen — 問我關於2023廣州高質量發展大會的問題。空行或 Ctrl-D 結束。") }
            var context = ""
            while true {
                if interactive { print("你> ", terminator: ""); fflush(nil) }
                guard let line = readLine() else { break }
                let question = line.trimmingCharacters(in: .whitespaces)
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
                    }
                    fflush(nil)
                } catch let error as CLIError where !interactive || !error.description.hasPrefix("Cannot reach") {
                    if json {
                        print(#"{"question":\#(jsonString(question)),"error":\#(jsonString(error.description))}"#)
                    } else {
                        print("error: \(error.description)")
                    }
                }
            }
        }
    }
}

/// A JSON string literal.
func jsonString(_ text: String) -> String {
    let data = try! JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
    let array = String(decoding: data, as: UTF8.self)
    return String(array.dropFirst().dropLast())
}
