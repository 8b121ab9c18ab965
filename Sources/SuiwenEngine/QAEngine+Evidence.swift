import SuiwenKnowledge

/// What a question asks, as evidence retrieval sees it.
struct EvidenceQuery {
    /// The content terms outside the entities' names: what the answer must be about.
    var focus: [EvidenceIndex.Term: Int] = [:]
    /// The focus with each term's weight, for coverage.
    var weighedFocus: [(term: EvidenceIndex.Term, weight: Double)] = []
    /// The same with single characters and numbers: what clauses are scored by.
    var outside: [EvidenceIndex.Term: Int] = [:]
    /// Entities the answer should name, with their boost.
    var entities: [String: Double] = [:]
    /// Entities named in the question itself: a clause about none of them needs more support.
    var named: Set<String> = []
    var wanted: Set<EvidenceIndex.AnswerType> = []
}

/// A retrieved clause, ready to answer.
struct Evidence {
    var clause: Int
    /// The share of the question's focus the clause (or its sentence) holds.
    var coverage: Double
    var outcome: Outcome
}


extension QAEngine {
    /// Cue sets whose words are not content: question words, particles, pronouns.
    static let functionCueSets: Set<String> = [
        "question_words", "who", "howmany", "which", "which_district", "yesno", "what_is", "describe", "interrogative",
        "ellipsis", "pronoun_person", "pronoun_group", "pronoun_place", "pronoun_district", "pronoun_body", "pronoun_thing", "pronoun_action", "the_other", "the_others", "the_other_person", "level_district", "level_city", "said", "spoke", "greeting", "farewell", "thanks", "help", "followup", "said_after",
        "context_asked", "hearsay", "membership", "meaning_asked", "this_figure",
    ]

    static func answerTypes(from cueSets: CueSetNames) -> Set<EvidenceIndex.AnswerType> {
        var types = Set<EvidenceIndex.AnswerType>()
        for name in cueSets where name.hasPrefix("answer_") {
            if let type = answerTypeByCueSet[name] { types.insert(type) }
        }
        return types
    }

    /// Each answer type by the cue set that asks for it (`answer_number` …).
    static let answerTypeByCueSet = Dictionary(uniqueKeysWithValues: EvidenceIndex.AnswerType.allCases.map { ("answer_" + $0.name, $0) })

    func evidenceQuery(_ a: QuestionAnalysis) -> EvidenceQuery {
        if let cached = a.evidenceQuery { return cached }
        return makeEvidenceQuery(a)
    }

    /// Whether every pair of characters of the question's focus lies in a cue word of `relation`
    /// as the question writes it.
    func onlyCueWords(of relation: String?, _ q: EvidenceQuery, _ a: QuestionAnalysis) -> Bool {
        guard let relation, let cues = relationCueScalars[relation] else { return false }
        let scalars = a.normalized.scalars
        // (No copies: each term looked for in the cue words the question writes.)
        func written(_ cue: [UInt32]) -> Bool {
            guard cue.count <= scalars.count else { return false }
            return (0...(scalars.count - cue.count)).contains { start in scalars[start..<(start + cue.count)].elementsEqual(cue) }
        }
        for term in q.focus.keys {
            let inCue = cues.contains { cue in
                (0..<(cue.count - 1)).contains { EvidenceIndex.bigram(cue[$0], cue[$0 + 1]) == term } && written(cue)
            }
            if !inCue { return false }
        }
        return true
    }

    func makeEvidenceQuery(_ a: QuestionAnalysis) -> EvidenceQuery {
        var q = EvidenceQuery()
        var outside = a.normalized.scalars
        for i in outside.indices where a.functionWord[i] { outside[i] = 0x20 }
        let breaks = EvidenceIndex.breaks(a.normalized)
        for m in a.mentions where m.fromQuestion {
            for i in m.start..<m.end { outside[i] = 0x20 }
        }
        // A thing of the last turn called by the end of its name after 這個 (這個增長極 of 北部增長極):
        // named, as much as by its name, not words to look for.
        for m in a.mentions where !m.fromQuestion && !Self.areaTypes.contains(m.entity.type) {
            for i in nameEndingCalled(m.entity, in: a.normalized.scalars) ?? 0..<0 { outside[i] = 0x20 }
        }
        q.focus = EvidenceIndex.terms(scalars: outside, breaks: breaks)
        q.outside = q.focus
        // Single characters outside names and question words say too little (干, 開, 指):
        // the focus is the bigrams; a question with none has no focus for retrieval.
        // Numbers are not focus either: a yes/no question may carry a wrong one (12條 for 21條).
        q.focus = q.focus.filter { !EvidenceIndex.isUnigram($0.key) && !EvidenceIndex.hasDigit($0.key) }
        let thingCalled = a.cueSets.contains("pronoun_thing") || a.cueSets.contains("the_other")
        for m in a.mentions {
            // The document's own place and subject are what every clause is about.
            if m.entity.id == knowledge.scope || m.entity.id == knowledge.subject || m.entity.type == "city" {
                continue
            }
            let weight: Double
            switch m.source {
            case .question: weight = 2.5
            case .pronoun: weight = 2.5
            case .implicit: weight = 1.0
            }
            q.entities[m.entity.id] = max(q.entities[m.entity.id] ?? 0, weight)
            // A person or thing the question calls 他/她/它 is as much who it is about as one it
            // names (not a place called 那裡/那邊, which may be where the question's thing is).
            // (A district called 它, 它要打造成什麼? after 南沙: the district itself, whose sentences
            // answer, not where a thing is.)
            if m.fromQuestion
                || (m.source == .pronoun
                    && (m.entity.type == "person" || (thingCalled && m.entity.type == "district")
                        || (!Self.placeTypes.contains(m.entity.type) || thingCalled) && !Self.areaTypes.contains(m.entity.type)))
            {
                q.named.insert(m.entity.id)
            }
        }
        q.wanted = Self.answerTypes(from: a.cueSets)
        q.weighedFocus = evidence.weighed(q.focus)
        return q
    }

    /// Whether the question names a part of a thing of the graph's that the article does not
    /// have: right after the thing's name (before anything else it names or asks), a word of the
    /// language the document never writes, in a name that ends as a place's or body's does
    /// (南沙綜合保稅區, 南沙的保稅區, 南沙跨境電商綜試區: 保稅, 電商; the lexicon's `name_endings`).
    /// (Not a word that only asks about it, 南沙現狀怎麼樣: no such ending.)
    func asksPartElsewhere(_ a: QuestionAnalysis) -> Bool {
        let keys = a.normalized.keys
        for named in a.mentions where named.fromQuestion && !Self.unownedTypes.contains(named.entity.type) && named.entity.id != knowledge.scope {
            let next = a.mentions.filter { $0.fromQuestion && $0.start >= named.end }.map(\.start).min() ?? keys.count
            // (A function word, 的 of 南沙的保稅區, is no end of it.)
            let end = min(a.cueMatchStarts.filter { $0 >= named.end && !a.functionWord[$0] }.min() ?? keys.count, next, named.end + Self.nameReach)
            guard let word = firstWordNotInDocument(a, from: named.end, to: end, commonWordsOnly: true) else { continue }
            // (The ending may itself be a word the question's cues read, 區 of 保稅區: it starts
            // at the stretch's end at the latest.)
            let last = min(end, keys.count - 1)
            guard word + 2 <= last else { continue }
            let endings = (word + 2)...last
            if nameEndingKeys.contains(where: { ending in
                endings.contains { keys.count >= $0 + ending.count && keys[$0..<($0 + ending.count)].elementsEqual(ending) }
            }) { return true }
        }
        return false
    }

    /// How far after a thing's name a word is still part of what the question calls it
    /// (跨境電商綜試區 of 南沙跨境電商綜試區).
    static let nameReach = 8

