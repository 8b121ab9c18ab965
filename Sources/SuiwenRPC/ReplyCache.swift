import SuiwenEngine

/// Replies already given, by the question's and the context token's bytes. The engine is a
/// pure function of the question and the context (no clock, no randomness), so a reply it gave
/// is the reply it would give again; the cache belongs to one engine and is emptied when the
/// engine is replaced (`EngineStore.replace`).
///
/// Bounded by `capacity` entries in two generations: a hit in the older one moves the entry to
/// the newer; when the newer holds half the capacity it becomes the older and the older is
/// dropped. So the questions asked again and again (an FAQ pipeline's, a bot's first turns)
/// stay, and a stream of distinct questions costs at most `capacity` entries.
struct ReplyCache {
    struct Entry: Sendable {
        let question: String
        let context: String
        let answer: CachedReply
    }

    let capacity: Int
    private var recent: [UInt64: Entry] = [:]
    private var older: [UInt64: Entry] = [:]

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    var count: Int { recent.count + older.count }

    /// FNV-1a over the question's UTF-8 bytes, a separator no UTF-8 text holds, and the
    /// context's: the bytes as sent, not `String`'s hash (which normalizes Unicode on the way).
    static func key(question: String, context: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in question.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01b3
        for byte in context.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    mutating func find(question: String, context: String, key: UInt64) -> CachedReply? {
        if let entry = recent[key], entry.holds(question, context) { return entry.answer }
        if let entry = older[key], entry.holds(question, context) {
            older[key] = nil
            insert(entry, key: key)
            return entry.answer
        }
        return nil
    }

    mutating func insert(question: String, context: String, answer: CachedReply, key: UInt64) {
        guard capacity > 0 else { return }
        insert(Entry(question: question, context: context, answer: answer), key: key)
    }

    private mutating func insert(_ entry: Entry, key: UInt64) {
        // (Each generation holds half; with room for one, there is no older generation.)
        if recent.count >= max(1, capacity / 2) {
            older = capacity >= 2 ? recent : [:]
            recent = [:]
        }
        recent[key] = entry
    }
}

extension ReplyCache.Entry {
    /// The same bytes (two keys may collide; canonically equal but differently written text is
    /// another question here, answered afresh).
    func holds(_ question: String, _ context: String) -> Bool {
        self.question.utf8.elementsEqual(question.utf8) && self.context.utf8.elementsEqual(context.utf8)
    }
}

/// What a cached reply keeps: the engine's reply (for the metrics, the log and the
/// unanswered-question log, which every request still gets) and the response as sent.
public struct CachedReply: Sendable {
    public let reply: Reply
    public let response: Suiwen_V1_AskResponse
}
