import SuiwenEngine

extension Suiwen_V1_AskResponse {
    /// The protobuf form of an engine reply: the one place engine values become wire values.
    public init(_ reply: Reply) {
        self.init()
        answer = reply.answer
        status = switch reply.status {
        case .answered: .answered
        case .clarify: .clarify
        case .noAnswer: .noAnswer
        }
        intent = reply.intent
        confidence = reply.confidence
        context = reply.context
        suggestions = reply.suggestions
        citations = reply.citations.map { citation in
            .with {
                $0.source = citation.source
                $0.quote = citation.quote
                $0.line = Int32(citation.line)
            }
        }
        entities = reply.entities.map { mention in
            .with {
                $0.id = mention.id
                $0.type = mention.type
                $0.name = mention.name
                $0.matched = mention.matched
                $0.start = Int32(mention.start)
                $0.end = Int32(mention.end)
                $0.match = switch mention.kind {
                case .exact: .exact
                case .fuzzy: .fuzzy
                case .context: .context
                }
            }
        }
        explanation = .with {
            $0.rule = reply.explanation.rule
            $0.normalizedQuestion = reply.explanation.normalizedQuestion
            $0.contextUsed = reply.explanation.contextUsed
            $0.notes = reply.explanation.notes
        }
    }
}
