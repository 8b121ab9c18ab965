import SuiwenKnowledge

/// A `QuestionPattern` with its text folded the way questions are, ready to match.
struct CompiledPattern: Sendable {
    indirect enum Token: Sendable {
        /// Character keys (`NormalizedText.keys`).
        case text([UInt32])
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
                    let keys = normalizer.normalize(text).keys
                    return keys.isEmpty ? nil : .text(keys)
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

    static func fills(_ type: String, with filler: (type: String, end: Int)) -> Bool {
        type == "any" || filler.type == type || (type == "place" && QAEngine.placeTypes.contains(filler.type))
    }

    /// Whether the pattern matches the whole question, its slots filled by the entities
    /// recognized in it.
    func matches(_ text: [UInt32], _ fillers: SlotFillers) -> Bool {
        // The positions reached, as bits: no arrays on the way for questions of up to 63 characters.
        if text.count < 64 { return reach(tokens, from: 1, text, fillers) & (1 << UInt64(text.count)) != 0 }
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
            case .text(let keys):
                guard position + keys.count <= text.count, text[position..<(position + keys.count)].elementsEqual(keys) else { return [] }
                return [position + keys.count]
            case .slot(let type):
                return (fillers[position] ?? []).filter { Self.fills(type, with: $0) }.map(\.end)
            case .alternatives(let options):
                return options.flatMap { ends($0, from: [position]) }
            case .optional(let inner):
                return [position] + ends(inner, from: [position])
            }
        }
        return ends(tokens, from: [0]).contains(text.count)
    }

    /// The positions (bit n for position n) that `sequence` can end at from the positions `start`.
    private func reach(_ sequence: [Token], from start: UInt64, _ text: [UInt32], _ fillers: SlotFillers) -> UInt64 {
        var positions = start
        for token in sequence {
            if positions == 0 { return 0 }
            var next: UInt64 = 0
            var rest = positions
            while rest != 0 {
                let position = rest.trailingZeroBitCount
                rest &= rest - 1
                next |= reach(token, at: position, text, fillers)
            }
            positions = next
        }
        return positions
    }

    private func reach(_ token: Token, at position: Int, _ text: [UInt32], _ fillers: SlotFillers) -> UInt64 {
        switch token {
        case .text(let keys):
            guard position + keys.count <= text.count, text[position..<(position + keys.count)].elementsEqual(keys) else { return 0 }
            return 1 << UInt64(position + keys.count)
        case .slot(let type):
            var ends: UInt64 = 0
            for filler in fillers[position] ?? [] where Self.fills(type, with: filler) { ends |= 1 << UInt64(filler.end) }
            return ends
        case .alternatives(let options):
            var ends: UInt64 = 0
            for option in options { ends |= reach(option, from: 1 << UInt64(position), text, fillers) }
            return ends
        case .optional(let inner):
            return 1 << UInt64(position) | reach(inner, from: 1 << UInt64(position), text, fillers)
        }
    }
}
