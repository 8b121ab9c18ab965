import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2
import Logging
import SwiftProtobuf
import Testing
@testable import SuiwenRPC

/// Reflection, the unanswered-question log and reload: what operators rely on.
@Suite struct OperatorTests {
    @Test func reflectionListsTheServicesAndServesTheirFiles() async throws {
        try await withServer { client, _ in
            let reflection = Grpc_Reflection_V1_ServerReflection.Client(wrapping: client)
            let responses = try await reflection.serverReflectionInfo { writer in
                try await writer.write(.with { $0.listServices = "" })
                try await writer.write(.with { $0.fileContainingSymbol = "suiwen.v1.QAService" })
                try await writer.write(.with { $0.fileContainingSymbol = "suiwen.v1.AskResponse" })
                try await writer.write(.with { $0.fileByFilename = "grpc/health/v1/health.proto" })
                try await writer.write(.with { $0.fileContainingSymbol = "suiwen.v1.NoSuchThing" })
            } onResponse: { response in
                var all: [Grpc_Reflection_V1_ServerReflectionResponse] = []
                for try await message in response.messages { all.append(message) }
                return all
            }
            #expect(responses.count == 5)
            let services = Set(responses[0].listServicesResponse.service.map(\.name))
            #expect(services == [
                "suiwen.v1.QAService", "grpc.health.v1.Health",
                "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection",
            ])
            for index in [1, 2] {
                let files = try responses[index].fileDescriptorResponse.fileDescriptorProto.map {
                    try Google_Protobuf_FileDescriptorProto(serializedBytes: $0)
                }
                #expect(files.first?.name == "suiwen/v1/qa.proto")
                #expect(files.first?.service.first?.method.map(\.name) == ["Ask", "Chat"])
            }
            let health = try Google_Protobuf_FileDescriptorProto(
                serializedBytes: responses[3].fileDescriptorResponse.fileDescriptorProto.first ?? Data())
            #expect(health.package == "grpc.health.v1")
            #expect(responses[4].errorResponse.errorCode == Int32(RPCError.Code.notFound.rawValue))
            #expect(responses[4].errorResponse.errorMessage.contains("NoSuchThing"))
        }
    }

    @Test func unansweredAndClarifiedQuestionsAreLogged() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("misses-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let log = try MissLog(path: path)
        let answerer = Answerer(store: EngineStore(engine), observation: .init(misses: log))
        _ = try answerer.answer("南沙的產業重點?", context: "", method: "Ask")
        _ = try answerer.answer("今天天氣如何?", context: "", method: "Ask")
        _ = try answerer.answer("南沙的GDP是多少?", context: "", method: "Ask")
        #expect(throws: RPCError.self) { _ = try answerer.answer("", context: "", method: "Ask") }
        let (entries, unreadable) = try MissLog.read(path: path)
        #expect(unreadable == 0)
        #expect(entries.count == 2)
        #expect(entries.allSatisfy { $0.status == "no_answer" && $0.method == "Ask" && $0.knowledgeVersion == engine.knowledge.version })
        #expect(entries[1].entities == ["nansha"])
        // Appending to an existing log keeps what is there.
        let reopened = try MissLog(path: path)
        _ = try Answerer(store: EngineStore(engine), observation: .init(misses: reopened)).answer("今天天氣如何?", context: "", method: "Chat")
        #expect(try MissLog.read(path: path).entries.count == 3)
    }

    @Test func aMissLogThatCannotBeCreatedSaysWhere() {
        #expect(throws: MissLog.OpenError.self) { try MissLog(path: "/nonexistent-directory/misses.jsonl") }
    }

    @Test func anInvalidReloadKeepsTheOldKnowledge() throws {
        let store = EngineStore(engine)
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: broken) }
        try "version: [not a number\n".write(to: broken.appendingPathComponent("manifest.yaml"), atomically: true, encoding: .utf8)
        let rejected = KnowledgeReloader(directory: broken.path, store: store, logger: Logger(label: "test"))
        #expect(rejected.reload() == false)
        #expect(try store.engine.answer("南沙的產業重點?", context: "").status == .answered)

        let valid = KnowledgeReloader(directory: repositoryRoot.appendingPathComponent("knowledge").path, store: store, logger: Logger(label: "test"))
        #expect(valid.reload() == true)
        #expect(try store.engine.answer("南沙的產業重點?", context: "").status == .answered)
    }
}
