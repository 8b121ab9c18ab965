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
        public var limits: Limits
        /// Serve TLS with this certificate chain and key (PEM files); plaintext when nil.
        public var tls: TLSFiles?
        /// Replies kept for questions asked again with the same context (0: none); see `ReplyCache`.
        public var replyCacheEntries: Int

        public init(
            host: String = "127.0.0.1", port: Int = 50051, limits: Limits = .init(), tls: TLSFiles? = nil,
            replyCacheEntries: Int = Configuration.defaultReplyCacheEntries
        ) {
            self.host = host
            self.port = port
            self.limits = limits
            self.tls = tls
            self.replyCacheEntries = replyCacheEntries
        }

        /// A few hundred kilobytes at most: the head of an FAQ's or a bot's questions.
        public static let defaultReplyCacheEntries = 512
    }

    /// What one client may take of the server. Past each: a gRPC status with a sentence, or
    /// (for the transport's own limits) what HTTP/2 does: see the README's table.
    public struct Limits: Sendable, Hashable {
        /// A request message larger than this is refused with RESOURCE_EXHAUSTED.
        public var maxRequestBytes = 64 * 1024
        /// Streams one connection may have open at once (HTTP/2 SETTINGS_MAX_CONCURRENT_STREAMS).
        public var maxConcurrentStreams = 128
        /// A connection with no open stream for this long is closed (GOAWAY).
        public var maxConnectionIdle: Duration = .seconds(300)
        /// The server pings a connection quiet for this long, and closes it if the ping is not
        /// answered within `keepaliveTimeout`.
        public var keepaliveInterval: Duration = .seconds(60)
        public var keepaliveTimeout: Duration = .seconds(20)
        /// Questions on one Chat stream; past it, RESOURCE_EXHAUSTED.
        public var maxChatTurns = 1000
        /// A Chat stream that sends nothing for this long ends with DEADLINE_EXCEEDED.
        public var maxChatIdle: Duration = .seconds(300)
        /// On shutdown (and on a connection closed for idleness or a failed keepalive), calls
        /// get this long to finish before the connection is closed under them: a client that
        /// never reads, never half-closes or never answers a PING cannot hold the server open.
        public var gracePeriod: Duration = .seconds(10)

        public init() {}
    }

    /// PEM files of a TLS certificate chain and its private key.
    public struct TLSFiles: Sendable, Hashable {
        public var certificateChain: String
        public var privateKey: String

        public init(certificateChain: String, privateKey: String) {
            self.certificateChain = certificateChain
            self.privateKey = privateKey
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
        self.store = EngineStore(engine, replyCacheEntries: configuration.replyCacheEntries)
        self.answerer = Answerer(store: store, observation: observation)
        self.health = HealthService()
        self.logger = logger
        self.address = "\(configuration.host):\(configuration.port)"
        let security: HTTP2ServerTransport.Posix.TransportSecurity =
            if let tls = configuration.tls {
                .tls(certificateChain: [.file(path: tls.certificateChain, format: .pem)], privateKey: .file(path: tls.privateKey, format: .pem))
            } else {
                .plaintext
            }
        let limits = configuration.limits
        self.transport = HTTP2ServerTransport.Posix(
            address: .ipv4(host: configuration.host, port: configuration.port),
            transportSecurity: security,
            config: .defaults { config in
                config.rpc.maxRequestPayloadSize = limits.maxRequestBytes
                config.http2.maxConcurrentStreams = limits.maxConcurrentStreams
                config.connection.maxIdleTime = limits.maxConnectionIdle
                config.connection.maxGraceTime = limits.gracePeriod
                config.connection.keepalive.time = limits.keepaliveInterval
                config.connection.keepalive.timeout = limits.keepaliveTimeout
                // Clients may ping every 10 s, even between calls (grpcio's keepalive defaults).
                config.connection.keepalive.clientBehavior = .init(minPingIntervalWithoutCalls: .seconds(10), allowWithoutCalls: true)
            })
        let served = [Self.qaServiceName, Self.healthServiceName] + ReflectionService.serviceNames
        // The descriptors are built into the binary: failing to read them is a build defect.
        let reflection = try! ReflectionService(services: served)
        self.server = GRPCServer(
            transport: transport, services: [QAService(answerer: answerer, limits: configuration.limits), health, reflection],
            interceptors: [DeadlineInterceptor()])
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
