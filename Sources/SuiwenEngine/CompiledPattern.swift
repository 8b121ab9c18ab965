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
    /// Keys every match holds, as bits of `KeyBits`: a question
    /// without one of them cannot match, which most templates are told by a few AND operations.
    let requiredBits: KeyBits
    /// The fewest characters a match spans (a slot counts as one).
    let minimumLength: Int
    /// What a match can begin with and end with: a question whose first (last) character is
    /// none of these keys, and where no entity begins (ends) there for a slot, cannot match.
    /// Nil for a pattern that can match an empty question (every token optional): no edge then.
    let edges: (first: Edge, last: Edge)?

    /// The keys (as bits) and whether a slot can stand at one end of a match.
    struct Edge: Sendable {
        var keys = KeyBits()
        var slot = false
    }

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
        // What every way through the pattern holds: all of a sequence's, what all alternatives share.
        func required(_ sequence: [Token]) -> KeyBits { sequence.reduce(KeyBits()) { $0.union(required($1)) } }
        func required(_ token: Token) -> KeyBits {
            switch token {
            case .text(let keys): return KeyBits(keys)
            case .slot, .optional: return KeyBits()
            case .alternatives(let options): return options.map(required).reduce(nil) { $0?.intersection($1) ?? $1 } ?? KeyBits()
            }
        }
        self.requiredBits = required(tokens)
        func shortest(_ sequence: [Token]) -> Int { sequence.reduce(0) { $0 + shortest($1) } }
        func shortest(_ token: Token) -> Int {
            switch token {
            case .text(let keys): return keys.count
            case .slot: return 1
            case .alternatives(let options): return options.map(shortest).min() ?? 0
            case .optional: return 0
            }
        }
        self.minimumLength = shortest(tokens)
        // The edges: the first token that cannot be left out, and what those before it can begin with.
        func edge(_ sequence: [Token], last: Bool) -> (edge: Edge, empty: Bool) {
            var found = Edge()
            for token in last ? sequence.reversed() : sequence {
                let (e, empty) = edge(token, last: last)
                found.keys = found.keys.union(e.keys)
                found.slot = found.slot || e.slot
                if !empty { return (found, false) }
            }
            return (found, true)
        }
        func edge(_ token: Token, last: Bool) -> (edge: Edge, empty: Bool) {
            switch token {
            case .text(let keys):
                var e = Edge()
                if let key = last ? keys.last : keys.first { e.keys.insert(key) }
                return (e, keys.isEmpty)
            case .slot: return (Edge(slot: true), false)
            case .optional(let inner): return (edge(inner, last: last).edge, true)
            case .alternatives(let options):
                var found = Edge()
                var empty = options.isEmpty
                for option in options {
                    let (e, optionEmpty) = edge(option, last: last)
                    found.keys = found.keys.union(e.keys)
                    found.slot = found.slot || e.slot
                    empty = empty || optionEmpty
                }
                return (found, empty)
            }
        }
        let first = edge(tokens, last: false)
        let last = edge(tokens, last: true)
        self.edges = first.empty || last.empty ? nil : (first.edge, last.edge)
    }

    /// What `mayMatch` asks of a question, worked out once for all patterns.
    struct Shape {
        var length: Int
        var present: KeyBits
        var first = KeyBits()
        var last = KeyBits()
        /// An entity of the question begins at its start, or ends at its end.
        var slotAtStart = false
        var slotAtEnd = false

        /// `start`: where a match may begin besides the first character (after a lead-in word).
        init(_ keys: [UInt32], _ fillers: SlotFillers, from start: Int = 0) {
            // (The whole question's length: a match may begin at its first character too.)
            length = keys.count
            present = KeyBits(keys)
            if let key = keys.first { first.insert(key) }
            if start > 0, start < keys.count { first.insert(keys[start]) }
            if let key = keys.last { last.insert(key) }
            slotAtStart = fillers[0] != nil || (start > 0 && fillers[start] != nil)
            slotAtEnd = fillers.values.contains { $0.contains { $0.end == keys.count } }
        }
    }

    /// A set of character keys folded into 256 bits (the high byte of the key times a mixing constant): what a
    /// question holds, for `CompiledPattern.mayMatch`. Distinct keys can share a bit, so it
    /// only ever rules a pattern out.
    struct KeyBits: Sendable, Equatable {
        private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        init() {}

        init(_ keys: [UInt32]) {
            for key in keys { insert(key) }
        }

        private static func bit(_ key: UInt32) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 24) }

        mutating func insert(_ key: UInt32) {
            let bit = Self.bit(key)
            let mask = UInt64(1) << UInt64(bit & 63)
            switch bit >> 6 {
            case 0: words.0 |= mask
            case 1: words.1 |= mask
            case 2: words.2 |= mask
            default: words.3 |= mask
            }
        }

        func union(_ other: KeyBits) -> KeyBits {
            var result = self
            result.words = (words.0 | other.words.0, words.1 | other.words.1, words.2 | other.words.2, words.3 | other.words.3)
            return result
        }

        /// Sound for "holds one of these sets": a key of either sets its bit.
        func intersection(_ other: KeyBits) -> KeyBits {
            var result = self
            result.words = (words.0 & other.words.0, words.1 & other.words.1, words.2 & other.words.2, words.3 & other.words.3)
            return result
        }

        func intersects(_ other: KeyBits) -> Bool {
            words.0 & other.words.0 != 0 || words.1 & other.words.1 != 0 || words.2 & other.words.2 != 0 || words.3 & other.words.3 != 0
        }

        func isSubset(of other: KeyBits) -> Bool {
            words.0 & ~other.words.0 == 0 && words.1 & ~other.words.1 == 0
                && words.2 & ~other.words.2 == 0 && words.3 & ~other.words.3 == 0
        }

        static func == (a: KeyBits, b: KeyBits) -> Bool { a.words == b.words }
    }

    /// Whether the pattern can match a question of this shape: false rules it out; true says
    /// only that `matches` must be asked.
    func mayMatch(_ question: Shape) -> Bool {
        guard question.length >= minimumLength, requiredBits.isSubset(of: question.present) else { return false }
        guard let edges else { return true }
        return ((edges.first.slot && question.slotAtStart) || edges.first.keys.intersects(question.first))
            && ((edges.last.slot && question.slotAtEnd) || edges.last.keys.intersects(question.last))
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
    /// `start`: a second place a match may begin, after words that only lead in (0: none).
    func matches(_ text: [UInt32], _ fillers: SlotFillers, from start: Int = 0) -> Bool {
        // The positions reached, as bits: no arrays on the way for questions of up to 63 characters.
        if text.count < 64 { return reach(tokens, from: 1 | 1 << UInt64(start), text, fillers) & (1 << UInt64(text.count)) != 0 }
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
        return ends(tokens, from: start > 0 ? [0, start] : [0]).contains(text.count)
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
