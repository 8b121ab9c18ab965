import SuiwenKnowledge

/// The tables `QAEngine.init` builds from the graph, each by a function of its own. (One
/// initializer holding all of them took the optimizer over an hour to compile: the
/// optimizer's work on a function grows faster than the function, BENCHMARKS.md
/// "The latest run". `@inline(never)` keeps them apart.)
extension QAEngine {
    /// The automaton of every alias's normalized text → the entities it names; the names for
    /// one-edit fuzzy matching (`fuzzyIndex`) and their characters.
    @inline(never)
    static func aliasTables(_ knowledge: KnowledgeBase, _ normalizer: TextNormalizer)
        -> (automaton: AliasAutomaton<[String]>, fuzzy: [[UInt32]: [String]], fuzzyCharacters: Set<UInt32>) {
        var aliasTargets: [String: [String]] = [:]
        var fuzzy: [[UInt32]: [String]] = [:]
        for entity in knowledge.entities {
            for alias in [entity.name] + entity.aliases {
                let key = normalizer.normalize(alias).string
                guard !key.isEmpty else { continue }
                if !(aliasTargets[key]?.contains(entity.id) ?? false) { aliasTargets[key, default: []].append(entity.id) }
            }
            // One edit away from a name: people's names of three or more characters, and other
            // names of four or more (shorter ones are too easily one edit from ordinary words).
            let name = normalizer.normalize(entity.name).keys
            // Roles are ordinary words (區委書記), not names: never matched loosely.
            if entity.type != "role", name.count >= (entity.type == "person" ? 3 : 4) {
                fuzzy[[Self.exactMark] + name, default: []].append(entity.id)
                for i in name.indices {
                    var wild = name
                    wild[i] = Self.wildcard
                    fuzzy[[Self.substitutionMark] + wild, default: []].append(entity.id)
                    if name.count >= 4 {
                        var shorter = name
                        shorter.remove(at: i)
                        fuzzy[[Self.omissionMark] + shorter, default: []].append(entity.id)
                    }
                }
            }
        }
        let automaton = AliasAutomaton(patterns: aliasTargets.map { (CharacterKey.keys(Array($0.key)), $0.value) })
        return (automaton, fuzzy, Set(fuzzy.keys.filter { $0.first == Self.exactMark }.flatMap { $0.dropFirst() }))
    }