    /// The clause of the document that best answers `a`, if one answers it well enough.
    /// `anchoring`: when no clause holds enough of the question, a list asked of something
    /// named may still come from the clause naming it (not when checking a rule's answer).
    func retrieve(_ a: QuestionAnalysis, anchoring: Bool = false) -> Evidence? {
        // (No clause answers of a part of a thing the article does not have: 南沙的保稅區有什麼新
        // 的通關政策? is not answered by a sentence of 南沙's that shares 政策.)
        if asksPartElsewhere(a) { return nil }
        // (Nor who gave the last answer's figure, 這個數據是誰提供的?: the follow-up rules say, or
        // nothing does; another clause that shares 提供 is no answer.)
        if a.cueSets.contains("this_figure"), a.cueSets.contains("who"), !a.context.figures.isEmpty { return nil }
        let q = evidenceQuery(a)
        if q.focus.isEmpty { return whoMentioned(a, q) }
        // Scored by what lies outside the names (the names count through their entities).
        let scores = evidence.scores(q.outside)
        var ranked: [(clause: Int, score: Double)] = []
        ranked.reserveCapacity(scores.count)
        // Each entity's boost, in the order of `q.entities`, with the clauses about it.
        let boosts = q.entities.map { (id, boost) in (boost: boost, clauses: evidence.clausesAbout[id] ?? []) }
        let wanted = EvidenceIndex.AnswerType.bits(q.wanted)
        let last = a.context.clause.flatMap { evidence.clauses.indices.contains($0) ? $0 : nil }
        for (index, base) in scores {
            var score = base
            for (boost, clauses) in boosts where clauses.contains(index) { score += boost }
            if wanted & evidence.answerTypeBits[index] != 0 { score += 1 }
            // Near the clause the last answer quoted: a follow-up is likely about it.
            if let last {
                if evidence.clauses[last].sentence == evidence.clauses[index].sentence {
                    score += 1.5
                } else if evidence.clauses[last].line == evidence.clauses[index].line {
                    score += 0.75
                }
            }
            ranked.append((index, score))
        }
        // The best few by score (score first, then the earlier clause), without sorting them all.
        ranked = Self.best(Self.candidateClauses, of: ranked)
        // What the question names that is who it is about: a district, person or body named
        // must own the sentence (海珠佔幾多個? is not answered by the city's 127).
        let owners = q.named.filter { ["district", "person", "organization"].contains(knowledge.entitiesByID[$0]?.type ?? "") }
        // The best few by score; of those, the one holding most of the focus, alone or with
        // the clause before or after it in its sentence (a question may span a comma).
        var best: (clause: Int, span: Range<Int>, coverage: Double, rank: Double, score: Double)? = nil
        // (A person named is around the article's own sentence about the district they hold a post
        // in too, 他說要加快哪些村的復建房建設? of 海珠's secretary: the article's words, not said to
        // be his; never someone else's words.)
        let whyAsked = a.cueSets.contains("why_asked")
        func around(_ ids: Set<String>, _ clause: EvidenceIndex.Clause) -> Bool {
            let sentenceEntities = evidence.sentenceEntities[clause.sentence]
            let bodies = clause.speaker.flatMap { bodiesByPerson[$0] }
            return ids.contains { id in
                sentenceEntities.contains(id) || id == clause.speaker || bodies?.contains(id) == true
                    // (Asked why, a post its speaker holds, 市長 of 郭永航's words: the reason is in them.)
                    || (whyAsked && clause.speaker.map { speaker in postsOf(speaker).contains { roleMatches($0.role, id) } } ?? false)
                    || (clause.speaker == nil
                        && bodiesByPerson[id]?.contains(where: { sentenceEntities.contains($0) && knowledge.entitiesByID[$0]?.type == "district" }) == true)
            }
        }
        // The things named besides who owns them, when a sentence among the best names them all,
        // of the owners named: 南沙要建成什麼的南部極點? is answered where 南部極點 is, not by a
        // sentence of 南沙's that has 建成.
        // (Most questions name no more than their owners: nothing built for them.)
        let namedThings: Set<String> = q.named.count > owners.count
            ? q.named.filter { !owners.contains($0) && !Self.unownedTypes.contains(knowledge.entitiesByID[$0]?.type ?? "") } : []
        let namedThingsTogether = !namedThings.isEmpty && ranked.contains { candidate in
            let clause = evidence.clauses[candidate.clause]
            return namedThings.isSubset(of: evidence.sentenceEntities[clause.sentence]) && (owners.isEmpty || around(owners, clause))
        }
        for (index, score) in ranked {
            let clause = evidence.clauses[index]
            // A clause whose sentence names none of the things the question names (the city
            // aside), and whose speaker (or a body the speaker holds a post in) is none of
            // them, answers another question.
            if !q.named.isEmpty {
                if !around(q.named, clause) { continue }
                if !owners.isEmpty, !around(owners, clause) { continue }
                if namedThingsTogether, evidence.sentenceEntities[clause.sentence].isDisjoint(with: namedThings) { continue }
            }
            let sentence = evidence.sentences[clause.sentence].clauses
            var span = index..<(index + 1)
            var coverage = evidence.coverage(of: q.weighedFocus, in: evidence.clauseTerms[index])
            for window in [(index - 1)..<(index + 1), index..<(index + 2)]
            where sentence.contains(window.lowerBound) && sentence.contains(window.upperBound - 1) {
                let wider = evidence.coverage(
                    of: q.weighedFocus, in: evidence.clauseTerms[window.lowerBound], or: evidence.clauseTerms[window.upperBound - 1]) * 0.95
                if wider > coverage + 0.1 {
                    coverage = wider
                    span = window
                }
            }
            // A clause without the kind of answer asked for (a place for 哪個區, a number for 多少).
            // A clause that itself names what the question names is the likelier answer (it
            // ranks higher; it does not lower the bar).
            let namesIt = span.contains(where: { !evidence.clauses[$0].entities.isDisjoint(with: q.named) })
            let types = span.reduce(UInt8(0)) { $0 | evidence.answerTypeBits[$1] }
            if !q.wanted.isEmpty, wanted & types == 0 { coverage *= 0.75 }
            // (A time asked and no time in it, 復建房幾時起好?: whatever else it holds, no answer.)
            // (幾時 asks a time, though 幾 asks a number too.)
            if q.wanted.contains(.date), types & EvidenceIndex.AnswerType.bits([.date]) == 0 { continue }
            // In the sentence the last answer quoted: a follow-up is likelier about it.
            let near = last.map { evidence.clauses[$0].sentence == clause.sentence } ?? false
            let rank = coverage + (namesIt ? 0.15 : 0) + (near ? 0.1 : 0)
            if best == nil || rank > best!.rank + 0.1 { best = (index, span, coverage, rank, score) }
        }
        guard let best, best.coverage >= Self.evidenceThreshold else {
            // A list asked of something named, in words the document does not use (舉幾個例子):
            // the clause naming it that lists.
            let named = q.named.filter { knowledge.entitiesByID[$0]?.type != "role" }
            // (Not when it asks of a part of it the article does not have: 南沙綜合保稅區有什麼新的
            // 通關政策?)
            return anchoring && q.wanted.contains(.list) && !named.isEmpty && !asksPartElsewhere(a) ? anchored(named, q, a) : nil
        }
        let second = ranked.first { $0.clause != best.clause }?.score ?? 0
        let margin = best.score > 0 ? max(0, (best.score - second) / best.score) : 0
        let confidence = Float(min(0.85, 0.35 + 0.4 * best.coverage + 0.2 * margin))
        // A span that tells nothing the question does not (數據顯示,截至2022年底 for 截至2022年底的
        // 統計數據是什麼?): the clause after it in its sentence too, which does.
        var span = best.span
        let sentenceClauses = evidence.sentences[evidence.clauses[best.clause].sentence].clauses
        // (Only a span no longer than the question and a few more: a longer one tells more.)
        if sentenceClauses.contains(span.upperBound),
            span.reduce(0, { $0 + evidence.clauses[$1].text.unicodeScalars.count }) <= a.normalized.characters.count + Self.fewestCharactersTold
        {
            let asked = Set(a.normalized.characters)
            let told = span.reduce(0) { count, index in
                count + evidence.clauses[index].normalized.characters.filter { !asked.contains($0) && !$0.isPunctuation }.count
            }
            if told <= Self.fewestCharactersTold { span = span.lowerBound..<(span.upperBound + 1) }
        }
        // A span that names none of the things the question names, in a sentence whose next
        // clause does (瀝滘村要怎麼改造?: 海珠大力開展城中村更新改造行動, …,加快瀝滘村和新市頭村
        // 項目復建房建設): up to that clause, which says what the article says of the thing.
        let things = q.named.filter { !["city", "role"].contains(knowledge.entitiesByID[$0]?.type ?? "") }
        if !things.isEmpty, !span.contains(where: { !evidence.clauses[$0].entities.isDisjoint(with: things) }),
            let naming = sentenceClauses.first(where: { $0 >= span.upperBound && !evidence.clauses[$0].entities.isDisjoint(with: things) }),
            naming - span.upperBound < 2
        {
            span = span.lowerBound..<(naming + 1)
        }
        return Evidence(clause: best.clause, coverage: best.coverage, outcome: evidenceOutcome(best.clause, span, a, q, confidence))
    }

    /// The first clause with a speaker that names `entity`, answered as written.
    func spokenClause(naming entity: Entity, _ a: QuestionAnalysis) -> Outcome? {
        guard let index = (evidence.clausesAbout[entity.id] ?? []).sorted().first(where: { evidence.clauses[$0].speaker != nil }) else { return nil }
        return evidenceOutcome(index, index..<(index + 1), a, evidenceQuery(a), 0.75)
    }

    /// The cue sets that ask for entities of a type (哪幾個區), with the type.
    static let kindsAsked: [(cue: String, type: String)] = [("type_district", "district"), ("type_person", "person"), ("type_organization", "organization")]

    /// Types of what a question names that are no thing of its own (the city, a post).
    static let unownedTypes: Set<String> = ["city", "role"]

    /// The most characters of its own (not the question's) a span of clauses may tell and still
    /// be no answer without the clause after it.
    static let fewestCharactersTold = 2

    /// How many of the best-scored clauses retrieval looks at closely.
    static let candidateClauses = 8

