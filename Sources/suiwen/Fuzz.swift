import ArgumentParser
import Foundation
import SuiwenEngine
import SuiwenKnowledge

/// `suiwen fuzz`: throws generated hostile questions at the engine in-process and checks that
/// every one gets a reply or a refusal with a sentence, never a crash; reports the slowest.
struct Fuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Asks the engine generated hostile questions (mixed scripts, emoji, control characters, long strings, glued aliases, forged context tokens) and checks every reply.",
        discussion: "The same seed makes the same questions. Exits non-zero when a reply breaks an invariant; the slowest question and its time are printed.")

    @Option(help: "The knowledge directory.")
    var knowledge: String = "knowledge"

    @Option(help: "How many questions.")
    var count: Int = 100_000

    @Option(help: "The random seed.")
    var seed: UInt64 = 2023

    @Option(help: "Write the slowest question, whole, to this file (to replay it with `suiwen ask --local`).")
    var saveSlowest: String?

    @Option(help: "Write each question whose reply broke an invariant, whole, with the context it was asked in, to this file: one JSON object a line, {\"q\": …, \"context\": …} (to replay with `suiwen ask --local --context`).")
    var saveBroken: String?

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be a positive number.") }
    }

    func run() throws {
        let engine = try loadEngine(knowledge)
        var generator = QuestionGenerator(knowledge: engine.knowledge, seed: seed)
        var statuses: [String: Int] = [:]
        var refused: [String: Int] = [:]
        var broken: [String] = []
        var brokenCases: [[String: String]] = []
        var slowest: (duration: Duration, question: String) = (.zero, "")
        var context = ""
        let clock = ContinuousClock()
        let started = clock.now
        for index in 0..<count {
            let question = generator.question()
            // Half the questions follow the last reply's context; some of those get it mangled.
            let token = generator.contextToken(after: context)
            let start = clock.now
            do {
                let reply = try engine.answer(question, context: token)
                let elapsed = clock.now - start
                if elapsed > slowest.duration { slowest = (elapsed, question) }
                statuses[reply.status.rawValue, default: 0] += 1
                if let problem = Self.problem(with: reply) {
                    broken.append("#\(index) \(Self.shown(question)): \(problem)")
                    brokenCases.append(["q": question, "context": token])
                }
                context = reply.context
            } catch {
                let elapsed = clock.now - start
                if elapsed > slowest.duration { slowest = (elapsed, question) }
                refused[error.code.rawValue, default: 0] += 1
                if error.message.count < 20 {
                    broken.append("#\(index) \(Self.shown(question)): a refusal without a sentence")
                    brokenCases.append(["q": question, "context": token])
                }
            }
        }
        let total = clock.now - started
        print("fuzz: \(count) questions (seed \(seed)) in \(total.formatted(.units(allowed: [.seconds, .milliseconds])))")
        print("replies: " + statuses.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            + "; refused: " + (refused.isEmpty ? "none" : refused.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        print("slowest: \(slowest.duration.formatted(.units(allowed: [.milliseconds, .microseconds], fractionalPart: .show(length: 0)))) for \(Self.shown(slowest.question))")
        if let saveSlowest {
            try slowest.question.write(toFile: saveSlowest, atomically: true, encoding: .utf8)
        }
        if let saveBroken {
            let lines = try brokenCases.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
            try (lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")).write(toFile: saveBroken, atomically: true, encoding: .utf8)
        }
        if !broken.isEmpty {
            for line in broken.prefix(20) { print("BROKEN " + line) }
            throw CLIError("\(broken.count) replies broke an invariant")
        }
        print("every reply valid")
    }

    /// What is wrong with a reply, if anything.
    static func problem(with reply: Reply) -> String? {
        if reply.answer.isEmpty { return "an empty answer" }
        if reply.intent.isEmpty { return "no intent" }
        if !(0...1).contains(reply.confidence) { return "confidence \(reply.confidence)" }
        if reply.status == .answered && reply.citations.isEmpty && !reply.intent.hasPrefix("greeting") && !reply.intent.hasPrefix("help") {
            // Greetings and help answer without a source; every fact has one.
            if reply.intent.contains("relation") || reply.intent.contains("evidence") { return "an answered fact without a citation" }
        }
        if !reply.context.isEmpty, ConversationContext(token: reply.context) == nil { return "a context token it cannot read back" }
        if reply.answer.unicodeScalars.contains(where: { $0.value == 0 }) { return "a NUL in the answer" }
        return nil
    }

    /// A question as it can be printed on one line: escaped, and cut when long.
    static func shown(_ question: String) -> String {
        let escaped = question.unicodeScalars.map { scalar -> String in
            scalar.value < 0x20 || scalar.value == 0x7F ? String(format: "\\u{%X}", scalar.value) : String(scalar)
        }.joined()
        let scalars = Array(escaped.unicodeScalars)
        return scalars.count > 80
            ? String(String.UnicodeScalarView(scalars.prefix(80))) + "…(\(question.unicodeScalars.count) scalars)" : escaped
    }
}

/// Hostile questions from a seeded generator (SplitMix64): the same seed, the same questions.
struct QuestionGenerator {
    private var state: UInt64
    private let aliases: [String]
    private let documentCharacters: [Character]
    private let glued: String

    init(knowledge: KnowledgeBase, seed: UInt64) {
        self.state = seed
        self.aliases = knowledge.entities.flatMap { [$0.name] + $0.aliases }
        self.documentCharacters = Array(Set(knowledge.source.repairedText.filter { !$0.isWhitespace }))
        self.glued = aliases.joined()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    static let questionWords = ["是誰", "是什么", "多少", "哪些", "嗎", "呢", "幾多", "點樣", "?", "\u{FF1F}", "的", "和", "他", "那裡", "還有呢"]
    static let foreign: [Character] = Array("abcXYZ012 Привет مرحبا שלום สวัสดี 안녕 こんにちは ß Ω ∑ ½ ﷺ")
    static let emoji = ["😀", "👩‍👩‍👧‍👦", "🇨🇳", "🏳️‍🌈", "👍🏽", "\u{1F9D1}\u{200D}\u{1F4BB}", "🀄"]
    static let marks: [Unicode.Scalar] = ["\u{0301}", "\u{0308}", "\u{20DD}", "\u{FE0F}", "\u{200B}", "\u{200D}", "\u{202E}", "\u{2066}", "\u{FEFF}"]
    static let controls: [Unicode.Scalar] = ["\u{0}", "\u{1}", "\u{7}", "\u{8}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\r", "\n", "\t"]

    /// One question of a randomly chosen kind.
    mutating func question() -> String {
        switch below(10) {
        case 0:  // random characters of the document
            return String((0..<(1 + below(30))).map { _ in pick(documentCharacters) })
        case 1:  // an alias and a question word, with foreign characters mixed in
            return pick(aliases) + String((0..<below(6)).map { _ in pick(Self.foreign) }) + pick(Self.questionWords)
        case 2:  // emoji around aliases
            return pick(Self.emoji) + pick(aliases) + pick(Self.emoji) + pick(Self.questionWords) + pick(Self.emoji)
        case 3:  // combining marks, bidi overrides and zero-width characters inside a question
            var scalars = String.UnicodeScalarView()
            for scalar in (pick(aliases) + pick(Self.questionWords)).unicodeScalars {
                scalars.append(scalar)
                if below(2) == 0 { scalars.append(pick(Self.marks)) }
            }
            return String(scalars)
        case 4:  // control characters, NUL included
            var scalars = String.UnicodeScalarView()
            for scalar in (pick(aliases) + "的" + pick(aliases) + pick(Self.questionWords)).unicodeScalars {
                if below(3) == 0 { scalars.append(pick(Self.controls)) }
                scalars.append(scalar)
            }
            return String(scalars)
        case 5:  // long strings: up to 10,000 characters (the engine refuses past 500, with a sentence)
            let length = pick([400, 499, 500, 501, 2_000, 10_000])
            return String((0..<length).map { _ in pick(documentCharacters) })
        case 6:  // every alias glued together, or a long run of them
            return below(4) == 0 ? glued : String(glued.prefix(100 + below(400)))
        case 7:  // random tokens: aliases and question words in any order
            return (0..<(1 + below(8))).map { _ in below(2) == 0 ? pick(aliases) : pick(Self.questionWords) }.joined()
        case 8:  // whitespace and punctuation only, or nothing
            return pick(["", " ", "\u{3000}", "??", "。", "\n\t", "!!!", "……"])
        default:  // random scalars from across Unicode (valid ones)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(1 + below(20)) {
                if let scalar = Unicode.Scalar(UInt32(below(0x2FFFF))) { scalars.append(scalar) }
            }
            return String(scalars)
        }
    }

    /// The previous reply's token, nothing, or the token mangled (cut, flipped, forged).
    mutating func contextToken(after token: String) -> String {
        switch below(8) {
        case 0, 1, 2: return token
        case 3: return String(token.prefix(below(token.count + 1)))
        case 4: return "v2." + String((0..<below(60)).map { _ in pick(Array("ABCDEFGHabcdefgh0123456789-_=")) })
        case 5: return ConversationContext(person: "not-an-id", place: "nowhere").token  // ids the graph does not hold
        default: return ""
        }
    }
}
