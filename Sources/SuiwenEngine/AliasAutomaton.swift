/// An Aho–Corasick automaton over characters: finds every occurrence of every pattern in one
/// pass over the text. Built once when the knowledge is compiled; immutable afterwards.
public struct AliasAutomaton<Payload: Sendable>: Sendable {
    public struct Match: Sendable {
        /// Character offsets into the searched text, `end` exclusive.
        public var start: Int
        public var end: Int
        public var payload: Payload
        public var length: Int { end - start }
    }

    private var transitions: [[Character: Int]] = [[:]]
    private var failure: [Int] = [0]
    /// Patterns ending at each node (through the failure chain, precomputed): (length, payload).
    private var outputs: [[(length: Int, payload: Payload)]] = [[]]

    public init(patterns: [(pattern: [Character], payload: Payload)]) {
        for (pattern, payload) in patterns where !pattern.isEmpty {
            var node = 0
            for c in pattern {
                if let next = transitions[node][c] {
                    node = next
                } else {
                    transitions.append([:])
                    failure.append(0)
                    outputs.append([])
                    transitions[node][c] = transitions.count - 1
                    node = transitions.count - 1
                }
            }
            outputs[node].append((pattern.count, payload))
        }
        // Breadth-first: failure links, and outputs merged along them.
        var queue: [Int] = Array(transitions[0].values)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (c, child) in transitions[node] {
                queue.append(child)
                var f = failure[node]
                while f != 0, transitions[f][c] == nil { f = failure[f] }
                let target = transitions[f][c] ?? 0
                failure[child] = (target == child) ? 0 : target
                outputs[child].append(contentsOf: outputs[failure[child]])
            }
        }
    }

    /// Every occurrence of every pattern in `text`.
    public func matches(in text: [Character]) -> [Match] {
        var result: [Match] = []
        var node = 0
        for (index, c) in text.enumerated() {
            while node != 0, transitions[node][c] == nil { node = failure[node] }
            node = transitions[node][c] ?? 0
            for (length, payload) in outputs[node] {
                result.append(Match(start: index + 1 - length, end: index + 1, payload: payload))
            }
        }
        return result
    }
}
