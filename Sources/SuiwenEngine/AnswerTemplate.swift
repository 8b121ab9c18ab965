/// An answer template split once, at load, into text and `{placeholder}` parts, so rendering
/// is concatenation.
struct AnswerTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        case placeholder(String)
    }

    let parts: [Part]

    init(_ source: String) {
        var parts: [Part] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            parts.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    /// Whether the template has the placeholder `name` (a value costly to make is made only then).
    func uses(_ name: String) -> Bool {
        parts.contains { if case .placeholder(name) = $0 { true } else { false } }
    }

    /// The template with each placeholder replaced by its value; an unknown one stays as written.
    func render(_ values: [String: String]) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .placeholder(let name): result += values[name] ?? "{\(name)}"
            }
        }
        return result
    }
}
