import Synchronization
import SuiwenEngine

/// Holds the engine the services answer with, and the replies it has given (`ReplyCache`).
/// The engine is an immutable value; a reload swaps it whole and empties the cache, and a
/// question in flight keeps the engine it started with.
public final class EngineStore: Sendable {
    private struct State {
        var engine: QAEngine
        var replies: ReplyCache
    }

    private let state: Mutex<State>

    /// - Parameter replyCacheEntries: replies kept for questions asked again (0: none).
    public init(_ engine: QAEngine, replyCacheEntries: Int = 0) {
        self.state = Mutex(State(engine: engine, replies: ReplyCache(capacity: replyCacheEntries)))
    }

    public var engine: QAEngine { state.withLock { $0.engine } }

    /// How many replies the cache holds now.
    public var cachedReplies: Int { state.withLock { $0.replies.count } }

    public func replace(with engine: QAEngine) {
        state.withLock { state in
            state.engine = engine
            state.replies = ReplyCache(capacity: state.replies.capacity)
        }
    }

    /// The current engine, and the reply it already gave to this question in this context.
    func engine(answering question: String, context: String) -> (engine: QAEngine, cached: CachedReply?, key: UInt64) {
        let key = ReplyCache.key(question: question, context: context)
        return state.withLock { state in
            guard state.replies.capacity > 0 else { return (state.engine, nil, key) }
            return (state.engine, state.replies.find(question: question, context: context, key: key), key)
        }
    }

    /// Keeps `answer` for the question, unless the engine that gave it has been replaced since.
    func remember(_ answer: CachedReply, question: String, context: String, key: UInt64, answeredBy engine: QAEngine) {
        state.withLock { state in
            guard state.replies.capacity > 0, state.engine === engine else { return }
            state.replies.insert(question: question, context: context, answer: answer, key: key)
        }
    }
}
