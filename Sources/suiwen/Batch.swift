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
        let lines = Self.lines(of: text)
        let output = BufferedOutput()
        // A bar on standard error only for a person watching: a terminal, and a file to count.
        var progress = file != "-" && isatty(STDERR_FILENO) == 1 ? ProgressBar(total: lines.count) : nil
        defer { progress?.finish() }
        if client.local {
            // In-process: no suspension per question, and each distinct question answered once
            // (FAQ files repeat questions; with no context a question's reply is always the same).
            let local = LocalAnswerer(engine: try loadEngine(client.knowledge))
            // Each distinct line's output after its number, as bytes, keyed by the line's bytes
            // (no String hashing, which compares canonical forms, for each repeat).
            var replies: [[UInt8]: [UInt8]] = [:]
            for (index, line) in lines.enumerated() {
                let key = Array(line.utf8)
                output.write("{\"line\":\(index + 1)")
                if let known = replies[key] {
                    output.write(known)
                } else {
                    let question = line.trimmingQuestionEdges
                    let members: String
                    do {
                        let json = try local.answer(question, context: "").jsonLine()
                        members = String(jsonMembers(ofObject: json))
                    } catch let error as CLIError {
                        members = "\"error\":" + jsonString(error.description)
                    }
                    let rest = Array(",\"question\":\(jsonString(question)),\(members)}\n".utf8)
                    output.write(rest)
                    if replies.count < Self.maximumRemembered { replies[key] = rest }
                }
                progress?.advance(to: index + 1)
            }
            output.flush()
            return
        }
        try await client.withAnswerer { answerer in
            for (index, line) in lines.enumerated() {
                let question = line.trimmingQuestionEdges
                let fields = [(name: "line", json: "\(index + 1)"), (name: "question", json: jsonString(question))]
                do {
                    let reply = try await answerer.ask(question, context: "")
                    output.write(try reply.jsonLine(after: fields) + "\n")
                } catch let error as CLIError where error.code != .unreachable {
                    output.write(jsonObjectLine(fields + [(name: "error", json: jsonString(error.description))]) + "\n")
                }
                progress?.advance(to: index + 1)
            }
        }
        output.flush()
    }

    /// Distinct questions whose replies `--local` keeps for repeats (bounds its memory).
    static let maximumRemembered = 200_000

    /// Every line of `text`, blank ones included: a final newline ends the last line rather
    /// than starting another. A line ends where `Character.isNewline` says (LF, VT, FF, CR, CR LF,
    /// NEL, U+2028, U+2029); these are found on the UTF-8 bytes, since splitting by `Character`
    /// walks grapheme boundaries and was a third of a 200,000-line batch's own time.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            var separatorEnd: String.Index? = nil
            switch byte {
            case 0x0A, 0x0B, 0x0C:
                separatorEnd = utf8.index(after: index)
            case 0x0D:
                let next = utf8.index(after: index)
                separatorEnd = next != utf8.endIndex && utf8[next] == 0x0A ? utf8.index(after: next) : next
            case 0xC2:  // U+0085 NEL
                let next = utf8.index(after: index)
                if next != utf8.endIndex, utf8[next] == 0x85 { separatorEnd = utf8.index(after: next) }
            case 0xE2:  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
                let second = utf8.index(after: index)
                if second != utf8.endIndex, utf8[second] == 0x80 {
                    let third = utf8.index(after: second)
                    if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
                        separatorEnd = utf8.index(after: third)
                    }
                }
            default:
                break
            }
            if let end = separatorEnd {
                lines.append(text[lineStart..<index])
                lineStart = end
                index = end
            } else {
                index = utf8.index(after: index)
            }
        }
        if lineStart != utf8.endIndex { lines.append(text[lineStart..<utf8.endIndex]) }
        return lines
    }
}

/// Standard output in 64 KiB writes rather than one a line.
final class BufferedOutput {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(Self.chunk) }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { flush() }
    }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { break }  // a closed pipe: nothing more to say
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private static let chunk = 64 * 1024
}

/// `[#####-----]  41% 82000/200000  95000/s` on standard error, redrawn at most ten times a second.
struct ProgressBar {
    let total: Int
    private let started = ContinuousClock.now
    private var lastDrawn = ContinuousClock.now - .seconds(1)
    private var done = 0

    init(total: Int) { self.total = max(total, 1) }

    mutating func advance(to done: Int) {
        self.done = done
        let now = ContinuousClock.now
        guard now - lastDrawn >= .milliseconds(100) || done == total else { return }
        lastDrawn = now
        draw(now)
    }

    private func draw(_ now: ContinuousClock.Instant) {
        let width = 30
        let filled = width * done / total
        let seconds = Double((now - started).components.attoseconds) / 1e18 + Double((now - started).components.seconds)
        let rate = seconds > 0 ? Int(Double(done) / seconds) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(String(format: "%3d", 100 * done / total))% \(done)/\(total)  \(rate)/s".utf8))
    }

    func finish() {
        draw(.now)
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
