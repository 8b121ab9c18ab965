import SuiwenKnowledge

/// The tables `QAEngine.init` builds from the graph, each by a function of its own. (One
/// initializer holding all of them took the optimizer over an hour to compile: the
/// optimizer's work on a function grows faster than the function, BENCHMARKS.md
/// "The release build". `@inline(never)` keeps them apart.)
extension QAEngine {
    /// Every alias's normalized text → the entities it names; and the names for one-edit
    /// fuzzy matching (`fuzzyIndex`).
    @inline(never)
    static func aliasTables(_ knowledge: KnowledgeBase, _ normalizer: TextNormalizer)
        -> (aliasTargets: [String: [String]], fuzzy: [[UInt32]: [String]]) {
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
        return (aliasTargets, fuzzy)
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
        for entity in knowledge.entities where ["person", "district", "place", "platform", "zone", "role"].contains(entity.type) {
            let normalized = normalizer.normalize(entity.name)
            let readings = normalized.characters.compactMap(firstReading)
            let shortest = ["person", "district"].contains(entity.type) ? 2 : entity.type == "role" ? 4 : 3
            guard normalized.characters.count >= shortest, readings.count == normalized.characters.count else { continue }
            soundNames[Self.soundKey(readings[0], readings[1]), default: []].append((normalized.keys, readings, entity.id))
        }
        return soundNames
    }

    /// The cue automaton's patterns, and every word the engine knows as written (for words
    /// typed with a homophone).
    @inline(never)
    static func cueTables(_ knowledge: KnowledgeBase, _ normalizer: TextNormalizer, figures: [Fact])
        -> (cuePatterns: [(pattern: [UInt32], payload: CueTag)], knownWords: [(keys: [UInt32], written: String, post: Bool)]) {
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
                // (A figure's words are content words, 同比增長 typed 同比增張: read as meant too.)
                knownWords.append((normalizer.normalize(w).keys, w, false))
            }
            // Numbers of two or more digits only: 8 or 3 alone say too little.
            let digits = String(normalizer.normalize(figure.value ?? "").characters.filter { $0.isASCIIDigit || $0 == "." })
            if digits.filter(\.isASCIIDigit).count >= 2 {
                cuePatterns.append((CharacterKey.keys(Array(digits)), .figureValue(index)))
                // With its unit (2000億元, not 兩千億級) it names one figure more surely.
                add((figure.value ?? "") + (figure.unit ?? ""), .figure(index))
            }
        }
        for place in knowledge.lexicon.outsidePlaces + knowledge.lexicon.outsidePosts { add(place, .outside(place)) }
        for topic in knowledge.lexicon.outsideTopics { add(topic, .outside("")) }
        for (name, words) in knowledge.lexicon.unknownAttributes { for w in words { add(w, .attribute(name)) } }
        return (cuePatterns, knownWords)
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
            let keys = normalizer.normalize(evidence.clauses[index].text).keys
            func ends(with word: [UInt32]) -> Bool { keys.count > word.count && keys.suffix(word.count).elementsEqual(word) }
            return (frameStarts.contains { keys.starts(with: $0) } && frameEnds.contains(where: ends)) || speechEnds.contains(where: ends)
        })
    }
}
