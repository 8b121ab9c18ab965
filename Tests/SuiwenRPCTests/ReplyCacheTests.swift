import Foundation
import Testing
import SuiwenEngine
import SuiwenKnowledge
@testable import SuiwenRPC

@Suite struct ReplyCacheTests {
    /// A question asked again in the same context gets the reply given the first time, with its
    /// metric, log line and unanswered-question entry all the same; another context is another
    /// question.
    @Test func aQuestionAskedAgainIsAnsweredFromTheCacheAndStillObserved() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("misses-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = EngineStore(engine, replyCacheEntries: 8)
        let answerer = Answerer(store: store, observation: .init(misses: try MissLog(path: path)))
        let first = try answerer.answer("南沙的產業重點?", context: "", method: "Ask")
        #expect(store.cachedReplies == 1)
        #expect(try answerer.answer("南沙的產業重點?", context: "", method: "Ask") == first)
        #expect(store.cachedReplies == 1)
        let followUp = try answerer.answer("他呢?", context: first.context, method: "Ask")
        #expect(try answerer.answer("他呢?", context: "", method: "Ask") != followUp)
        #expect(store.cachedReplies == 3)
        // A question not answered is logged each time it is asked, cached or not.
        _ = try answerer.answer("今天天氣如何?", context: "", method: "Ask")
        let logged = try MissLog.read(path: path).entries.count
        _ = try answerer.answer("今天天氣如何?", context: "", method: "Ask")
        #expect(try MissLog.read(path: path).entries.count == logged + 1)
    }

    /// Bounded: a stream of distinct questions keeps at most the capacity, and a question asked
    /// again and again stays while others come and go.
    @Test func theCacheHoldsAtMostItsCapacityAndKeepsWhatIsAskedAgain() throws {
        let store = EngineStore(engine, replyCacheEntries: 4)
        let answerer = Answerer(store: store)
        let questions = ["廣州市長是誰?", "盧一先是誰?", "蔡澍是誰?", "郭昊羽是誰?", "洪謙是誰?", "王宏偉是誰?", "高裕躍是誰?"]
        for question in questions {
            _ = try answerer.answer("南沙的產業重點?", context: "", method: "Ask")
            _ = try answerer.answer(question, context: "", method: "Ask")
            #expect(store.cachedReplies <= 4)
        }
        let (_, cached, _) = store.engine(answering: "南沙的產業重點?", context: "")
        #expect(cached != nil)
        let (_, gone, _) = store.engine(answering: questions[0], context: "")
        #expect(gone == nil)
    }

    /// A reload empties the cache, and a reply the replaced engine gave after the swap is not
    /// kept for the new one.
    @Test func aReloadEmptiesTheCacheAndRefusesTheOldEnginesReplies() throws {
        let store = EngineStore(engine, replyCacheEntries: 8)
        let answerer = Answerer(store: store)
        let reply = try answerer.answer("南沙的產業重點?", context: "", method: "Ask")
        #expect(store.cachedReplies == 1)
        let reloaded = try QAEngine(knowledge: try KnowledgeLoader.load(directory: repositoryRoot.appendingPathComponent("knowledge").path))
        store.replace(with: reloaded)
        #expect(store.cachedReplies == 0)
        let key = ReplyCache.key(question: "南沙的產業重點?", context: "")
        store.remember(CachedReply(reply: try engine.answer("南沙的產業重點?"), response: reply), question: "南沙的產業重點?", context: "", key: key, answeredBy: engine)
        #expect(store.cachedReplies == 0)
    }

    /// Off by default for an `EngineStore` (the command line's local answers), and at 0.
    @Test func noCacheWithoutCapacity() throws {
        let store = EngineStore(engine)
        _ = try Answerer(store: store).answer("南沙的產業重點?", context: "", method: "Ask")
        _ = try Answerer(store: store).answer("南沙的產業重點?", context: "", method: "Ask")
        #expect(store.cachedReplies == 0)
    }

    /// Only what a client sends in earnest is kept: not a reply to a context token the server
    /// cannot read, nor to a question longer than the engine answers.
    @Test func unreadableContextsAndOverlongQuestionsAreNotKept() throws {
        let store = EngineStore(engine, replyCacheEntries: 8)
        let answerer = Answerer(store: store)
        _ = try answerer.answer("南沙的產業重點?", context: String(repeating: "x", count: 5000), method: "Ask")
        #expect(store.cachedReplies == 0)
        _ = try? answerer.answer(String(repeating: "南", count: 600), context: "", method: "Ask")
        #expect(store.cachedReplies == 0)
        // With room for one, one is kept.
        let one = EngineStore(engine, replyCacheEntries: 1)
        for question in ["廣州市長是誰?", "盧一先是誰?", "蔡澍是誰?"] {
            _ = try Answerer(store: one).answer(question, context: "", method: "Ask")
            #expect(one.cachedReplies <= 1)
        }
    }

    /// Two questions whose bytes differ are two keys, whatever `String` equality says.
    @Test func keysAreTheBytes() {
        #expect(ReplyCache.key(question: "é", context: "") != ReplyCache.key(question: "e\u{301}", context: ""))
        #expect(ReplyCache.key(question: "ab", context: "c") != ReplyCache.key(question: "a", context: "bc"))
    }
}
