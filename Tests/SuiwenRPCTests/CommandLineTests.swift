import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `suiwen` executable, run as a user would: arguments, standard input, a working
/// directory; what it wrote to standard output and standard error, and how it exited.
struct SuiwenRun {
    static let binary = repositoryRoot.appendingPathComponent(".build/debug/suiwen")

    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutLines: [Substring] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }

    /// Runs `suiwen arguments`; one that has not exited after `timeout` is killed (and the
    /// test fails on its status).
    init(_ arguments: [String], input: String = "", in directory: URL = repositoryRoot, timeout: Duration = .seconds(120)) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the suiwen product first")
        let files = FileManager.default.temporaryDirectory.appendingPathComponent("suiwen-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: files) }
        let (inURL, outURL, errURL) = (files.appendingPathComponent("in"), files.appendingPathComponent("out"), files.appendingPathComponent("err"))
        try Data(input.utf8).write(to: inURL)
        for url in [outURL, errURL] { FileManager.default.createFile(atPath: url.path, contents: nil) }

        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
    }
}

/// A fresh empty directory, as a working directory with no knowledge/ in it.
func emptyDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("suiwen-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.standardizedFileURL
}

/// A TCP socket listening on 127.0.0.1 at a free port, as another server would hold it.
func occupiedPort() throws -> (socket: Int32, port: Int) {
    #if canImport(Glibc)
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
    let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    try #require(fd >= 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &length) == 0 }
    }
    try #require(bound)
    return (fd, Int(UInt16(bigEndian: address.sin_port)))
}

