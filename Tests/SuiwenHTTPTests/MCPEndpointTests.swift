import Foundation
import SuiwenRPC
import Testing
@testable import SuiwenHTTP

/// The JSON-RPC of `SuiwenMCP`, message by message, without a transport.
@Suite struct MCPEndpointTests {
    let endpoint = SuiwenMCP(answerer: Answerer(store: EngineStore(engine)), version: "test")

    func reply(_ json: String) -> SuiwenMCP.Reply { endpoint.reply(to: Data(json.utf8)) }

    func object(_ reply: SuiwenMCP.Reply) -> [String: Any] {
        guard case .message(let data) = reply else { return [:] }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    @Test func initializeNegotiatesTheProtocolVersion() {
        let known = object(reply(#"{"jsonrpc":"2.0","id":"a","method":"initialize","params":{"protocolVersion":"2025-03-26","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#))
        #expect(known["id"] as? String == "a")
        let result = known["result"] as? [String: Any]
        #expect(result?["protocolVersion"] as? String == "2025-03-26")
        #expect((result?["serverInfo"] as? [String: Any])?["name"] as? String == "suiwen")
        #expect((result?["capabilities"] as? [String: Any])?["tools"] != nil)
        let unknown = object(reply(#"{"jsonrpc":"2.0","id":7,"method":"initialize","params":{"protocolVersion":"1999-01-01"}}"#))
        #expect((unknown["result"] as? [String: Any])?["protocolVersion"] as? String == SuiwenMCP.protocolVersions[0])
        #expect(unknown["id"] as? Int == 7)
    }

    @Test func notificationsAndResponsesGetNoReply() {
        #expect(reply(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#) == .none)
        #expect(reply(#"{"jsonrpc":"2.0","id":3,"result":{}}"#) == .none)
    }

    @Test func errorsCarryJSONRPCCodes() {
        guard case .malformed(let data) = reply(#"{"jsonrpc":"#) else {
            Issue.record("malformed JSON was not reported as such")
            return
        }
        let parse = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        #expect((parse?["error"] as? [String: Any])?["code"] as? Int == -32700)
        let method = object(reply(#"{"jsonrpc":"2.0","id":1,"method":"server/discover"}"#))
        #expect((method["error"] as? [String: Any])?["code"] as? Int == -32601)
        let tool = object(reply(#"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"nope"}}"#))
        let toolError = tool["error"] as? [String: Any]
        #expect(toolError?["code"] as? Int == -32602)
        #expect((toolError?["message"] as? String)?.contains("nope") == true)
        let params = object(reply(#"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":[1]}"#))
        #expect((params["error"] as? [String: Any])?["code"] as? Int == -32602)
        let version = object(reply(#"{"jsonrpc":"1.0","id":4,"method":"ping"}"#))
        #expect((version["error"] as? [String: Any])?["code"] as? Int == -32600)
    }

    @Test func aBatchIsAnsweredAsABatch() throws {
        guard case .message(let data) = reply(#"[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/initialized"},{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"ask","arguments":{"question":"廣州市長是誰?"}}}]"#) else {
            Issue.record("a batch got no reply")
            return
        }
        let replies = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(replies.map { $0["id"] as? Int } == [1, 2])
        let structured = (replies[1]["result"] as? [String: Any])?["structuredContent"] as? [String: Any]
        #expect(structured?["status"] as? String == "ANSWERED")
        #expect((structured?["answer"] as? String)?.contains("郭永航") == true)
    }

    @Test func repliesAreOneLine() {
        guard case .message(let data) = reply(#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#) else {
            Issue.record("tools/list got no reply")
            return
        }
        #expect(!data.contains(UInt8(ascii: "\n")))
    }
}

extension MCPEndpointTests {
    @Test func idsAreStringsOrIntegersAndNoRequestIsRefused() {
        for body in [#"{"jsonrpc":"2.0","id":null,"method":"ping"}"#, #"{"jsonrpc":"2.0","id":1.5,"method":"ping"}"#, #"{"jsonrpc":"2.0","id":{},"method":"ping"}"#, "5", "{}", "[]"] {
            guard case .malformed = reply(body) else {
                Issue.record("\(body) was not refused")
                continue
            }
        }
        #expect(object(reply(#"{"jsonrpc":"2.0","id":"x-1","method":"ping"}"#))["id"] as? String == "x-1")
    }
}
