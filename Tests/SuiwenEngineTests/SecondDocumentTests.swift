import Foundation
import Testing
import SuiwenKnowledge
@testable import SuiwenEngine

/// The same engine, another document: Tests/fixtures/second-document has its own source,
/// entities, facts, rules and templates, and no code of its own.
@Suite struct SecondDocumentTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/second-document").path
    static let second: QAEngine = {
        do {
            return try QAEngine(knowledge: try KnowledgeLoader.load(directory: directory))
        } catch {
            fatalError("Tests/fixtures/second-document does not load: \(error)")
        }
    }()

    @Test(arguments: second.knowledge.rules.flatMap { rule in rule.examples.map { (rule.id, $0.question, $0.expect) } })
    func example(rule: String, question: String, expect: String) throws {
        let reply = try Self.second.answer(question)
        #expect(reply.intent == rule, "\(question) → \(reply.intent): \(reply.answer)")
        #expect(reply.status.rawValue == expect, "\(question) → \(reply.answer)")
    }

    @Test func answersFromItsOwnGraphAndClauses() throws {
        #expect(try Self.second.answer("一卡通覆蓋哪些區?").answer.contains("北嶺"))
        let clause = try Self.second.answer("夜間開放到晚上幾點?")
        #expect(clause.answer.contains("10點"))
        #expect(clause.citations.first?.source == "source/library-2024.txt")
        // Nothing of the Guangzhou article leaks in.
        #expect(try Self.second.answer("南沙的產業重點?").status == .noAnswer)
        #expect(try Self.second.answer("還有呢?").suggestions == Self.second.knowledge.suggestions)
    }
}
