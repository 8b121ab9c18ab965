import Foundation
import SuiwenRPC

/// Suiwen as Model Context Protocol tools, for assistants and agent-based bots: `ask` and
/// `list_topics`. The same endpoint answers over stdio (`suiwen mcp`, a message a line) and over
/// Streamable HTTP at `/mcp` on the HTTP port (stateless: a POST, a reply).
///
/// JSON-RPC 2.0 is spoken here directly: a server with tools and nothing else needs `initialize`,
/// `ping`, `tools/list` and `tools/call`, and notifications taken without a reply. (The MCP SDK
/// did this before; it linked Foundation's HTTP client, libcurl and some thirty libraries into
/// the server for its client side, 6 MiB of every server's memory.)
public struct SuiwenMCP: Sendable {
    /// The protocol versions this endpoint speaks, newest first; a client asking for another
    /// gets the newest (the client then decides whether to go on).
    public static let protocolVersions = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"]

    let answerer: Answerer
    let version: String

    public init(answerer: Answerer, version: String) {
        self.answerer = answerer
        self.version = version
    }

    /// What to do with one body (a message, or a batch of them) as received.
    public enum Reply: Equatable, Sendable {
        /// Notifications and responses only: nothing to send (HTTP: 202 Accepted).
        case none
        /// The response (or the batch of them) to send.
        case message(Data)
        /// Not JSON, or not a JSON-RPC message: the error to send (HTTP: 400).
        case malformed(Data)
    }

