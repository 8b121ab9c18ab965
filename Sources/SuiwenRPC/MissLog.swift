import Foundation
import Synchronization
import SuiwenEngine

/// The unanswered-question log (`suiwen serve --misses FILE`): every NO_ANSWER and CLARIFY
/// question appended as one JSON line, so maintainers see what to add to `knowledge/`.
/// `suiwen misses FILE` summarizes it.
public final class MissLog: Sendable {
    /// One line of the log.
    public struct Entry: Codable, Sendable, Hashable {
        /// When it was asked, ISO 8601 UTC.
        public var time: String
        /// The question as the matcher saw it (normalized).
        public var question: String
        /// `no_answer` or `clarify`.
        public var status: String
        /// The rule that decided the reply: what relation was asked and not held.
        public var intent: String
        /// Ids of the entities found in the question (and taken from the context).
        public var entities: [String]
        /// Their types (person, district, role, …), in the same order.
        public var entityTypes: [String]
        public var method: String
        public var knowledgeVersion: Int

        public init(
            time: String, question: String, status: String, intent: String, entities: [String], entityTypes: [String], method: String,
            knowledgeVersion: Int
        ) {
            self.time = time
            self.question = question
            self.status = status
            self.intent = intent
            self.entities = entities
            self.entityTypes = entityTypes
            self.method = method
            self.knowledgeVersion = knowledgeVersion
        }

        public init(question: String, reply: Reply, method: String, knowledgeVersion: Int, at date: Date = Date()) {
            self.init(
                time: date.formatted(.iso8601),
                question: reply.explanation.normalizedQuestion.isEmpty ? question : reply.explanation.normalizedQuestion,
                status: reply.status.rawValue,
                intent: reply.intent,
                entities: reply.entities.map(\.id),
                entityTypes: reply.entities.map(\.type),
                method: method,
                knowledgeVersion: knowledgeVersion)
        }
    }

    /// Why the log cannot be written, with the path.
    public struct OpenError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "Cannot append to the misses log \(path): \(reason)" }
    }

    public let path: String
    private let handle: Mutex<FileHandle>
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Opens `path` for appending, creating it when absent.
    public init(path: String) throws(OpenError) {
        self.path = path
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw OpenError(path: path, reason: "the file cannot be created (does its directory exist, may we write there?)")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw OpenError(path: path, reason: "the file cannot be opened for writing")
        }
        do {
            try handle.seekToEnd()
        } catch {
            throw OpenError(path: path, reason: "\(error)")
        }
        self.handle = Mutex(handle)
    }

    /// Appends one line. A failed write is not the asker's problem: it is dropped.
    public func append(_ entry: Entry) {
        guard var line = try? encoder.encode(entry) else { return }
        line.append(0x0A)
        handle.withLock { handle in try? handle.write(contentsOf: line) }
    }

    /// The entries of a log file, skipping lines that are not entries (counted).
    public static func read(path: String) throws -> (entries: [Entry], unreadable: Int) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let decoder = JSONDecoder()
        var entries: [Entry] = []
        var unreadable = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if let entry = try? decoder.decode(Entry.self, from: Data(line.utf8)) {
                entries.append(entry)
            } else {
                unreadable += 1
            }
        }
        return (entries, unreadable)
    }
}
