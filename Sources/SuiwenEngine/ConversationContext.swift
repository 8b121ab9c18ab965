import Foundation

/// What a follow-up question needs from the previous turn, carried by the client as an
/// opaque token: entity ids and the last rule, nothing else. A token that does not decode,
/// or names ids the graph does not have, is ignored.
public struct ConversationContext: Sendable, Hashable, Codable {
    /// The person last talked about (他, 她).
    public var person: String?
    /// The place last talked about (那裡, 這個區, 它).
    public var place: String?
    /// The entity the last answer was about.
    public var focus: String?
    /// The rule and relation of the last answer, for elliptical questions (那越秀呢?).
    public var rule: String?
    public var relation: String?

    enum CodingKeys: String, CodingKey {
        case person = "p", place = "l", focus = "f", rule = "r", relation = "n"
    }

    public init(person: String? = nil, place: String? = nil, focus: String? = nil, rule: String? = nil, relation: String? = nil) {
        self.person = person
        self.place = place
        self.focus = focus
        self.rule = rule
        self.relation = relation
    }

    public var isEmpty: Bool { person == nil && place == nil && focus == nil && rule == nil }

    static let prefix = "v1."
    /// Tokens longer than this are not ours: ignored without decoding.
    static let maximumTokenLength = 512

    public var token: String {
        guard !isEmpty, let data = try? JSONEncoder().encode(self) else { return "" }
        let base64 = data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return Self.prefix + base64
    }

    /// Decodes a token; nil for an empty, foreign, corrupt or oversized one.
    public init?(token: String) {
        guard token.count <= Self.maximumTokenLength, token.hasPrefix(Self.prefix) else { return nil }
        var base64 = String(token.dropFirst(Self.prefix.count))
            .replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64),
            let decoded = try? JSONDecoder().decode(ConversationContext.self, from: data)
        else { return nil }
        self = decoded
    }
}
