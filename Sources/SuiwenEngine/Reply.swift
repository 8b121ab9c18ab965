/// What the engine answers to one question. Plain values; the RPC layer maps them to protobuf.
public struct Reply: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case answered
        /// The question is ambiguous; `suggestions` names the candidates.
        case clarify
        /// The graph does not hold the answer, or the question is outside it.
        case noAnswer = "no_answer"
    }

    public struct Citation: Sendable, Hashable {
        public var source: String
        public var quote: String
        /// 1-based line of the source document, 0 if unknown.
        public var line: Int
    }

    public enum MatchKind: String, Sendable, Hashable {
        case exact, fuzzy, context
    }

    public struct Mention: Sendable, Hashable {
        public var id: String
        public var type: String
        public var name: String
        /// The text of the question that matched; empty when taken from context.
        public var matched: String
        /// Span in the question in Unicode scalars, `end` exclusive; -1 when from context.
        public var start: Int
        public var end: Int
        public var kind: MatchKind
    }

    public struct Explanation: Sendable, Hashable {
        public var rule: String
        public var normalizedQuestion: String
        public var contextUsed: String
        public var notes: [String]
    }

    public var answer: String
    public var status: Status
    /// The id of the rule that decided the reply.
    public var intent: String
    public var confidence: Float
    /// Pass back with the next question of the conversation.
    public var context: String
    public var suggestions: [String]
    public var citations: [Citation]
    public var entities: [Mention]
    public var explanation: Explanation
    /// The figures the answer gave (indices into the engine's figures), also in `context`: kept
    /// here so that replies combined do not read them back out of their tokens.
    var givenFigures: [Int] = []
}

extension Reply {
    /// One reply of several (one a subject): the answers in order, every citation and mention,
    /// answered if any part is, and the last part's context.
    /// `vague`: ids that tell nothing of what a part was about (the document's own place), given
    /// way to an earlier part's.
    static func combining(_ parts: [Reply], separator: String, vague: Set<String> = []) -> Reply {
        var combined = parts.last!
        combined.answer = parts.map(\.answer).joined(separator: separator)
        combined.status = parts.contains { $0.status == .answered } ? .answered : parts[0].status
        combined.confidence = parts.map(\.confidence).min() ?? 0
        combined.intent = parts.map(\.intent).joined(separator: "+")
        // (Quotes are sentences of Chinese: `TextKey` hashes their bytes, where `String` would
        // normalize each on the way.)
        var seen = Set<TextKey>()
        combined.citations = parts.flatMap(\.citations).filter { seen.insert(TextKey($0.quote)).inserted }
        combined.suggestions = []
        var ids = Set<String>()
        combined.entities = parts.flatMap(\.entities).filter { ids.insert($0.id).inserted }
        combined.explanation.rule = combined.intent
        // The figures every part gave, not the last part's alone: 這些數字 next points at them all.
        var figures: [Int] = []
        for part in parts {
            for figure in part.givenFigures where !figures.contains(figure) { figures.append(figure) }
        }
        if figures != combined.givenFigures, figures.count <= QAEngine.maximumCandidates, var next = ConversationContext(token: combined.context) {
            next.figures = figures
            combined.context = next.token
            combined.givenFigures = figures
        }
        // Who and what an earlier part was about, where the last part names none (大會是哪天召開
        // 的?由誰召開?, its last part a clause about the city alone): 那天 next is of the conference.
        if parts.count > 1, var next = ConversationContext(token: combined.context) ?? (combined.context.isEmpty ? ConversationContext() : nil),
            next.focus.map(vague.contains) ?? true || next.person == nil || next.place == nil || next.thing == nil || next.clause == nil
        {
            let before = next
            for part in parts.dropLast().reversed() {
                guard let earlier = ConversationContext(token: part.context) else { continue }
                if next.focus.map(vague.contains) ?? true, let focus = earlier.focus, !vague.contains(focus) { next.focus = focus }
                if next.person == nil { next.person = earlier.person }
                if next.place == nil { next.place = earlier.place }
                if next.thing == nil { next.thing = earlier.thing }
                // (And the clause an earlier part quoted, where the last quoted none: 誰說的? next
                // asks of it.)
                if next.clause == nil { next.clause = earlier.clause }
            }
            if next != before { combined.context = next.token }
        }
        return combined
    }
}

/// A question the engine refuses to work on, with a sentence a person can act on.
public struct QuestionError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        case emptyQuestion = "empty-question"
        case questionTooLong = "question-too-long"
    }

    public var code: Code
    public var message: String

    public var description: String { message }
}
