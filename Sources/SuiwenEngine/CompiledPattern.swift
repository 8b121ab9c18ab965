import SuiwenKnowledge

/// A `QuestionPattern` with its text folded the way questions are, ready to match.
struct CompiledPattern: Sendable {
    indirect enum Token: Sendable {
        case text([Character])
        case slot(String)
        case alternatives([[Token]])
        case optional([Token])
    }

    let source: String
    let tokens: [Token]

    init(_ pattern: QuestionPattern, normalizer: TextNormalizer) {
        func compile(_ tokens: [QuestionPattern.Token]) -> [Token] {
            tokens.compactMap { token -> Token? in
                switch token {
                case .text(let text):
                    let chars = normalizer.normalize(text).characters
                    return chars.isEmpty ? nil : .text(chars)
                case .slot(let type): return .slot(type)
                case .alternatives(let options): return .alternatives(options.map(compile))
                case .optional(let inner): return .optional(compile(inner))
                }
            }
        }
        self.source = pattern.source
        self.tokens = compile(pattern.tokens)
    }

    /// The entities a question's slots can take: by start position, each with its type and end.
    typealias SlotFillers = [Int: [(type: String, end: Int)]]

    static func slotFillers(_ analysis: QuestionAnalysis) -> SlotFillers {
        var fillers: SlotFillers = [:]
        for mention in analysis.mentions where mention.fromQuestion && mention.start >= 0 {
            fillers[mention.start, default: []].append((mention.entity.type, mention.end))
        }
        return fillers
    }

    /// Whether the pattern matches the whole question, its slots filled by the entities
    /// recognized in it.
    func matches(_ text: [Character], _ fillers: SlotFillers) -> Bool {
        func ends(_ sequence: [Token], from start: [Int]) -> [Int] {
            var positions = start
            for token in sequence {
                if positions.isEmpty { return [] }
                var next: [Int] = []
                for position in positions {
                    for end in ends(token, at: position) where !next.contains(end) { next.append(end) }
                }
                positions = next
            }
            return positions
        }
        func ends(_ token: Token, at position: Int) -> [Int] {
            switch token {
            case .text(let chars):
                guard position + chars.count <= text.count, text[position..<(position + chars.count)].elementsEqual(chars) else { return [] }
                return [position + chars.count]
            case .slot(let type):
                return (fillers[position] ?? []).filter { filler in
                    type == "any" || filler.type == type || (type == "place" && QAEngine.placeTypes.contains(filler.type))
                }.map(\.end)
            case .alternatives(let options):
                return options.flatMap { ends($0, from: [position]) }
            case .optional(let inner):
                return [position] + ends(inner, from: [position])
            }
        }
        return ends(tokens, from: [0]).contains(text.count)
    }
}
