import Foundation
import GRPCCore
import MCP
import SuiwenRPC

/// Suiwen as Model Context Protocol tools, for assistants and agent-based bots: `ask` and
/// `list_topics`. The same server definition runs over stdio (`suiwen mcp`) and over
/// Streamable HTTP at `/mcp` on the HTTP port.
public enum SuiwenMCP {
    /// An MCP server whose tools answer through `answerer`.
    public static func makeServer(answerer: Answerer, version: String) async -> Server {
        let knowledge = answerer.store.engine.knowledge
        let server = Server(
            name: "suiwen",
            version: version,
            title: "Suiwen 穗問",
            instructions: """
                Answers questions about one document, \(knowledge.source.title), from its knowledge \
                graph, each answer with the sentence of the document it rests on. \
                只回答這篇文章的內容,每個答案附原文出處。
                """,
            capabilities: .init(tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in
            ListTools.Result(tools: [askTool(title: knowledge.source.title), listTopicsTool(title: knowledge.source.title)])
        }
        await server.withMethodHandler(CallTool.self) { params in
            switch params.name {
            case "ask": return ask(params.arguments ?? [:], answerer: answerer)
            case "list_topics": return listTopics(answerer: answerer)
            default:
                throw MCPError.invalidParams("Unknown tool \(params.name): Suiwen offers ask and list_topics.")
            }
        }
        return server
    }

    // MARK: ask

    static func askTool(title: String) -> Tool {
        Tool(
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
            annotations: .init(title: "Ask Suiwen", readOnlyHint: true, openWorldHint: false),
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

    static func ask(_ arguments: [String: Value], answerer: Answerer) -> CallTool.Result {
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
        let structured: Value? = .object([
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
        return CallTool.Result(content: [.text(text)], structuredContent: structured, isError: false)
    }

    // MARK: list_topics

    static func listTopicsTool(title: String) -> Tool {
        Tool(
            name: "list_topics",
            title: "What Suiwen knows / 穗問知道什麼",
            description: """
                Lists what Suiwen can answer about "\(title)": the people, districts, organizations, \
                programs and other topics of its knowledge graph, by type. Call it to decide whether a \
                question is in scope or to suggest questions; then use `ask`.
                列出穗問能回答的人物、區、機構、項目等主題。
                """,
            inputSchema: .object(["type": .string("object"), "properties": .object([:]), "additionalProperties": .bool(false)]),
            annotations: .init(title: "List topics", readOnlyHint: true, openWorldHint: false),
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

    static func listTopics(answerer: Answerer) -> CallTool.Result {
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
        let structured: Value? = .object([
            "document": .string(knowledge.source.title),
            "topics": .object(byType.mapValues { names in .array(names.map { .string($0) }) }),
            "suggestions": .array(knowledge.suggestions.map { .string($0) }),
        ])
        return CallTool.Result(content: [.text(text)], structuredContent: structured, isError: false)
    }

    /// A tool call the tool itself refuses: the model sees why and can correct it.
    private static func failure(_ message: String) -> CallTool.Result {
        CallTool.Result(content: [.text(message)], isError: true)
    }
}