    /// The `count` best of `scored` by score, then the earlier clause, in that order (what
    /// sorting them all and taking the first `count` gives).
    static func best(_ count: Int, of scored: [(clause: Int, score: Double)]) -> [(clause: Int, score: Double)] {
        func before(_ a: (clause: Int, score: Double), _ b: (clause: Int, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score : a.clause < b.clause
        }
        var top: [(clause: Int, score: Double)] = []
        top.reserveCapacity(count + 1)
        for item in scored {
            if top.count == count, let last = top.last, !before(item, last) { continue }
            var i = top.count
            while i > 0, before(item, top[i - 1]) { i -= 1 }
            top.insert(item, at: i)
            if top.count > count { top.removeLast() }
        }
        return top
    }

    /// 羅沖圍片區是誰提到的?: nothing to ask but who, about something named: the first clause
    /// that names it and has a speaker.
    private func whoMentioned(_ a: QuestionAnalysis, _ q: EvidenceQuery) -> Evidence? {
        let named = q.named.filter { knowledge.entitiesByID[$0]?.type != "role" }
        if !q.wanted.contains(.person), !q.wanted.isEmpty, !named.isEmpty { return anchored(named, q, a) }
        guard q.wanted.contains(.person), a.cueSets.contains("said"), !named.isEmpty else { return nil }
        guard let index = evidence.clauses.indices.first(where: {
            evidence.clauses[$0].speaker != nil && named.isSubset(of: evidence.clauses[$0].entities)
        }) else { return nil }
        let clause = evidence.clauses[index]
        let sentence = evidence.sentences[clause.sentence]
        let speaker = clause.speaker!
        return Evidence(clause: index, coverage: 1, outcome: Outcome(
            status: .answered,
            answer: render("followup_speaker", ["speaker": name(speaker), "posts": list(postsOf(speaker).compactMap(\.value))])
                + render("evidence", ["text": clause.text]),
            citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
            confidence: 0.75, about: [speaker], ruleOverride: "evidence.retrieval", clause: index))
    }

    /// 13個千億級產業鏈群包括哪些?: nothing to ask but the kind of answer, about something
    /// named: the first clause that names it and gives that kind of answer.
    private func anchored(_ named: Set<String>, _ q: EvidenceQuery, _ a: QuestionAnalysis) -> Evidence? {
        // Only kinds the clause's own text shows (a list, a number, a date); a place or a person
        // could be the named thing itself (東部樞紐在哪個區? is not answered by 東部樞紐).
        let wanted = q.wanted.contains(.list) ? [.list] : q.wanted.intersection([.number, .date])
        // (Districts, people or bodies asked, 它涵蓋哪幾個區?: a clause that names some besides
        // the thing; a list of other things is no answer.)
        let kinds = Self.kindsAsked.filter { a.cueSets.contains($0.cue) }.map(\.type)
        // (A person named is in a clause as its speaker too: 王宏偉提到哪些片區改造?)
        guard !wanted.isEmpty, let index = evidence.clauses.indices.first(where: { index in
            let clause = evidence.clauses[index]
            return named.allSatisfy { clause.entities.contains($0) || clause.speaker == $0 } && !clause.answerTypes.isDisjoint(with: wanted)
                && (kinds.isEmpty || clause.entities.contains { id in !named.contains(id) && kinds.contains(knowledge.entitiesByID[id]?.type ?? "") })
        }) else { return nil }
        return Evidence(clause: index, coverage: 0.8, outcome: evidenceOutcome(index, index..<(index + 1), a, q, 0.7))
    }

    /// The sentence of the document a yes/no question claims word for word, if any: the
    /// question, without the words that ask yes or no at its end (or right after a thing it
    /// names first) and that thing (the claim's subject, when the sentence names it or it is the
    /// document's place), is one run of the sentence of six characters or more. (南沙要鞏固提升
    /// 三千億級… is no run of 鞏固提升兩千億級….)
    func claimedSentence(_ a: QuestionAnalysis) -> Int? {
        guard a.cueSets.contains("yesno") else { return nil }
        let characters = a.normalized.characters
        let keys = a.normalized.keys
        // (The asking words at the end, until none is left: 是不是真的, 對嗎.)
        var end = characters.count
        while let count = yesnoWordLength(characters[..<end], atEnd: true) { end -= count }
        var start = 0
        var subject: ArraySlice<UInt32> = []
        if let first = a.mentions.filter(\.fromQuestion).min(by: { $0.start < $1.start }), first.start == 0, first.end < end {
            if first.entity.id != knowledge.scope { subject = keys[0..<first.end] }
            start = first.end
            if let count = yesnoWordLength(characters[start..<end], atEnd: false) { start += count }
        }
        guard end - start >= 6 else { return nil }
        let claim = keys[start..<end]
        // (The subject written before the claim, as what does it: 南沙 of …南沙、增城三大國家級開發區
        // is among what is built, and 南沙加快建設… is no claim the sentence makes.)
        return sentenceKeys.indices.first { i in
            guard let at = Self.firstRun(sentenceKeys[i][...], claim) else { return false }
            return subject.isEmpty || Self.firstRun(sentenceKeys[i][..<at], subject) != nil
        }
    }

    /// The verb of a question that asks what something acts on (旨在推動什麼?, 要培育什麼?): the two
    /// ideographs right before 什麼 (啥 is normalized to it), as keys; nil when there is no such
    /// question or one of the two does a sentence's work (是什麼, 搞什麼 after 要, 說了什麼).
    func askedVerb(_ a: QuestionAnalysis) -> [UInt32]? {
        let keys = a.normalized.keys
        guard keys.count >= 4 else { return nil }
        var i = 2
        while i + 1 < keys.count {
            if keys[i] == Self.shenKey, keys[i + 1] == Self.meKey {
                let verb = [keys[i - 2], keys[i - 1]]
                guard verb.allSatisfy({ (0x4E00...0x9FFF).contains($0) && !Self.notVerbKeys.contains($0) }) else { return nil }
                return verb
            }
            i += 1
        }
        return nil
    }

    /// The verb right after a word asking how (怎麼縮短, 如何打造), its two characters normalized,
    /// and the pairs of characters after it a few on (怎麼幫企業縮短: 縮短 is the goal's); nil when
    /// none (怎麼樣 asks no how, nor 怎麼是).
    func howAskedVerb(_ a: QuestionAnalysis) -> [[UInt32]]? {
        let keys = a.normalized.keys
        func written(_ at: Int) -> Bool { (0x4E00...0x9FFF).contains(keys[at]) && !Self.notVerbKeys.contains(keys[at]) }
        for word in howWordKeys {
            var i = 0
            while i + word.count + 2 <= keys.count {
                if keys.holds(word, at: i) {
                    let start = i + word.count
                    guard written(start), written(start + 1), !howNotMeansKeys.contains(keys[start]), !howNotMeansKeys.contains(keys[start + 1]) else { return nil }
                    return (start..<min(start + Self.howVerbReach, keys.count - 1)).prefix { written($0) && written($0 + 1) }.map { [keys[$0], keys[$0 + 1]] }
                }
                i += 1
            }
        }
        return nil
    }
    /// A clause the question writes out (this share of its pairs of characters, and at least so
    /// many) asked how: the goal restated, answered by the clauses before it.
    static let goalRestatedShare = 0.7
    static let shortestGoalRestated = 6
    /// How many pairs of characters after a word asking how may be its verb (怎麼幫企業縮短).
    static let howVerbReach = 5
    /// Whether `keys` open with one of `words` (index loops: no generic iterator).
    static func opensWithAny(_ keys: [UInt32], _ words: [[UInt32]]) -> Bool {
        var w = 0
        while w < words.count {
            let word = words[w]
            w += 1
            guard !word.isEmpty, word.count <= keys.count else { continue }
            var i = 0
            while i < word.count, keys[i] == word[i] { i += 1 }
            if i == word.count { return true }
        }
        return false
    }

    /// Whether a clause says by what means (在…上, or a word of the lexicon's `clause_means`).
    static func saysMeans(_ clause: EvidenceIndex.Clause) -> Bool {
        let keys = clause.normalized.keys
        return clause.answerTypes.contains(.means) || (keys.first == Self.atKey && keys.contains(Self.onKey))
    }
    static let onKey: UInt32 = 0x4E0A  // 上
    static let underKey: UInt32 = 0x4E0B  // 下

    static let shenKey: UInt32 = 0x4EC0  // 什
    static let meKey: UInt32 = 0x4E48  // 么
    /// Characters that do a sentence's work before 什麼 (是, 的, 了, 要 …), normalized: no verb of
    /// an asked object is written with one.
    static let notVerbKeys: Set<UInt32> = Set("是的了要叫有为些个在说讲和与及做干搞么这那此其该".unicodeScalars.map(\.value))

    /// Below this share of the question's focus in the best clause, retrieval does not answer.
    static let evidenceThreshold = 0.55

    /// The answer from one clause: the clause itself, widened to its neighbour when it is too
    /// short to stand alone or the list asked for is there, with its speaker.
    private func evidenceOutcome(_ retrieved: Int, _ retrievedSpan: Range<Int>, _ a: QuestionAnalysis, _ q: EvidenceQuery, _ confidence: Float) -> Outcome {
        var index = retrieved
        var span = retrievedSpan
        // A heading (a sentence of one clause, 當好企業“娘家人”) asked what it means: the clause of
        // the body that writes the same words, in a sentence that says what they stand for.
        // (So is a heading's words asked for as written, 洪謙講“娘家人”那句的原文: the body's sentence
        // says them, the heading only names its section.)
        if a.cueSets.contains("meaning_asked") || a.cueSets.contains("verbatim"), evidence.sentences[evidence.clauses[retrieved].sentence].clauses.count == 1,
            let body = evidence.clauses.indices.first(where: { other in
                other != retrieved && evidence.sentences[evidence.clauses[other].sentence].clauses.count > 1
                    && evidence.clauses[other].text.contains(evidence.clauses[retrieved].text)
            })
        {
            index = body
            span = body..<(body + 1)
        }
        let clause = evidence.clauses[index]
        let sentence = evidence.sentences[clause.sentence]
        if span.count == 1, clause.length < 8 || (q.wanted.contains(.list) && !clause.answerTypes.contains(.list)) {
            if index + 1 < sentence.clauses.upperBound {
                span = index..<(index + 2)
            } else if index > sentence.clauses.lowerBound {
                span = (index - 1)..<(index + 1)
            }
        }
        // A clause that goes on the list of the clauses before it (以及一大批百億級產業鏈群 after
        // …等8個萬億級產業鏈群,…等13個千億級產業鏈群): from the list's first clause, the clauses
        // before it in its sentence that end as it does, up to three.
        // (Index loops: this runs for every clause retrieval answers with, and a debug build's
        // generic iterators allocate at every step.)
        // (A count asked too, 廣州有幾個產業鏈群?: the list's counts are the answer.)
        if span.lowerBound > sentence.clauses.lowerBound, !listContinuingOpeningKeys.isEmpty,
            case let opening = evidence.clauses[span.lowerBound].normalized.keys, opening.count >= 4,
            Self.opensWithAny(opening, listContinuingOpeningKeys)
        {
            var first = span.lowerBound
            while first > max(sentence.clauses.lowerBound, span.lowerBound - 3), case let before = evidence.clauses[first - 1].normalized.keys,
                before.count >= 2, before[before.count - 1] == opening[opening.count - 1], before[before.count - 2] == opening[opening.count - 2]
            {
                first -= 1
            }
            span = first..<span.upperBound
        }
        // A passage the question quotes that runs over clauses (「以營商環境之優,促經濟之穩,謀發展
        // 之進」這句話是什麼意思?): every clause of the sentence that holds a piece of it.
        if !Self.quotedPassages(a.original).isEmpty {
            for held in clauses(holding: passagePieces(a.original), all: true) where evidence.clauses[held].sentence == clause.sentence {
                span = min(span.lowerBound, held)..<max(span.upperBound, held + 1)
            }
        }
        // A clause that only sets the scene (在…評營商環境中): with the clause that says what
        // happened there.
        while frameClauses.contains(span.upperBound - 1), span.upperBound < sentence.clauses.upperBound {
            span = span.lowerBound..<(span.upperBound + 1)
        }
        // What a passage is about (「城脈、文脈、商脈」這句話跟什麼有關?): the whole sentence, up to
        // three clauses either side.
        if a.cueSets.contains("context_asked") {
            span = max(sentence.clauses.lowerBound, span.lowerBound - 3)..<min(sentence.clauses.upperBound, span.upperBound + 3)
        }
        // Details asked (具體說說要素供給方面), or how it is done (他說要怎麼幫在地企業?): the rest of
        // the sentence, up to three clauses more; what the words mean (「娘家人」是什麼意思?), the two
        // clauses after them, which say what they stand for (more are the sentence's next items).
        // (And how someone spoke of it, 對項目審批服務是怎麼說的?: the same.)
        let detailed = a.cueSets.contains("detail") || a.cueSets.contains("how_done") || a.cueSets.contains("how_said")
        if detailed || a.cueSets.contains("meaning_asked"),
            span.upperBound < sentence.clauses.upperBound
        {
            let more = detailed ? 3 : 2
            span = span.lowerBound..<min(sentence.clauses.upperBound, span.upperBound + more)
        }
        // What the words mean, and their clause goes on from the one before (做到有呼必應、無事不擾
        // after 要構建親清政商關系): that one too, which says what they are for.
        if a.cueSets.contains("meaning_asked"), span.lowerBound > sentence.clauses.lowerBound,
            case let opening = evidence.clauses[span.lowerBound].normalized.keys,
            (knowledge.lexicon.cues["continuing_openings"] ?? []).contains(where: { opening.starts(with: normalizer.normalize($0).keys) })
        {
            span = (span.lowerBound - 1)..<span.upperBound
        }
        // 為什麼 asked, and the span gives no purpose: the next clause of the sentence that does.
        if q.wanted.contains(.purpose), !span.contains(where: { evidence.clauses[$0].answerTypes.contains(.purpose) }),
            let purpose = sentence.clauses.first(where: { $0 >= span.upperBound && evidence.clauses[$0].answerTypes.contains(.purpose) })
        {
            span = span.lowerBound..<(purpose + 1)
        }
        // What a verb acts on, asked (該專項行動旨在推動什麼?), and the span does not write the verb:
        // on to the clause of the sentence that does, up to three clauses more.
        if let verb = askedVerb(a), !span.contains(where: { Self.holdsRun(evidence.clauses[$0].normalized.keys, verb) }),
            let acting = sentence.clauses.first(where: { other in
                other >= span.upperBound && other < span.upperBound + 3 && Self.holdsRun(evidence.clauses[other].normalized.keys, verb)
            })
        {
            span = span.lowerBound..<(acting + 1)
        } else if let verb = askedVerb(a), !span.contains(where: { Self.holdsRun(evidence.clauses[$0].normalized.keys, verb) }),
            // (Or back to the clause before it that does, one or two: 要把科教人才資源優勢轉化為創新
            // 發展勝勢,靠打通什麼? — 打通‘科技—產業—金融’良性循環, the clause before.)
            let acting = sentence.clauses.last(where: { other in
                other < span.lowerBound && other >= span.lowerBound - 2 && Self.holdsRun(evidence.clauses[other].normalized.keys, verb)
            })
        {
            span = acting..<span.upperBound
        }
        // How a goal is reached, asked (要怎麼縮短項目建設、投產、達產周期?), and the span opens
        // with the goal's verb: the clauses before it in its sentence, one or two, which say by
        // what means (在…審批服務上全力支持配合).
        // (Only clauses that say a means, 在…上, 以, 通過: not the items of a list before it.)
        if let verbs = howAskedVerb(a), span.lowerBound > sentence.clauses.lowerBound,
            verbs.contains(where: { Self.holdsRun(evidence.clauses[span.lowerBound].normalized.keys, $0) })
        {
            var first = span.lowerBound
            while first > max(sentence.clauses.lowerBound, span.lowerBound - 2), Self.saysMeans(evidence.clauses[first - 1]) { first -= 1 }
            // (A goal the question writes out whole, 怎樣把科教人才資源優勢轉化為創新發展勝勢?: its
            // clause says nothing more; the two before it in its sentence say how, whatever their words.)
            if first == span.lowerBound, span.count == 1,
                case let goal = Self.bigrams(evidence.clauses[span.lowerBound].normalized.characters), goal.count >= Self.shortestGoalRestated,
                Double(Self.shared(goal, Self.bigrams(a.normalized.characters))) >= Self.goalRestatedShare * Double(goal.count)
            {
                first = max(sentence.clauses.lowerBound, span.lowerBound - 2)
            }
            span = first..<span.upperBound
        }
        // Why asked (為什麼說市場主體信心提升了?), and the clause before the span in its sentence
        // says under what it happens (業務辦理時間更短……在一系列舉措下): that clause is the why.
        if a.cueSets.contains("why_asked"), span.lowerBound > sentence.clauses.lowerBound,
            case let before = evidence.clauses[span.lowerBound - 1].normalized.keys,
            before.count >= 3, before.last == Self.underKey, before.contains(Self.atKey)
        {
            span = (span.lowerBound - 1)..<span.upperBound
        }
        var text = span.map { evidence.clauses[$0].text }.joined(separator: ",")
        // (A quotation mark whose other half is outside the span: dropped.)
        if text.first == "“", !text.contains("”") { text.removeFirst() }
        if let close = text.lastIndex(of: "”"), !text.contains("“") { text.remove(at: close) }
        // (The templates end the sentence: a clause's own 。 is not said twice.)
        while let last = text.last, EvidenceIndex.sentenceEnds.contains(last) { text.removeLast() }
        var about: [String] = []
        if let speaker = clause.speaker { about.append(speaker) }
        // (The things the question named first: what a pointer in the next turn means, 這個 of
        // 番禺在城市結構裡是什麼定位? → 番禺智造創新城, not the first of the list by its id.)
        let spanEntities = span.flatMap { evidence.clauses[$0].entities }.sorted()
        about += spanEntities.filter { id in a.mentions.contains { $0.fromQuestion && $0.entity.id == id } }
        about += spanEntities.filter { id in !a.mentions.contains { $0.fromQuestion && $0.entity.id == id } }
        let speakerNamed = clause.speaker.map { id in text.containsText(name(id)) } ?? true
        // Which district asked, and the words name none: the speaker's district post says it
        // (工業上樓是哪個區的做法? → 海珠區委書記蔡澍).
        var speakerLabel = clause.speaker.map(name) ?? ""
        if !speakerNamed, let speaker = clause.speaker, a.cueSets.contains("which_district"),
            !span.contains(where: { evidence.clauses[$0].entities.contains { knowledge.entitiesByID[$0]?.type == "district" } }),
            let post = postsOf(speaker).first(where: { $0.org.flatMap { knowledge.entitiesByID[$0] }?.type == "district" }),
            let title = post.value
        {
            speakerLabel = title + speakerLabel
        } else if !speakerNamed, let speaker = clause.speaker, a.cueSets.contains("who") || Self.answerTypes(from: a.cueSets).contains(.person) {
            // Who said it asked (研深研透產業的留和轉是誰說的?): the speaker with their posts.
            speakerLabel = titled(speaker)
        } else if !speakerNamed, let speaker = clause.speaker, a.cueSets.contains("yesno"),
            a.mentions.contains(where: { $0.fromQuestion && $0.entity.id == speaker })
        {
            // Whether the person named is the one who does something (王宏偉係咪管城中村改造嗰個?):
            // their posts say what they are in charge of, beside what they said.
            speakerLabel = titled(speaker)
        }
        var answer = speakerNamed
            ? render("evidence", ["text": text])
            : render("evidence_speaker", ["speaker": speakerLabel, "text": text])
        // A yes/no question that states a number: the clause's own numbers confirm or correct it.
        let asked = a.numbers
        // (A version stated, 數字政府3.0, against the one the clause names, 2.0: corrected too.
        // Read only of a yes/no question that writes a point.)
        let statesVersion = a.cueSets.contains("yesno") && a.normalized.characters.contains(".")
        let askedVersions = statesVersion ? Self.versions(in: a.normalized.characters) : []
        let heldVersions = askedVersions.isEmpty ? [] : Self.versionsWritten(in: normalizer.normalize(text).characters)
        if a.cueSets.contains("yesno"), !asked.isEmpty {
            let held = Set(Self.numbers(in: normalizer.normalize(text).characters))
            if !held.isEmpty {
                let holds = asked.allSatisfy(held.contains) && askedVersions.allSatisfy { heldVersions.isEmpty || Self.holdsVersion($0, heldVersions) }
                    && !writesOpposite(a, of: [sentence.text])
                answer = render(holds ? "evidence_yes" : "evidence_no", [:]) + answer
            }
        } else if a.cueSets.contains("yesno"),
            case let claimed = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "district" })?.entity,
            // (Or one the article does not speak of, 是番禺區在推進的嗎?: not the article's.)
            claimed != nil || a.outsideNames.contains(where: knowledge.lexicon.outsidePlaces.contains),
            !span.contains(where: { i in claimed.map { evidence.clauses[i].entities.contains($0.id) } ?? false }),
            let place = placeOfClause(span.lowerBound, sentence: sentence.clauses, speaker: clause.speaker)
        {
            // A yes/no question that places it in a district (瀝滘村的復建房是海珠區的嗎?), the words
            // naming none: the district the sentence spoke of before them, or the speaker's.
            // (Said by someone: they, with their posts, which name the place.)
            let placed = clause.speaker.map { render("evidence_speaker", ["speaker": titled($0), "text": text]) }
                ?? render("evidence_in_place", ["place": place.name, "text": text])
            // (And a version stated of the right place, 越秀…數字政府3.0…?, checked too.)
            let versionsHold = heldVersions.isEmpty || askedVersions.allSatisfy { Self.holdsVersion($0, heldVersions) }
            answer = render(place.id == claimed?.id && versionsHold ? "evidence_yes" : "evidence_no", [:]) + placed
            about.append(place.id)
        } else if !askedVersions.isEmpty, !heldVersions.isEmpty,
            // (Only of what the sentence is about: not a verdict on something else named, 番禺以數字政府
            // 2.0…為抓手嗎?, which it does not speak of.)
            a.mentions.allSatisfy({ m in
                !m.fromQuestion || m.entity.id == knowledge.scope || m.entity.id == knowledge.subject
                    || evidence.sentenceEntities[clause.sentence].contains(m.entity.id)
            })
        {
            let holds = askedVersions.allSatisfy { Self.holdsVersion($0, heldVersions) } && !writesOpposite(a, of: [sentence.text])
            answer = render(holds ? "evidence_yes" : "evidence_no", [:]) + answer
        }
        return Outcome(
            status: .answered, answer: answer, quotes: [], citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
            confidence: confidence, about: about, ruleOverride: "evidence.retrieval", clause: index)
    }

    /// The district a clause is about when its words name none: the last one the clauses of its
    /// sentence before it name (以海珠為例,…,加快瀝滘村…建設), else its speaker's district post.
    func placeOfClause(_ index: Int, sentence clauses: Range<Int>, speaker: String?) -> Entity? {
        for i in stride(from: index - 1, through: clauses.lowerBound, by: -1) {
            let districts = evidence.clauses[i].entities.filter { knowledge.entitiesByID[$0]?.type == "district" }
            // (Two districts in one clause: which one is not told.)
            if districts.count > 1 { return nil }
            if let id = districts.first { return knowledge.entitiesByID[id] }
        }
        return speaker.flatMap { postsOf($0).first(where: { $0.org.flatMap { knowledge.entitiesByID[$0] }?.type == "district" })?.org }
            .flatMap { knowledge.entitiesByID[$0] }
    }

    /// The numbers written in digits in a normalized text (21, 3.88).
    static func numbers(in chars: [Character]) -> [String] { digitsRead(in: chars).numbers }

    /// The versions a normalized text names (數字政府2.0 → 2.0), not those it counts (做到4.0).
    static func versions(in chars: [Character]) -> [String] { digitsRead(in: chars).versions }

    /// Every version a normalized text writes, each with the version before it when a range joins
    /// them (1.0到5.0: 1.0, and 5.0 with 1.0), the end of a range too, which `versions` counts.
    static func versionsWritten(in chars: [Character]) -> [(value: Double, from: Double?)] {
        var written: [(value: Double, from: Double?)] = []
        var current = ""
        var joined = false
        for c in chars + [" "] {
            if c.isASCIIDigit || (c == "." && !current.isEmpty) {
                current.append(c)
                continue
            }
            if !current.isEmpty {
                if current.contains("."), current.drop(while: { $0 != "." }).dropFirst().allSatisfy({ $0 == "0" }), let value = Double(current) {
                    written.append((value, joined ? written.last?.value : nil))
                }
                current = ""
                joined = c == "到" || c == "至"
            } else if c != "到", c != "至" {
                joined = false
            }
        }
        return written
    }

    /// Whether a version asked (2.0) is one written or within a range written (1.0到5.0).
    static func holdsVersion(_ asked: String, _ written: [(value: Double, from: Double?)]) -> Bool {
        guard let value = Double(asked) else { return false }
        return written.contains { version in
            version.value == value || (version.from.map { from in from <= value } ?? false) && value <= version.value
        }
    }

    private static func digitsRead(in chars: [Character]) -> (numbers: [String], versions: [String]) {
        var numbers: [String] = []
        var versions: [String] = []
        var current = ""
        // (Whether the number being read comes after 到, 至 or 到了.)
        var reached = false
        var previous: (Character, Character) = (" ", " ")
        for c in chars + [" "] {
            if c.isASCIIDigit || (c == "." && !current.isEmpty) {
                if current.isEmpty { reached = previous.1 == "到" || previous.1 == "至" || (previous.0 == "到" && previous.1 == "了") }
                current.append(c)
            } else if !current.isEmpty {
                // A version (5.0改革, 數字政府2.0) is a name, no number a claim gives; reached, 做到
                // 4.0, 實施至4.0 or 迭代到了6.0版本, it counts the versions: 4, 6.
                let version = current.utf8.contains(UInt8(ascii: ".")) && current.drop { $0 != "." }.dropFirst().allSatisfy { $0 == "0" } && c != "%"
                if version, reached {
                    while current.last == "0" { current.removeLast() }
                }
                while current.last == "." { current.removeLast() }
                if !version || reached { numbers.append(current) } else { versions.append(current) }
                current = ""
            }
            previous = (previous.1, c)
        }
        return (numbers, versions)
    }


    /// A rule's answer that holds little of what was asked gives way to a clause that holds
    /// much more of it.
    static let generalIntents: Set<String> = ["describe", "summary", "relation_default", "speakers"]

    /// Places that are not areas (科技創新走廊, 康鷺片區): what a district's clause may name.
    static let namedPlaceTypes = placeTypes.subtracting(areaTypes)

    /// An answer that leaves out something the question names gives way to a clause that names
    /// all of it: a description or profile (郭永航對政商關係有什麼要求? answered with who 郭永航 is)
    /// that leaves out a thing, or any answer that leaves out the person (郭市長在優化營商環境
    ///方面提了哪些要求? answered with what the reform is). The clause has the person as its
    /// speaker or by name, and every other thing named; of such clauses, the one retrieval
    /// ranks first, else the first in the document. A person's own bodies and districts (住建局
    /// in 住建局局長王宏偉說了什麼?) say who the person is, not what is asked.
    func namingAll(than outcome: Outcome, intent: String, _ a: QuestionAnalysis) -> Evidence? {
        let named = a.mentions.filter { m in
            m.fromQuestion && m.entity.type != "city" && m.entity.type != "role" && m.entity.id != knowledge.scope
                && m.entity.id != knowledge.subject
        }
        // (A district the question calls 這個區, beside a thing it names: 那這個區在科技創新走廊裡算什麼?)
        // (A place, not a program the district runs, 那裡的城中村改造呢?, which a rule answers of it.)
        let calledDistrict = named.count == 1 && Self.namedPlaceTypes.contains(named[0].entity.type)
            ? a.mentions.first(where: { $0.source == .pronoun && $0.entity.type == "district" }) : nil
        guard named.count >= 2 || calledDistrict != nil else { return nil }
        let people = Set(named.filter { $0.entity.type == "person" }.map(\.entity.id))
        guard people.count <= 1 else { return nil }
        let own = people.first.flatMap { bodiesByPerson[$0] } ?? []
        var things = Set(named.filter { $0.entity.type != "person" && !own.contains($0.entity.id) }.map(\.entity.id))
        if let calledDistrict { things.insert(calledDistrict.entity.id) }
        // Left out: not what the answer is about, and neither its name nor the words the
        // question named it by are in the answer.
        let answer = scalarFold.fold(outcome.answer)
        func leftOut(_ id: String) -> Bool {
            guard !outcome.about.contains(id), !outcome.answer.containsText(knowledge.entitiesByID[id]?.name ?? id) else { return false }
            // Nor the speaker of what the answer quotes, of a thing the question names (王宏偉列出
            //的連片改造片區 answered by the list he gave).
            if (factsBySpeaker[id] ?? []).contains(where: { fact in
                outcome.quotes.contains(fact.quote) && named.contains { $0.entity.id == fact.subject }
            }) {
                return false
            }
            return !named.contains { m in
                guard m.entity.id == id else { return false }
                return Self.holds(answer, scalarFold.fold(originalText(a, m.start, m.end)))
            }
        }
        // (A speaker's summary holds all the speaker said: what it leaves out is not there.)
        let general = ["describe", "summary", "relation_default"].contains(intent) && outcome.relation != "said"
        // (Or of two things, one a district, 南沙在科技創新走廊裡算什麼?, described by the district
        // alone: the district's clause that names the other, 建設廣州科技創新走廊南部極點.)
        let districts = things.filter { knowledge.entitiesByID[$0]?.type == "district" }
        let ofDistrict = people.isEmpty && districts.count == 1 && things.count == 2
            && things.allSatisfy { districts.contains($0) || Self.namedPlaceTypes.contains(knowledge.entitiesByID[$0]?.type ?? "") }
        // (Or a place asked within a whole it is part of, 從化在城市結構裡是定位成什麼?, described
        // by the whole alone: the clause of the whole's sentence that names the place.)
        let wholes = general && people.isEmpty && things.count == 2 && !ofDistrict
            ? things.filter { !Self.namedPlaceTypes.contains(knowledge.entitiesByID[$0]?.type ?? "") } : []
        let placeInWhole = wholes.count == 1
        // (A place asked of a district, whatever rule answered, if its answer leaves the place
        // out: a specific rule's answer gives way only to a retrieved clause, below.)
        guard people.contains(where: leftOut) || ((general && !people.isEmpty) || ofDistrict || placeInWhole) && things.contains(where: leftOut)
        else { return nil }
        // (Named by its clause's sentence: a district, whose sentences name it once; a whole,
        // whose sentence lists its parts.)
        let namedBySentence: Set<String> = ofDistrict ? districts : Set(wholes)
        func namesAll(_ index: Int) -> Bool {
            let clause = evidence.clauses[index]
            let sentenceEntities = namedBySentence.isEmpty ? [] : evidence.sentenceEntities[clause.sentence]
            guard things.allSatisfy({ clause.entities.contains($0) || (namedBySentence.contains($0) && sentenceEntities.contains($0)) }) else { return false }
            return people.allSatisfy { clause.speaker == $0 || clause.entities.contains($0) }
        }
        if let found = retrieve(a), namesAll(found.clause) { return found }
        // (A rule's specific answer gives way only to a clause that holds the question: 海珠的中大
        // 紡織商圈要轉移去哪裡? keeps 廣清, whatever clause names the 商圈 first.)
        guard general || !people.isEmpty, let index = evidence.clauses.indices.first(where: namesAll) else { return nil }
        return Evidence(clause: index, coverage: 0.8, outcome: evidenceOutcome(index, index..<(index + 1), a, evidenceQuery(a), 0.75))
    }

    /// Two things or more the question names, no person among them, that no rule answered
    /// (有冇講港科大(廣州)同埋南沙科學城嘅計劃?): the first clause that names them all.
    func clauseNamingAll(_ a: QuestionAnalysis) -> Outcome? {
        // (Not a number, a time or an attribute asked, 這兩個村各有多少戶?: the clause gives none.)
        guard Self.answerTypes(from: a.cueSets).isEmpty, !a.cueSets.contains("howmany"), a.attributes.isEmpty else { return nil }
        var things: Set<String> = []
        for m in a.mentions where m.fromQuestion && m.entity.id != knowledge.scope && m.entity.type != "city" {
            guard !Self.speakingTypes.contains(m.entity.type), m.entity.type != "role" else { return nil }
            things.insert(m.entity.id)
        }
        // (Not a whole and its part, 「一廊一帶」中的「一廊」: the part is asked of the whole.)
        guard things.count >= 2, wholeAndPart(a) == nil, let index = evidence.clauses.indices.first(where: { things.isSubset(of: evidence.clauses[$0].entities) }) else { return nil }
        return evidenceOutcome(index, index..<(index + 1), a, evidenceQuery(a), 0.7)
    }

    /// Whether folded `text` holds folded `part` as a run (`ScalarFold.fold`: no punctuation).
    static func holds(_ text: [UInt32], _ part: [UInt32]) -> Bool {
        !part.isEmpty && text.count >= part.count
            && (0...(text.count - part.count)).contains { text[$0..<($0 + part.count)].elementsEqual(part) }
    }

    /// Asked who holds a role (發改委的負責人叫什麼名字?), answered by a clause that names no
    /// person: the article does not say who.
    func lacksPerson(_ found: Evidence, _ a: QuestionAnalysis) -> Outcome? {
        guard Self.answerTypes(from: a.cueSets).contains(.person) || a.cueSets.contains("name_asked"),
            a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "role" }),
            !found.outcome.about.contains(where: { knowledge.entitiesByID[$0]?.type == "person" }),
            let subject = a.mentions.first(where: { $0.fromQuestion && $0.entity.type != "role" })?.entity
                ?? a.mentions.first(where: \.fromQuestion)?.entity
        else { return nil }
        return Outcome(
            status: .noAnswer, answer: render("no_answer_known", ["name": subject.name]), suggestions: suggestions(for: subject),
            confidence: 0.6, about: [subject.id])
    }

    /// A question for a date or a number whose answer has neither: what the article lacks.
    func lacksAskedType(_ outcome: Outcome, intent: String, _ a: QuestionAnalysis) -> Outcome? {
        // (Or who someone is, or whether they hold a post, when what is asked is when or how
        // many: 他是哪一年當上市長的?, 他今年要引進多少外資?)
        // (Not what they said, 洪謙提了幾點要求?: a count of their points is theirs to give.)
        // (Nor what the whole a part is named in says of it, 東部樞紐預計幾時建成?: no date.)
        // (Nor the next clause of the last answer's, 咁幾時開始拆? after 康鷺片區: no date.)
        guard ["relation", "describe", "summary", "relation_missing", "followup"].contains(intent)
            || (["post_check", "relation_default"].contains(intent) && !a.cueSets.contains("said"))
        else { return nil }
        // A place in an order asked (具體排第幾名?) of an answer that gives none (位列前列): said
        // that no place is given, before what the article says, which answers as far as it goes.
        // (Any number counts for no place: 萬家 of 萬家民營企業.)
        if a.cueSets.contains("rank_asked"), outcome.status == .answered, !Self.givesRank(outcome.answer) {
            var unranked = outcome
            unranked.answer = render("rank_not_given", ["answer": outcome.answer])
            // (Pressed for it after that answer, 具體排第幾名?, naming nothing new: not answered.)
            if a.cueSets.contains("detail") || !a.mentions.contains(where: \.fromQuestion) { unranked.status = .noAnswer }
            return unranked
        }
        // A date, or a number unless an ordinal is asked (第幾批? is answered by 首批).
        var asked = Self.answerTypes(from: a.cueSets).intersection([.date, .number])
        if a.cueSets.contains("ordinal") { asked.remove(.number) }
        // (A place in an order, 排在第幾名?, is a number too: 位列前列 gives none.)
        if a.cueSets.contains("rank_asked") { asked.insert(.number) }
        // (幾時 asks when, not how many: its 幾 is no count, and 一 of 一軸一路 no answer to it. Not
        // of a speaker, 郭永航幾時講的?: they spoke on the conference's day, which their words
        // need not write.)
        if asked.contains(.date), Self.asksWhenOnly(a.normalized.keys),
            !a.mentions.contains(where: { ["person", "role"].contains($0.entity.type) })
        {
            asked.remove(.number)
        }
        // (A count asked in a measure, 多少億元, is asked whatever the answer types say.)
        let lacksMeasure = lacksAskedMeasure(outcome, a)
        guard !asked.isEmpty || lacksMeasure else { return nil }
        // (Of whom it was asked: named, or for a count in a measure, 他說…多少億元?, the one meant.)
        guard lacksMeasure || !answerTyper.holds(any: asked, outcome.answer, about: outcome.about, fold: scalarFold),
            let subject = (a.mentions.first(where: \.fromQuestion)
                ?? (lacksMeasure || a.cueSets.contains("rank_asked") || ["post_check", "relation_default"].contains(intent)
                    // (Or when, of the last turn's thing, 幾時搬晒? after where it moves: not said either.
                    // Not of a person, who spoke on the conference's day: 幾時講嘅? after 洪謙; nor after
                    // a figure, whose date the last answer gave: 幾時要做到? after 越秀's 10家.)
                    || (asked.contains(.date) && a.context.figures.isEmpty
                        && !["person", "role"].contains(a.mentions.first?.entity.type ?? "person"))
                    ? a.mentions.first : nil))?.entity
        else { return nil }
        return Outcome(
            status: .noAnswer, answer: render("no_answer_known", ["name": subject.name]), suggestions: suggestions(for: subject),
            confidence: 0.6, about: [subject.id])
    }

    /// Whether `text` gives a place in an order: 第 before a numeral (第三, 第1), a numeral before
    /// 名 (三名), or 首位, 榜首, 冠軍.
    static func givesRank(_ text: String) -> Bool {
        let numerals: Set<Character> = ["一", "二", "兩", "两", "三", "四", "五", "六", "七", "八", "九", "十"]
        let characters = Array(text)
        for (i, c) in characters.enumerated() {
            let numeral = c.isASCIIDigit || numerals.contains(c)
            if c == "第", i + 1 < characters.count, characters[i + 1].isASCIIDigit || numerals.contains(characters[i + 1]) { return true }
            if numeral, i + 1 < characters.count, characters[i + 1] == "名" { return true }
        }
        return ["首位", "榜首", "冠軍", "冠军"].contains { text.contains($0) }
    }

    /// A quantity of the lexicon's `quantity_words` asked (比例是多少?, 總產值目標是多少?) that
    /// the answer does not name: its number is of something else (821家 is no share), and the
    /// article does not say; nil when none is asked or the answer names it.
    func lacksAskedQuantity(_ outcome: Outcome, _ a: QuestionAnalysis) -> Outcome? {
        guard !askedQuantities.isEmpty, a.cueSets.contains("howmany") || a.cueSets.contains("answer_number") else { return nil }
        let keys = a.normalized.keys
        guard let asked = askedQuantities.first(where: { keys.contains($0[0]) && Self.holdsRun(keys, $0) }),
            !Self.holdsRun(normalizer.normalize(outcome.answer).keys, asked)
        else { return nil }
        // (A share asked, answered by a percentage: 市場主體同比增長的比例 is 3.88%.)
        if shareWordKeys.contains(where: { $0 == asked }), !outcome.figures.isEmpty,
            outcome.figures.contains(where: { figures.indices.contains($0) && figures[$0].unit == "%" })
        {
            return nil
        }
        // (A share of one count in another the same sentence gives, 821家 of 4500多家 走訪: not
        // given, and both counts said as the article writes them.)
        if shareWordKeys.contains(where: { $0 == asked }), let counts = countsBeside(outcome) {
            var given = outcome
            // (Two counts, the smaller a part of the larger: the share they make, reckoned and
            // said to be so — 821 of 4500多 is about 18%.)
            if counts.numbers.count == 2, let small = counts.numbers.min(), let large = counts.numbers.max(), small > 0, small < large {
                let tenths = Int((small / large * 1000).rounded())
                given.answer = render("share_reckoned", ["answer": counts.text, "share": "\(tenths / 10).\(tenths % 10)%"])
                // (Asked whether the article gives it, 文章有給佔比嗎?: it does not, and the reckoning says so.)
                if a.cueSets.contains("yesno") { given.status = .noAnswer }
                given.citations = [counts.citation]
                given.quotes = []
                given.confidence = min(outcome.confidence, 0.7)
                return given
            }
            given.status = .noAnswer
            given.answer = render("share_not_given", ["answer": counts.text])
            given.citations = [counts.citation]
            given.quotes = []
            given.confidence = min(outcome.confidence, 0.7)
            return given
        }
        return notSaid(a)
    }

    /// The clauses of the sentence of an outcome's figure that give numbers, when two or more do
    /// (…走訪聯系企業4500多家,摸排轉移意向企業821家), with the sentence cited.
    func countsBeside(_ outcome: Outcome) -> (text: String, numbers: [Double], citation: Reply.Citation)? {
        guard let index = outcome.figures.first, figures.indices.contains(index),
            let clause = evidence.lastClause[TextKey(figures[index].quote)], evidence.clauses.indices.contains(clause)
        else { return nil }
        let sentence = evidence.sentences[evidence.clauses[clause].sentence]
        // (Counts in the figure's own unit, 4500多家 and 821家: not 315.55萬戶 beside 3.88%.)
        guard let unit = figures[index].unit?.first else { return nil }
        let counted = sentence.clauses.filter { i in
            let text = Array(evidence.clauses[i].text)
            return text.indices.contains { j in
                text[j].isASCIIDigit && (1...3).contains { k in j + k < text.count && text[j + k] == unit && text[(j + 1)..<(j + k)].allSatisfy { "多余餘萬千".contains($0) } }
            }
        }
        guard counted.count >= 2 else { return nil }
        // (Each clause's first number written in digits.)
        let numbers = counted.compactMap { i -> Double? in
            let text = evidence.clauses[i].text
            guard let start = text.firstIndex(where: \.isASCIIDigit) else { return nil }
            return Double(String(text[start...].prefix { $0.isASCIIDigit || $0 == "." }))
        }
        return (counted.map { evidence.clauses[$0].text }.joined(separator: ","), numbers,
            Reply.Citation(source: knowledge.source.file, quote: sentence.text, line: sentence.line))
    }

    /// A count of a whole asked part by part (這127個項目各區分別是幾個?, 每個村多少戶?: the
    /// lexicon's `breakdown`), when the figure is not a district's and the question names no
    /// district: the article gives no such parts; the whole's figure is said with it. nil otherwise.
    func lacksBreakdown(_ outcome: Outcome, _ a: QuestionAnalysis) -> Outcome? {
        guard a.cueSets.contains("breakdown"), a.cueSets.contains("howmany"),
            !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "district" }),
            !outcome.about.contains(where: { knowledge.entitiesByID[$0]?.type == "district" })
        else { return nil }
        var none = outcome
        none.status = .noAnswer
        none.answer = render("no_answer_breakdown", ["answer": outcome.answer])
        none.confidence = min(outcome.confidence, 0.6)
        return none
    }

    /// A count asked in a measure word (幾家醫院, 幾所大學) that a clause retrieved does not
    /// count in: its numbers count something else, and the article does not say.
    func lacksAskedCount(_ outcome: Outcome, _ a: QuestionAnalysis) -> Outcome? {
        guard outcome.status == .answered, lacksAskedMeasure(outcome, a) else { return nil }
        return notSaid(a)
    }

    /// Whether every 多少 or 幾 of a question ends its clause (but for particles): an amount asked,
    /// 提高了多少?有數字嗎, not things counted, 多少片區 or 幾個.
    func asksAmountOnly(_ question: String) -> Bool {
        var found = false
        for clause in question.split(whereSeparator: { ",，?？。!！;；".contains($0) }) {
            let keys = normalizer.normalize(String(clause)).keys
            guard keys.contains(where: { $0 == 0x591A || $0 == 0x51E0 }) else { continue }
            guard Self.endsWithAmount(keys) else { return false }
            found = true
        }
        return found
    }

    /// Whether every 多少 or 幾 of a clause ends it (but for particles).
    static func endsWithAmount(_ keys: [UInt32]) -> Bool {
        let ji: UInt32 = 0x51E0, duo: UInt32 = 0x591A, shao: UInt32 = 0x5C11
        var found = false
        var i = 0
        while i < keys.count {
            var after = i + 1
            if keys[i] == duo, after < keys.count, keys[after] == shao { after += 1 } else if keys[i] != ji { i += 1; continue }
            found = true
            while after < keys.count, trailingParticles.contains(keys[after]) || keys[after] == QAEngine.neKey { after += 1 }
            if after < keys.count { return false }
            i = after
        }
        return found
    }
    /// Measure words of things counted, normalized: 個 家 項 條 位 種 類 戶 間 名 所 批 輪 版 座.
    static let countMeasureKeys: Set<UInt32> = Set("个家项条位种类户间名所批轮版座点".unicodeScalars.map(\.value))

    /// Whether every 幾 of a question is the 幾 of 幾時 (when) and no 多少 is written: no count asked.
    static func asksWhenOnly(_ keys: [UInt32]) -> Bool {
        let ji: UInt32 = 0x51E0, shi: UInt32 = 0x65F6, duo: UInt32 = 0x591A, shao: UInt32 = 0x5C11
        var whens = 0
        for i in keys.indices where keys[i] == ji {
            guard i + 1 < keys.count, keys[i + 1] == shi else { return false }
            whens += 1
        }
        return whens > 0 && !zip(keys, keys.dropFirst()).contains { $0 == duo && $1 == shao }
    }

    /// A number or a date asked, and nothing else (企業滿意度具體是多少?, 東部樞紐預計幾時建成?),
    /// that the clause retrieved gives none of (企業滿意度不斷提升): the article does not say. A
    /// date asked is checked alone (幾時 asks no number, and 五極 is none). Nil when neither is
    /// asked or the answer gives it (a number, or for a count a list to count).
    func lacksAskedNumberOrDate(_ outcome: Outcome, _ a: QuestionAnalysis) -> Outcome? {
        guard outcome.status == .answered, !a.cueSets.contains("rank_asked") else { return nil }
        let asked = Self.answerTypes(from: a.cueSets)
        guard !asked.isEmpty, asked.isSubset(of: [.number, .date]) else { return nil }
        // (A list answers a count by its items: 廣州有幾個火車站在那個改造名單裡? by the areas named.)
        // (Not an amount asked at a clause's end, 提高了多少?: how much, which no list gives.)
        let checked: Set<EvidenceIndex.AnswerType> = asked.contains(.date) ? [.date] : asksAmountOnly(a.original) ? [.number] : [.number, .list]
        guard !answerTyper.holds(any: checked, outcome.answer, about: outcome.about, fold: scalarFold) else { return nil }
        // (Said by the retrieval that found no such clause: a part of a message answered so stands
        // beside the others' answers, as one not understood would not. With nothing named, what
        // the clause does say, after the figure it lacks: 企業滿意度不斷提升.)
        var none = notSaid(a)
        if none.about.isEmpty {
            none.answer = render(asked.contains(.date) ? "no_answer_date_given" : "no_answer_number_given", [:]) + outcome.answer
            none.citations = outcome.citations
            none.quotes = outcome.quotes
        }
        none.ruleOverride = outcome.ruleOverride ?? "evidence.retrieval"
        return none
    }

    /// The article does not say what is asked (of what the question names first, if anything).
    func notSaid(_ a: QuestionAnalysis) -> Outcome {
        if let subject = (a.mentions.first(where: \.fromQuestion) ?? a.mentions.first)?.entity {
            return Outcome(
                status: .noAnswer, answer: render("no_answer_known", ["name": subject.name]), suggestions: suggestions(for: subject),
                confidence: 0.6, about: [subject.id])
        }
        return Outcome(status: .noAnswer, answer: render("no_answer", [:]), suggestions: defaultSuggestions(), confidence: 0.6)
    }

    /// An amount of money asked (要投多少錢?) that the answer does not give (a number in 元 or
    /// 億: 大力實施…專項行動 gives none): the article does not say; nil when none is asked or
    /// the answer gives one.
    func lacksAmount(_ outcome: Outcome, _ a: QuestionAnalysis) -> Outcome? {
        guard outcome.status == .answered, a.cueSets.contains("answer_money"),
            !Self.givesAmount(normalizer.normalize(outcome.answer).characters)
        else { return nil }
        let subject = (a.mentions.first(where: \.fromQuestion) ?? a.mentions.first)?.entity
        // An amount item by item (每個項目多少錢?, 投資額怎麼拆分?): the article gives totals only;
        // the amounts said of the thing named, if any, as what it does say. Never an answer.
        if a.cueSets.contains("breakdown") {
            let named = a.mentions.first(where: \.fromQuestion)?.entity
            if let named, let said = amountsSaid(of: named.id) {
                return Outcome(status: .noAnswer, answer: render("no_answer_breakdown", ["answer": said.answer]), quotes: said.quotes,
                    citations: said.citations, suggestions: suggestions(for: named), confidence: 0.6, about: [named.id])
            }
            return Outcome(status: .noAnswer, answer: render("no_answer_breakdown_plain", [:]),
                suggestions: named.map(suggestions(for:)) ?? defaultSuggestions(), confidence: 0.6, about: named.map { [$0.id] } ?? [])
        }
        // A figure given with the amount its own sentence names beside it (要改造多少個城中村,一共
        // 要投多少錢?: 127個, and the 2000億元 of the same sentence): both.
        let amounts = figures.filter { figure in
            figure.unit.map(Self.isMoneyUnit) == true && !outcome.answer.contains(figureLine(figure))
                && (outcome.quotes.contains { $0 == figure.quote || figure.quote.containsText($0) }
                    // (Or of the sentence an answer from a clause cites: 舊改今年要投多少錢? finds
                    // 127個城中村改造項目, whose sentence goes on to 2000億元.)
                    || outcome.citations.contains { $0.quote.containsText(figure.quote) || figure.quote.containsText($0.quote) })
        }
        if !amounts.isEmpty {
            var given = outcome
            given.answer += amounts.map(figureLine).joined()
            return given
        }
        // Nothing asked but an amount of something named (南沙有冇講到幾多億?): the amounts
        // said of it.
        if let subject, a.mentions.contains(where: \.fromQuestion), evidenceQuery(a).focus.isEmpty,
            let said = amountsSaid(of: subject.id)
        {
            return said
        }
        return Outcome(
            status: .noAnswer, answer: render("no_answer_amount", ["answer": outcome.answer]),
            quotes: outcome.quotes, citations: outcome.citations, suggestions: subject.map(suggestions(for:)) ?? defaultSuggestions(),
            confidence: 0.6, about: outcome.about)
    }

    /// Whether a figure's unit is one of money (億元, 萬元).
    static func isMoneyUnit(_ unit: String) -> Bool { unit.hasSuffix("元") }

    /// The clauses said of `id` (in a sentence naming it, or by someone of it) that give an
    /// amount, in the document's order; nil when none does.
    func amountsSaid(of id: String) -> Outcome? {
        var found: [Int] = []
        for index in evidence.clauses.indices {
            let clause = evidence.clauses[index]
            guard evidence.sentenceEntities[clause.sentence].contains(id) || clause.speaker == id
                || clause.speaker.flatMap({ bodiesByPerson[$0]?.contains(id) }) == true
            else { continue }
            if Self.givesAmount(clause.normalized.characters) { found.append(index) }
        }
        guard let first = found.first else { return nil }
        let texts = found.map { evidence.clauses[$0].text }.joined(separator: ";")
        let speakers = Set(found.map { evidence.clauses[$0].speaker })
        let answer = if speakers.count == 1, let speaker = speakers.first!, speaker != id {
            render("evidence_speaker", ["speaker": name(speaker), "text": texts])
        } else {
            render("evidence", ["text": texts])
        }
        var seen = Set<Int>()
        let citations = found.map { evidence.clauses[$0].sentence }.filter { seen.insert($0).inserted }.map { sentence in
            Reply.Citation(source: knowledge.source.file, quote: evidence.sentences[sentence].text, line: evidence.sentences[sentence].line)
        }
        return Outcome(
            status: .answered, answer: answer, citations: citations, confidence: 0.7,
            about: [id] + Set(found.flatMap { evidence.clauses[$0].entities }).subtracting([id]).sorted(), clause: first)
    }

    /// Whether normalized text gives an amount: a number, then perhaps 多 or 餘 and a unit of
    /// ten thousand or less, then 元 or 億 (50億級, 1.2萬億元, 300多萬元).
    static func givesAmount(_ text: [Character]) -> Bool {
        for end in text.indices where end > 0 && (text[end] == "元" || text[end] == "亿") {
            var i = end - 1
            while i > 0, "多余万千百".contains(text[i]) { i -= 1 }
            // (In digits, or in numerals normalization leaves as written: 兩千億.)
            if text[i].isASCIIDigit || (i < end - 1 && NumberWords.numerals.contains(text[i].unicodeScalars.first!.value)) { return true }
        }
        return false
    }

    /// Whether the question counts in a measure word of the lexicon's `measure_words` (多少棟,
    /// 幾座) that the answer's numbers are not counted in: its numbers count something else.
    func lacksAskedMeasure(_ outcome: Outcome, _ a: QuestionAnalysis) -> Bool {
        guard a.cueSets.contains("howmany") else { return false }
        let keys = a.normalized.keys
        // (Most questions hold no measure word at all: told by its first key, before any search.)
        for asked in askedMeasures where keys.contains(asked.measure[0]) {
            guard asked.phrases.contains(where: { Self.holdsRun(keys, $0) }) else { continue }
            if !Self.counts(normalizer.normalize(outcome.answer).characters, in: asked.characters) { return true }
        }
        return false
    }

    /// Whether a claim writes a word where every one of `quotes` writes its opposite (the
    /// lexicon's `opposite_words`: 下降 where the article writes 增長, 省級 for 國家級), and not
    /// the word itself: wrong, whatever its numbers.
    func writesOpposite(_ a: QuestionAnalysis, of quotes: [String]) -> Bool {
        let keys = a.normalized.keys
        let written = oppositePairs.filter { Self.holdsRun(keys, $0.written) && !Self.holdsRun(keys, $0.other) }
        guard !written.isEmpty, !quotes.isEmpty else { return false }
        let quoted = quotes.map { normalizer.normalize($0).keys }
        return written.contains { pair in
            quoted.allSatisfy { Self.holdsRun($0, pair.other) && !Self.holdsRun($0, pair.written) }
        }
    }

    /// Where `keys` first holds `run`, in order and together, as an offset from its start; nil
    /// when it does not. (Of a slice as well: no copy of a part of a text to search it.)
    static func firstRun(_ keys: ArraySlice<UInt32>, _ run: ArraySlice<UInt32>) -> Int? {
        guard let head = run.first, keys.count >= run.count else { return nil }
        for start in keys.startIndex...(keys.endIndex - run.count) where keys[start] == head {
            var k = 1
            while k < run.count, keys[start + k] == run[run.startIndex + k] { k += 1 }
            if k == run.count { return start - keys.startIndex }
        }
        return nil
    }

    /// Whether `keys` holds `run` somewhere, in order and together.
    static func holdsRun(_ keys: [UInt32], _ run: [UInt32]) -> Bool { firstRun(keys[...], run[...]) != nil }

    /// Whether `keys` holds every key of `part` in its order, not necessarily side by side
    /// (文化示范区 of 粤港澳大湾区文化融合发展示范区: a name written short).
    static func holdsInOrder(_ keys: [UInt32], _ part: [UInt32]) -> Bool {
        var next = 0
        for key in keys where next < part.count && key == part[next] { next += 1 }
        return next == part.count
    }

    /// Whether `keys` holds `run` starting at `from` or after (near its end, 核對區數).
    static func holdsRun(_ keys: [UInt32], _ run: [UInt32], from: Int) -> Bool {
        guard from >= 0, from <= keys.count else { return false }
        return firstRun(keys[from...], run[...]) != nil
    }

    /// The length of the longest word of the lexicon's `yesno` (嗎, 是不是, 對嗎) that `text`
    /// begins with, or ends with (`atEnd`), leaving something of it; nil when none does.
    func yesnoWordLength(_ text: ArraySlice<Character>, atEnd: Bool) -> Int? {
        var longest: Int? = nil
        for word in yesnoWords where word.count < text.count && word.count > (longest ?? 0) {
            if atEnd ? text.suffix(word.count).elementsEqual(word) : text.starts(with: word) { longest = word.count }
        }
        return longest
    }

    /// Whether `text` counts something in `measure`: a number, then 多 or 餘 perhaps, then the
    /// measure word (4500多家; 市場 holds 場 but counts nothing).
    static func counts(_ text: [Character], in measure: [Character]) -> Bool {
        guard !measure.isEmpty, text.count > measure.count else { return false }
        for start in 1...(text.count - measure.count) where text[start..<(start + measure.count)].elementsEqual(measure) {
            var i = start - 1
            if i > 0, text[i] == "多" || text[i] == "余" { i -= 1 }
            // (1.2萬億元: a unit of ten thousand or a thousand between the number and the measure.)
            if i > 0, text[i] == "万" || text[i] == "千" { i -= 1 }
            if text[i].isASCIIDigit { return true }
        }
        return false
    }

    /// The share of the question's words a clause must hold to give their reason in place of a
    /// rule's answer that gives none.
    static let reasonClauseMinimum = 0.6

    /// Asked why of something a rule answers without a reason (what someone said, 郭永航為什麼
    /// 強調要構建親清政商關係?): the clause that holds the words asked about and a purpose
    /// (做到…, 讓…, 為…), if the document has one.
    /// (The purpose is a clause of the same sentence after the one that holds most of the words
    /// asked about, opened by a word of the lexicon's `reason_openers`, 為…, 真正讓…: not the next
    /// item of a list, 推動…, 打造…, nor a means, 以…為抓手.) The answer runs from the clause asked
    /// about to it.
    /// - Parameter answered: the clause the answer came from, when it came from one (a post's
    ///   holder's words found for them, 為什麼市長說要…?): that sentence, not one retrieved anew.
    /// Whether a clause opens with what something is for (the lexicon's `reason_openers`: 為了,
    /// 從而), or is 以…促… (以項目之進促發展: by the one, to further the other).
    static func opensReason(_ keys: [UInt32], _ openers: [[UInt32]]) -> Bool {
        openers.contains { keys.starts(with: $0) } || (keys.first == Self.byKey && keys.dropFirst().contains(Self.furtherKey))
    }
    static let byKey: UInt32 = 0x4EE5  // 以
    static let furtherKey: UInt32 = 0x4FC3  // 促

    func reasonInClause(_ a: QuestionAnalysis, answered: Int? = nil) -> Outcome? {
        guard !reasonOpenerKeys.isEmpty else { return nil }
        let anchor: Int
        if let answered, evidence.clauses.indices.contains(answered) {
            anchor = answered
        } else {
            guard let found = retrieve(a), found.outcome.status == .answered, found.coverage >= Self.reasonClauseMinimum,
                evidence.clauses.indices.contains(found.clause)
            else { return nil }
            anchor = found.clause
        }
        let focus = evidenceQuery(a).weighedFocus
        let clauses = Array(evidence.sentences[evidence.clauses[anchor].sentence].clauses)
        var asked = -1
        var most = 0.0
        for (i, index) in clauses.enumerated() {
            let held = evidence.coverage(of: focus, in: evidence.clauseTerms[index])
            if held > most { (asked, most) = (i, held) }
        }
        // (A question of nothing but its purpose, 目的是什麼? after an answer: the clause answered.)
        if asked < 0, answered != nil, let at = clauses.firstIndex(of: anchor) { asked = at }
        guard asked >= 0, let reason = clauses.indices.first(where: { i in
            i > asked && Self.opensReason(evidence.clauses[clauses[i]].normalized.keys, reasonOpenerKeys)
        }) else { return nil }
        let text = clauses[asked...reason].map { evidence.clauses[$0].text }.joined(separator: ",")
        let speaker = evidence.clauses[clauses[asked]].speaker
        let sentence = evidence.sentences[evidence.clauses[clauses[asked]].sentence]
        return Outcome(
            status: .answered,
            answer: speaker.map { render("evidence_speaker", ["speaker": name($0), "text": text]) } ?? render("evidence", ["text": text]),
            citations: [Reply.Citation(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
            confidence: 0.75, about: [speaker].compactMap { $0 } + clauses[asked...reason].flatMap { evidence.clauses[$0].entities },
            clause: clauses[reason])
    }

    /// An answer's share of the question's words below which it holds next to none of them.
    static let barelyHeld = 0.2
    /// How many words of its own (pairs of characters) a question must have to be answered by
    /// a clause that holds them instead of by what the conversation was on.
    static let fewestOwnWords = 3
    /// The share of a question's words a person's own clauses hold for the question to be of what
    /// they said, in other words.
    static let ownWordsHeldSome = 0.2
    /// The share a clause of the person asked about must hold to replace such an answer.
    static let speakersClauseMinimum = 0.6

    func betterEvidence(than outcome: Outcome, intent: String, _ a: QuestionAnalysis) -> Evidence? {
        // (A quiz's odd one out is worked out from a list, not found in one clause; what follows
        // a passage quoted is not the passage, which holds more of the question.)
        // (Nor are words asked as written, 原文表述: the whole sentence, not a clause of it.)
        // (Nor the things of a kind, 哪些片區, gathered by their names from the whole graph.)
        if intent == "which_not" || intent == "said_after" || intent == "said_verbatim" || intent == "thing_verbatim" || intent == "kind_items" { return nil }
        // A purpose the graph holds, asked why (為什麼要提速建設東部發展軸?), is the answer: the
        // words of the question (提速建設) are what it is the purpose of.
        if outcome.relation == "purpose", a.cueSets.contains("why_asked") || a.cueSets.contains("answer_purpose"),
            a.mentions.contains(where: { m in m.fromQuestion && outcome.about.contains(m.entity.id) })
        {
            return nil
        }
        // A figure claimed of the wrong place or person, corrected (南沙的盧一先說要引進10家500強
        // 央企子公司?: not so, 郭昊羽's): the names it leaves out are what it corrects.
        // (Not a claim made of the figure's own place or speaker: the article's words may say it better.)
        // (Named by its words, 500強央企子公司, not by a number alone: 10 of 10億級 is not 越秀's 10家.)
        if intent == "figure", a.cueSets.contains("yesno"), !outcome.figures.isEmpty,
            outcome.figures.allSatisfy({ index in
                figures[index].keywords.contains { Self.holdsRun(a.normalized.keys, normalizer.normalize($0).keys) }
            }),
            outcome.answer.hasPrefix(render("evidence_no", [:])),
            case let claimed = a.mentions.filter({ $0.fromQuestion && ["person", "district"].contains($0.entity.type) }), !claimed.isEmpty,
            !claimed.contains(where: { m in outcome.figures.contains { figure(figures[$0], relatesTo: m.entity) } })
        {
            return nil
        }
        // The parts of a thing named, asked each (營商環境從1.0改到5.0,每一版的重點分別是什麼?):
        // its parts, not a clause that shares a word of asking (重點 of 重點招商項目).
        // (Or of the last turn's thing, the question naming nothing and writing few words of the
        // document: 從1.0到現在,每一版的重點各是甚麼? after the reform; not 文中要高水平規劃建設的走廊和
        // 發展帶又分別叫什麼? after 雙核's.)
        if outcome.relation == "has_part", outcome.status == .answered, asksOfEach(a.original),
            case let namesAny = a.mentions.contains(where: \.fromQuestion),
            a.mentions.contains(where: { m in
                (m.fromQuestion || (!namesAny && evidenceQuery(a).focus.count <= Self.fewestOwnWords)) && outcome.about.contains(m.entity.id)
            })
        {
            return nil
        }
        // The figures of something asked for (王宏偉有哪些量化指標?): its figures, not a list that
        // 哪些 might want.
        if intent == "figure", a.cueSets.contains("figure_list"), outcome.figures.count >= 2 { return nil }
        // What a district puts first, or how two differ (海珠有什麼不同?), is what each will do, its
        // description: not a list that names it (有什麼 asks for none here).
        if intent == "district_focus" { return nil }
        // What someone said, asked as a whole (越秀區委書記發言的側重點是什麼?): their points, not a
        // clause that shares the word of asking (重點 of 重點招商項目).
        if intent == "speakers", a.cueSets.contains("summary"), outcome.status == .answered, outcome.relation == "said" { return nil }
        // What a thing named means (郭永航市長講的萬千百是什麼意思?): what the graph says it is, not
        // the clause its speaker said it in.
        if intent == "summary", a.cueSets.contains("meaning_asked"), outcome.status == .answered,
            a.mentions.contains(where: { m in m.fromQuestion && m.entity.type != "person" && outcome.about.contains(m.entity.id) })
        {
            return nil
        }
        let q = evidenceQuery(a)
        // (Words that only ask for the answer's relation, 轉型成 of 打造成, are no content it lacks;
        // a claim is still judged by the clause that says it.)
        if !a.cueSets.contains("yesno"), !q.focus.isEmpty, onlyCueWords(of: outcome.relation, q, a) { return nil }
        if let found = namingAll(than: outcome, intent: intent, a) { return found }
        // One word besides the names (推進) is too little to overrule a rule.
        // A general answer (a description, a profile, a whole speech, a list of speakers) holds
        // many words of many questions: it gives way more easily than a specific one, even to
        // one word it lacks (展望 in 發言的人展望了什麼?) that only one clause of the document has.
        let general = Self.generalIntents.contains(intent) || outcome.relation == "said"
        // One word besides the names (推進) is too little to overrule a specific answer.
        let rare = q.focus.count == 1 && (evidence.postings[q.focus.keys.first!]?.count ?? 0) == 1
        // (Or one clause of the person whose words the answer gives: 郭永航有提到資金嗎? — 資金 is in
        // others' clauses too, in his only once.)
        let rareInTheirs = general && !rare && q.focus.count == 1
            && a.mentions.first(where: { $0.entity.type == "person" && outcome.about.contains($0.entity.id) }).map { m in
                (evidence.postings[q.focus.keys.first!] ?? []).lazy.filter { self.evidence.clauses[$0.clause].speaker == m.entity.id }.count == 1
            } == true
        let checkFocus = q.focus.count >= 2 || (general && (rare || rareInTheirs))
        guard checkFocus || !q.wanted.isEmpty else { return nil }
        if checkFocus {
            // (The words of a longer name of the thing asked, 四化平臺賦能產業專項行動, are that
            // thing, not something else the answer lacks.)
            var held = scalarFold.coverage(of: q.weighedFocus, in: outcome.answer)
            var (limit, margin, minimum) = general ? (0.75, 0.2, 0.6) : (0.4, 0.35, 0.7)
            if q.focus.count == 1 { (limit, margin, minimum) = (0.01, 0.9, 0.9) }
            if held < limit {
                let names = a.mentions.filter { $0.fromQuestion && outcome.about.contains($0.entity.id) }
                    .flatMap { [$0.entity.name] + $0.entity.aliases }.joined(separator: " ")
                if !names.isEmpty { held = scalarFold.coverage(of: q.weighedFocus, in: outcome.answer + " " + names) }
            }
            // (Asked which district, a clause that names none does not answer it.)
            // (Nor does a clause that names fewer of the things asked of, where the answer is about
            // them all: 海珠的城中村改造重點推進哪些地方? — 海珠's own renewal, not the city's list
            // that names 海珠 only as where one area lies.)
            // (Things the asking clause names, not people or posts, whom clauses name as speakers; and
            // by the clause's whole sentence: 瀝滘村's clause is of 海珠 by the sentence it opens.)
            func namesFewerOfAll(_ found: Evidence) -> Bool {
                let asking = lastClauseStart(a)
                let askedOf = Set(a.mentions.filter { $0.fromQuestion && $0.start >= asking && $0.entity.type != "person" && $0.entity.type != "role" }.map(\.entity.id))
                guard askedOf.count >= 2, !askedOf.isSubset(of: evidence.sentenceEntities[evidence.clauses[found.clause].sentence]) else { return false }
                return askedOf.allSatisfy { id in
                    outcome.about.contains(id)
                        || knowledge.entitiesByID[id].map { e in ([e.name] + e.aliases).contains { outcome.answer.containsText($0) } } == true
                }
            }
            // (Nor a clause of the very sentence a specific answer quotes: it sets the scene for the
            // answer, 重大交通樞紐周邊的片區改造有哪些地方? — 聚焦…重大交通樞紐等重點區域 before the
            // areas the relation lists.)
            // (A list of a thing's parts only, not a claim checked, and a clause before the quote's.)
            func setsTheScene(_ found: Evidence) -> Bool {
                guard !general, outcome.status == .answered, outcome.relation == "has_part", !a.cueSets.contains("yesno") else { return false }
                let clause = evidence.clauses[found.clause]
                return outcome.quotes.contains { quote in
                    evidence.lastClause[TextKey(quote)].map { evidence.clauses[$0].sentence == clause.sentence && $0 > found.clause } == true
                        && !quote.contains(clause.text)
                }
            }
            if held < limit, let found = retrieve(a), found.coverage >= minimum, found.coverage >= held + margin,
                !a.cueSets.contains("which_district") || found.outcome.about.contains(where: { knowledge.entitiesByID[$0]?.type == "district" }),
                !namesFewerOfAll(found), !setsTheScene(found)
            {
                return found
            }
            // (An answer holding next to none of the question's words gives way to a clause of the
            // person the question names that holds most of them: 郭市长对产业用地供给有啥说法?, not
            // his list the one word 產業 brought in.)
            if held < Self.barelyHeld, let found = retrieve(a), found.coverage >= Self.speakersClauseMinimum, found.coverage >= held + margin,
                let speaker = evidence.clauses[found.clause].speaker,
                a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" && $0.entity.id == speaker })
            {
                return found
            }
            // (An answer about what the conversation was on, to a question that names nothing and
            // whose own words it barely holds, 點解要盡量縮短項目周期㗎? after the mayor's plans: the
            // clause that holds most of those words, whoever it is about.)
            if held < Self.barelyHeld, q.focus.count >= Self.fewestOwnWords, !a.mentions.isEmpty, !a.mentions.contains(where: \.fromQuestion) {
                var alone = a
                alone.mentions.removeAll()
                // (Its query is worked out anew: the one kept was made with the mentions.)
                alone.evidenceQuery = nil
                if let found = retrieve(alone), found.coverage >= Self.evidenceThreshold {
                    // (Pointed back at a person, 他有沒有講過招商引資要跑起來? after 蔡澍, and someone
                    // else said it: not them, and who.)
                    // (Not when their own words hold some of it, 幫扶企業 of 全鏈條幫扶在地企業, said
                    // otherwise; nor when it asks of their own body, 他管的部門今年要做什麼?.)
                    if let pointed = a.mentions.first(where: { $0.source == .pronoun && $0.entity.type == "person" })?.entity {
                        guard let speaker = evidence.clauses[found.clause].speaker else { return nil }
                        guard speaker != pointed.id else { return found }
                        let ownBody = (knowledge.lexicon.cues["own_body_pointers"] ?? []).contains { a.original.containsText($0) || a.original.containsText(normalizer.toSimplified($0)) }
                        // (Over all their clauses: 企業 in one, 服務 in the next.)
                        let theirs = evidence.clauses.indices.filter { evidence.clauses[$0].speaker == pointed.id }
                        var held = 0.0
                        var total = 0.0
                        for (term, weight) in q.weighedFocus {
                            total += weight
                            if theirs.contains(where: { evidence.clauseTerms[$0].contains(term) }) { held += weight }
                        }
                        let saidSome = total > 0 && held / total >= Self.ownWordsHeldSome
                        guard !ownBody, !saidSome else { return nil }
                        var other = found.outcome
                        other.answer = render("said_by_other", ["person": pointed.name, "titled": titled(speaker), "text": evidence.clauses[found.clause].text])
                        return Evidence(clause: found.clause, coverage: found.coverage, outcome: other)
                    }
                    // (Nor another pointer, 那裡: of that place.)
                    if a.mentions.allSatisfy({ $0.source == .implicit }), !a.cueSets.contains(where: { $0.hasPrefix("pronoun") }) { return found }
                }
            }
        }
        // An answer without the kind of answer asked for (a list for 哪些, a number for 多少)
        // gives way to a clause that has it and holds the focus as well.
        guard !q.wanted.isEmpty else { return nil }
        // 哪些 asks for a list even where 幾個 asks for a number too.
        let required: Set<EvidenceIndex.AnswerType> = q.wanted.contains(.list) ? [.list] : q.wanted
        guard !answerTyper.holds(any: required, outcome.answer, about: outcome.about, fold: scalarFold),
            let found = retrieve(a, anchoring: true),
            found.coverage >= 0.6, !required.isDisjoint(with: evidence.clauses[found.clause].answerTypes)
        else { return nil }
        // (A speaker's words give way to no one else's list: 海珠區委書記的發言重點有什麼.)
        if outcome.relation == "said" || intent == "speakers" || intent == "speaker_summary",
            let speaker = evidence.clauses[found.clause].speaker, !outcome.about.isEmpty, !outcome.about.contains(speaker),
            outcome.about.contains(where: { knowledge.entitiesByID[$0]?.type == "person" })
        {
            return nil
        }
        return found
    }
}

extension QAEngine {
    /// Demonstratives before the end of a name that call the thing so (這個增長極, 該平臺),
    /// normalized.
    static let demonstrativeScalars: [[UInt32]] = ["这个", "那个", "呢个", "该", "此", "这", "那"].map { $0.unicodeScalars.map(\.value) }
    /// The first characters of those demonstratives (normalized).
    static let demonstrativeFirsts: Set<UInt32> = Set("这那呢该此".unicodeScalars.map(\.value))

    /// Where `written` (a question, normalized) calls `entity` by the end of its name (two
    /// characters or more, shorter than the name) right after a demonstrative: the first such
    /// end, longest first.
    /// (Index loops from each demonstrative, not slices compared: this runs for every question
    /// with a thing of the last turn, and a debug build's generic comparisons allocate.)
    func nameEndingCalled(_ entity: Entity, in written: [UInt32]) -> Range<Int>? {
        guard let name = nameKeysByID[entity.id]?.first, name.count > 2 else { return nil }
        var i = 0
        while i < written.count {
            defer { i += 1 }
            guard Self.demonstrativeFirsts.contains(written[i]) else { continue }
            // (這個, 那個, 呢個: the measure word too.)
            let start = i + 1 < written.count && written[i + 1] == Self.measureGeKey ? i + 2 : i + 1
            var length = name.count - 1
            while length >= 2 {
                if start + length <= written.count {
                    var k = 0
                    while k < length, written[start + k] == name[name.count - length + k] { k += 1 }
                    if k == length { return start..<(start + length) }
                }
                length -= 1
            }
        }
        return nil
    }

}
