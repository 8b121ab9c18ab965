import Foundation
import Testing
@testable import SuiwenKnowledge

/// The repository's knowledge/ directory, found from this file's path.
let knowledgeDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("knowledge").path

/// A copy of knowledge/ with one file changed, for a broken fixture.
func brokenCopy(_ file: String, _ edit: (String) -> String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("suiwen-fixture-\(UUID().uuidString)")
    try FileManager.default.copyItem(atPath: knowledgeDirectory, toPath: directory.path)
    let path = directory.appendingPathComponent(file).path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let edited = edit(text)
    #expect(edited != text, "the fixture edit must change \(file)")
    try edited.write(toFile: path, atomically: true, encoding: .utf8)
    return directory.path
}

func issues(in directory: String) -> [KnowledgeIssue] {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    do {
        _ = try KnowledgeLoader.load(directory: directory)
        return []
    } catch let error as KnowledgeValidationError {
        return error.issues
    } catch {
        Issue.record("unexpected error \(error)")
        return []
    }
}

func line(of needle: String, in file: String) throws -> Int {
    let text = try String(contentsOfFile: knowledgeDirectory + "/" + file, encoding: .utf8)
    let lines = text.components(separatedBy: "\n")
    return (lines.firstIndex { $0.contains(needle) } ?? -1) + 1
}

@Suite struct KnowledgeValidationTests {
    @Test func theBundledKnowledgeLoads() throws {
        let base = try KnowledgeLoader.load(directory: knowledgeDirectory)
        #expect(base.entities.count > 100)
        #expect(base.entity("guo-yonghang")?.name == "郭永航")
        // Every fact's quote is a sentence of the (repaired) article.
        for fact in base.facts { #expect(base.source.repairedText.contains(fact.quote)) }
    }

    /// The common words are read from their file, byte by byte, as the same hash any caller
    /// computes; a row with a space in it is reported with its line.
    @Test func theCommonWordsAreRead() throws {
        let base = try KnowledgeLoader.load(directory: knowledgeDirectory)
        let rows = try String(contentsOfFile: knowledgeDirectory + "/lexicon/common-words.txt", encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(base.lexicon.commonWords.count == rows.count)
        for word in ["達到", "那天", "市場"].map({ base.lexicon.fold.isEmpty ? $0 : String($0.map { base.lexicon.fold[$0] ?? $0 }) }) {
            #expect(base.lexicon.commonWords.contains(Lexicon.wordHash(word.unicodeScalars.map(\.value))), "\(word)")
        }
        #expect(!base.lexicon.commonWords.contains(Lexicon.wordHash("招开".unicodeScalars.map(\.value))))
        let found = issues(in: try brokenCopy("lexicon/common-words.txt") { $0 + "两个 词\n" })
        #expect(found.contains { $0.code == "malformed-file" && $0.location.file == "lexicon/common-words.txt" && $0.location.line == rows.count + 4 })
    }

    /// The readings table is read from its bytes; a row that is not one character, a tab and its
    /// readings is reported with its line, and the rows around it still count.
    @Test func malformedReadingRowsAreReportedWithTheirLines() throws {
        let table = try String(contentsOfFile: knowledgeDirectory + "/lexicon/readings.tsv", encoding: .utf8)
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).count - (table.hasSuffix("\n") ? 1 : 0)
        let broken = ["兩字\tliang", "字", "\tzi", "字\t,,", "字\tzi\tmore"]
        for (offset, row) in broken.enumerated() {
            let found = issues(in: try brokenCopy("lexicon/readings.tsv") { $0 + row + "\n" + "㐀\tqiu\n" })
            #expect(found.contains { $0.code == "malformed-file" && $0.location.file == "lexicon/readings.tsv" && $0.location.line == lines + 1 },
                "row \(offset): \(row)")
            #expect(found.filter { $0.code == "malformed-file" }.count == 1, "row \(offset): \(row)")
        }
    }

    @Test func theRepairsAreApplied() throws {
        let base = try KnowledgeLoader.load(directory: knowledgeDirectory)
        #expect(base.source.repairedText.contains("規模化產業鏈群梯隊"))
        #expect(!base.source.repairedText.contains("惫篮"))
    }

    @Test func malformedYAMLNamesFileAndLine() throws {
        let found = issues(in: try brokenCopy("entities/people.yaml") { $0.replacingOccurrences(of: "    name: 蔡澍", with: "    name: [蔡澍") })
        let issue = try #require(found.first { $0.code == "malformed-file" })
        #expect(issue.location.file == "entities/people.yaml")
        #expect(issue.location.line >= (try line(of: "name: 蔡澍", in: "entities/people.yaml")))
    }

    @Test func unknownType() throws {
        let found = issues(in: try brokenCopy("entities/people.yaml") { $0.replacingOccurrences(of: "type: person\n    name: 洪謙", with: "type: persn\n    name: 洪謙") })
        let issue = try #require(found.first { $0.code == "unknown-type" })
        #expect(issue.location.file == "entities/people.yaml")
        #expect(issue.location.line == (try line(of: "name: 洪謙", in: "entities/people.yaml")) - 1)
        #expect(issue.message.contains("persn"))
    }

