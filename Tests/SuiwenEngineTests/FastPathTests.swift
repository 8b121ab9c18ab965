import Testing
import SuiwenKnowledge
@testable import SuiwenEngine

/// The matcher's fast paths (byte scans, bit sets, indexes built at load, a top-k selection)
/// against the plain definitions they replace: each must give the same answer on every input,
/// including the inputs the fast path hands back to the slow one.
@Suite struct FastPathTests {
    /// Texts of every kind the fast paths tell apart: the article's scripts and punctuation,
    /// ASCII, full-width forms, combining marks, emoji, the hexagrams inside the ideographs'
    /// lead byte, supplementary ideographs, control characters.
    static let samples: [String] = [
        "", "南沙的產業重點?", "广州市长是谁？", "他說海珠摸排了多少家企業,又走訪了多少?", "ＡＢＣ　１２；",
        "e\u{301}tude", "café", "👍🏽 南沙", "䷀ 易經", "\u{4DBF}\u{4DC0}\u{4E00}", "𠀀𠀁 supplementary",
        "tab\there", "line\nbreak", "“双核五极”、（一轴一路）", "K\u{212A}", "2023年，二〇二四年", "，", "a,", ",a",
    ]

    /// The template prefilter (keys every match holds, and what a match begins and ends with)
    /// only ever rules out a pattern that does not match: checked on every rule's examples, with
    /// words added before and after, and the samples.
    @Test func templatePrefilterNeverRulesOutAMatch() {
        let examples = engine.rules.flatMap { $0.examples.map(\.question) }
        let questions = Self.samples + examples + examples.flatMap { ["那" + $0, $0 + "呢", "請問" + $0 + "?"] }
        var matched = 0
        var ruledOut = 0
        for question in questions {
            let analysis = engine.analyze(question, context: ConversationContext())
            let keys = analysis.normalized.keys
            let fillers = CompiledPattern.slotFillers(analysis)
            let shape = CompiledPattern.Shape(keys, fillers)
            for pattern in engine.rulePatterns.joined() {
                let matches = pattern.matches(keys, fillers)
                if matches { matched += 1 }
                if !pattern.mayMatch(shape) {
                    ruledOut += 1
                    #expect(!matches, "\(pattern.source) matches \(question) but was ruled out")
                }
            }
        }
        #expect(matched > 0 && ruledOut > 0)
    }

    @Test func simpleTextFromBytesAgreesWithScalars() {
        var texts = Self.samples
        var generator = SystemRandomNumberGenerator()
        let pool: [UInt32] = [0x09, 0x0A, 0x20, 0x41, 0x7E, 0x7F, 0xB7, 0xE9, 0x301, 0x2018, 0x2028, 0x3001, 0x302A, 0x4DBF, 0x4DC0, 0x4E00, 0x9FFF, 0xFE30, 0xFF0C, 0xFF66, 0x1F600, 0x20000, 0x323AF]
        for _ in 0..<2000 {
            let scalars = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Unicode.Scalar(pool.randomElement(using: &generator)!)! }
            texts.append(String(String.UnicodeScalarView(scalars)))
        }
        for text in texts {
            let plain = text.unicodeScalars.allSatisfy { CharacterKey.isSimple($0.value) }
            #expect(String.isSimpleText(text) == plain, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func utf8EncodingAgreesWithString() {
        for value: UInt32 in [0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0x4E00, 0xFFFF, 0x10000, 0x20000, 0x10FFFF] {
            var bytes: [UInt8] = []
            TextNormalizer.appendUTF8(value, to: &bytes)
            #expect(bytes == Array(String(Unicode.Scalar(value)!).utf8))
        }
    }

    @Test func normalizedStringAgreesWithItsCharacters() {
        for text in Self.samples {
            let normalized = engine.normalizer.normalize(text)
            #expect(normalized.string == String(normalized.characters))
        }
    }

    @Test func yearsFromKeysAgreeWithYearsFromCharacters() {
        for text in Self.samples + ["2022年和2023年", "12023年", "2023年2024年", "二〇二二年"] {
            let normalized = engine.normalizer.normalize(text)
            #expect(QAEngine.years(inKeys: normalized.keys) == QAEngine.years(in: normalized.characters))
        }
    }

