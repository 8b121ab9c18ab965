import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging
import Prometheus
import ServiceLifecycle
import SuiwenEngine
import SuiwenKnowledge
import SuiwenRPC
import Testing
@testable import SuiwenHTTP

let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let engine: QAEngine = {
    do {
        return try QAEngine(knowledge: try KnowledgeLoader.load(directory: repositoryRoot.appendingPathComponent("knowledge").path))
    } catch {
        fatalError("knowledge/ does not load: \(error)")
    }
}()

/// A reply over HTTP: status, headers (lowercased names) and body.
struct HTTPReply {
    var status: Int
    var headers: [String: String]
    var body: Data
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// The HTTP port on port 0 with the real engine; `body` gets a function that sends requests.
func withHTTPServer(
    allowedOrigins: [String] = [],
    _ body: @Sendable (_ send: @Sendable (String, String, [String: String], Data?) async throws -> HTTPReply) async throws -> Void
) async throws {
    let store = EngineStore(engine)
    let health = HealthService()
    health.registry.set("", .serving)
    let server = SuiwenHTTPServer(
        answerer: Answerer(store: store), health: health,
        configuration: .init(host: "127.0.0.1", port: 0, allowedOrigins: allowedOrigins, maxRequestBytes: 4096, metrics: PrometheusCollectorRegistry()))
    let group = ServiceGroup(services: [server], logger: Logger(label: "test"))
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        let port = try await server.listeningPort
        let send: @Sendable (String, String, [String: String], Data?) async throws -> HTTPReply = { method, path, headers, payload in
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            request.httpMethod = method
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            request.httpBody = payload
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = response as! HTTPURLResponse
            var lowered: [String: String] = [:]
            for (name, value) in http.allHeaderFields { lowered["\(name)".lowercased()] = "\(value)" }
            return HTTPReply(status: http.statusCode, headers: lowered, body: data)
        }
        try await body(send)
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
    }
}

let json = ["Content-Type": "application/json"]

