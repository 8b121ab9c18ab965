import GRPCCore

/// Honours the client's deadline (the `grpc-timeout` header) on the server: a call whose
/// request has not arrived, or whose replies are not all written, by then ends with
/// DEADLINE_EXCEEDED and frees what it held. The transport does not do this by itself: a
/// client that sends a request without ending it would otherwise hold the stream until the
/// connection closes.
public struct DeadlineInterceptor: ServerInterceptor {
    public init() {}

    public func intercept<Input: Sendable, Output: Sendable>(
        request: StreamingServerRequest<Input>,
        context: ServerContext,
        next: @Sendable (StreamingServerRequest<Input>, ServerContext) async throws -> StreamingServerResponse<Output>
    ) async throws -> StreamingServerResponse<Output> {
        guard case .string(let text)? = request.metadata["grpc-timeout"].first(where: { _ in true }),
            let timeout = Self.duration(ofTimeout: text)
        else {
            return try await next(request, context)
        }
        let deadline = ContinuousClock.now + timeout
        let exceeded = RPCError(
            code: .deadlineExceeded,
            message: "The call did not complete within its deadline (grpc-timeout \(text)): send the whole request at once, or allow more time.")
        // The handler (for a unary call, waiting for its request, then answering) ...
        var response = try await withoutActuallyEscaping(next) { next in
            try await Self.race(deadline, exceeded) { try await next(request, context) }
        }
        // ... then the replies it writes (a stream's), within what is left.
        if case .success(var contents) = response.accepted {
            let producer = contents.producer
            contents.producer = { writer in try await Self.race(deadline, exceeded) { try await producer(writer) } }
            response.accepted = .success(contents)
        }
        return response
    }

    /// `work`, or `error` once `deadline` passes.
    private static func race<Result: Sendable>(
        _ deadline: ContinuousClock.Instant, _ error: RPCError, _ work: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        try await withThrowingTaskGroup(of: Result.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                throw error
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }

    /// `grpc-timeout`: at most eight digits and a unit (H, M, S, m, u, n), per the gRPC spec.
    static func duration(ofTimeout text: String) -> Duration? {
        guard let unit = text.last, text.count >= 2, text.count <= 9, let value = Int64(text.dropLast()), value >= 0 else { return nil }
        switch unit {
        case "H": return .seconds(value * 3600)
        case "M": return .seconds(value * 60)
        case "S": return .seconds(value)
        case "m": return .milliseconds(value)
        case "u": return .microseconds(value)
        case "n": return .nanoseconds(value)
        default: return nil
        }
    }
}
