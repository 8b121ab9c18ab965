import ArgumentParser
import Foundation
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import SuiwenHTTP
import SuiwenRPC

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Loads and checks the knowledge, then serves suiwen.v1.QAService, grpc.health.v1.Health and server reflection.",
        discussion: """
            SIGHUP reloads the knowledge: it is validated first and swapped in only when valid.
            SIGTERM and SIGINT drain: health turns NOT_SERVING, calls in flight finish.
            """)

    @Option(help: "The address to listen on (gRPC and HTTP).")
    var host: String = "127.0.0.1"

    @Option(help: "The gRPC port; 0 takes a free port (printed when bound).")
    var port: Int = 50051

    @Option(help: "The knowledge directory.")
    var knowledge: String = "knowledge"

    @Option(help: "Also serve HTTP on this port (0: a free one): Connect JSON at POST /suiwen.v1.QAService/Ask, MCP at /mcp, the chat page at /, metrics at /metrics. Off unless given.")
    var httpPort: Int?

    @Option(help: "Serve Prometheus metrics on this port at /metrics when --http-port is not given (0: a free one).")
    var metricsPort: Int?

    @Option(parsing: .singleValue, help: "An origin whose pages may call the HTTP API (CORS), e.g. https://example.org; '*' for any. Repeatable.")
    var corsOrigin: [String] = []

    @Option(help: "Append every NO_ANSWER and CLARIFY question to this file as JSON Lines (summarize with `suiwen misses FILE`).")
    var misses: String?

    @Option(help: "Log format: text or json (one JSON object a line, on standard error).")
    var logFormat: LogFormat = .text

    @Option(help: "Log level: trace, debug, info (one line a request), notice, warning, error.")
    var logLevel: Logger.Level = .info

    @Flag(help: "Put the question's text in each request's log line (off: questions can be personal).")
    var logQuestions: Bool = false

    @Option(help: "PEM certificate chain: serve gRPC over TLS (with --tls-key).")
    var tlsCert: String?

    @Option(help: "PEM private key of --tls-cert.")
    var tlsKey: String?

    @Option(help: "Largest request message, in bytes (gRPC and HTTP): over gRPC the transport resets a larger one's stream (the client sees CANCELLED), over HTTP it is 413.")
    var maxRequestBytes: Int = SuiwenServer.Limits().maxRequestBytes

    @Option(help: "Streams one gRPC connection may have open at once.")
    var maxConcurrentStreams: Int = SuiwenServer.Limits().maxConcurrentStreams

    @Option(help: "Seconds a gRPC connection may stay without a stream before it is closed.")
    var idleTimeout: Double = 300

    @Option(help: "Seconds of quiet after which the server pings a connection (closed, after --grace-period, if the ping is not answered in 20 s).")
    var keepalive: Double = 60

    @Option(help: "Replies kept for questions asked again with the same context, for the knowledge loaded (0: none; emptied by a reload).")
    var replyCache: Int = SuiwenServer.Configuration.defaultReplyCacheEntries

    @Option(help: "Questions one Chat stream may ask; past it, RESOURCE_EXHAUSTED.")
    var maxChatTurns: Int = SuiwenServer.Limits().maxChatTurns

    @Option(help: "Seconds a Chat stream may stay silent; past it, DEADLINE_EXCEEDED.")
    var chatIdleTimeout: Double = 300

    @Option(help: "Seconds calls in flight get to finish on SIGTERM (and on a connection being closed) before they are cut off.")
    var gracePeriod: Double = 10

    enum LogFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        for (name, value) in [("--port", port), ("--http-port", httpPort), ("--metrics-port", metricsPort)] {
            if let value, !(0...65535).contains(value) {
                throw ValidationError("\(name) must be between 0 and 65535; got \(value).")
            }
        }
        if (tlsCert == nil) != (tlsKey == nil) {
            throw ValidationError("--tls-cert and --tls-key go together: give both (a PEM certificate chain and its key) or neither.")
        }
        for path in [tlsCert, tlsKey].compactMap({ $0 }) where !FileManager.default.isReadableFile(atPath: path) {
            throw ValidationError("Cannot read \(absolutePath(path)): --tls-cert and --tls-key take readable PEM files.")
        }
        if !(0...1_000_000).contains(replyCache) {
            throw ValidationError("--reply-cache takes a number of replies from 0 (none) to 1000000; got \(replyCache).")
        }
        for (name, value) in [("--max-request-bytes", maxRequestBytes), ("--max-concurrent-streams", maxConcurrentStreams), ("--max-chat-turns", maxChatTurns)]
        where value < 1 {
            throw ValidationError("\(name) must be a positive number; got \(value).")
        }
        for (name, value) in [("--idle-timeout", idleTimeout), ("--keepalive", keepalive), ("--chat-idle-timeout", chatIdleTimeout), ("--grace-period", gracePeriod)]
        where !(value > 0) {
            throw ValidationError("\(name) must be a positive number of seconds; got \(value).")
        }
        if httpPort != nil && metricsPort != nil {
            throw ValidationError("--metrics-port is for a server without --http-port: with it, metrics are at /metrics on the HTTP port.")
        }
    }

    func run() async throws {
        bootstrapLogging()
        var logger = Logger(label: "suiwen")
        logger.logLevel = logLevel
        var requestLogger = Logger(label: "suiwen.requests")
        requestLogger.logLevel = logLevel
        let engine = try loadEngine(knowledge)

        // Metrics are recorded only when something serves them.
        var registry: PrometheusCollectorRegistry?
        if httpPort != nil || metricsPort != nil {
            let prometheus = PrometheusCollectorRegistry()
            var factory = PrometheusMetricsFactory(registry: prometheus)
            // Answers take microseconds: buckets from 10 µs to 100 ms, not the default 5 ms up.
            factory.durationHistogramBuckets[SuiwenRPC.Answerer.latencyMetric] = [
                .microseconds(10), .microseconds(25), .microseconds(50), .microseconds(100), .microseconds(250),
                .microseconds(500), .milliseconds(1), .milliseconds(2.5), .milliseconds(5), .milliseconds(10),
                .milliseconds(25), .milliseconds(100),
            ]
            MetricsSystem.bootstrap(factory)
            registry = prometheus
        }
        var missLog: MissLog?
        if let misses {
            do { missLog = try MissLog(path: misses) } catch { throw CLIError(error.description) }
        }

        let observation = SuiwenRPC.Answerer.Observation(misses: missLog, logger: requestLogger, logsQuestions: logQuestions)
        var limits = SuiwenServer.Limits()
        limits.maxRequestBytes = maxRequestBytes
        limits.maxConcurrentStreams = maxConcurrentStreams
        limits.maxConnectionIdle = .milliseconds(Int64(idleTimeout * 1000))
        limits.keepaliveInterval = .milliseconds(Int64(keepalive * 1000))
        limits.maxChatTurns = maxChatTurns
        limits.maxChatIdle = .milliseconds(Int64(chatIdleTimeout * 1000))
        limits.gracePeriod = .milliseconds(Int64(gracePeriod * 1000))
        let tls = tlsCert.map { SuiwenServer.TLSFiles(certificateChain: $0, privateKey: tlsKey!) }
        let server = SuiwenServer(
            engine: engine, configuration: .init(host: host, port: port, limits: limits, tls: tls, replyCacheEntries: replyCache), observation: observation, logger: logger)
        let reloader = KnowledgeReloader(directory: knowledge, store: server.store, logger: logger)
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: server), .init(service: reloader)]
        var http: SuiwenHTTPServer?
        if let webPort = httpPort ?? metricsPort {
            let configuration = SuiwenHTTPServer.Configuration(
                host: host, port: webPort, allowedOrigins: corsOrigin, maxRequestBytes: maxRequestBytes, servesAPI: httpPort != nil, metrics: registry,
                version: Suiwen.version)
            let web = SuiwenHTTPServer(answerer: server.answerer, health: server.health, configuration: configuration, logger: logger)
            services.append(.init(service: web))
            http = web
        }
        var groupConfiguration = ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        // Past the grace period (and a second for the connections' own), what is still running
        // is cancelled, so a stuck client cannot keep the process from exiting.
        groupConfiguration.maximumGracefulShutdownDuration = limits.gracePeriod + .seconds(1)
        groupConfiguration.maximumCancellationDuration = .seconds(2)
        let group = ServiceGroup(configuration: groupConfiguration)
        do {
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                let bound: Int
                let webBound: Int?
                do {
                    bound = try await server.listeningPort
                    webBound = try await http?.listeningPort
                } catch {
                    // The server's own error says why it is not listening; the group rethrows it.
                    try await tasks.waitForAll()
                    throw error
                }
                let stats = engine.knowledge.statistics
                print("Suiwen listening on \(host):\(bound)\(tls == nil ? "" : " with TLS") (knowledge v\(engine.knowledge.version): \(engine.knowledge.entities.count) entities, \(engine.knowledge.facts.count) facts, \(stats.rules) rules)")
                if let webBound {
                    print(httpPort != nil
                        ? "HTTP on http://\(host):\(webBound)/ (chat page; POST /suiwen.v1.QAService/Ask; /mcp; /metrics)"
                        : "Metrics on http://\(host):\(webBound)/metrics")
                }
                fflush(nil)  // a supervisor reading a pipe waits for these lines
                try await tasks.waitForAll()
            }
        } catch let error as SuiwenServer.StartError {
            throw CLIError(sentence(for: error))
        }
        print("Suiwen stopped.")
    }

    private func bootstrapLogging() {
        let format = logFormat
        LoggingSystem.bootstrap { label in
            switch format {
            case .text: StreamLogHandler.standardError(label: label)
            case .json: JSONLogHandler(label: label)
            }
        }
    }

    /// What to do when the server cannot listen.
    func sentence(for error: SuiwenServer.StartError) -> String {
        let flag = error.address.hasSuffix(":\(port)") ? "--port" : httpPort != nil ? "--http-port" : "--metrics-port"
        return switch error.code {
        case .addressInUse: "\(error.address) is already in use: stop the other server or pass another \(flag)"
        case .addressNotAvailable: "\(error.address) is not an address of this machine: pass another --host"
        default: error.message
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
