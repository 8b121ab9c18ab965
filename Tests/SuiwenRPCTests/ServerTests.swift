import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2
import Logging
import ServiceLifecycle
import Testing
import SuiwenEngine
import SuiwenKnowledge
@testable import SuiwenRPC

let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let engine: QAEngine = {
    do {
        return try QAEngine(knowledge: try KnowledgeLoader.load(directory: repositoryRoot.appendingPathComponent("knowledge").path))
    } catch {
        fatalError("knowledge/ does not load: \(error)")
    }
}()

/// Starts the real server on port 0 under a ServiceGroup, runs `body` with a client, then
/// shuts the group down gracefully.
func withServer(
    limits: SuiwenServer.Limits = .init(),
    _ body: @Sendable (GRPCClient<HTTP2ClientTransport.Posix>, ServiceGroup) async throws -> Void
) async throws {
    let server = SuiwenServer(engine: engine, configuration: .init(host: "127.0.0.1", port: 0, limits: limits))
    let group = ServiceGroup(services: [server], logger: Logger(label: "test"))
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        let port = try await server.listeningPort
        #expect(port > 0)
        let transport = try HTTP2ClientTransport.Posix(target: .ipv4(address: "127.0.0.1", port: port), transportSecurity: .plaintext)
        try await withGRPCClient(transport: transport) { client in
            try await body(client, group)
        }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
    }
}

@Suite struct ServerTests {
    @Test func askAndFollowUpThroughContext() async throws {
        try await withServer { client, _ in
            let qa = Suiwen_V1_QAService.Client(wrapping: client)
            let first = try await qa.ask(.with { $0.question = "盧一先是誰?" })
            #expect(first.status == .answered)
            #expect(first.answer.contains("南沙"))
            #expect(!first.context.isEmpty)
            #expect(first.citations.first?.quote.contains("盧一先") == true)
            #expect(first.entities.first?.id == "lu-yixian")
            let second = try await qa.ask(.with { $0.question = "他提到了哪些重點產業?"; $0.context = first.context })
            #expect(second.status == .answered)
            #expect(second.answer.contains("集成電路"))
            #expect(second.entities.contains { $0.match == .context })
        }
    }

    @Test func chatCarriesTheContextAlongTheStream() async throws {
        try await withServer { client, _ in
            let qa = Suiwen_V1_QAService.Client(wrapping: client)
            let replies = try await qa.chat { writer in
                try await writer.write(.with { $0.question = "郭昊羽是誰?" })
                try await writer.write(.with { $0.question = "他說要引進多少家500強央企子公司?" })
            } onResponse: { response in
                var replies: [Suiwen_V1_AskResponse] = []
                for try await message in response.messages { replies.append(message.reply) }
                return replies
            }
            #expect(replies.count == 2)
            #expect(replies[0].answer.contains("越秀"))
            #expect(replies[1].answer.contains("10"))
        }
    }

    @Test func anEmptyQuestionIsInvalidArgument() async throws {
        try await withServer { client, _ in
            let qa = Suiwen_V1_QAService.Client(wrapping: client)
            await #expect {
                _ = try await qa.ask(.with { $0.question = "  " })
            } throws: { error in
                guard let error = error as? RPCError else { return false }
                return error.code == .invalidArgument && error.message.contains("empty")
            }
        }
    }

    @Test func healthIsServingAndUnknownServicesAreNotFound() async throws {
        try await withServer { client, _ in
            let health = Grpc_Health_V1_Health.Client(wrapping: client)
            #expect(try await health.check(.with { $0.service = "" }).status == .serving)
            #expect(try await health.check(.with { $0.service = "suiwen.v1.QAService" }).status == .serving)
            let all = try await health.list(.init())
            #expect(all.statuses["suiwen.v1.QAService"]?.status == .serving)
            await #expect {
                _ = try await health.check(.with { $0.service = "no.such.Service" })
            } throws: { error in (error as? RPCError)?.code == .notFound }
        }
    }

    @Test func gracefulShutdownEndsOpenStreamsAndTurnsHealthNotServing() async throws {
        try await withServer { client, group in
            let health = Grpc_Health_V1_Health.Client(wrapping: client)
            let qa = Suiwen_V1_QAService.Client(wrapping: client)
            // A Watch stream and a Chat stream are open when shutdown begins; both must end.
            // (Shutdown begins once the Watch stream has its first status: on a busy machine that
            // can take longer than any fixed wait, and a stream opened after shutdown began sees
            // only NOT_SERVING.)
            let (firstStatus, firstStatusSeen) = AsyncStream<Void>.makeStream()
            async let watched: [Grpc_Health_V1_HealthCheckResponse.ServingStatus] = health.watch(.with { $0.service = "" }) { response in
                defer { firstStatusSeen.finish() }
                var statuses: [Grpc_Health_V1_HealthCheckResponse.ServingStatus] = []
                for try await message in response.messages {
                    statuses.append(message.status)
                    firstStatusSeen.yield()
                }
                return statuses
            }
            async let chatted: Int = qa.chat { writer in
                try await writer.write(.with { $0.question = "你好" })
                try await Task.sleep(for: .seconds(30))  // the client keeps its side open
            } onResponse: { response in
                var count = 0
                do { for try await _ in response.messages { count += 1 } } catch {}
                return count
            }
            for await _ in firstStatus { break }
            try await Task.sleep(for: .milliseconds(300))
            let started = ContinuousClock.now
            await group.triggerGracefulShutdown()
            let statuses = try await watched
            #expect(statuses.first == .serving)
            #expect(statuses.last == .notServing)
            _ = try? await chatted
            #expect(ContinuousClock.now - started < .seconds(20))
        }
    }
}
