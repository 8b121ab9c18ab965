import GRPCCore
import ServiceLifecycle
import SuiwenEngine
import Synchronization

/// The `suiwen.v1.QAService` implementation: a thin mapping from the wire to the engine.
public struct QAService: Suiwen_V1_QAService.SimpleServiceProtocol {
    private let answerer: Answerer
    private let limits: SuiwenServer.Limits

    public init(answerer: Answerer, limits: SuiwenServer.Limits = .init()) {
        self.answerer = answerer
        self.limits = limits
    }

    public func ask(request: Suiwen_V1_AskRequest, context: ServerContext) async throws -> Suiwen_V1_AskResponse {
        try answerer.answer(request.question, context: request.context, method: "Ask")
    }

    public func chat(
        request: RPCAsyncSequence<Suiwen_V1_ChatRequest, any Error>,
        response: RPCWriter<Suiwen_V1_ChatResponse>,
        context: ServerContext
    ) async throws {
        // The stream carries the conversation's context itself. It ends when the client
        // closes it, when the server shuts down gracefully (the transport does not end open
        // streams by itself), after `maxChatTurns` questions, or when the client sends nothing
        // for `maxChatIdle` (a watchdog beside the reader).
        let lastHeard = Clock()
        let limits = self.limits
        do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        var token = ""
                        var turns = 0
                        for try await message in request {
                            lastHeard.mark()
                            turns += 1
                            if turns > limits.maxChatTurns {
                                throw RPCError(
                                    code: .resourceExhausted,
                                    message: "This Chat stream has asked \(limits.maxChatTurns) questions, the most one stream may: open a new stream (the conversation can go on with Ask and the last reply's context).")
                            }
                            let reply = try answerer.answer(message.question, context: token, method: "Chat")
                            token = reply.context
                            try await response.write(.with { $0.reply = reply })
                        }
                    }
                    group.addTask {
                        let step = min(limits.maxChatIdle / 4, .seconds(1))
                        while true {
                            try await Task.sleep(for: step)
                            let quiet = lastHeard.sinceLastMark
                            if quiet >= limits.maxChatIdle {
                                throw RPCError(
                                    code: .deadlineExceeded,
                                    message: "This Chat stream sent no question for \(limits.maxChatIdle.formatted()), so the server closed it: open a new stream when there is a question.")
                            }
                        }
                    }
                    // On graceful shutdown, questions already on their way are still answered: the
                    // stream ends, UNAVAILABLE with a sentence, once quiet a moment or 200 ms on.
                    group.addTask {
                        try await gracefulShutdown()
                        // At most 200 ms more, ended sooner by 50 ms without a question.
                        let began = ContinuousClock.now
                        while lastHeard.sinceLastMark < .milliseconds(50), ContinuousClock.now - began < .milliseconds(200) {
                            try await Task.sleep(for: .milliseconds(10))
                        }
                        throw RPCError(
                            code: .unavailable,
                            message: "The server is shutting down: ask the rest of the conversation again (with Ask and the last reply's context, or a new Chat stream); another server will answer.")
                    }
                    // The reader ends (the client closed its side) or any throws: stop the others.
                    try await group.next()
                    group.cancelAll()
                }
        } catch is CancellationError {
            // The call was cancelled (the client went away, or the grace period ran out): say so
            // rather than end as if the conversation were finished.
            throw RPCError(
                code: .unavailable,
                message: "The server is shutting down: ask the rest of the conversation again (with Ask and the last reply's context, or a new Chat stream); another server will answer.")
        }
    }
    /// When a Chat stream last heard from its client.
    private final class Clock: Sendable {
        private let last = Mutex(ContinuousClock.now)
        func mark() { last.withLock { $0 = .now } }
        var sinceLastMark: Duration { ContinuousClock.now - last.withLock { $0 } }
    }
}

extension RPCError {
    /// The one place engine errors become gRPC statuses.
    init(_ error: QuestionError) {
        switch error.code {
        case .emptyQuestion, .questionTooLong:
            self.init(code: .invalidArgument, message: error.message)
        }
    }
}