    @Test func unknownRelation() throws {
        let found = issues(in: try brokenCopy("facts/relations.yaml") { $0.replacingOccurrences(of: "relation: convened_by", with: "relation: convened") })
        let issue = try #require(found.first { $0.code == "unknown-relation" })
        #expect(issue.location.file == "facts/relations.yaml")
        #expect(issue.location.line == (try line(of: "relation: convened_by", in: "facts/relations.yaml")))
    }

    @Test func danglingID() throws {
        let found = issues(in: try brokenCopy("facts/posts.yaml") { $0.replacingOccurrences(of: "org: haizhu", with: "org: haizhu-district") })
        let issue = try #require(found.first { $0.code == "dangling-id" })
        #expect(issue.location.file == "facts/posts.yaml")
        #expect(issue.message.contains("haizhu-district"))
    }

    @Test func duplicateID() throws {
        let found = issues(in: try brokenCopy("entities/people.yaml") { $0.replacingOccurrences(of: "id: cai-shu", with: "id: hong-qian") })
        let issue = try #require(found.first { $0.code == "duplicate-id" })
        #expect(issue.location.file == "entities/people.yaml")
        #expect(issue.location.line == (try line(of: "id: cai-shu", in: "entities/people.yaml")))
    }

    @Test func aliasClaimedTwice() throws {
        let found = issues(in: try brokenCopy("entities/people.yaml") { $0.replacingOccurrences(of: "[蔡書記,", with: "[洪局長, 蔡書記,") })
        let issue = try #require(found.first { $0.code == "ambiguous-alias" })
        #expect(issue.location.file == "entities/people.yaml")
        #expect(issue.message.contains("洪局長"))
        #expect(issue.fix.contains("ambiguous_aliases"))
    }

    @Test func factWithoutProvenance() throws {
        let found = issues(in: try brokenCopy("facts/posts.yaml") { $0.replacingOccurrences(of: "    quote: 廣州市海珠區委書記蔡澍介紹\n", with: "") })
        let issue = try #require(found.first { $0.code == "missing-provenance" })
        #expect(issue.location.file == "facts/posts.yaml")
        #expect(issue.location.line == (try line(of: "subject: cai-shu", in: "facts/posts.yaml")))
    }

    @Test func quoteNotInSource() throws {
        let found = issues(in: try brokenCopy("facts/posts.yaml") { $0.replacingOccurrences(of: "quote: 廣州市海珠區委書記蔡澍介紹", with: "quote: 廣州市海珠區委書記蔡澍表示") })
        let issue = try #require(found.first { $0.code == "quote-not-in-source" })
        #expect(issue.location.file == "facts/posts.yaml")
        #expect(issue.location.line == (try line(of: "subject: cai-shu", in: "facts/posts.yaml")))
    }

    @Test func unknownField() throws {
        let found = issues(in: try brokenCopy("entities/people.yaml") { $0.replacingOccurrences(of: "    aliases: [蔡書記", with: "    alias: [蔡書記") })
        #expect(found.contains { $0.code == "unknown-field" && $0.location.file == "entities/people.yaml" })
    }
}

@Suite struct QuestionPatternTests {
    @Test func parsesAlternativesOptionalsAndSlots() throws {
        let pattern = try QuestionPattern("[{district}的]{role}(是誰|叫什麼)[呢|啊]")
        #expect(pattern.slotTypes == ["district", "role"])
        #expect(pattern.tokens.count == 4)
        guard case .optional(let tail) = pattern.tokens[3], case .alternatives(let options) = tail.first else {
            Issue.record("[呢|啊] should be an optional choice")
            return
        }
        #expect(options.count == 2)
    }

    @Test(arguments: ["{role}(是誰", "{role}是誰]", "[{district}", "{role", "{}是誰", "a|b"])
    func refusesUnbalancedSyntax(source: String) {
        #expect(throws: QuestionPattern.SyntaxError.self) { try QuestionPattern(source) }
    }

    @Test func aMalformedPatternNamesFileAndLine() throws {
        let found = issues(in: try brokenCopy("rules/intents.yaml") {
            $0.replacingOccurrences(of: "(由誰主政|歸誰管", with: "(由誰主政|歸誰管]")
        })
        let issue = try #require(found.first { $0.code == "malformed-pattern" })
        #expect(issue.location.file == "rules/intents.yaml")
        #expect(issue.location.line == (try line(of: "(由誰主政|歸誰管", in: "rules/intents.yaml")))
    }

    @Test func aFixedSlotMustNameAnEntity() throws {
        let found = issues(in: try brokenCopy("rules/intents.yaml") {
            $0.replacingOccurrences(of: "slots: {role: role-leader}", with: "slots: {role: role-boss}")
        })
        #expect(found.contains { $0.code == "dangling-id" && $0.message.contains("role-boss") })
    }
}