@Suite struct CommandLineTests {
    @Test func askLocalPrintsTheAnswerAndItsSource() throws {
        let run = try SuiwenRun(["ask", "--local", "南沙的產業重點?"])
        #expect(run.status == 0)
        for word in ["集成電路", "人工智能", "創新金融", "——"] { #expect(run.stdout.contains(word)) }
        #expect(run.stderr.isEmpty)
    }

    @Test func anUnreachableServerIsOneSentenceOnStandardErrorAndNonZeroExit() throws {
        let run = try SuiwenRun(["ask", "--server", "127.0.0.1:1", "南沙?"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("Cannot reach the Suiwen server at 127.0.0.1:1"))
        #expect(run.stdout.isEmpty)
    }

    @Test func pipedChatWithTheServerDownSaysSoOnceAndExitsNonZero() throws {
        let run = try SuiwenRun(["chat", "--server", "127.0.0.1:1"], input: "盧一先是誰?\n他提到了哪些重點產業?\n")
        #expect(run.status != 0)
        #expect(run.stderr.components(separatedBy: "Cannot reach").count == 2)
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: [
        (["serve", "--port", "0"], "pass --knowledge DIR"),
        (["ask", "--local", "南沙?"], "pass --knowledge DIR"),
        (["batch", "--local", "-"], "pass --knowledge DIR"),
        (["knowledge", "validate"], "give the directory as the argument"),
    ])
    func noKnowledgeDirectoryIsOneSentenceNamingThePath(arguments: [String], hint: String) throws {
        let directory = try emptyDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try SuiwenRun(arguments, input: "南沙?\n", in: directory)
        #expect(run.status != 0)
        let path = directory.appendingPathComponent("knowledge").path
        #expect(run.stderr.contains("No knowledge directory at \(path): run from the repository or \(hint)"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aSecondServerOnATakenPortSaysSoAndExitsNonZero() throws {
        let (socket, port) = try occupiedPort()
        defer { close(socket) }
        let run = try SuiwenRun(["serve", "--port", "\(port)"], timeout: .seconds(60))
        #expect(run.status != 0)
        #expect(run.stderr.contains("127.0.0.1:\(port) is already in use: stop the other server or pass another --port"))
        #expect(!run.stderr.contains("serverIsStopped"))
        #expect(run.stdout.isEmpty)
    }

    @Test func versionNamesTheProgramAndTheKnowledge() throws {
        let here = try SuiwenRun(["--version"])
        #expect(here.status == 0)
        #expect(here.stdoutLines.first == "suiwen 0.2.0")
        #expect(here.stdoutLines.last?.hasPrefix("knowledge v") == true)

        let directory = try emptyDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let elsewhere = try SuiwenRun(["--version"], in: directory)
        #expect(elsewhere.status == 0)
        #expect(elsewhere.stdout == "suiwen 0.2.0\nknowledge: none at \(directory.appendingPathComponent("knowledge").path)\n")
    }

    @Test func localWithAnExplicitServerIsRefused() throws {
        let run = try SuiwenRun(["ask", "--local", "--server", "127.0.0.1:50051", "南沙?"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--local answers in-process with no server"))
        #expect(run.stdout.isEmpty)
    }

    @Test func batchPrintsOneLineForEveryInputLineInTheShapeOfAskJSON() throws {
        let input = "南沙的產業重點?\r\n\n   \n\u{200B}\n上海市長是誰?\n"
        let run = try SuiwenRun(["batch", "--local", "-"], input: input)
        #expect(run.status == 0)
        let objects = try run.stdoutLines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        try #require(objects.count == 5)
        #expect(objects.map { $0["line"] as? Int } == [1, 2, 3, 4, 5])
        #expect(objects.map { $0["question"] as? String } == ["南沙的產業重點?", "", "", "", "上海市長是誰?"])
        #expect(objects[0]["status"] as? String == "ANSWER_STATUS_ANSWERED")
        #expect(objects[4]["status"] as? String == "ANSWER_STATUS_NO_ANSWER")
        let empty = try SuiwenRun(["ask", "--local", " "])
        #expect(empty.status != 0)
        for blank in objects[1...3] {
            let error = try #require(blank["error"] as? String)
            #expect(empty.stderr.contains(error))
            #expect(blank["status"] == nil)
        }

        // The same reply as ask --json, with line and question first.
        let ask = try SuiwenRun(["ask", "--local", "--json", "南沙的產業重點?"])
        let prefix = #"{"line":1,"question":"南沙的產業重點?","#
        #expect(run.stdoutLines[0].hasPrefix(prefix))
        #expect("{" + run.stdoutLines[0].dropFirst(prefix.count) + "\n" == ask.stdout)
    }

    @Test func batchEndsALineWhereverSwiftSeesANewline() throws {
        // CR, CR LF, VT, FF, NEL, U+2028 and U+2029 end a line as LF does; a last line needs no newline.
        let input = "南沙?\r上海?\r\n南沙?\u{0B}上海?\u{0C}南沙?\u{85}上海?\u{2028}南沙?\u{2029}\r\n上海?"
        let run = try SuiwenRun(["batch", "--local", "-"], input: input)
        #expect(run.status == 0)
        let objects = try run.stdoutLines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["line"] as? Int } == Array(1...9))
        #expect(objects.map { $0["question"] as? String }
            == ["南沙?", "上海?", "南沙?", "上海?", "南沙?", "上海?", "南沙?", "", "上海?"])
    }

    @Test func benchTimesACaseWithOnlyItsQuestionsAndRefusesALineThatIsNoCase() throws {
        let files = FileManager.default.temporaryDirectory.appendingPathComponent("suiwen-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: files) }
        // A case with no expect or must, a plain question, and a two-turn case: four answers a pass.
        let good = files.appendingPathComponent("good.jsonl")
        try Data(#"""
            {"turns":[{"q":"南沙的產業重點?"}]}
            盧一先是誰?
            {"id":"x","turns":[{"q":"盧一先是誰?"},{"q":"他提到了哪些重點產業?"}]}

            """#.utf8).write(to: good)
        let timed = try SuiwenRun(["bench", "--iterations", "1", good.path])
        #expect(timed.status == 0)
        #expect(timed.stdout.contains("questions: 4 × 1 passes = 4 answers (4 answered a pass)"))
        // A line that opens as JSON but is none (a cut-off case): the file and line, not a question.
        let bad = files.appendingPathComponent("bad.jsonl")
        try Data("盧一先是誰?\n{\"turns\":[{\"q\":\"南沙?\"}\n".utf8).write(to: bad)
        let refused = try SuiwenRun(["bench", "--iterations", "1", bad.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("bad.jsonl:2: a line that opens with { but is not a question-set case"))
    }

    @Test(arguments: ["exit", "quit", ":q", "QUIT"])
    func pipedChatLeavesOnAnExitWord(word: String) throws {
        let run = try SuiwenRun(["chat", "--local"], input: "盧一先是誰?\n\(word)\n郭昊羽是誰?\n")
        #expect(run.status == 0)
        #expect(run.stdoutLines.count == 1)
        #expect(run.stdoutLines.first?.contains("南沙") == true)
    }

    @Test func pipedChatHonoursExplain() throws {
        let run = try SuiwenRun(["chat", "--local", "--explain"], input: "盧一先是誰?\n他提到了哪些重點產業?\n")
        #expect(run.status == 0)
        let lines = run.stdoutLines
        #expect(lines.filter { $0.hasPrefix("  status: answered") }.count == 2)
        #expect(lines.contains("  entity: lu-yixian person 盧一先 [0,3) \"盧一先\" exact"))
        #expect(lines.first?.contains("南沙") == true)
    }

    @Test func pipedChatReportsARefusedQuestionOnStandardErrorAndGoesOn() throws {
        let tooLong = String(repeating: "南", count: 600)
        let run = try SuiwenRun(["chat", "--local"], input: "\(tooLong)\n盧一先是誰?\n")
        #expect(run.status == 0)
        #expect(run.stderr.contains("500"))
        #expect(run.stdoutLines.count == 1)
    }
}
