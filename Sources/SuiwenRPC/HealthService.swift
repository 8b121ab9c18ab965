import GRPCCore
import ServiceLifecycle
import Synchronization

/// The standard `grpc.health.v1.Health` service: Check, List and Watch, over statuses the
/// server sets. "" is the server as a whole.
public struct HealthService: Grpc_Health_V1_Health.SimpleServiceProtocol {
    public typealias Status = Grpc_Health_V1_HealthCheckResponse.ServingStatus

    /// The statuses, and the Watch streams waiting for changes.
    public final class Registry: Sendable {
        private struct State {
            var statuses: [String: Status] = [:]
            var nextWatcher = 0
            var watchers: [Int: (service: String, continuation: AsyncStream<Status>.Continuation)] = [:]
        }

        private let state = Mutex(State())

        public init() {}

        public func set(_ service: String, _ status: Status) {
            state.withLock { state in
                state.statuses[service] = status
                for watcher in state.watchers.values where watcher.service == service {
                    watcher.continuation.yield(status)
                }
            }
        }

        /// Sets every known service at once (used on shutdown).
        public func setAll(_ status: Status) {
            let services = state.withLock { Array($0.statuses.keys) }
            for service in services { set(service, status) }
        }

        public func status(of service: String) -> Status? {
            state.withLock { $0.statuses[service] }
        }

        public var all: [String: Status] { state.withLock { $0.statuses } }

        func watch(_ service: String) -> (id: Int, updates: AsyncStream<Status>) {
            let (stream, continuation) = AsyncStream<Status>.makeStream(bufferingPolicy: .bufferingNewest(4))
            let id = state.withLock { state in
                let id = state.nextWatcher
                state.nextWatcher += 1
                state.watchers[id] = (service, continuation)
                continuation.yield(state.statuses[service] ?? .serviceUnknown)
                return id
            }
            return (id, stream)
        }

        func stopWatching(_ id: Int) {
            let watcher = state.withLock { $0.watchers.removeValue(forKey: id) }
            watcher?.continuation.finish()
        }
    }

    public let registry: Registry

    public init(registry: Registry = Registry()) {
        self.registry = registry
    }

    public func check(
        request: Grpc_Health_V1_HealthCheckRequest, context: ServerContext
    ) async throws -> Grpc_Health_V1_HealthCheckResponse {
        guard let status = registry.status(of: request.service) else {
            throw RPCError(code: .notFound, message: "No service named '\(request.service)' is known to this server; ask about '' or 'suiwen.v1.QAService'.")
        }
        return .with { $0.status = status }
    }

    public func list(
        request: Grpc_Health_V1_HealthListRequest, context: ServerContext
    ) async throws -> Grpc_Health_V1_HealthListResponse {
        .with { response in
            for (service, status) in registry.all {
                response.statuses[service] = .with { $0.status = status }
            }
        }
    }

    public func watch(
        request: Grpc_Health_V1_HealthCheckRequest,
        response: RPCWriter<Grpc_Health_V1_HealthCheckResponse>,
        context: ServerContext
    ) async throws {
        let (id, updates) = registry.watch(request.service)
        defer { registry.stopWatching(id) }
        do {
            try await withTaskCancellationHandler {
                try await withGracefulShutdownHandler {
                    for await status in updates {
                        try await response.write(.with { $0.status = status })
                    }
                } onGracefulShutdown: {
                    // NOT_SERVING has been sent by then; end the stream so shutdown can finish.
                    registry.stopWatching(id)
                }
            } onCancel: {
                registry.stopWatching(id)
            }
        } catch is CancellationError {
            return
        }
    }
}
