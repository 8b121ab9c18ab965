import Foundation

/// What a follow-up question needs from the previous turn, carried by the client as an
/// opaque token: entity ids and the last rule, nothing else. A token that does not decode,
/// or names ids the graph does not have, is ignored.
public struct ConversationContext: Sendable, Hashable {
    /// The person last talked about (他, 她).
    public var person: String?
    /// The place last talked about (那裡, 這個區, 它).
    public var place: String?
    /// The entity the last answer was about.
    public var focus: String?
    /// The thing (not a person, district or city) the last question asked about, when its
    /// answer was about a place: 它 after 港科大(廣州)二期是在南沙吧? is the platform, not 南沙.
    public var thing: String?
    /// The figures the last answer gave (their indices in the engine's figures): 你確定? checks them.
    public var figures: [Int] = []
    /// The figures of the answer before it, when the last answer gave others (8個, then 13個 of
    /// 千億級的呢?): 兩者相差幾個? asks of both.
    public var earlierFigures: [Int] = []
    /// The rule and relation of the last answer, for elliptical questions (那越秀呢?).
    public var rule: String?
    public var relation: String?
    /// The role the last answer was about (for 那越秀呢? after 南沙的書記是誰?).
    public var role: String?
    /// The clause of the document the last answer quoted (by index), for 還有呢 / 是誰說的.
    public var clause: Int?
    /// Whether the conversation is in Simplified characters.
    public var simplified: Bool = false
    /// The ids the last reply asked back among (郭永航 or 郭昊羽?): a reply that says which
    /// (區委書記那位) picks one.
    public var candidates: [String] = []
    /// The people the last answer named (a list of speakers): 他們 asks of each.
    public var group: [String] = []
    /// Whether the last reply asked back which one (of `candidates`): a reply that only picks
    /// one (盧一先, 第一個, 南沙的) asks the question asked back again.
    public var askedBack: Bool = false
    /// The place (from 1) in the last list of the item the last answer picked by its place
    /// (第一個是…): 下一個呢 next is the item after it.
    public var item: Int?

    public init(
        person: String? = nil, place: String? = nil, focus: String? = nil, thing: String? = nil, figures: [Int] = [], rule: String? = nil, relation: String? = nil,
        role: String? = nil, clause: Int? = nil, simplified: Bool = false, candidates: [String] = [], group: [String] = [],
        askedBack: Bool = false
    ) {
        self.person = person
        self.place = place
        self.focus = focus
        self.thing = thing
        self.figures = figures
        self.rule = rule
        self.relation = relation
        self.role = role
        self.clause = clause
        self.simplified = simplified
        self.candidates = candidates
        self.group = group
        self.askedBack = askedBack
    }

    public var isEmpty: Bool {
        person == nil && place == nil && focus == nil && thing == nil && figures.isEmpty && rule == nil && clause == nil && !simplified && candidates.isEmpty && group.isEmpty
            && !askedBack && earlierFigures.isEmpty && item == nil
    }

    /// v2: the fields and a checksum (v1 had none, so a token cut short could still decode).
    static let prefix = "v2."
    /// Tokens longer than this are not ours: ignored without decoding.
    static let maximumTokenLength = 512

    public var token: String {
        guard !isEmpty else { return "" }
        // Never longer than a token may be (the next turn would ignore it whole): the
        // group and then the candidates go first.
        let whole = encoded
        guard whole.utf8.count > Self.maximumTokenLength, !candidates.isEmpty || !group.isEmpty else { return whole }
        var shorter = self
        shorter.group = []
        if shorter.encoded.utf8.count <= Self.maximumTokenLength { return shorter.encoded }
        shorter.candidates = []
        return shorter.encoded
    }

    private var encoded: String {
        // key=value;... of ids that never hold ';' or '=', in base64url: small, and no JSON
        // encoder (nor any string but the token) on the hot path.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128)
        func field(_ key: Unicode.Scalar, _ value: String?) {
            guard let value else { return }
            if !bytes.isEmpty { bytes.append(UInt8(ascii: ";")) }
            bytes.append(UInt8(ascii: key))
            bytes.append(UInt8(ascii: "="))
            bytes.append(contentsOf: value.utf8)
        }
        field("p", person)
        field("l", place)
        field("f", focus)
        field("t", thing)
        field("g", figures.isEmpty ? nil : figures.map(String.init).joined(separator: ","))
        field("r", rule)
        field("n", relation)
        field("o", role)
        field("c", clause.map(String.init))
        field("s", simplified ? "1" : nil)
        field("k", candidates.isEmpty ? nil : candidates.joined(separator: ","))
        field("m", group.isEmpty ? nil : group.joined(separator: ","))
        field("b", askedBack ? "1" : nil)
        field("h", earlierFigures.isEmpty ? nil : earlierFigures.map(String.init).joined(separator: ","))
        field("i", item.map(String.init))
        let check = Self.checksum(bytes)
        bytes.append(UInt8(truncatingIfNeeded: check >> 16))
        bytes.append(UInt8(truncatingIfNeeded: check >> 8))
        bytes.append(UInt8(truncatingIfNeeded: check))
        return Self.prefix + Self.base64URL(bytes)
    }

