/// A question template in the spirit of Home Assistant's hassil: literal text, `(a|b)`
/// alternatives, `[optional]` parts and `{type}` slots that an entity of that type fills.
/// `[a|b]` is an optional choice. `[{district}的]{role}(是誰|叫什麼)` matches 南沙的區委書記是誰,
/// 書記叫什麼, ...
public struct QuestionPattern: Sendable, Hashable {
    public indirect enum Token: Sendable, Hashable {
        case text(String)
        /// An entity of this type (or of any type, for `any`).
        case slot(String)
        case alternatives([[Token]])
        case optional([Token])
    }

    public var source: String
    public var tokens: [Token]

    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Parses `source`; throws with a sentence that says what is unbalanced or empty.
    public init(_ source: String) throws(SyntaxError) {
        self.source = source
        var parser = Parser(chars: Array(source))
        self.tokens = try parser.sequence(until: nil)
        if parser.index < parser.chars.count {
            throw SyntaxError(message: "unexpected `\(parser.chars[parser.index])` at position \(parser.index + 1) of \(source)")
        }
    }

    /// Slot types the pattern names.
    public var slotTypes: [String] {
        func collect(_ tokens: [Token]) -> [String] {
            tokens.flatMap { token -> [String] in
                switch token {
                case .text: return []
                case .slot(let type): return [type]
                case .alternatives(let options): return options.flatMap(collect)
                case .optional(let inner): return collect(inner)
                }
            }
        }
        return collect(tokens)
    }

    private struct Parser {
        let chars: [Character]
        var index = 0

        /// The `|`-separated choices up to `closer`, which is consumed.
        mutating func choices(closedBy closer: Character, name: String) throws(SyntaxError) -> [[Token]] {
            var options: [[Token]] = []
            while true {
                options.append(try sequence(until: ["|", closer]))
                guard index < chars.count else { throw SyntaxError(message: "\(name) is not closed in \(String(chars))") }
                index += 1
                if chars[index - 1] == closer { return options }
            }
        }

        mutating func sequence(until closers: Set<Character>?) throws(SyntaxError) -> [Token] {
            var tokens: [Token] = []
            var text = ""
            func flush() {
                if !text.isEmpty { tokens.append(.text(text)); text = "" }
            }
            while index < chars.count {
                let c = chars[index]
                if let closers, closers.contains(c) { break }
                switch c {
                case "(":
                    flush()
                    index += 1
                    tokens.append(.alternatives(try choices(closedBy: ")", name: "an alternative `(`")))
                case "[":
                    flush()
                    index += 1
                    // [a|b] is an optional choice.
                    let options = try choices(closedBy: "]", name: "an optional `[`")
                    tokens.append(.optional(options.count == 1 ? options[0] : [.alternatives(options)]))
                case "{":
                    flush()
                    guard let close = chars[index...].firstIndex(of: "}") else {
                        throw SyntaxError(message: "a slot `{` is not closed in \(String(chars))")
                    }
                    let name = String(chars[(index + 1)..<close])
                    if name.isEmpty { throw SyntaxError(message: "an empty slot `{}` in \(String(chars))") }
                    tokens.append(.slot(name))
                    index = close + 1
                case ")", "]", "|", "}":
                    throw SyntaxError(message: "unbalanced `\(c)` at position \(index + 1) of \(String(chars))")
                default:
                    text.append(c)
                    index += 1
                }
            }
            flush()
            return tokens
        }
    }
}
