import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import SuiwenRPC

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Loads and checks the knowledge, then serves suiwen.v1.QAService and grpc.health.v1.Health.")

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on; 0 takes a free port (printed when bound).")
    var port: Int = 50051

    @Option(help: "The knowledge directory.")
    var knowledge: String = "knowledge"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535; got \(port).") }
    }

    func run() async throws {
        var logger = Logger(label: "suiwen")
        logger.logLevel = .info
        let engine = try loadEngine(knowledge)
        let server = SuiwenServer(engine: engine, configuration: .init(host: host, port: port), logger: logger)
        let group = ServiceGroup(
            configuration: .init(services: [.init(service: server)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                let bound: Int
                do {
                    bound = try await server.listeningPort
                } catch {
                    // The server's own error says why it is not listening; the group rethrows it.
                    try await tasks.waitForAll()
                    throw error
                }
                let stats = engine.knowledge.statistics
                print("Suiwen listening on \(host):\(bound) (knowledge v\(engine.knowledge.version): \(engine.knowledge.entities.count) entities, \(engine.knowledge.facts.count) facts, \(stats.rules) rules)")
                fflush(nil)  // a supervisor reading a pipe waits for this line
                try await tasks.waitForAll()
            }
        } catch let error as SuiwenServer.StartError {
            throw CLIError(Self.sentence(for: error))
        }
        print("Suiwen stopped.")
    }

    /// What to do when the server cannot listen.
    static func sentence(for error: SuiwenServer.StartError) -> String {
        switch error.code {
        case .addressInUse: "\(error.address) is already in use: stop the other server or pass --port"
        case .addressNotAvailable: "\(error.address) is not an address of this machine: pass another --host"
        default: error.message
        }
    }
}