    /// Names that may be typed with homophones, by the readings of their first two characters.
    @inline(never)
    static func soundNameTable(_ knowledge: KnowledgeBase, _ normalizer: TextNormalizer)
        -> [UInt64: [(name: [UInt32], readings: [Int], id: String)]] {
        // Names typed with homophones are found by the numbers of their characters' readings.
        let readingTable = knowledge.lexicon.readings
        func firstReading(_ c: Character) -> Int? {
            guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return nil }
            return readingTable.readingNumbers(of: scalar.value).first.map(Int.init)
        }
        // People's and districts' names, and places' of three or more characters (瀝滘村 typed
        // 瀝腳村), by the reading of their first two characters.
        var soundNames: [UInt64: [(name: [UInt32], readings: [Int], id: String)]] = [:]
        // Roles of four or more characters too, typed with a homophone (區委書紀): every character
        // must sound alike, so no ordinary word is taken for one.
        // (A place's other names of three or more characters too: 羅沖圍 of 羅沖圍片區, typed 羅涌圍.)
        // (And programs' names and other names of four or more, 營商環境 typed 營商還境: 還 is a
        // function character, so no one-edit search finds it.)
        for entity in knowledge.entities where ["person", "district", "place", "platform", "zone", "role", "program"].contains(entity.type) {
            let shortest = ["person", "district"].contains(entity.type) ? 2 : ["role", "program"].contains(entity.type) ? 4 : 3
            var seen: [[UInt32]] = []
            for name in ["place", "program"].contains(entity.type) ? [entity.name] + entity.aliases : [entity.name] {
                let normalized = normalizer.normalize(name)
                let readings = normalized.characters.compactMap(firstReading)
                guard normalized.characters.count >= shortest, readings.count == normalized.characters.count, !seen.contains(normalized.keys) else { continue }
                seen.append(normalized.keys)
                soundNames[Self.soundKey(readings[0], readings[1]), default: []].append((normalized.keys, readings, entity.id))
            }
        }
        return soundNames
    }

    /// The cue automaton, and every word the engine knows as written (for words typed with a
    /// homophone).
    @inline(never)
    static func cueTables(_ knowledge: KnowledgeBase, _ normalizer: TextNormalizer, figures: [Fact])
        -> (automaton: AliasAutomaton<CueTag>, knownWords: [(keys: [UInt32], written: String, post: Bool)]) {
        var cuePatterns: [(pattern: [UInt32], payload: CueTag)] = []
        // Every word the engine knows, as written, for words typed with a homophone.
        var knownWords: [(keys: [UInt32], written: String, post: Bool)] = knowledge.entities.flatMap { entity in
            ([entity.name] + entity.aliases).map { (normalizer.normalize($0).keys, $0, entity.type == "role") }
        }
        func add(_ word: String, _ tag: CueTag) {
            let keys = normalizer.normalize(word).keys
            guard !keys.isEmpty else { return }
            cuePatterns.append((keys, tag))
            // (Words of a question's function, 哪天, 說說 or a relation's 是不是要改, are typed as
            // often by other words, 那天, 是不是要蓋: only the lexicon's `typed_by_sound` sets.)
            if case .set(let name, _) = tag, knowledge.lexicon.cuesTypedBySound.contains(name) { knownWords.append((keys, word, false)) }
        }
        for (name, words) in knowledge.lexicon.cues where !Self.wordListSets.contains(name) {
            for w in words { add(w, .set(name, function: Self.functionCueSets.contains(name) || name.hasPrefix("answer_"))) }
        }
        for relation in knowledge.relationTypes.values {
            for w in relation.cues { add(w, .relation(relation.id, weak: false)) }
            for w in relation.weakCues { add(w, .relation(relation.id, weak: true)) }
        }
        for (index, figure) in figures.enumerated() {
            for w in figure.keywords {
                add(w, .figure(index))
                // (A figure's words are content words, 同比增長 typed 同比增張: read as meant too.
                // One of two characters, as a post of two is: only right after a body's or a
                // place's name, 海珠走防了多少企業.)
                let keys = normalizer.normalize(w).keys
                knownWords.append((keys, w, keys.count == 2))
            }
            // Numbers of two or more digits only: 8 or 3 alone say too little.
            let digits = String(normalizer.normalize(figure.value ?? "").characters.filter { $0.isASCIIDigit || $0 == "." })
            if digits.filter(\.isASCIIDigit).count >= 2 {
                cuePatterns.append((CharacterKey.keys(Array(digits)), .figureValue(index)))
                // With its unit (2000億元, not 兩千億級) it names one figure more surely.
                add((figure.value ?? "") + (figure.unit ?? ""), .figure(index))
            } else if digits.count == 1, let unit = figure.unit, !unit.isEmpty {
                // (One digit with its unit, 8個, is a number claimed: 8個千億級…? is 萬億級's 8.)
                cuePatterns.append((normalizer.normalize(digits + unit).keys, .figureValue(index)))
            }
        }
        for place in knowledge.lexicon.outsidePlaces + knowledge.lexicon.outsidePosts { add(place, .outside(place)) }
        // (A place outside the article typed with a homophone, 番禹區 for 番禺區, is that place:
        // not a post of no place.)
        for place in knowledge.lexicon.outsidePlaces { knownWords.append((normalizer.normalize(place).keys, place, false)) }
        // (So is a word of the document's that a phrase makes of another way of saying it, 復建房 of
        // 回遷房: typed 復見房, it is meant. Only a word of three characters or more that the
        // document writes as it is.)
        let document = knowledge.source.repairedText
        var phraseWords = Set<String>()
        for phrase in knowledge.lexicon.phrases where phrase.to.count >= SoundTypos.shortest && phraseWords.insert(phrase.to).inserted {
            let keys = normalizer.normalize(phrase.to).keys
            guard keys.count >= SoundTypos.shortest, document.containsText(phrase.to) else { continue }
            knownWords.append((keys, phrase.to, false))
        }
        for topic in knowledge.lexicon.outsideTopics { add(topic, .outside("")) }
        for (name, words) in knowledge.lexicon.unknownAttributes { for w in words { add(w, .attribute(name)) } }
        // (Nor words that ask, 哪天 or 是誰: their homophones are words people write, 那天.)
        let askingKeys = Self.normalizedKeys(knowledge.lexicon.cues["what_words"], normalizer)
        knownWords.removeAll { word in askingKeys.contains { Self.holdsRun(word.keys, $0) } }
        return (AliasAutomaton(patterns: cuePatterns), knownWords)
    }

    /// Each role → every role it is a kind of; posts' indices by each role they are of and by
    /// their body.
    @inline(never)
    static func postIndices(_ knowledge: KnowledgeBase, posts: [Fact])
        -> (roleClosure: [String: Set<String>], byRole: [String: [Int]], byOrg: [String: [Int]]) {
        var roleClosure: [String: Set<String>] = [:]
        var postIndicesByRole: [String: [Int]] = [:]
        var postIndicesByOrg: [String: [Int]] = [:]
        func closure(_ role: String) -> Set<String> {
            if let known = roleClosure[role] { return known }
            var reached = Set<String>()
            var pending = [role]
            while let next = pending.popLast() {
                guard reached.insert(next).inserted else { continue }
                pending += knowledge.entitiesByID[next]?.broader ?? []
            }
            roleClosure[role] = reached
            return reached
        }
        // Every role a post is of, and every entity with broader roles: any other id reaches
        // only itself (what `roleMatches` assumes of an id not in the table).
        for entity in knowledge.entities where !entity.broader.isEmpty { _ = closure(entity.id) }
        for (index, post) in posts.enumerated() {
            postIndicesByOrg[post.org ?? "", default: []].append(index)
            guard let role = post.role else { continue }
            for reached in closure(role) { postIndicesByRole[reached, default: []].append(index) }
        }
        return (roleClosure, postIndicesByRole, postIndicesByOrg)
    }

    /// Clauses that only set the scene or say who speaks (see `frameClauses`).
    @inline(never)
    static func frameClauses(_ evidence: EvidenceIndex, _ knowledge: KnowledgeBase, _ normalizer: TextNormalizer) -> Set<Int> {
        let frameStarts = Self.normalizedKeys(knowledge.lexicon.cues["clause_frame_start"], normalizer)
        let frameEnds = Self.normalizedKeys(knowledge.lexicon.cues["clause_frame_end"], normalizer)
        // (And a clause that only says who speaks, …郭昊羽表示,: what they said comes after it.)
        let speechEnds = Self.normalizedKeys(knowledge.lexicon.cues["clause_speech_end"], normalizer)
        return Set(evidence.clauses.indices.filter { index in
            let keys = evidence.clauses[index].normalized.keys
            func ends(with word: [UInt32]) -> Bool { keys.count > word.count && keys.suffix(word.count).elementsEqual(word) }
            return (frameStarts.contains { keys.starts(with: $0) } && frameEnds.contains(where: ends)) || speechEnds.contains(where: ends)
        })
    }

    /// Posts held (`holds_post`), their titles' bigrams, each person's bodies, posts by holder.
    @inline(never)
    static func postTables(_ knowledge: KnowledgeBase, _ normalizer: TextNormalizer) -> (
        posts: [Fact], titleBigrams: [String: Set<UInt64>], bodiesByPerson: [String: Set<String>], bySubject: [String: [Fact]]
    ) {
        let posts = knowledge.facts.filter { $0.relation == "holds_post" }
        var postTitleBigrams: [String: Set<UInt64>] = [:]
        for post in posts { if let title = post.value, postTitleBigrams[title] == nil { postTitleBigrams[title] = Self.bigrams(normalizer.normalize(title).characters) } }
        var bodiesByPerson: [String: Set<String>] = [:]
        for post in posts { if let org = post.org { bodiesByPerson[post.subject, default: []].insert(org) } }
        return (posts, postTitleBigrams, bodiesByPerson, Dictionary(grouping: posts, by: \.subject))
    }

    /// Facts by speaker and by object, relations held by one subject only, what lies in each
    /// place, the facts of other relations, and the relations each type of entity has.
    @inline(never)
    static func factIndexes(_ knowledge: KnowledgeBase) -> (
        bySpeaker: [String: [Fact]], soleHolders: [String: String], byObject: [String: [Fact]], thingsIn: [String: [String]],
        relationFacts: [Fact], relationsByType: [String: Set<String>]
    ) {
        let bySpeaker = Dictionary(grouping: knowledge.facts.filter { $0.speaker != nil }, by: { $0.speaker! })
        var holders: [String: Set<String>] = [:]
        for fact in knowledge.facts where fact.relation != "figure" && fact.relation != "said" { holders[fact.relation, default: []].insert(fact.subject) }
        var byObject: [String: [Fact]] = [:]
        for fact in knowledge.facts { for o in Set(fact.objects + fact.about) { byObject[o, default: []].append(fact) } }
        var thingsIn: [String: [String]] = [:]
        for fact in knowledge.facts where fact.relation == "located_in" {
            for place in fact.objects where !(thingsIn[place]?.contains(fact.subject) ?? false) { thingsIn[place, default: []].append(fact.subject) }
        }
        let relationFacts = knowledge.facts.filter { $0.relation != "said" && $0.relation != "figure" && $0.relation != "holds_post" }
        var relationsByType: [String: Set<String>] = [:]
        for fact in knowledge.facts {
            if let type = knowledge.entitiesByID[fact.subject]?.type { relationsByType[type, default: []].insert(fact.relation) }
            if fact.speaker != nil { relationsByType["person", default: []].insert(fact.relation) }
        }
        return (bySpeaker, holders.compactMapValues { $0.count == 1 ? $0.first : nil }, byObject, thingsIn, relationFacts, relationsByType)
    }

    /// People by the first character of their names.
    @inline(never)
    static func surnamesOfPeople(_ knowledge: KnowledgeBase) -> [Character: [String]] {
        var surnames: [Character: [String]] = [:]
        for person in knowledge.entities where person.type == "person" {
            if let first = person.name.first { surnames[first, default: []].append(person.id) }
        }
        return surnames
    }

    /// Each entity's aliases that the document itself writes (not its name, nor its name and
    /// one character more). A byte search of the document (memmem) when both are simple text,
    /// as `containsText` would do, without re-checking the whole document's simplicity for
    /// every alias (that made load quadratic in the graph's size).
    @inline(never)
    static func aliasesTheDocumentWrites(_ knowledge: KnowledgeBase) -> [String: [String]] {
        let text = knowledge.source.repairedText
        let documentIsSimple = String.isSimpleText(text)
        func documentWrites(_ alias: String) -> Bool {
            documentIsSimple && String.isSimpleText(alias) ? knowledge.source.contains(alias) : text.containsText(alias)
        }
        return Dictionary(knowledge.entities.map { entity in
            (entity.id, entity.aliases.filter { alias in
                alias != entity.name && documentWrites(alias) && !(alias.hasPrefix(entity.name) && alias.count == entity.name.count + 1)
            })
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The statements' bigrams, normalized texts, the speaker's figures each holds, and the
    /// entities each names.
    @inline(never)
    static func statementTables(_ statements: [Fact], figures: [Fact], _ normalizer: TextNormalizer, _ entityAutomaton: AliasAutomaton<[String]>) -> (
        bigrams: [Set<UInt64>], quoteTexts: [String], figuresInStatement: [TextKey: [Int]], names: [Set<String>]
    ) {
        let normalizedStatements = statements.map { normalizer.normalize($0.quote) }
        // (Only the speaker's own figures are looked for: a graph's statements times its figures
        // would grow with the square of its size.)
        var figuresBySpeaker: [String: [Int]] = [:]
        for index in figures.indices { if let speaker = figures[index].speaker { figuresBySpeaker[speaker, default: []].append(index) } }
        var figuresInStatement: [TextKey: [Int]] = [:]
        for statement in statements {
            let held = (figuresBySpeaker[statement.subject] ?? []).filter { statement.quote.containsText(figures[$0].quote) }
            if !held.isEmpty { figuresInStatement[TextKey(statement.quote)] = held }
        }
        return (
            // (With the statement put briefly, whose words may join what the article writes apart:
            // 打造8個萬億級 of …打造智能網聯…等8個萬億級.)
            zip(statements, normalizedStatements).map { statement, quote in
                Self.bigrams(quote.characters).union(statement.text.map { Self.bigrams(normalizer.normalize($0).characters) } ?? [])
            },
            normalizedStatements.map(\.string), figuresInStatement,
            // (The names as read, longest first: 超高清視頻 of 世界超高清視頻產業發展大會 is the event's.)
            normalizedStatements.map { Set(Self.bestSegmentation(entityAutomaton.matches(in: $0.keys)).flatMap(\.payload)) }
        )
    }

    /// Each sentence as `passageLetters` has it, and its normalized pairs of characters: what a
    /// quoted passage is checked against (`passageCheck`, `ownSentence`, `answerBlanks`), and its
    /// scalars folded (`quotesTheDocument`): once, rather than for every question that quotes one.
    @inline(never)
    static func sentenceTables(_ sentences: [EvidenceIndex.Sentence], _ normalizer: TextNormalizer, _ scalarFold: ScalarFold) -> (
        letters: [String], bigrams: [Set<UInt64>], folds: [[UInt32]]
    ) {
        (
            sentences.map { passageLetters($0.text, normalizer) }, sentences.map { bigrams(normalizer.normalize($0.text).characters) },
            sentences.map { scalarFold.fold($0.text) }
        )
    }

    /// The characters as written, the script folded and the marks left out (之優 for 之“優”).
    static func passageLetters(_ text: String, _ normalizer: TextNormalizer) -> String {
        String(normalizer.foldScript(text).filter { $0.isLetter || $0.isNumber })
    }

    /// The line of the document each entity's and fact's quote is on (0 when not found).
    @inline(never)
    static func quoteLines(_ knowledge: KnowledgeBase) -> [TextKey: Int] {
        var quoteLines: [TextKey: Int] = [:]
        for quote in knowledge.entities.map(\.quote) + knowledge.facts.map(\.quote) where quoteLines[TextKey(quote)] == nil {
            quoteLines[TextKey(quote)] = knowledge.source.line(of: quote) ?? 0
        }
        return quoteLines
    }

    /// The bigrams of each fact's quote, normalized.
    @inline(never)
    static func quoteBigrams(_ facts: [Fact], _ normalizer: TextNormalizer) -> [Set<UInt64>] {
        facts.map { Self.bigrams(normalizer.normalize($0.quote).characters) }
    }

    /// Statements by each bigram of their quotes: a clause's speaker is looked for only among
    /// the statements that hold its rarest bigram, not in all of them.
    @inline(never)
    static func statementsByBigram(_ statements: [Fact]) -> [UInt64: [Int]] {
        var statementsByBigram: [UInt64: [Int]] = [:]
        for (index, statement) in statements.enumerated() {
            let scalars = Array(statement.quote.unicodeScalars)
            var seen = Set<UInt64>()
            for i in scalars.indices.dropLast() {
                let key = UInt64(scalars[i].value) << 32 | UInt64(scalars[i + 1].value)
                if seen.insert(key).inserted { statementsByBigram[key, default: []].append(index) }
            }
        }
        return statementsByBigram
    }

    /// Facts' indices by their quotes, ascending.
    @inline(never)
    static func indicesByQuote(_ facts: [Fact]) -> [TextKey: [Int]] {
        var indices: [TextKey: [Int]] = [:]
        for (index, fact) in facts.enumerated() { indices[TextKey(fact.quote), default: []].append(index) }
        return indices
    }

    /// The index of the first figure equal to `fact`, as `figures.firstIndex(of:)` finds it.
    func figureIndex(of fact: Fact) -> Int? {
        figureIndicesByQuote[TextKey(fact.quote)]?.first { figures[$0] == fact }
    }

    /// Every fact value's normalized keys.
    @inline(never)
    static func valueKeys(_ knowledge: KnowledgeBase, _ normalizer: TextNormalizer) -> [TextKey: [UInt32]] {
        var valueKeys: [TextKey: [UInt32]] = [:]
        for fact in knowledge.facts {
            for value in fact.values where valueKeys[TextKey(value)] == nil { valueKeys[TextKey(value)] = normalizer.normalize(value).keys }
        }
        return valueKeys
    }
}
