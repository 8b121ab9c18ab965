import GRPCCore
import GRPCNIOTransportHTTP2
import Logging
import ServiceLifecycle
import SuiwenEngine
import SuiwenKnowledge

/// The Suiwen gRPC server as a swift-service-lifecycle `Service`: QA and health on one port.
/// On graceful shutdown (SIGINT, SIGTERM) health turns NOT_SERVING, open Chat and Watch
/// streams end, and the server stops once in-flight calls finish.
public final class SuiwenServer: Service, Sendable {
    public struct Configuration: Sendable {
        public var host: String
        /// 0 takes a free port; read `listeningPort` for the one bound.
        public var port: Int

        public init(host: String = "127.0.0.1", port: Int = 50051) {
            self.host = host
            self.port = port
        }
    }

    public static let qaServiceName = "suiwen.v1.QAService"
    public static let healthServiceName = "grpc.health.v1.Health"

    public let store: EngineStore
    /// What the QA service answers with; the HTTP port shares it.
    public let answerer: Answerer
    public let health: HealthService
    private let transport: HTTP2ServerTransport.Posix
    private let server: GRPCServer<HTTP2ServerTransport.Posix>
    private let logger: Logger
    private let address: String

    public init(
        engine: QAEngine, configuration: Configuration = .init(), observation: Answerer.Observation = .init(),
        logger: Logger = Logger(label: "suiwen.server")
    ) {
        self.store = EngineStore(engine)
        self.answerer = Answerer(store: store, observation: observation)
        self.health = HealthService()
        self.logger = logger
        self.address = "\(configuration.host):\(configuration.port)"
        self.transport = HTTP2ServerTransport.Posix(
            address: .ipv4(host: configuration.host, port: configuration.port),
            transportSecurity: .plaintext)
        let served = [Self.qaServiceName, Self.healthServiceName] + ReflectionService.serviceNames
        // The descriptors are built into the binary: failing to read them is a build defect.
        let reflection = try! ReflectionService(services: served)
        self.server = GRPCServer(transport: transport, services: [QAService(answerer: answerer), health, reflection])
    }

    /// The port the server listens on, once it is bound.
    public var listeningPort: Int {
        get async throws {
            let address = try await transport.listeningAddress
            if let ipv4 = address.ipv4 { return ipv4.port }
            if let ipv6 = address.ipv6 { return ipv6.port }
            throw RPCError(code: .internalError, message: "The server is not listening on an IP address.")
        }
    }

    /// Serves until graceful shutdown. Throws `StartError` when the address cannot be bound.
    public func run() async throws {
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask {
                do {
                    try await withGracefulShutdownHandler {
                        try await self.server.serve()
                    } onGracefulShutdown: {
                        self.logger.info("shutting down: health is NOT_SERVING, open streams end")
                        self.health.registry.setAll(.notServing)
                        self.server.beginGracefulShutdown()
                    }
                } catch {
                    throw StartError(error, address: self.address) ?? error
                }
            }
            // When the address cannot be bound the task above throws why; not this wait.
            guard (try? await transport.listeningAddress) != nil else { return }
            health.registry.set("", .serving)
            health.registry.set(Self.qaServiceName, .serving)
        }
    }
}
