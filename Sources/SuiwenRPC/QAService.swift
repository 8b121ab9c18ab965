import GRPCCore
import ServiceLifecycle
import SuiwenEngine

/// The `suiwen.v1.QAService` implementation: a thin mapping from the wire to the engine.
public struct QAService: Suiwen_V1_QAService.SimpleServiceProtocol {
    private let answerer: Answerer

    public init(answerer: Answerer) {
        self.answerer = answerer
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
        // closes it, or when the server shuts down gracefully (the transport does not end
        // open streams by itself).
        do {
            try await cancelWhenGracefulShutdown {
                var token = ""
                for try await message in request {
                    let reply = try answerer.answer(message.question, context: token, method: "Chat")
                    token = reply.context
                    try await response.write(.with { $0.reply = reply })
                }
            }
        } catch is CancellationError {
            return
        }
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
