import ArgumentParser
import Foundation
import SuiwenEngine
import SuiwenKnowledge

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Times the matcher in-process: knowledge load and compile, and each answer (no network).",
        discussion: "Questions come from question sets (JSON Lines, as in ../shared/eval) or plain files, one question a line. Run a release build for real figures: scripts/bench-matcher.")

    @Option(help: "The knowledge directory.")
    var knowledge: String = "knowledge"

    @Option(help: "Passes over all the questions.")
    var iterations: Int = 200

    @Flag(help: "Print every reply of the warm-up pass in full (context threaded through each conversation), to check that a change to the engine changes no reply.")
    var replies: Bool = false

    @Option(help: "Also list the N questions with the slowest median answer, to see where the tail comes from.")
    var slowest: Int = 0

    @Argument(help: "Question files.")
    var files: [String]

    func validate() throws {
        guard iterations > 0 else { throw ValidationError("--iterations must be a positive number.") }
        guard slowest >= 0 else { throw ValidationError("--slowest must be 0 or more.") }
        guard !files.isEmpty else { throw ValidationError("Give at least one question file, such as ../shared/eval/dev.jsonl.") }
    }

    func run() throws {
        let clock = ContinuousClock()
        var engine: QAEngine!
        let load = try clock.measure { engine = try loadEngine(knowledge) }
        let conversations: [[String]]
        do {
            conversations = try QuestionFiles.conversations(in: files)
        } catch let error as QuestionFiles.ReadError {
            throw CLIError(error.description)
        }
        let questions = conversations.reduce(0) { $0 + $1.count }
        var samples: [Duration] = []
        samples.reserveCapacity(questions * iterations)
        var answered = 0
        // Each question's times over the passes (by its place in the run), for --slowest.
        var byQuestion = [[Duration]](repeating: [], count: slowest > 0 ? questions : 0)
        for pass in 0..<(iterations + 1) {
            var place = 0
            for turns in conversations {
                var context = ""
                for question in turns {
                    defer { place += 1 }
                    let start = clock.now
                    let reply = try? engine.answer(question, context: context)
                    let elapsed = clock.now - start
                    context = reply?.context ?? ""
                    if pass == 0, replies { print(reply.map { String(reflecting: $0) } ?? "error: \(question)") }
                    if pass > 0 {  // the first pass warms up
                        samples.append(elapsed)
                        if slowest > 0 { byQuestion[place].append(elapsed) }
                        if reply?.status == .answered { answered += 1 }
                    }
                }
            }
        }
        samples.sort()
        func micros(_ d: Duration) -> String {
            let c = d.components
            return String(format: "%.1f", Double(c.seconds) * 1e6 + Double(c.attoseconds) / 1e12)
        }
        func percentile(_ p: Double) -> Duration { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
        let total = samples.reduce(Duration.zero, +)
        print("knowledge load + compile: \(micros(load)) µs")
        print("questions: \(questions) × \(iterations) passes = \(samples.count) answers (\(answered / iterations) answered a pass)")
        print("per answer µs: mean \(micros(total / samples.count))  p50 \(micros(percentile(0.5)))  p90 \(micros(percentile(0.9)))  p99 \(micros(percentile(0.99)))  max \(micros(samples.last!))")
        if slowest > 0 {
            let texts = conversations.flatMap { $0 }
            let medians = byQuestion.map { $0.sorted()[$0.count / 2] }
            print("slowest \(min(slowest, questions)) by median µs:")
            for place in medians.indices.sorted(by: { medians[$0] > medians[$1] }).prefix(slowest) {
                print("  \(micros(medians[place]))  \(texts[place])")
            }
        }
    }
}