    @Test func scriptFoldByScalarsAgreesWithFoldByCharacters() {
        let texts = Self.samples + engine.evidence.sentences.map(\.text) + ["ＨＥＬＬＯ　廣州市長", "ABC廣東Ｚ", "\u{3000}臺灣"]
        for text in texts {
            #expect(engine.normalizer.foldScript(text) == engine.normalizer.foldScriptByCharacter(text), "\(text)")
        }
    }

    /// The sentence tables built at load are what the answer path used to work out per question.
    @Test func sentenceTablesAgreeWithTheirDefinitions() {
        for (index, sentence) in engine.evidence.sentences.enumerated() {
            let letters = String(engine.normalizer.foldScript(sentence.text).filter { $0.isLetter || $0.isNumber })
            #expect(engine.sentenceLetters[index] == letters)
            #expect(engine.sentenceBigrams[index] == QAEngine.bigrams(engine.normalizer.normalize(sentence.text).characters))
            #expect(engine.sentenceFolds[index] == engine.scalarFold.fold(sentence.text))
        }
    }

    /// The Bloom filter of fuzzy names' openings turns away only windows no entry has: every
    /// lookup agrees with a search of all the entries, for random names and windows.
    @Test func fuzzyNamesFilterNeverRulesOutAnEntry() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt32] = Array(0x4E00..<0x4E0C)
        let wildcard: UInt32 = 0x2A
        var index: [[UInt32]: [String]] = [:]
        for n in 0..<400 {
            let mark = UInt32.random(in: 1...3, using: &generator)
            let length = Int.random(in: 2...6, using: &generator)
            var key = [mark] + (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            if Bool.random(using: &generator) { key[Int.random(in: 1...length, using: &generator)] = wildcard }
            index[key, default: []].append("e\(n)")
        }
        let names = FuzzyNames(index)
        func brute(_ mark: UInt32, _ window: [UInt32], replacing: Int, omitting: Int) -> [String]? {
            var key = [mark]
            for (offset, v) in window.enumerated() where offset != omitting { key.append(offset == replacing ? wildcard : v) }
            return index[key]
        }
        for key in index.keys {
            #expect(names.ids(key[0], key.dropFirst()[...], wildcard: wildcard) == index[key])
            // Every entry found through each edit that leads to it: a character added anywhere
            // (then left out by `omitting`), and the wildcard's character typed as anything.
            let body = Array(key.dropFirst())
            for i in 0...body.count {
                var window = body
                window.insert(alphabet.randomElement(using: &generator)!, at: i)
                #expect(names.ids(key[0], window[...], omitting: i, wildcard: wildcard) == index[key])
            }
            if let j = body.firstIndex(of: wildcard) {
                var window = body
                window[j] = alphabet.randomElement(using: &generator)!
                #expect(names.ids(key[0], window[...], replacing: j, wildcard: wildcard) == index[key])
            }
        }
        for _ in 0..<5000 {
            let window = (0..<Int.random(in: 2...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let mark = UInt32.random(in: 1...3, using: &generator)
            let replacing = Int.random(in: -1..<window.count, using: &generator)
            let omitting = replacing >= 0 ? -1 : Int.random(in: -1..<window.count, using: &generator)
            #expect(names.ids(mark, window[...], replacing: replacing, omitting: omitting, wildcard: wildcard)
                == brute(mark, window, replacing: replacing, omitting: omitting))
        }
    }

    @Test func scalarBitsHoldWhatTheyWereGiven() {
        let members: [UInt32] = [0, 63, 64, 0x4E00, 0x3FFFF]
        let bits = ScalarBits(members + [0x40000, 0x10FFFF])
        for v: UInt32 in [0, 1, 63, 64, 65, 0x4E00, 0x4E01, 0x3FFFF, 0x40000, 0x10FFFF] {
            #expect(bits.contains(v) == members.contains(v))
        }
    }

    @Test func bestFewAgreeWithSortingAll() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let scored = (0..<Int.random(in: 0...40, using: &generator)).map { clause in
                (clause: clause, score: Double(Int.random(in: 0...5, using: &generator)))
            }.shuffled(using: &generator)
            let sorted = scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.clause < $1.clause }
            let best = QAEngine.best(8, of: scored)
            #expect(best.map(\.clause) == Array(sorted.prefix(8)).map(\.clause))
        }
    }

    @Test func postsByIndexAgreeWithFilteringEveryPost() {
        let knowledge = engine.knowledge
        let roles = knowledge.entities.filter { $0.type == "role" }
        let scopes: [Entity?] = [nil] + knowledge.entities.filter { ["organization", "district", "city", "zone"].contains($0.type) }
        #expect(!roles.isEmpty)
        let ids = roles.map(\.id) + ["no-such-role", knowledge.entities.first { $0.type == "person" }!.id]
        for postRole in ids {
            for asked in ids {
                #expect(engine.roleMatches(postRole, asked) == engine.roleMatchesByWalking(postRole, asked), "\(postRole) → \(asked)")
            }
        }
        for role in roles {
            for scope in scopes {
                let plain = engine.posts.filter { post in
                    guard engine.roleMatchesByWalking(post.role, role.id) else { return false }
                    guard let scope else { return true }
                    return post.org == scope.id || (scope.id == knowledge.scope && knowledge.scopeBodies.contains(post.org ?? ""))
                }
                #expect(engine.postsMatching(role: role.id, scope: scope) == plain, "\(role.id) of \(scope?.id ?? "anywhere")")
            }
        }
    }
}

