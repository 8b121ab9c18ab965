import ArgumentParser
import Foundation
import SuiwenEngine
import SuiwenKnowledge

struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Runs a question set (../shared/eval/README.md's format), prints each failure and the score by tag.",
        discussion: "Cases tagged `stretch` are scored on their own and not counted in the core score.")

    @OptionGroup var client: ClientOptions

    @Argument(help: "The question set, one JSON case a line.")
    var file: String

    @Option(help: "Exit non-zero when the core score is below this percentage.")
    var min: Double?

    func validate() throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ValidationError("Cannot read '\(file)': give a question set in JSON Lines, such as ../shared/eval/dev.jsonl.")
        }
        if let min, !(0...100).contains(min) { throw ValidationError("--min must be a percentage between 0 and 100.") }
    }

    struct Case: Decodable {
        struct Turn: Decodable {
            var q: String
            var expect: String
            var must: [[String]]
            var forbid: [String]
        }
        var id: String
        var tags: [String]
        var turns: [Turn]
    }

    func run() async throws {
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(whereSeparator: \.isNewline)
        var cases: [Case] = []
        for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                cases.append(try JSONDecoder().decode(Case.self, from: Data(line.utf8)))
            } catch {
                throw CLIError("\(file):\(index + 1): not a question-set case (\(error)).")
            }
        }
        // Comparison ignores script, width, white space and thousands separators.
        // (Folded by the knowledge's script table: without it a Simplified reply would fail a
        // Traditional must string, so a score from a directory holding no knowledge is refused.)
        let fold: TextNormalizer
        do {
            fold = try TextNormalizer(lexicon: KnowledgeLoader.load(directory: client.knowledge).lexicon)
        } catch {
            throw CLIError("eval compares replies with must strings through the script table of the knowledge directory "
                + "'\(client.knowledge)', which could not be loaded (\(error)); run it from the repository or pass --knowledge DIR.")
        }
        func comparable(_ text: String) -> String {
            let folded = fold.foldScript(text)
            var chars = Array(folded.filter { !$0.isWhitespace })
            var i = 1
            while i + 1 < chars.count {
                if chars[i] == ",", chars[i - 1].isNumber, chars[i + 1].isNumber { chars.remove(at: i) } else { i += 1 }
            }
            return String(chars)
        }

        var passedByTag: [String: (passed: Int, total: Int)] = [:]
        var core = (passed: 0, total: 0)
        var stretch = (passed: 0, total: 0)
        var forbiddenHits = 0
        // Replies that said ANSWERED but did not hold what was asked: the confident wrong answers.
        var answeredWrong = 0
        try await client.withAnswerer { answerer in
            for testCase in cases {
                var context = ""
                var failures: [String] = []
                for (n, turn) in testCase.turns.enumerated() {
                    let reply = try await answerer.ask(turn.q, context: context)
                    context = reply.context
                    let text = comparable(([reply.answer] + reply.suggestions).joined(separator: " "))
                    let accepted = turn.expect.split(separator: "|").map(String.init)
                    let failuresBefore = failures.count
                    if !accepted.contains(reply.statusName) {
                        failures.append("turn \(n + 1) \(turn.q): status \(reply.statusName), expected \(turn.expect)")
                    }
                    for group in turn.must where !group.contains(where: { text.contains(comparable($0)) }) {
                        failures.append("turn \(n + 1) \(turn.q): missing one of \(group)")
                    }
                    for word in turn.forbid where text.contains(comparable(word)) {
                        failures.append("turn \(n + 1) \(turn.q): contains forbidden \(word)")
                        forbiddenHits += 1
                    }
                    if reply.statusName == "answered", failures.count > failuresBefore { answeredWrong += 1 }
                    if !failures.isEmpty, failures.last!.hasPrefix("turn \(n + 1)") {
                        failures.append("    reply [\(reply.explanation.rule)]: \(reply.answer)")
                    }
                }
                let passed = failures.isEmpty
                if !passed {
                    print("FAIL \(testCase.id) [\(testCase.tags.joined(separator: ","))]")
                    for failure in failures { print("  \(failure)") }
                }
                for tag in testCase.tags {
                    passedByTag[tag, default: (0, 0)].total += 1
                    if passed { passedByTag[tag, default: (0, 0)].passed += 1 }
                }
                if testCase.tags.contains("stretch") {
                    stretch.total += 1
                    if passed { stretch.passed += 1 }
                } else {
                    core.total += 1
                    if passed { core.passed += 1 }
                }
            }
        }
        func percent(_ p: (passed: Int, total: Int)) -> Double { p.total == 0 ? 100 : Double(p.passed) * 100 / Double(p.total) }
        print("")
        print("tag            passed  total  score")
        for tag in passedByTag.keys.sorted() {
            let p = passedByTag[tag]!
            print(tag.padding(toLength: 14, withPad: " ", startingAt: 0) + String(format: " %6d %6d %5.1f%%", p.passed, p.total, percent(p)))
        }
        print(String(format: "core           %6d %6d %5.1f%%", core.passed, core.total, percent(core)))
        print(String(format: "stretch        %6d %6d %5.1f%%", stretch.passed, stretch.total, percent(stretch)))
        print("answered but missing what was asked: \(answeredWrong)")
        print("forbidden strings in replies: \(forbiddenHits)")
        if let min, percent(core) < min {
            throw CLIError(String(format: "core score %.1f%% is below --min %.1f%%.", percent(core), min))
        }
        if min != nil, forbiddenHits > 0 {
            throw CLIError("\(forbiddenHits) replies contain a forbidden string.")
        }
    }
}
