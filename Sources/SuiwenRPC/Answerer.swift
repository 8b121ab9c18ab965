import GRPCCore
import Logging
import Metrics
import SuiwenEngine

/// Every answer the server gives, whichever door the question came in by (gRPC Ask or Chat,
/// HTTP/JSON, MCP): the engine's reply as protobuf, and for each one a metric, a log line and,
/// when it was not answered, an entry in the unanswered-question log.
public struct Answerer: Sendable {
    /// How a request is observed.
    public struct Observation: Sendable {
        /// Where unanswered and clarified questions are appended (`serve --misses FILE`).
        public var misses: MissLog?
        /// Logs one line a request at `.info` under this logger.
        public var logger: Logger
        /// Whether the request log line carries the question's text (off: the text can be personal).
        public var logsQuestions: Bool

        public init(misses: MissLog? = nil, logger: Logger = Logger(label: "suiwen.requests"), logsQuestions: Bool = false) {
            self.misses = misses
            self.logger = logger
            self.logsQuestions = logsQuestions
        }
    }

    public let store: EngineStore
    public let observation: Observation

    public init(store: EngineStore, observation: Observation = .init()) {
        self.store = store
        self.observation = observation
    }

    /// The reply to `question`, or the gRPC status that says why there is none.
    /// - Parameter method: the door, for metrics and logs (e.g. "Ask", "Chat", "http.Ask", "mcp.ask").
    public func answer(_ question: String, context: String, method: String) throws(RPCError) -> Suiwen_V1_AskResponse {
        let started = ContinuousClock.now
        let (engine, cached, key) = store.engine(answering: question, context: context)
        if let cached {
            observe(cached.reply, question: question, method: method, since: started, version: engine.knowledge.version)
            return cached.response
        }
        let reply: Reply
        do {
            reply = try engine.answer(question, context: context)
        } catch {
            let status = RPCError(error)
            record(method: method, outcome: "error", intent: error.code.rawValue, since: started, version: engine.knowledge.version)
            log(method: method, outcome: "error", intent: error.code.rawValue, since: started, version: engine.knowledge.version, question: question)
            throw status
        }
        var response = Suiwen_V1_AskResponse(reply)
        response.knowledgeVersion = Int32(clamping: engine.knowledge.version)
        let contextRead = context.isEmpty || ConversationContext(token: context) != nil
        if !contextRead {
            // Not a token this server wrote (corrupt, truncated, forged or from another
            // version): answered as a new conversation, and the reply says so.
            response.explanation.notes.append(Self.ignoredContextNote)
        }
        // (Kept only for what a client sends in earnest: a token this server wrote, and a
        // question of the length the engine answers — so an entry is a few kilobytes at most.)
        if contextRead, question.utf8.count <= Self.longestCachedQuestionBytes {
            store.remember(CachedReply(reply: reply, response: response), question: question, context: context, key: key, answeredBy: engine)
        }
        observe(reply, question: question, method: method, since: started, version: engine.knowledge.version)
        return response
    }

    /// The metric, the log line and (when not answered) the unanswered-question log entry of
    /// one reply, given afresh or from the cache.
    private func observe(_ reply: Reply, question: String, method: String, since started: ContinuousClock.Instant, version: Int) {
        let outcome = reply.status.rawValue
        record(method: method, outcome: outcome, intent: Self.metricIntent(reply.intent), since: started, version: version)
        log(method: method, outcome: outcome, intent: reply.intent, since: started, version: version, question: question)
        if reply.status != .answered, let misses = observation.misses {
            misses.append(MissLog.Entry(question: question, reply: reply, method: method, knowledgeVersion: version))
        }
    }

    /// The longest question whose reply is cached: the engine's limit in characters, at up to four
    /// bytes each.
    static let longestCachedQuestionBytes = QAEngine.maximumQuestionLength * 4

    public static let ignoredContextNote =
        "the context token was not understood (corrupt, truncated or from another version) and was ignored: the question was answered as the start of a conversation"

    /// A reply of several parts has an intent per part ("a+b"); metrics keep one label value
    /// for them so their cardinality stays that of the rules.
    static func metricIntent(_ intent: String) -> String {
        intent.contains("+") ? "combined" : intent
    }

    private func record(method: String, outcome: String, intent: String, since started: ContinuousClock.Instant, version: Int) {
        Counter(label: Self.requestsMetric, dimensions: [("method", method), ("status", outcome), ("intent", intent)]).increment()
        Metrics.Timer(label: Self.latencyMetric, dimensions: [("method", method)])
            .recordNanoseconds(Self.nanoseconds(since: started))
    }

    private func log(method: String, outcome: String, intent: String, since started: ContinuousClock.Instant, version: Int, question: String) {
        guard observation.logger.logLevel <= .info else { return }
        var metadata: Logger.Metadata = [
            "method": "\(method)",
            "status": "\(outcome)",
            "intent": "\(intent)",
            "latency_us": "\(Self.nanoseconds(since: started) / 1000)",
            "knowledge_version": "\(version)",
        ]
        if observation.logsQuestions { metadata["question"] = "\(question)" }
        observation.logger.info("request", metadata: metadata)
    }

    private static func nanoseconds(since started: ContinuousClock.Instant) -> Int64 {
        let elapsed = ContinuousClock.now - started
        return elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
    }

    /// Requests by method, status (answered, clarify, no_answer, error) and intent.
    public static let requestsMetric = "suiwen_requests_total"
    /// Time to answer, by method.
    public static let latencyMetric = "suiwen_request_duration_seconds"
}
