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

    /// Whether the pattern matches the whole question, its slots filled by the entities
    /// recognized in it.
    func matches(_ analysis: QuestionAnalysis) -> Bool {
        let text = analysis.normalized.characters
        let mentions = analysis.mentions.filter(\.fromQuestion)
        func ends(_ sequence: [Token], from start: Set<Int>) -> Set<Int> {
            var positions = start
            for token in sequence {
                if positions.isEmpty { return [] }
                positions = Set(positions.flatMap { ends(token, at: $0) })
            }
            return positions
        }
        func ends(_ token: Token, at position: Int) -> [Int] {
            switch token {
            case .text(let chars):
                guard position + chars.count <= text.count, text[position..<(position + chars.count)].elementsEqual(chars) else { return [] }
                return [position + chars.count]
            case .slot(let type):
                return mentions.filter { mention in
                    mention.start == position
                        && (type == "any" || mention.entity.type == type
                            || (type == "place" && QAEngine.placeTypes.contains(mention.entity.type)))
                }.map(\.end)
            case .alternatives(let options):
                return options.flatMap { Array(ends($0, from: [position])) }
            case .optional(let inner):
                return [position] + Array(ends(inner, from: [position]))
            }
        }
        return ends(tokens, from: [0]).contains(text.count)
    }
}
