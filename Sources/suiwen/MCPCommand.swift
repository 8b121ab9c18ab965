import ArgumentParser
import Foundation
import Logging
import SuiwenHTTP
import SuiwenRPC

/// `suiwen mcp`: Suiwen as an MCP server over stdio, for local assistants (Claude Desktop,
/// Cursor, …) that start it as a subprocess: a JSON-RPC message a line in, a reply a line out.
/// It answers in-process from the knowledge.
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serves the ask and list_topics tools over MCP on stdin/stdout (for local assistants).",
        discussion: "Standard output carries the protocol only; diagnostics go to standard error.")

    @Option(help: "The knowledge directory.")
    var knowledge: String = "knowledge"

    @Option(help: "Append every NO_ANSWER and CLARIFY question to this file as JSON Lines.")
    var misses: String?

    func run() throws {
        let engine = try loadEngine(knowledge)
        var missLog: MissLog?
        if let misses {
            do { missLog = try MissLog(path: misses) } catch { throw CLIError(error.description) }
        }
        // Request log lines would go to standard error; an assistant does not read them.
        var quiet = Logger(label: "suiwen.requests")
        quiet.logLevel = .warning
        let answerer = SuiwenRPC.Answerer(store: EngineStore(engine), observation: .init(misses: missLog, logger: quiet))
        let endpoint = SuiwenMCP(answerer: answerer, version: Suiwen.version)
        // Until the client closes standard input.
        while let line = readLine(strippingNewline: true) {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            switch endpoint.reply(to: Data(line.utf8)) {
            case .none: continue
            case .message(let reply), .malformed(let reply):
                FileHandle.standardOutput.write(reply + Data("\n".utf8))
            }
        }
    }
}