    /// 24 bits of FNV-1a over the fields: a token cut, altered or forged by hand fails it.
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash & 0xFF_FFFF
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Base64url without padding, by hand: on every reply's path, so no Foundation `Data`.
    static func base64URL(_ bytes: [UInt8]) -> String {
        let length = bytes.count / 3 * 4 + [0, 2, 3][bytes.count % 3]
        return String(unsafeUninitializedCapacity: length) { out in
            alphabet.withUnsafeBufferPointer { alphabet in
                var o = 0
                func put(_ n: UInt32, _ shift: UInt32) {
                    out[o] = alphabet[Int(n >> shift & 63)]
                    o += 1
                }
                var i = 0
                while i + 2 < bytes.count {
                    let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
                    put(n, 18); put(n, 12); put(n, 6); put(n, 0)
                    i += 3
                }
                if i + 1 == bytes.count {
                    let n = UInt32(bytes[i]) << 16
                    put(n, 18); put(n, 12)
                } else if i + 2 == bytes.count {
                    let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
                    put(n, 18); put(n, 12); put(n, 6)
                }
                return o
            }
        }
    }

    /// The value of each base64url digit, by its ASCII code; -1 for any other byte.
    private static let digitValues: [Int8] = {
        var values = [Int8](repeating: -1, count: 256)
        for (value, digit) in alphabet.enumerated() { values[Int(digit)] = Int8(value) }
        return values
    }()

    /// The bytes of a base64url text as we write it: digits only, no padding, the unused
    /// bits zero. nil for anything else, which `Data(base64Encoded:)` then judges.
    static func decodeBase64URL(_ text: Substring.UTF8View) -> [UInt8]? {
        guard text.count % 4 != 1 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(text.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in text {
            let value = digitValues[Int(byte)]
            guard value >= 0 else { return nil }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
                buffer &= (1 << UInt32(bits)) - 1
            }
        }
        return buffer == 0 ? out : nil
    }

    /// Decodes a token; nil for an empty, foreign, corrupt or oversized one.
    public init?(token: String) {
        guard token.utf8.count <= Self.maximumTokenLength || token.count <= Self.maximumTokenLength, token.hasPrefix(Self.prefix) else { return nil }
        var bytes: [UInt8]
        if let decoded = Self.decodeBase64URL(token.dropFirst(Self.prefix.count).utf8) {
            bytes = decoded
        } else {
            var base64 = String(token.dropFirst(Self.prefix.count).map { $0 == "-" ? "+" : $0 == "_" ? "/" : $0 })
            while base64.count % 4 != 0 { base64 += "=" }
            guard let data = Data(base64Encoded: base64) else { return nil }
            bytes = Array(data)
        }
        guard bytes.count > 3 else { return nil }
        let check = UInt32(bytes[bytes.count - 3]) << 16 | UInt32(bytes[bytes.count - 2]) << 8 | UInt32(bytes[bytes.count - 1])
        bytes.removeLast(3)
        guard check == Self.checksum(bytes), bytes.allSatisfy({ $0 < 0x80 }) || String(validating: bytes, as: UTF8.self) != nil else { return nil }
        self.init()
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            // Not what we write (ids are ASCII): read as text, field by field, as it always was.
            guard apply(fields: String(decoding: bytes, as: UTF8.self).split(separator: ";").map { field in
                let parts = field.split(separator: "=", maxSplits: 1)
                return parts.count == 2 ? (Array(parts[0].utf8), String(parts[1])) : nil
            }) else { return nil }
            return
        }
        // key=value;… read straight from the bytes: a one-letter key, `=`, a value without `;`
        // (what splitting the text gives: a field's leading `=`s are skipped, as empty pieces).
        guard apply(fields: bytes.split(separator: UInt8(ascii: ";")).map { whole in
            let field = whole.drop { $0 == UInt8(ascii: "=") }
            guard field.count >= 3, field[field.startIndex + 1] == UInt8(ascii: "=") else { return nil }
            return ([field[field.startIndex]], String(decoding: field.dropFirst(2), as: UTF8.self))
        }) else { return nil }
    }

    /// Sets each field (its key's bytes, its value); false for a malformed one. A field of a
    /// lowercase letter this version does not know is one a newer server wrote (the checksum
    /// says the token arrived whole, not who wrote it): skipped, so that in a rolling deploy a
    /// conversation keeps the fields this version reads (the next token it writes drops it).
    private mutating func apply(fields: [(key: [UInt8], value: String)?]) -> Bool {
        for field in fields {
            guard let (key, value) = field, key.count == 1, !value.isEmpty else { return false }
            switch key[0] {
            case UInt8(ascii: "p"): person = value
            case UInt8(ascii: "l"): place = value
            case UInt8(ascii: "f"): focus = value
            case UInt8(ascii: "t"): thing = value
            case UInt8(ascii: "r"): rule = value
            case UInt8(ascii: "n"): relation = value
            case UInt8(ascii: "o"): role = value
            case UInt8(ascii: "s"): simplified = value == "1"
            case UInt8(ascii: "k"): candidates = value.split(separator: ",").map(String.init)
            case UInt8(ascii: "m"): group = value.split(separator: ",").map(String.init)
            case UInt8(ascii: "b"): askedBack = value == "1"
            case UInt8(ascii: "c"):
                guard let index = Int(value), index >= 0 else { return false }
                clause = index
            case UInt8(ascii: "i"):
                guard let place = Int(value), place >= 1 else { return false }
                item = place
            case UInt8(ascii: "g"), UInt8(ascii: "h"):
                let indices = value.split(separator: ",").compactMap { Int($0) }.filter { $0 >= 0 }
                guard indices.count == value.split(separator: ",", omittingEmptySubsequences: false).count else { return false }
                if key[0] == UInt8(ascii: "g") { figures = indices } else { earlierFigures = indices }
            case UInt8(ascii: "a")...UInt8(ascii: "z"): continue
            default: return false
            }
        }
        return true
    }
}