@Suite struct ConnectTests {
    @Test func askInJSONAndFollowUpWithTheContext() async throws {
        try await withHTTPServer { send in
            let first = try await send("POST", "/suiwen.v1.QAService/Ask", json, Data(#"{"question":"南沙的產業重點?"}"#.utf8))
            #expect(first.status == 200)
            #expect(first.headers["content-type"] == "application/json")
            #expect(first.json["status"] as? String == "ANSWER_STATUS_ANSWERED")
            #expect((first.json["answer"] as? String)?.contains("集成電路") == true)
            let citations = first.json["citations"] as? [[String: Any]]
            #expect((citations?.first?["line"] as? Int ?? 0) > 0)
            let context = try #require(first.json["context"] as? String)
            let payload = try JSONSerialization.data(withJSONObject: ["question": "那裡的書記是誰?", "context": context])
            let second = try await send("POST", "/suiwen.v1.QAService/Ask", json.merging(["Connect-Protocol-Version": "1"]) { $1 }, payload)
            #expect((second.json["answer"] as? String)?.contains("盧一先") == true)
        }
    }

    @Test func errorsAreConnectErrorsWithTheirHTTPStatus() async throws {
        try await withHTTPServer { send in
            let cases: [(String, String, [String: String], Data?, Int, String)] = [
                ("POST", "/suiwen.v1.QAService/Ask", json, Data(#"{"question":" "}"#.utf8), 400, "invalid_argument"),
                ("POST", "/suiwen.v1.QAService/Ask", json, Data(#"{"question":"\#(String(repeating: "問", count: 501))"}"#.utf8), 400, "invalid_argument"),
                ("POST", "/suiwen.v1.QAService/Ask", json, Data("{not json".utf8), 400, "invalid_argument"),
                ("POST", "/suiwen.v1.QAService/Ask", ["Content-Type": "text/plain"], Data("南沙".utf8), 415, "unimplemented"),
                ("POST", "/suiwen.v1.QAService/Ask", json, Data(repeating: 0x20, count: 5000), 413, "resource_exhausted"),
                ("POST", "/suiwen.v1.QAService/Ask", json.merging(["Connect-Protocol-Version": "2"]) { $1 }, Data(#"{"question":"南沙"}"#.utf8), 400, "invalid_argument"),
                ("GET", "/suiwen.v1.QAService/Ask", [:], nil, 405, "unimplemented"),
                ("POST", "/suiwen.v1.QAService/Chat", json, Data("{}".utf8), 404, "unimplemented"),
                ("GET", "/no/such/path", [:], nil, 404, "unimplemented"),
            ]
            for (method, path, headers, payload, status, code) in cases {
                let reply = try await send(method, path, headers, payload)
                #expect(reply.status == status, "\(method) \(path) \(headers)")
                #expect(reply.json["code"] as? String == code, "\(method) \(path): \(reply.text)")
                #expect((reply.json["message"] as? String ?? "").count > 20, "\(method) \(path): \(reply.text)")
            }
        }
    }

    @Test func corsOnlyForTheConfiguredOrigins() async throws {
        try await withHTTPServer(allowedOrigins: ["https://bots.example"]) { send in
            let preflight = try await send("OPTIONS", "/suiwen.v1.QAService/Ask", ["Origin": "https://bots.example", "Access-Control-Request-Method": "POST"], nil)
            #expect(preflight.status == 204)
            #expect(preflight.headers["access-control-allow-origin"] == "https://bots.example")
            #expect(preflight.headers["access-control-allow-headers"]?.contains("Connect-Protocol-Version") == true)
            let other = try await send("POST", "/suiwen.v1.QAService/Ask", json.merging(["Origin": "https://evil.example"]) { $1 }, Data(#"{"question":"南沙"}"#.utf8))
            #expect(other.headers["access-control-allow-origin"] == nil)
        }
    }

    @Test func thePageTheHealthAndTheMetrics() async throws {
        try await withHTTPServer { send in
            let page = try await send("GET", "/", [:], nil)
            #expect(page.status == 200)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("<form"))
            #expect(try await send("GET", "/healthz", [:], nil).text == "SERVING\n")
            // The test process has no metrics backend bootstrapped, so /metrics is the registry's
            // own (empty) text: it must answer, as Prometheus text.
            let metrics = try await send("GET", "/metrics", [:], nil)
            #expect(metrics.status == 200)
            #expect(metrics.headers["content-type"]?.hasPrefix("text/plain") == true)
        }
    }
}

@Suite struct MCPTests {
    let mcpHeaders = ["Content-Type": "application/json", "Accept": "application/json, text/event-stream"]

    @Test func initializeListAndCallOverHTTP() async throws {
        try await withHTTPServer { send in
            let initialize = try await send("POST", "/mcp", mcpHeaders, Data(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}"#.utf8))
            #expect(initialize.status == 200)
            let serverInfo = (initialize.json["result"] as? [String: Any])?["serverInfo"] as? [String: Any]
            #expect(serverInfo?["name"] as? String == "suiwen")

            let list = try await send("POST", "/mcp", mcpHeaders, Data(#"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#.utf8))
            let tools = ((list.json["result"] as? [String: Any])?["tools"] as? [[String: Any]]) ?? []
            #expect(Set(tools.compactMap { $0["name"] as? String }) == ["ask", "list_topics"])
            #expect(tools.allSatisfy { $0["outputSchema"] != nil })

            let call = try await send("POST", "/mcp", mcpHeaders, Data(#"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"ask","arguments":{"question":"广州市长是谁?"}}}"#.utf8))
            let result = try #require(call.json["result"] as? [String: Any])
            let structured = try #require(result["structuredContent"] as? [String: Any])
            #expect(structured["status"] as? String == "ANSWERED")
            #expect((structured["answer"] as? String)?.contains("郭永航") == true)
            #expect(((structured["citations"] as? [[String: Any]])?.first?["line"] as? Int ?? 0) > 0)

            let missing = try await send("POST", "/mcp", mcpHeaders, Data(#"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"ask","arguments":{}}}"#.utf8))
            #expect((missing.json["result"] as? [String: Any])?["isError"] as? Bool == true)
        }
    }

    @Test func aForeignOriginIsRefused() async throws {
        try await withHTTPServer { send in
            let reply = try await send("POST", "/mcp", mcpHeaders.merging(["Origin": "https://evil.example"]) { $1 }, Data(#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#.utf8))
            #expect(reply.status == 403)
        }
    }
}
