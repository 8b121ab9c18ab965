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
        if explain { lines += explanationLines }
        return lines.joined(separator: "\n")
    }

    /// How the reply was reached: the rule, the entities with their spans, the confidence.
    var explanationLines: [String] {
        var lines = ["  status: \(statusName)  rule: \(explanation.rule)  confidence: \(String(format: "%.2f", confidence))"]
        for entity in entities {
            let span = entity.start >= 0 ? "[\(entity.start),\(entity.end)) \"\(entity.matched)\"" : "(from context)"
            lines.append("  entity: \(entity.id) \(entity.type) \(entity.name) \(span) \(entity.match)")
        }
        if !explanation.contextUsed.isEmpty { lines.append("  context: \(explanation.contextUsed)") }
        for note in explanation.notes { lines.append("  note: \(note)") }
        lines.append("  normalized: \(explanation.normalizedQuestion)")
        return lines
    }

    /// The whole reply in protobuf's JSON mapping, on one line, after `fields` (names and
    /// JSON values) when there are any: the one JSON shape of a reply.
    func jsonLine(after fields: [(name: String, json: String)] = []) throws -> String {
        var options = JSONEncodingOptions()
        options.alwaysPrintEnumsAsInts = false
        let reply = try jsonString(options: options)
        return fields.isEmpty ? reply : jsonObjectLine(fields, then: jsonMembers(ofObject: reply))
    }
}

/// The inside of a JSON object's text, without its braces. (By index, not `dropFirst().dropLast()`:
/// a `Substring`'s `dropLast` counted every character of the reply first.)
func jsonMembers(ofObject json: String) -> Substring {
    guard json.utf8.count >= 2 else { return "" }
    return json[json.utf8.index(after: json.startIndex)..<json.utf8.index(before: json.endIndex)]
}

/// One JSON object on one line: `fields` in order (values already JSON), then `members`, the
/// inside of another object's JSON text.
func jsonObjectLine(_ fields: [(name: String, json: String)], then members: Substring = "") -> String {
    var parts = fields.map { "\(jsonString($0.name)):\($0.json)" }
    if !members.isEmpty { parts.append(String(members)) }
    return "{" + parts.joined(separator: ",") + "}"
}

/// A JSON string literal.
func jsonString(_ text: String) -> String {
    JSONText.quoted(text)
}