extension FastPathTests {
    /// Tokens with valid checksums around hand-made fields (leading `=`, empty values, `;;`,
    /// unknown keys (a letter: skipped; anything else: refused), combining marks, the Greek question mark that equals `;`): read from the
    /// bytes as the text reading reads them.
    @Test func tokenFieldsReadFromBytesAgreeWithReadingText() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["p", "c", "=", ";", "x", "1", "s", "é", "\u{301}", "\u{37E}", "\r\n"]
        var payloads = ["p=x", "=p=x", "==c=1", "p==x", "p=", ";;p=x;", "pp=x", "c=-1", "s=1;c=3", "p=\u{301}x", "p=x\u{37E}l=y"]
        for _ in 0..<3000 {
            payloads.append((0..<Int.random(in: 1...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for payload in payloads {
            var bytes = Array(payload.utf8)
            let check = ConversationContext.checksum(bytes)
            bytes += [UInt8(truncatingIfNeeded: check >> 16), UInt8(truncatingIfNeeded: check >> 8), UInt8(truncatingIfNeeded: check)]
            let token = ConversationContext.prefix + ConversationContext.base64URL(bytes)
            #expect(ConversationContext(token: token) == Self.readingText(payload), "\(payload.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// A token a newer server wrote, with a field this one does not know: the fields it knows
    /// are kept (a rolling deploy loses no conversation); a malformed field still voids it.
    @Test func aNewerServersFieldIsSkippedNotTheWholeToken() {
        func token(_ payload: String) -> String {
            var bytes = Array(payload.utf8)
            let check = ConversationContext.checksum(bytes)
            bytes += [UInt8(truncatingIfNeeded: check >> 16), UInt8(truncatingIfNeeded: check >> 8), UInt8(truncatingIfNeeded: check)]
            return ConversationContext.prefix + ConversationContext.base64URL(bytes)
        }
        #expect(ConversationContext(token: token("p=guo-yonghang;z=later;c=3")) == ConversationContext(person: "guo-yonghang", clause: 3))
        #expect(ConversationContext(token: token("p=guo-yonghang;zz=later")) == nil)
        #expect(ConversationContext(token: token("p=guo-yonghang;Z=later")) == nil)
    }

    /// The fields of a token as the text reading did it (split on `;` and on the first `=`).
    static func readingText(_ text: String) -> ConversationContext? {
        var context = ConversationContext()
        for field in text.split(separator: ";") {
            let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else { return nil }
            switch parts[0] {
            case "p": context.person = parts[1]
            case "l": context.place = parts[1]
            case "f": context.focus = parts[1]
            case "r": context.rule = parts[1]
            case "n": context.relation = parts[1]
            case "o": context.role = parts[1]
            case "s": context.simplified = parts[1] == "1"
            case "c":
                guard let index = Int(parts[1]), index >= 0 else { return nil }
                context.clause = index
            case let key where key.utf8.count == 1 && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(key.utf8.first!): continue
            default: return nil
            }
        }
        return context
    }
}

extension QAEngine {
    /// `roleMatches` as it was before the closure table: a walk up `broader`.
    func roleMatchesByWalking(_ postRole: String?, _ asked: String) -> Bool {
        var pending = [postRole].compactMap { $0 }
        var seen = Set<String>()
        while let role = pending.popLast() {
            if role == asked { return true }
            guard seen.insert(role).inserted else { continue }
            pending += knowledge.entitiesByID[role]?.broader ?? []
        }
        return false
    }
}