    /// The reply to `body`.
    public func reply(to body: Data) -> Reply {
        guard let message = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            return .malformed(Self.encode(Self.error(
                id: .null, code: -32700, "Parse error: the message is not JSON (or holds a number out of range). Send one JSON-RPC 2.0 object, or an array of them.")))
        }
        if case .array(let batch) = message {
            guard !batch.isEmpty else {
                return .malformed(Self.encode(Self.error(id: .null, code: -32600, "Invalid Request: an empty batch.")))
            }
            let replies = batch.compactMap(respond)
            return replies.isEmpty ? .none : .message(Self.encode(.array(replies)))
        }
        guard let response = respond(to: message) else { return .none }
        // (A message that is no request at all, whose id could not be read: the body is refused.)
        if case .object(let fields) = response, fields["id"] == .null, case .object(let error)? = fields["error"], error["code"] == .int(-32600) {
            return .malformed(Self.encode(response))
        }
        return .message(Self.encode(response))
    }

    /// Whether `body` is an `initialize` request (which carries its protocol version in the
    /// body, not in a header).
    public static func isInitialize(_ body: Data) -> Bool {
        guard case .object(let message)? = try? JSONDecoder().decode(JSONValue.self, from: body) else { return false }
        return message["method"] == .string("initialize")
    }

    /// The response to one message; nil for a notification or a response.
    func respond(to message: JSONValue) -> JSONValue? {
        guard case .object(let fields) = message else {
            return Self.error(id: .null, code: -32600, "Invalid Request: a JSON-RPC message is an object.")
        }
        let id = fields["id"]
        guard case .string(let method)? = fields["method"] else {
            // A response to a request of ours (we send none) or nonsense: a response gets none.
            if fields["result"] != nil || fields["error"] != nil { return nil }
            return Self.error(id: id ?? .null, code: -32600, "Invalid Request: `method` is missing.")
        }
        guard let id else { return nil }  // a notification (notifications/initialized, …)
        // (An id is a string or an integer, sent back as it came: not null, a fraction, or an
        // integer too large to come back the same.)
        switch id {
        case .string, .int: break
        default: return Self.error(id: .null, code: -32600, "Invalid Request: `id` must be a string or an integer.")
        }
        guard fields["jsonrpc"] == .string("2.0") else {
            return Self.error(id: id, code: -32600, "Invalid Request: `jsonrpc` must be \"2.0\".")
        }
        guard let params = JSONValue.members(fields["params"]) else {
            return Self.error(id: id, code: -32602, "Invalid params: `params` must be an object.")
        }
        switch method {
        case "initialize":
            return Self.result(id: id, initialize(params))
        case "ping":
            return Self.result(id: id, .object([:]))
        case "tools/list":
            let title = answerer.store.engine.knowledge.source.title
            return Self.result(id: id, .object(["tools": .array([Self.askTool(title: title), Self.listTopicsTool(title: title)])]))
        case "tools/call":
            guard case .string(let name)? = params["name"] else {
                return Self.error(id: id, code: -32602, "Invalid params: `name` is required, the tool to call (ask or list_topics).")
            }
            guard let arguments = JSONValue.members(params["arguments"]) else {
                return Self.error(id: id, code: -32602, "Invalid params: `arguments` must be an object.")
            }
            switch name {
            case "ask": return Self.result(id: id, Self.ask(arguments, answerer: answerer))
            case "list_topics": return Self.result(id: id, Self.listTopics(answerer: answerer))
            default: return Self.error(id: id, code: -32602, "Invalid params: Unknown tool \(name): Suiwen offers ask and list_topics.")
            }
        default:
            return Self.error(id: id, code: -32601, "Method not found: \(method). Suiwen serves initialize, ping, tools/list and tools/call.")
        }
    }

    private func initialize(_ params: [String: JSONValue]) -> JSONValue {
        var version = Self.protocolVersions[0]
        if case .string(let asked)? = params["protocolVersion"], Self.protocolVersions.contains(asked) { version = asked }
        let knowledge = answerer.store.engine.knowledge
        return .object([
            "protocolVersion": .string(version),
            "capabilities": .object(["tools": .object(["listChanged": .bool(false)])]),
            "serverInfo": .object(["name": .string("suiwen"), "title": .string("Suiwen 穗問"), "version": .string(self.version)]),
            "instructions": .string("""
                Answers questions about one document, \(knowledge.source.title), from its knowledge \
                graph, each answer with the sentence of the document it rests on. \
                只回答這篇文章的內容,每個答案附原文出處。
                """),
        ])
    }

    static func result(id: JSONValue, _ result: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "id": id, "result": result])
    }

    static func error(id: JSONValue, code: Int, _ message: String) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "id": id, "error": .object(["code": .int(code), "message": .string(message)])])
    }

    /// One line of JSON (no newline inside: stdio frames a message a line).
    static func encode(_ value: JSONValue) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"Internal error: the reply could not be written."}}"#.utf8)
    }

    // MARK: ask

    static func askTool(title: String) -> JSONValue {
        tool(
            name: "ask",
            title: "Ask Suiwen / 問穗問",
            description: """
                Ask a question, in Chinese (Traditional or Simplified, Cantonese works too), about \
                the document "\(title)": its officials, districts, departments, programs, industries, \
                targets and figures. Call it whenever the user asks about that document; quote the \
                returned citation (the source sentence and its line) with the answer, and never add \
                facts the answer does not contain. For a follow-up question pass the previous \
                result's `context`. status NO_ANSWER means the document does not say; CLARIFY means \
                the question was ambiguous: offer the `suggestions`.
                用中文提問關於《\(title)》的問題(人物、區、部門、項目、產業、目標、數字)。回答時必須\
                引用返回的原文句子和行號,不要補充答案以外的內容;追問時把上一個結果的 context 傳回。
                """,
            inputSchema: .object([
                "type": .string("object"),
                "properties": .object([
                    "question": .object([
                        "type": .string("string"),
                        "description": .string("The question, in Chinese, e.g. 南沙的產業重點? / 广州市长是谁?"),
                    ]),
                    "context": .object([
                        "type": .string("string"),
                        "description": .string("The `context` of the previous answer, for a follow-up (他/那裡/還有呢). Omit for a new conversation."),
                    ]),
                ]),
                "required": .array([.string("question")]),
                "additionalProperties": .bool(false),
            ]),
            annotations: .object(["title": .string("Ask Suiwen"), "readOnlyHint": .bool(true), "openWorldHint": .bool(false)]),
            outputSchema: .object([
                "type": .string("object"),
                "properties": .object([
                    "answer": .object(["type": .string("string")]),
                    "status": .object([
                        "type": .string("string"),
                        "enum": .array([.string("ANSWERED"), .string("CLARIFY"), .string("NO_ANSWER")]),
                    ]),
                    "confidence": .object(["type": .string("number")]),
                    "citations": .object([
                        "type": .string("array"),
                        "items": .object([
                            "type": .string("object"),
                            "properties": .object([
                                "source": .object(["type": .string("string")]),
                                "quote": .object(["type": .string("string")]),
                                "line": .object(["type": .string("integer")]),
                            ]),
                            "required": .array([.string("quote"), .string("line")]),
                        ]),
                    ]),
                    "suggestions": .object(["type": .string("array"), "items": .object(["type": .string("string")])]),
                    "context": .object(["type": .string("string")]),
                    "intent": .object(["type": .string("string")]),
                ]),
                "required": .array([.string("answer"), .string("status"), .string("citations"), .string("context")]),
            ]))
    }

    static func ask(_ arguments: [String: JSONValue], answerer: Answerer) -> JSONValue {
        guard case .string(let question)? = arguments["question"] else {
            return failure("`question` is required: the question to ask, as a string (e.g. 南沙的產業重點?).")
        }
        var context = ""
        switch arguments["context"] {
        case .string(let token)?: context = token
        case nil, .null?: break
        default: return failure("`context` must be a string: the `context` of the previous answer.")
        }
        let reply: Suiwen_V1_AskResponse
        do {
            reply = try answerer.answer(question, context: context, method: "mcp.ask")
        } catch {
            return failure(error.message)
        }
        let status = switch reply.status {
        case .answered: "ANSWERED"
        case .clarify: "CLARIFY"
        case .noAnswer: "NO_ANSWER"
        default: "UNSPECIFIED"
        }
        var text = reply.answer
        for citation in reply.citations {
            text += "\n\n> \(citation.quote)\n— \(citation.source), line \(citation.line)"
        }
        if !reply.suggestions.isEmpty {
            text += "\n\n" + reply.suggestions.map { "- \($0)" }.joined(separator: "\n")
        }
        let structured: JSONValue = .object([
            "answer": .string(reply.answer),
            "status": .string(status),
            "confidence": .double((Double(reply.confidence) * 1000).rounded() / 1000),
            "citations": .array(reply.citations.map { citation in
                .object([
                    "source": .string(citation.source),
                    "quote": .string(citation.quote),
                    "line": .int(Int(citation.line)),
                ])
            }),
            "suggestions": .array(reply.suggestions.map { .string($0) }),
            "context": .string(reply.context),
            "intent": .string(reply.intent),
        ])
        return toolResult(text, structured: structured)
    }

    // MARK: list_topics

    static func listTopicsTool(title: String) -> JSONValue {
        tool(
            name: "list_topics",
            title: "What Suiwen knows / 穗問知道什麼",
            description: """
                Lists what Suiwen can answer about "\(title)": the people, districts, organizations, \
                programs and other topics of its knowledge graph, by type. Call it to decide whether a \
                question is in scope or to suggest questions; then use `ask`.
                列出穗問能回答的人物、區、機構、項目等主題。
                """,
            inputSchema: .object(["type": .string("object"), "properties": .object([:]), "additionalProperties": .bool(false)]),
            annotations: .object(["title": .string("List topics"), "readOnlyHint": .bool(true), "openWorldHint": .bool(false)]),
            outputSchema: .object([
                "type": .string("object"),
                "properties": .object([
                    "document": .object(["type": .string("string")]),
                    "topics": .object([
                        "type": .string("object"),
                        "additionalProperties": .object(["type": .string("array"), "items": .object(["type": .string("string")])]),
                    ]),
                    "suggestions": .object(["type": .string("array"), "items": .object(["type": .string("string")])]),
                ]),
                "required": .array([.string("document"), .string("topics")]),
            ]))
    }

    static func listTopics(answerer: Answerer) -> JSONValue {
        let knowledge = answerer.store.engine.knowledge
        var byType: [String: [String]] = [:]
        for entity in knowledge.entities {
            byType[entity.type, default: []].append(entity.name)
        }
        let types = byType.keys.sorted()
        var text = "《\(knowledge.source.title)》"
        for type in types {
            text += "\n\(type): " + byType[type]!.joined(separator: "、")
        }
        if !knowledge.suggestions.isEmpty {
            text += "\n\n" + knowledge.suggestions.map { "- \($0)" }.joined(separator: "\n")
        }
        let structured: JSONValue = .object([
            "document": .string(knowledge.source.title),
            "topics": .object(byType.mapValues { names in .array(names.map { .string($0) }) }),
            "suggestions": .array(knowledge.suggestions.map { .string($0) }),
        ])
        return toolResult(text, structured: structured)
    }

    /// A tool call the tool itself refuses: the model sees why and can correct it.
    private static func failure(_ message: String) -> JSONValue {
        toolResult(message, structured: nil, isError: true)
    }

    /// A `tools/call` result: the text for the model, the structured form for programs.
    private static func toolResult(_ text: String, structured: JSONValue?, isError: Bool = false) -> JSONValue {
        var result: [String: JSONValue] = [
            "content": .array([.object(["type": .string("text"), "text": .string(text)])]),
            "isError": .bool(isError),
        ]
        if let structured { result["structuredContent"] = structured }
        return .object(result)
    }

    private static func tool(
        name: String, title: String, description: String, inputSchema: JSONValue, annotations: JSONValue, outputSchema: JSONValue
    ) -> JSONValue {
        .object([
            "name": .string(name), "title": .string(title), "description": .string(description),
            "inputSchema": inputSchema, "outputSchema": outputSchema, "annotations": annotations,
        ])
    }
}
