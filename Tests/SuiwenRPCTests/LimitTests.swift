import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2
import Synchronization
import Testing
@testable import SuiwenRPC

final class Answered: Sendable {
    let count = Mutex(0)
}

/// The limits a client meets, each with its status and a sentence.
@Suite struct LimitTests {
    @Test func aChatStreamEndsAfterItsTurns() async throws {
        var limits = SuiwenServer.Limits()
        limits.maxChatTurns = 2
        try await withServer(limits: limits) { client, _ in
            let qa = Suiwen_V1_QAService.Client(wrapping: client)
            let answered = Answered()
            await #expect {
                try await qa.chat { writer in
                    for _ in 0..<3 { try await writer.write(.with { $0.question = "南沙的產業重點?" }) }
                } onResponse: { response in
                    for try await _ in response.messages { answered.count.withLock { $0 += 1 } }
                }
            } throws: { error in
                guard let error = error as? RPCError else { return false }
                return error.code == .resourceExhausted && error.message.contains("2 questions")
            }
            #expect(answered.count.withLock { $0 } == 2)
        }
    }

    @Test func aSilentChatStreamIsClosed() async throws {
        var limits = SuiwenServer.Limits()
        limits.maxChatIdle = .milliseconds(300)
        try await withServer(limits: limits) { client, _ in
            let qa = Suiwen_V1_QAService.Client(wrapping: client)
            let started = ContinuousClock.now
            await #expect {
                try await qa.chat { writer in
                    try await writer.write(.with { $0.question = "南沙的產業重點?" })
                    try await Task.sleep(for: .seconds(5))  // says nothing more
                } onResponse: { response in
                    for try await _ in response.messages {}
                }
            } throws: { error in
                guard let error = error as? RPCError else { return false }
                return error.code == .deadlineExceeded && error.message.contains("no question")
            }
            #expect(ContinuousClock.now - started < .seconds(4))
        }
    }

    @Test func anOversizedRequestIsRefused() async throws {
        var limits = SuiwenServer.Limits()
        limits.maxRequestBytes = 1024
        try await withServer(limits: limits) { client, _ in
            let qa = Suiwen_V1_QAService.Client(wrapping: client)
            await #expect(throws: RPCError.self) {
                _ = try await qa.ask(.with { $0.question = "南沙"; $0.context = String(repeating: "x", count: 4096) })
            }
            // The connection keeps serving.
            let after = try await qa.ask(.with { $0.question = "南沙的產業重點?" })
            #expect(after.status == .answered)
        }
    }

    @Test func aCorruptContextTokenIsIgnoredAndSaid() async throws {
        try await withServer { client, _ in
            let qa = Suiwen_V1_QAService.Client(wrapping: client)
            let first = try await qa.ask(.with { $0.question = "盧一先是誰?" })
            #expect(first.knowledgeVersion == Int32(engine.knowledge.version))
            #expect(!first.explanation.notes.contains(Answerer.ignoredContextNote))
            let cut = String(first.context.dropLast(4))  // whole base64 digits: still decodes, checksum fails
            for token in ["garbage", "v9." + first.context.dropFirst(3), first.context + "!!", "v2.\u{0}\u{1}", cut, "v1" + first.context.dropFirst(2)] {
                let reply = try await qa.ask(.with { $0.question = "他提到了哪些重點產業?"; $0.context = token })
                #expect(reply.explanation.notes.contains(Answerer.ignoredContextNote), "token \(token)")
                #expect(!reply.entities.contains { $0.match == .context }, "token \(token)")
            }
        }
    }
}
