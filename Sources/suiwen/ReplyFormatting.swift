import Foundation
import SwiftProtobuf
import SuiwenRPC

extension Suiwen_V1_AskResponse {
    var statusName: String {
        switch status {
        case .answered: "answered"
        case .clarify: "clarify"
        case .noAnswer: "no_answer"
        default: "unspecified"
        }
    }

    /// The answer, its suggestions and the sentences it rests on, for a person at a terminal.
    func humanText(explain: Bool) -> String {
        var lines = [answer]
        if !suggestions.isEmpty {
            lines.append((status == .clarify ? "候選: " : "可以問: ") + suggestions.joined(separator: " / "))
        }
        for citation in citations {
            let line = citation.line > 0 ? ", line \(citation.line)" : ""
            lines.append("  —— 「\(citation.quote)」(\(citation.source)\(line))")
        }
        if explain {
            lines.append("  status: \(statusName)  rule: \(explanation.rule)  confidence: \(String(format: "%.2f", confidence))")
            for entity in entities {
                let span = entity.start >= 0 ? "[\(entity.start),\(entity.end)) \"\(entity.matched)\"" : "(from context)"
                lines.append("  entity: \(entity.id) \(entity.type) \(entity.name) \(span) \(entity.match)")
            }
            if !explanation.contextUsed.isEmpty { lines.append("  context: \(explanation.contextUsed)") }
            for note in explanation.notes { lines.append("  note: \(note)") }
            lines.append("  normalized: \(explanation.normalizedQuestion)")
        }
        return lines.joined(separator: "\n")
    }

    /// The whole reply in protobuf's JSON mapping, on one line.
    func jsonLine() throws -> String {
        var options = JSONEncodingOptions()
        options.alwaysPrintEnumsAsInts = false
        return try jsonString(options: options)
    }
}
