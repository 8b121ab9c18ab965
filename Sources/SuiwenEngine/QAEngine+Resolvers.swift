import SuiwenKnowledge

/// The result of one resolver, before it is rendered into a `Reply`.
struct Outcome {
    var status: Reply.Status
    var answer: String
    var quotes: [String] = []
    /// Citations that are not quotes of the graph (a clause found by retrieval).
    var citations: [Reply.Citation] = []
    var suggestions: [String] = []
    var confidence: Float = 0.95
    /// Entities the answer is about: they become the context of the next turn.
    var about: [String] = []
    var relation: String? = nil
    /// The role the answer was about, for an elliptical follow-up.
    var role: String? = nil
    /// The resolver answered through an intent other than the rule's (an elliptical question).
    var ruleOverride: String? = nil
    /// The clause of the document the answer quotes, for follow-ups.
    var clause: Int? = nil
    /// A no-answer that already says what the article does say (發改委講了什麼?: only that it
    /// spoke): no clause is retrieved in its place.
    var settled = false
    /// Asked back among these ids: the next turn may pick one.
    var candidates: [String] = []
    /// The people a list names that it is not about as its subject (the speakers): 他們 next.
    var group: [String] = []
    /// The figures the answer gave (their indices in `figures`), for 不對吧,我記得是… next.
    var figures: [Int] = []
    /// The item an answer picked from a list (第三個是流程再造): what 它 and 後面一個 are of next,
    /// while the list stays the thread.
    var picked: String? = nil
    /// Its place in that list (from 1), whether or not the graph knows it as a thing: 下一個呢 next.
    var pickedPlace: Int? = nil
}

extension QAEngine {
    func resolve(rule: IntentRule, analysis a: inout QuestionAnalysis) -> Outcome? {
        // An elliptical follow-up (那越秀呢?) repeats the previous turn's question about a new entity.
        // (Not when the question asks something of its own: 越秀那個人說了啥?; nor details of the
        // thing it names, 四化平臺,那具體呢?)
        // (Nor when it asks in words of its own what the thing does: 那瀝滘村在搞什麼?, not 那海珠有
        // 哪些呢?)
        // (A number that only counts the new subject's list, 那13個千億級的呢? after 8個萬億級's: the
        // list asked again of it, not the figure the number gives.)
        if rule.cues.contains("figure_value"), a.cueSets.contains("ellipsis"), let relation = a.context.relation, Self.listRelations.contains(relation),
            let previousID = a.context.rule, let previous = rules.first(where: { $0.id == previousID }), previous.intent == "relation",
            a.mentions.contains(where: { m in
                m.fromQuestion && m.entity.id != a.context.focus
                    && (knowledge.factsBySubject[m.entity.id] ?? []).contains { $0.relation == relation && $0.objects.count >= 2 }
            }),
            var outcome = run("relation", &a, forcedRelation: relation)
        {
            a.contextUsed.append("repeats the previous question (\(previous.id)) about the new subject, counted")
            outcome.ruleOverride = previous.id
            outcome.confidence = min(outcome.confidence, 0.8)
            return outcome
        }
        // (Or a post, after who spoke, 會上幾個市有關部門負責人發言? — 區委書記呢?: who of it spoke.)
        if ["describe", "relation_default"].contains(rule.intent)
            || rule.intent == "role_holder" && a.context.rule.flatMap({ id in rules.first { $0.id == id } })?.intent == "speakers"
                && a.mentions.filter(\.fromQuestion).allSatisfy({ $0.entity.type == "role" }) && !a.cueSets.contains("who")
                // (Not a reply that picks one of those asked back about, 是商務的那個 director.)
                && !a.context.askedBack,
            a.cueSets.contains("ellipsis"), !a.cueSets.contains("summary"),
            !(a.cueSets.contains(where: Self.asksSomething) && hasWordsAfterNames(a)),
            // (Nor whether the article mentions it, 那增城在這篇報道裡有被提到嗎?: a question of its own.)
            !(a.cueSets.contains("mentioned") && a.cueSets.contains("yesno")),
            // (Nor 那個 pointing at the thing it names, asked what it is, 那個信用走廊是什麼?: no 呢.)
            !(a.cueSets.contains("what_is") && startsPointingAtName(a)),
            // (Nor the other items of a list named, 四化的另外三個呢?: of the list, not the last question.)
            !a.cueSets.contains("the_others"),
            !a.cueSets.contains("detail") || a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" }),
            let previousID = a.context.rule, let previous = rules.first(where: { $0.id == previousID }),
            previous.intent != rule.intent, a.mentions.contains(where: \.fromQuestion),
            // (Nor who, after a count, 住建局那位叫什麼名字?: a person, whom no figure gives.)
            !(previous.intent == "figure" && a.cueSets.contains("who"))
        {
            a.contextUsed.append("repeats the previous question (\(previous.id)) about the new subject")
            // After what someone said, a thing (政商關係方面呢?): what they said of it.
            if a.context.relation == "said", let personID = a.context.person,
                let thing = a.mentions.first(where: { $0.fromQuestion && $0.entity.type != "person" })?.entity,
                case let own = (statementsBySubject[personID] ?? []).filter({ $0.about.contains(thing.id) }), !own.isEmpty,
                let said = knowledge.relationTypes["said"]
            {
                var outcome = Outcome(
                    status: .answered,
                    answer: render("relation:" + said.id, subjectValues("relation:" + said.id, personID).merging([
                        "items": own.map { $0.text ?? $0.quote }.joined(), "including": "",
                    ]) { $1 }),
                    quotes: own.map(\.quote), confidence: 0.8, about: [personID, thing.id], relation: "said")
                outcome.ruleOverride = previous.id
                return outcome
            }
            // A thing named after a place (另外南沙講的四鏈融合呢?, after a list): the thing is the new
            // subject, and with no list of its own, what it is.
            if let relationID = a.context.relation,
                let place = a.mentions.first(where: { $0.fromQuestion && Self.areaTypes.contains($0.entity.type) }),
                let thing = a.mentions.last(where: { m in
                    m.fromQuestion && m.start >= place.end && !Self.speakingTypes.contains(m.entity.type)
                })?.entity,
                thing.summary != nil, !(knowledge.factsBySubject[thing.id] ?? []).contains(where: { $0.relation == relationID }),
                // (Only a thing of that place: in it, spoken of by its people, or named with it.)
                (knowledge.factsBySubject[thing.id] ?? []).contains(where: { $0.relation == "located_in" && $0.objects.contains(place.entity.id) })
                    || statements.contains(where: { s in s.about.contains(thing.id) && postsOf(s.subject).contains { $0.org == place.entity.id } })
                    || ([place.entity.name] + place.entity.aliases).contains(where: { (thing.summary ?? "").containsText($0) })
            {
                var alone = a
                alone.mentions.removeAll { $0.fromQuestion && $0.entity.id != thing.id }
                if var outcome = describe(alone) {
                    outcome.ruleOverride = previous.id
                    outcome.confidence = min(outcome.confidence, 0.8)
                    return outcome
                }
            }
            // Asked again, it asks what it asked (商務局的那個, after 那個局長說了什麼?: said).
            // (After an item of a list by its place, 第四個是什麼? — 那雙核呢?: the list of the new
            // subject, not its fourth item.)
            let afterItem = previous.intent == "ordinal_item"
            if !afterItem { for cue in previous.cues { a.cueSets.insert(cue) } }
            // Who, after a post was checked (盧一先是海珠區委書記嗎? — 那海珠的是誰?): its holder there.
            let intent = afterItem ? "relation"
                : previous.intent == "post_check" && a.cueSets.contains("who") && a.context.role != nil ? "role_holder" : previous.intent
            if var outcome = run(intent, &a, forcedRelation: a.context.relation) {
                outcome.ruleOverride = previous.id
                outcome.confidence = min(outcome.confidence, 0.8)
                return outcome
            }
            // The same question has no answer for the new subject: say so, rather than
            // answering something else about it — unless the list asked last was of parts and
            // the new subject is a part of some list (雙核是哪兩個? — 那番禺呢?): the lists it is in.
            // (Nor after a figure asked of a thing, 今年計劃推進多少個城中村改造項目? — 海珠呢?: what
            // the article says of the district's part in that thing, when the graph relates them —
            // 海珠的城中村改造 — else that the article gives no such figure for it.)
            if previous.intent == "figure", let subject = a.mentions.first(where: \.fromQuestion)?.entity {
                // (After what a number stands for, 21條是啥? — 1+5+N呢?: what the new subject is.)
                if previous.cues.contains("figure_value"), var described = describe(a), described.status == .answered {
                    described.ruleOverride = previous.id
                    described.confidence = min(described.confidence, 0.8)
                    return described
                }
                if Self.areaTypes.contains(subject.type), let thing = a.context.thing.flatMap({ knowledge.entitiesByID[$0] }), thing.id != subject.id {
                    var ofThing = analyze(subject.name + "的" + thing.name, context: a.context)
                    if ofThing.mentions.filter(\.fromQuestion).count == 2, var outcome = run("relation", &ofThing, forcedRelation: nil),
                        outcome.status == .answered, outcome.about.contains(subject.id)
                    {
                        // (Said to be no figure: the last answer's number is not the new subject's.)
                        outcome.answer = render("no_figure_but", ["name": subject.name]) + outcome.answer
                        outcome.ruleOverride = previous.id
                        outcome.confidence = min(outcome.confidence, 0.75)
                        return outcome
                    }
                }
                return Outcome(
                    status: .noAnswer, answer: render("no_answer_known", ["name": subject.name]),
                    suggestions: suggestions(for: subject), confidence: 0.7, about: [subject.id], ruleOverride: previous.id)
            }
            if let subject = a.mentions.first(where: \.fromQuestion)?.entity,
                let relation = a.context.relation.flatMap({ knowledge.relationTypes[$0] })
            {
                if ["has_part", "has_member"].contains(relation.id), var lists = listsHolding(subject) {
                    lists.ruleOverride = previous.id
                    return lists
                }
                if var related = relatedClause(of: subject, relation) {
                    related.ruleOverride = previous.id
                    return related
                }
                return Outcome(
                    status: .noAnswer,
                    answer: render("no_answer_relation", ["name": subject.name, "label": relation.label]),
                    suggestions: suggestions(for: subject), confidence: 0.7, about: [subject.id], ruleOverride: previous.id)
            }
        }
        return run(rule.intent, &a, forcedRelation: nil)
    }

    func run(_ intent: String, _ a: inout QuestionAnalysis, forcedRelation: String?) -> Outcome? {
        switch intent {
        case "outside": return outside(a)
        case "unknown_attribute": return unknownAttribute(a)
        case "figure": return figure(a).map { withItsItems(asWritten($0, a), a) }
        case "post_check": return postCheck(a)
        case "speakers": return speakers(a)
        case "striking_quotes": return strikingQuotes(a)
        case "who_said": return whoSaid(a, withOthers: true)
        case "said_verbatim": return saidVerbatim(a)
        case "thing_verbatim": return thingVerbatim(a)
        case "passage_verbatim": return passageVerbatim(a)
        case "document_year":
            // 文章說的「今年」是哪一年?: the year the document speaks from, with what it reports.
            guard let year = knowledge.source.year else { return nil }
            let event = knowledge.subject.flatMap { knowledge.entitiesByID[$0] }
            return Outcome(
                status: .answered, answer: render("document_year", ["year": String(year), "summary": event?.summary ?? knowledge.source.title]),
                quotes: event.map { [$0.quote] } ?? [], confidence: 0.85, about: event.map { [$0.id] } ?? [])
        case "event_on_date": return eventOnDate(a)
        case "event_said":
            // 這是什麼會上說的?: the event the document reports, and whose words they are there.
            guard let id = knowledge.subject, let event = knowledge.entitiesByID[id] else { return nil }
            if let said = whoSaid(a), let speaker = said.about.first, knowledge.entitiesByID[speaker]?.type == "person" {
                var outcome = said
                // (Its 是 once: 是在…上說的,廣州市住房城鄉建設局局長王宏偉:…)
                let whose = said.answer.hasPrefix("是") ? String(said.answer.dropFirst()) : said.answer
                outcome.answer = render("event_said_by", ["event": event.name, "titled": titled(speaker), "answer": whose])
                outcome.about = [id] + said.about
                outcome.relation = nil
                return outcome
            }
            return Outcome(
                status: .answered, answer: render("event_said", ["event": event.name, "summary": event.summary ?? event.name]),
                quotes: [event.quote], confidence: 0.75, about: [id])
        case "who_leads":
            // (Of the last turn's program, 是哪個單位在負責的? after 四化平臺: as if called 它.)
            var asked = a
            for i in asked.mentions.indices where asked.mentions[i].source == .implicit && asked.mentions[i].entity.type == "program" {
                asked.mentions[i].source = .pronoun
            }
            // (Nobody speaks of it: the article does not say who leads it.)
            if let said = whoSaid(asked, template: "who_leads") { return said }
            guard let thing = asked.mentions.first(where: { $0.source != .implicit && $0.entity.type == "program" })?.entity else { return nil }
            return Outcome(status: .noAnswer, answer: render("who_leads_none", ["name": thing.name]), suggestions: suggestions(for: thing), confidence: 0.7, about: [thing.id])
        case "speaker_check": return speakerCheck(a)
        case "ordinal_item": return ordinalItem(a)
        case "adjacent_item": return adjacentItem(a)
        case "describe": return describe(a)
        case "district_focus": return districtFocus(a)
        case "stands_for": return standsFor(a)
        case "summary": return summary(a)
        case "relation_missing": return relationMissing(a)
        case "count_parts": return countParts(a)
        case "role_holder": return roleHolder(&a)
        case "relation":
            // A yes/no claim naming a place or body the article does not speak of is not so:
            // what the article says follows.
            guard var outcome = relation(a, forced: forcedRelation) else { return nil }
            // A yes/no of a district's doing of a program the graph never ties to it, nor writes
            // beside its name (越秀有沒有城中村列入改造計劃?): not in what the article says of it;
            // the district's plan is no answer. (Not an industry, which a plan may name by a part
            // of its name, 集成電路; nor anyone's words, 洪謙…四化平台是他提出的?)
            if outcome.status == .answered, a.cueSets.contains("yesno"),
                !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" }),
                let owner = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "district" })?.entity,
                let thing = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "program" })?.entity,
                !outcome.about.contains(thing.id),
                !([thing.name] + thing.aliases).contains(where: { !$0.isEmpty && outcome.answer.containsText($0) }),
                !(knowledge.factsBySubject[owner.id] ?? []).contains(where: { $0.objects.contains(thing.id) }),
                !((knowledge.factsBySubject[thing.id] ?? []) + (factsByObject[thing.id] ?? [])).contains(where: { fact in
                    fact.objects.contains(owner.id) || ([owner.name] + owner.aliases).contains { !$0.isEmpty && fact.quote.containsText($0) }
                }),
                // (Nor one whose words the district's own sentences share, 海珠有沒有數字化轉型的計劃?
                // — 海珠 will 強化數字賦能: that is said, not nothing.)
                case let words = Self.wordPairs(of: normalizer.normalize(thing.name).string),
                !(knowledge.factsBySubject[owner.id] ?? []).contains(where: { fact in
                    let quote = normalizer.normalize(fact.quote).string
                    return words.contains { quote.contains($0) }
                })
            {
                return Outcome(
                    status: .noAnswer, answer: render("no_answer_relation", ["name": owner.name, "label": thing.name]),
                    suggestions: suggestions(for: owner), confidence: 0.7, about: [owner.id], settled: true)
            }
            if outcome.status == .answered, a.cueSets.contains("outside"), a.cueSets.contains("yesno") {
                // (Unless what the article says is a list it leaves open, 發言的包括…等: of one it
                // does not name there, 澳門有冇代表出席?, it says nothing.)
                if !a.outsideNames.isEmpty, endsOpenList(outcome.answer) {
                    return Outcome(status: .noAnswer, answer: render("no_answer_open_list", ["names": list(a.outsideNames), "answer": outcome.answer]),
                        quotes: outcome.quotes, citations: outcome.citations, suggestions: outcome.suggestions, confidence: 0.7, about: outcome.about)
                }
                outcome.answer = render("evidence_no", [:]) + outcome.answer
            }
            return outcome
        case "which_subject": return whichSubject(a)
        case "place_check": return placeCheck(a)
        case "list_check": return listCheck(a)
        case "member_check": return memberCheck(a)
        case "speaker_next": return speakerNext(a)
        case "list_in_place": return listInPlaceAnswer(a)
        case "kind_items": return kindItemsAnswer(a)
        case "which_not": return whichNot(a)
        case "together": return together(a)
        case "figure_detail": return figureDetail(a)
        case "pushback": return pushback(a)
        case "passage_check": return passageCheck(a)
        case "relation_default": return relationDefault(a)
        case "help": return help()
        case "aggregate": return aggregate(a)
        case "alias": return alias(a)
        case "alias_claim": return aliasClaim(a)
        case "speaker_summary": return speakerSummary(a)
        case "section_speakers": return sectionSpeakers(a)
        case "where_mentioned": return whereMentioned(a)
        case "body_said":
            // (Not of words the question gives a speaker: 洪謙說的是哪個部門的工作? is about his.)
            guard !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" }) else { return nil }
            return whoSaid(a)
        case "followup":
            // Only a question with nothing of its own to ask about (是誰說的? 為什麼? 還有呢?), and
            // not one that starts with a surname (郭是誰?: the people with it, asked back).
            if let repeated = repeatedFigure(a) { return repeated }
            guard !a.mentions.contains(where: \.fromQuestion), evidenceQuery(a).focus.isEmpty else { return nil }
            if startsWithSurname(a) { return nil }
            return followUp(a)
        case "said_after": return saidAfter(a)
        case "greeting": return Outcome(status: .answered, answer: render("greeting", [:]), confidence: 1)
        case "farewell": return Outcome(status: .answered, answer: render("farewell", [:]), confidence: 1)
        case "thanks": return Outcome(status: .answered, answer: render("thanks", [:]), confidence: 1)
        case "superlative": return superlative(a)
        default: return nil
        }
    }

    // MARK: - Resolvers

    /// Whether an answer ends a list the article leaves open (…優秀企業經營者等。): a word of the
    /// lexicon's `open_list_endings` right before a sentence's end.
    func endsOpenList(_ answer: String) -> Bool {
        let text = normalizer.normalize(answer).characters
        return openListEndings.contains { word in
            var from = text.startIndex
            while let found = text[from...].firstRun(of: word) {
                if found.upperBound == text.count || !text[found.upperBound].isLetter && !text[found.upperBound].isNumber { return true }
                from = found.upperBound
            }
            return false
        }
    }

    /// What a clause says after the last of its pairs of characters that the question holds
    /// (做到有呼必應、無事不擾, asked after 有呼必應: 無事不擾); nil when the question's words run
    /// to the clause's end, or only a character or two is left.
    static func after(passageIn question: String, _ clause: String, _ normalizer: TextNormalizer) -> String? {
        // (The passage in quotation marks where it has them, not the words that ask: 後面說了.)
        // (Between the outermost marks: 「要讓招商引資"跑"起來」 is one passage.)
        let marks: Set<Character> = ["「", "」", "“", "”", "『", "』", "‘", "’", "'", "\""]
        let passage: Substring
        if let open = question.firstIndex(where: marks.contains), let close = question.lastIndex(where: marks.contains), open < close {
            passage = question[question.index(after: open)..<close]
        } else {
            passage = question[...]
        }
        // (Pairs of the words only, on both sides: 要讓招商引資跑起來 is the passage of
        // 要讓招商引資“跑”起來, and 國企敢干、民企敢闖 one run.)
        func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        let asked = normalizer.foldScript(String(passage.filter(isWord)))
        let chars = Array(clause)
        let words = chars.indices.filter { isWord(chars[$0]) }
        let folded = words.map { normalizer.foldScript(String(chars[$0])) }
        // Where the longest run of the clause's pairs that the passage holds ends (the first, of
        // two as long): a pair it holds again further on, 企敢 of 外企敢投 after 國企敢干、民企敢闖,
        // is not the passage.
        var end: Int? = nil
        var longest = 0
        var run = 0
        for i in 0..<max(0, words.count - 1) {
            guard asked.contains(folded[i] + folded[i + 1]) else { run = 0; continue }
            run += 1
            if run > longest { longest = run; end = words[i + 1] + 1 }
        }
        guard let end else { return nil }
        let rest = chars[end...].drop { !isWord($0) && !"“「『‘".contains($0) }
        return rest.filter(isWord).count > 2 ? String(rest) : nil
    }

    /// 「要讓招商引資跑起來」後面還說了什麼?: the words after the passage the question quotes
    /// (found as any question's answer is), to the end of its sentence, or the next sentence of
    /// the paragraph; with who said them.
    func saidAfter(_ a: QuestionAnalysis) -> Outcome? {
        let q = evidenceQuery(a)
        // (No passage quoted, 下一句呢?: what follows the clause the last answer quoted.)
        let quoted = !q.focus.isEmpty
        let at: Int
        if !quoted, let last = a.context.clause, evidence.clauses.indices.contains(last) {
            at = last
        } else if case let passages = Self.quotedPassages(a.original).map({ normalizer.normalize($0) }).filter({ $0.string.count >= 2 }),
            let holding = clause(holding: passages)
        {
            // (A passage quoted word for word, 「以營商環境之優,……」: its clause, whatever names
            // it holds.)
            at = holding
        } else {
            guard let found = retrieve(a) else { return nil }
            at = found.clause
        }
        let clause = evidence.clauses[at]
        let sentence = evidence.sentences[clause.sentence]
        var next = sentence.clauses.filter { $0 > at }
        if next.isEmpty, clause.sentence + 1 < evidence.sentences.count, evidence.sentences[clause.sentence + 1].line == sentence.line {
            next = Array(evidence.sentences[clause.sentence + 1].clauses)
        }
        // (The passage may run on into the clauses after the one found: those are not what follows.)
        var ending = at
        while let first = next.first, evidence.coverage(of: q.weighedFocus, in: evidence.clauseTerms[first]) >= 0.5 { ending = first; next.removeFirst() }
        // (The passage may end inside its clause, 有呼必應 of 做到有呼必應、無事不擾, or inside the
        // last clause it runs on into, 截至2022年底,廣州全市實有各類市場主體達: the rest of that
        // clause comes first.)
        let rest = quoted ? Self.after(passageIn: a.original, evidence.clauses[ending].text, normalizer) : nil
        guard !next.isEmpty || rest != nil else {
            return Outcome(status: .noAnswer, answer: render("followup_nothing_more", [:]), confidence: 0.7, clause: at)
        }
        let last = next.last ?? at
        let text = Self.templateText(([rest].compactMap { $0 } + next.map { evidence.clauses[$0].text }).joined(separator: ","))
        let speaker = evidence.clauses[last].speaker ?? clause.speaker
        let answer = speaker.map { render("said_after_speaker", ["speaker": name($0), "posts": list(postsOf($0).compactMap(\.value)), "text": text]) }
            ?? render("said_after", ["text": text])
        let lastSentence = evidence.sentences[evidence.clauses[last].sentence]
        return Outcome(
            status: .answered, answer: answer,
            citations: [.init(source: knowledge.source.file, quote: lastSentence.text, line: lastSentence.line)],
            confidence: 0.75, about: [speaker].compactMap { $0 } + evidence.clauses[last].entities.sorted(), clause: last)
    }

    private func outside(_ a: QuestionAnalysis) -> Outcome {
        // A claim that gives what the article says to another district of its city (建設…南部極點是
        // 番禺區的任務,難道不是嗎?): not so; and where one clause holds most of the rest of the
        // claim (read without the place), what the article says.
        // (A place, platform or zone the article gives one district: not so, and whose it is — not a
        // program or an industry, which other districts may have too. A district's figure said to be
        // the other's: not so, and whose it is. Else a clause that holds the claim: what the
        // article says, but no verdict, as it may be the city's whole.)
        // (Claimed with 吧 too: …是番禺區的任務吧?)
        if a.cueSets.contains("yesno") || a.normalized.characters.last == "吧", a.outsideYears.isEmpty, let place = a.outsideNames.first,
            (knowledge.lexicon.cues["sibling_places"] ?? []).contains(place),
            let at = a.normalized.keys.firstRun(of: normalizer.normalize(place).keys)
        {
            // (Not asked whether it also has one, 白雲區也有國際化人才特區嗎?: the article does not say.)
            if !a.normalized.characters.contains("也"),
                let thing = a.mentions.first(where: { $0.fromQuestion && Self.placeTypes.subtracting(Self.areaTypes).contains($0.entity.type) })?.entity,
                case let owned = districtFacts(naming: thing), Set(owned.map(\.district)).count == 1, let (district, fact) = owned.first
            {
                return Outcome(
                    status: .answered,
                    answer: render("evidence_no", [:]) + render("outside_claim", ["what": place]) + (relationSentence(fact) ?? fact.quote),
                    quotes: [fact.quote], confidence: 0.8, about: [district, thing.id], relation: fact.relation)
            }
            var rest = a.normalized.characters
            rest.removeSubrange(at)
            // (Read without its yes or no: what the article says is said without a verdict of its own.)
            var ofRest = analyze(String(rest), context: a.context)
            ofRest.cueSets.remove("yesno")
            // (A figure of one district said to be another's, 引進10家500強央企子公司這個目標是黃埔區
            // 委書記說的吧?: not so, and whose figure it is. Only whose it is, asked of one place:
            // not whether the other has one too, 黃埔區也要…嗎?, nor both, 黃埔區和越秀區都…?, which
            // the article does not say.)
            let whose = a.cueSets.contains("said") || a.mentions.contains { $0.fromQuestion && $0.entity.type == "role" }
            if whose, !a.normalized.characters.contains("也"), !a.normalized.characters.contains("都"),
                !a.mentions.contains(where: { $0.fromQuestion && Self.areaTypes.contains($0.entity.type) }),
                !ofRest.figureScore.isEmpty || !ofRest.figureValues.isEmpty, let found = figure(ofRest), found.status == .answered,
                let index = found.figures.first, knowledge.entitiesByID[figures[index].subject]?.type == "district"
            {
                let fact = figures[index]
                return Outcome(
                    status: .answered, answer: render("evidence_no", [:]) + render("outside_claim", ["what": place]) + figureLine(fact),
                    quotes: [fact.quote], confidence: 0.8, about: [fact.subject] + [fact.speaker].compactMap { $0 }, figures: [index])
            }
            if let found = retrieve(ofRest), found.coverage >= Self.outsideClaimCoverage, found.outcome.status == .answered {
                var outcome = found.outcome
                outcome.status = .noAnswer
                outcome.answer = render("outside_claim", ["what": place]) + outcome.answer
                outcome.confidence = min(outcome.confidence, 0.7)
                return outcome
            }
        }
        // A district the article does not speak of, put against the last answer's list (唔係黃埔先
        // 係咩?, 不是黃埔嗎? after the three national zones): the article does not name it there; what
        // the list is. (Only the place right after the pushback word, then nothing but a particle
        // or 先係咩 before the clause ends: not 不是很明白,花都有什麼產業? nor 不是黃埔的話,…; and
        // naming nothing of the document but the list's own items.)
        if a.outsideYears.isEmpty, let place = a.outsideNames.first,
            (knowledge.lexicon.cues["sibling_places"] ?? []).contains(place),
            case let placeKeys = normalizer.normalize(place).keys,
            let pushback = pushbackStartKeys.first(where: { a.normalized.keys.starts(with: $0) }),
            a.normalized.keys[pushback.count...].starts(with: placeKeys),
            let firstClause = a.original.split(whereSeparator: { Self.clauseMarks.contains($0.unicodeScalars.first!) }).first,
            normalizer.normalize(String(firstClause)).keys.dropFirst(pushback.count + placeKeys.count).allSatisfy(Self.pushbackTailKeys.contains),
            let focus = a.context.focus, let relation = a.context.relation,
            let fact = knowledge.facts.first(where: { $0.subject == focus && $0.relation == relation && !$0.objects.isEmpty }),
            a.mentions.allSatisfy({ !$0.fromQuestion || fact.objects.contains($0.entity.id) }),
            let sentence = relationSentence(fact)
        {
            return Outcome(
                status: .answered, answer: render("outside_claim", ["what": place]) + sentence,
                quotes: [fact.quote], confidence: 0.75, about: [focus], relation: relation)
        }
        // A post the article names nobody to, of a district or body it does speak of (越秀區的區長
        //是誰?): not said; who of it the article does name, with their posts.
        if a.outsideYears.isEmpty, let post = a.outsideNames.first(where: outsidePosts.contains),
            let org = a.mentions.first(where: { $0.fromQuestion && ["district", "organization", "city"].contains($0.entity.type) })?.entity,
            case let held = (postIndicesByOrg[org.id] ?? []).map({ posts[$0] }), !held.isEmpty
        {
            var people: [String] = []
            for post in held where !people.contains(post.subject) && people.count < Self.maximumCandidates { people.append(post.subject) }
            let named = people.map { id in "\(name(id))(\(list(postsOf(id).compactMap(\.value))))" }
            return Outcome(
                status: .noAnswer, answer: render("outside_post", ["what": post, "org": org.name, "people": list(named)]),
                quotes: held.map(\.quote), suggestions: suggestions(for: org), confidence: 0.85, about: [org.id] + people)
        }
        // A district the article does not speak of, whose name one of its things holds (番禺區: 番禺
        // 智造創新城): only there; asked nothing of it but what the article says, that is the answer.
        // (Not a claim of it, 我記得南部極點是番禺區的任務, nor the last question asked of it, 番禺區的呢?:
        // those are answered as before; whether the article speaks of it is.)
        if a.outsideYears.isEmpty, !a.cueSets.contains("yesno") || a.cueSets.contains("mentioned"), !a.cueSets.contains("ellipsis"),
            !a.cueSets.contains("pushback"), let place = a.outsideNames.first,
            // (Nor beside something else named, 南部極點是番禺區的任務: a claim of that thing.)
            !a.mentions.contains(where: { $0.fromQuestion && $0.entity.id != knowledge.scope && $0.entity.type != "city" && $0.entity.type != "event" }),
            let thing = thingNamedAfter(place)
        {
            // (Not a post of it or what someone of it said, 番禺區委書記說了什麼?: nobody of it speaks.)
            // (Whether the article speaks of it, 有沒有講到番禺區?, is answered so.)
            let general = !a.mentions.contains(where: { $0.entity.type == "role" || $0.entity.type == "person" })
                && (a.cueSets.contains("mentioned")
                    || !["who", "howmany", "which", "answer_person", "answer_number", "answer_date", "said", "spoke"].contains(where: a.cueSets.contains))
            return Outcome(
                status: general ? .answered : .noAnswer, answer: render("outside_named_in", ["what": place, "name": thing.name, "quote": thing.quote]),
                quotes: [thing.quote], suggestions: suggestions(for: thing), confidence: 0.6, about: [thing.id])
        }
        let years = documentYears.sorted().map { render("year", ["year": $0]) }.joined(separator: render("and", [:]))
        let answer = a.outsideYears.first.map { render("no_answer_year", ["what": $0, "years": years]) }
            ?? a.outsideNames.first.map { render("no_answer_outside", ["what": $0]) }
            ?? render(a.cueSets.contains("judgement") && (a.cueSets.contains("opinion_asked") || a.cueSets.contains("yesno")) ? "no_answer_opinion" : "no_answer_topic", [:])
        // (Beside someone or something the article speaks of, 南沙的房價 or an opinion of 郭永航: what
        // may be asked of it.)
        if a.outsideYears.isEmpty, a.outsideNames.isEmpty, let named = a.mentions.first(where: \.fromQuestion)?.entity {
            return Outcome(status: .noAnswer, answer: answer, suggestions: suggestions(for: named), confidence: 0.9)
        }
        return Outcome(status: .noAnswer, answer: answer, suggestions: defaultSuggestions(), confidence: 0.9)
    }

    /// The one thing whose name holds a place's name without its 區 (番禺 of 番禺區: 番禺智造創新城),
    /// the place named only there.
    func thingNamedAfter(_ place: String) -> Entity? {
        var stem = normalizer.normalize(place).string
        guard let last = stem.last, Self.districtEndings.contains(last) else { return nil }
        stem.removeLast()
        guard stem.count >= 2 else { return nil }
        let holding = knowledge.entities.filter { $0.type != "district" && normalizer.normalize($0.name).string.hasPrefix(stem) }
        return holding.count == 1 ? holding[0] : nil
    }
    static let districtEndings: Set<Character> = ["区", "市", "县"]

    private func unknownAttribute(_ a: QuestionAnalysis) -> Outcome? {
        // (Of nothing named, 那天是星期幾? after a date: the article does not give it either.)
        guard let mention = a.mentions.first else {
            guard let attribute = a.attributes.first else { return nil }
            return Outcome(status: .noAnswer, answer: render("no_answer_attribute_alone", ["attribute": attribute]), suggestions: defaultSuggestions(), confidence: 0.8)
        }
        var entity = mention.entity
        // A post one person holds (市長家裡有沒有養狗?, 海珠的書記今年幾歲了?): asked of that person,
        // also when a place of the post is named first (not what they said, 局長說要當企業的啥人來著
        // 娘家人還是婆家人, nor a story of the asker's beside it).
        let role = entity.type == "role" ? entity
            : a.cueSets.contains("said") || a.cueSets.contains("spoke") || !a.attributes.allSatisfy(personAttributes.contains) ? nil
            : a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "role" })?.entity
        if let role, case let holders = Set(postsMatching(role: role.id, scope: scope(a)).map(\.subject)), holders.count == 1,
            let holder = knowledge.entitiesByID[holders.first!]
        {
            entity = holder
        }
        // (孩子 of 孩子作業要填 beside 廣州: no family of a city is asked.)
        // (A body's own, 商務局的聯繫電話, is asked of it; not beside a post of it, 發改委主要負責
        // 人叫什麼?…聯繫電話, whose holder is asked first.)
        if !["person", "role"].contains(entity.type), a.attributes.allSatisfy(personAttributes.contains),
            !["organization", "district"].contains(entity.type) || !a.attributes.allSatisfy(bodyAttributes.contains)
                // (A district's, written after it: not 我的電話是123,南沙的產業重點?)
                || (entity.type == "district" && (a.firstAttributeStart ?? -1) < mention.end)
                || a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "role" })
        {
            return nil
        }
        // A person is known by their posts; anything else by its name alone.
        let posts = entity.type == "person" ? list(postsOf(entity.id).compactMap(\.value)) : ""
        let about = posts.isEmpty ? "" : "(\(posts))"
        let pronoun = render(entity.type == "person" ? "pronoun_person" : "pronoun_thing", [:])
        let answer = render("no_answer_attribute", [
            "name": entity.name, "about": about, "pronoun": pronoun, "attribute": a.attributes.first ?? "",
        ])
        return Outcome(
            status: .noAnswer, answer: answer, suggestions: suggestions(for: entity), confidence: 0.9, about: [entity.id])
    }

    /// The districts the graph gives `thing` to, each with its fact: where it is (located_in),
    /// or a district's fact that names it, as an object or by name among its values (南沙
    /// positioned as 廣州科技創新走廊南部極點).
    func districtFacts(naming thing: Entity) -> [(district: String, fact: Fact)] {
        func isDistrict(_ id: String) -> Bool { knowledge.entitiesByID[id]?.type == "district" }
        var found: [(district: String, fact: Fact)] = []
        for fact in knowledge.facts where fact.relation != "said" && fact.relation != "figure" {
            if fact.subject == thing.id, fact.relation == "located_in" {
                for district in fact.objects where isDistrict(district) { found.append((district, fact)) }
            } else if isDistrict(fact.subject), fact.objects.contains(thing.id) || fact.values.contains(thing.name) {
                found.append((fact.subject, fact))
            }
        }
        return found
    }

    /// Whether the last answer's figure is the same thing as another the question's words name
    /// (這個2000億跟盧一先講的兩千億級汽車產業集群是同一回事嗎?, the lexicon's `same_thing`): no
    /// when the words name another figure best, whatever its number, with both as the article
    /// gives them; yes when they name that one. Nil when no figure was last given or the words
    /// name none.
    func sameFigure(_ a: QuestionAnalysis) -> Outcome? {
        // (Of the last answer's figures, the one whose number the question writes: 這個2000億.)
        guard a.cueSets.contains("same_thing"),
            let last = a.context.figures.first(where: { a.figureValues.contains($0) }) ?? (a.context.figures.count == 1 ? a.context.figures.first : nil),
            figures.indices.contains(last)
        else { return nil }
        // The other: a figure of another number the question writes (4500多家跟821家), or one its
        // words name (the number alone, 2000億 of 兩千億級, names both of that number); else the
        // last one itself (這個2000億跟城市更新固定資產投資目標…).
        func digits(_ index: Int) -> String { String(normalizer.normalize(figures[index].value ?? "").string.filter { $0.isASCIIDigit || $0 == "." }) }
        let others = a.figureScore.filter { entry in
            guard entry.key != last else { return false }
            if a.figureValues.contains(entry.key) {
                return digits(entry.key) != digits(last) || entry.value >= Self.valueNamingScore + Self.fewestCharactersNamingAFigure
            }
            return entry.value >= Self.fewestCharactersNamingAFigure
        }
        let other = others.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key ?? ((a.figureScore[last] ?? 0) > 0 ? last : nil)
        guard let otherIndex = other else { return nil }
        let top = (key: otherIndex, value: 0)
        let same = top.key == last || (figures[top.key].quote == figures[last].quote && figures[top.key].measure == figures[last].measure)
        var outcome = Outcome(
            status: .answered,
            answer: render(same ? "evidence_yes" : "evidence_no", [:]) + (same ? figureLine(figures[last]) : figureLine(figures[last]) + figureLine(figures[top.key])),
            quotes: same ? [figures[last].quote] : [figures[last].quote, figures[top.key].quote], confidence: 0.8,
            about: [figures[last].subject, figures[top.key].subject])
        outcome.figures = same ? [last] : [last, top.key]
        return outcome
    }

    /// What a figure's number written in the question adds to its score (`analyze`: 10).
    static let valueNamingScore = 10

    /// A figure as an answer gives it: its measure, date, value and unit, and who gave it.
    func figureLine(_ fact: Fact) -> String {
        let values = [
            "measure": fact.measure ?? "", "value": fact.value ?? "", "unit": fact.unit ?? "",
            "date": fact.date.map { "(\($0))" } ?? "", "speaker": fact.speaker.map(name) ?? "",
        ]
        return render(fact.speaker != nil ? "figure_speaker" : "figure", values)
    }

    /// Magnitudes and units written after a number: 2000萬 against 2000億 is another number.
    /// The characters of a number's magnitude (萬 of 315.55萬): not a count's measure.
    static let magnitudeCharacters: Set<Character> = ["萬", "万", "億", "亿", "千", "百", "%"]
    static let unitCharacters: Set<Character> = ["萬", "万", "億", "亿", "千", "百", "%", "個", "个", "家", "戶", "户", "條", "条", "元", "位", "輪", "轮"]

    /// What may end a pushback's clause after the place it puts forward (嗎, 咩, 先係咩 as 先是什么).
    static let pushbackTailKeys: Set<UInt32> = Set("吗嘛么呢吧啊呀先是什对".unicodeScalars.map(\.value))

    /// How much of a claim about a place outside the article one clause must hold for the
    /// reply to say what the article says instead.
    static let outsideClaimCoverage = 0.6

    /// Whether a figure belongs to `entity`: its subject, its speaker, or the speaker's body.
    func figure(_ figure: Fact, relatesTo entity: Entity) -> Bool {
        if figure.subject == entity.id || figure.speaker == entity.id { return true }
        // (The city's own bodies speak for it, 市府統籌發展的重點產業鏈: the city's figures.)
        if entity.id == knowledge.scope || knowledge.scopeBodies.contains(entity.id) { return true }
        if let speaker = figure.speaker, postsOf(speaker).contains(where: { $0.org == entity.id }) { return true }
        if entity.type == "person", postsOf(entity.id).contains(where: { $0.org == figure.subject }) { return true }
        return false
    }

    /// The longest keyword of a figure that is a measure's word, not what is counted (同比增長).
    static let longestGenericKeyword = 4

    /// The fewest characters of a figure's keywords that name it well enough to say whose it is,
    /// asked of someone else.
    static let fewestCharactersNamingAFigure = 4

    /// The most characters of a follow-up about the last answer's figure that names nothing (增速呢?).
    static let longestFigureFollowUp = 12

    /// The words that close a question asking whether something happened (落實了沒有): asking, not
    /// checking a claim. (Normalized characters, Simplified.)
    static let whetherEndings: [[Character]] = [Array("没有"), Array("了没"), Array("未")]

    /// What a number written in per cent adds to a figure in per cent: more than the longest
    /// keyword of another figure the question names (市場主體, 4).
    static let percentClaimBonus = 5

    /// Whether `text` writes a number in per cent: a digit right before % (or ％), or 百分之.
    static func writesPercent(_ text: String) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == "\u{FF05}", ("0"..."9").contains(previous) || ("\u{FF10}"..."\u{FF19}").contains(previous) { return true }
            previous = scalar
        }
        return text.containsText("百分之")
    }

    /// A figure asked for as the article writes it (講市場主體數量的那一句原文): the sentence that
    /// gives it, whole, with the figure kept for the next turn.
    private func asWritten(_ outcome: Outcome, _ a: QuestionAnalysis) -> Outcome {
        // (Not whose words they are, 這兩句分別是誰說的?, with 出處 of where the figures come from.)
        guard a.cueSets.contains("verbatim"), !a.cueSets.contains("who"), outcome.status == .answered, let first = outcome.figures.first,
            figures.indices.contains(first),
            let clause = evidence.lastClause[TextKey(figures[first].quote)]
        else { return outcome }
        let sentence = evidence.sentences[evidence.clauses[clause].sentence]
        var written = outcome
        written.answer = render("verbatim_sentence", ["text": String(sentence.text.reversed().drop { EvidenceIndex.sentenceEnds.contains($0) }.reversed())])
        written.citations = [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)]
        written.quotes = []
        written.clause = clause
        return written
    }

    /// A count given of a thing whose items the article lists (幾個萬億級產業鏈群?: 8個), with the
    /// items it names: what the asker most often wants next.
    private func withItsItems(_ outcome: Outcome, _ a: QuestionAnalysis) -> Outcome {
        guard outcome.status == .answered, outcome.figures.count == 1, figures.indices.contains(outcome.figures[0]),
            case let fact = figures[outcome.figures[0]], !(fact.unit ?? "").isEmpty, !a.cueSets.contains("verbatim"),
            // (A list the figure's own words give: 智能網聯與新能源汽車、…等8個萬億級產業鏈群.)
            let list = (knowledge.factsBySubject[fact.subject] ?? []).first(where: { list in
                Self.listRelations.contains(list.relation) && items(of: list).count >= 2 && (list.quote.contains(fact.quote) || fact.quote.contains(list.quote))
            }),
            !items(of: list).allSatisfy({ outcome.answer.containsText($0) }), let sentence = relationSentence(list)
        else { return outcome }
        var listed = outcome
        listed.answer += sentence
        if !listed.quotes.contains(list.quote) { listed.quotes.append(list.quote) }
        return listed
    }

    private func figure(_ a: QuestionAnalysis) -> Outcome? {
        if let same = sameFigure(a) { return same }
        let scopes = a.mentions.filter { ["district", "person", "organization", "city"].contains($0.entity.type) }
        // (Places within a district, and industries: 南沙的人工智能產業規模 is not its auto cluster's;
        // named, or called 它: 那它總投資多少? after a turn about 港科大(廣州)二期.)
        let others = a.mentions.filter { m in
            m.source != .implicit && (Self.placeTypes.contains(m.entity.type) && !["district", "city"].contains(m.entity.type) || m.entity.type == "industry")
        }
        .map(\.entity)
        var best: [(Int, Fact)] = []
        var bestScore = 0
        // The figures that passed every check below (of the place asked, in the sentence of what
        // else is named, counted as asked): the only ones a second figure may be.
        var eligible = Set<Int>()
        // Asked for the figures of something (越秀提出了哪些量化目標?), no figure's words named:
        // every figure of it (its targets, when targets are asked).
        var scores = a.figureScore
        // A figure of a wider whole than the article's (那全國總共有多少市場主體?): only one whose
        // sentence speaks of that whole (not 全國 inside a name, 全國工商聯); else it is not given.
        // (A claim with its number, 這個增速是全國第一嗎?, is checked as a claim.)
        let text = a.normalized.characters
        for word in knowledge.lexicon.cues["wider_scope"] ?? []
        where a.cueSets.contains("wider_scope") && a.figureValues.isEmpty && !a.cueSets.contains("yesno") {
            let key = normalizer.normalize(word).characters
            guard let at = text.firstRun(of: key),
                !a.mentions.contains(where: { $0.fromQuestion && $0.start <= at.lowerBound && at.upperBound <= $0.end })
            else { continue }
            // (Nor 全國 as where a place stands, 廣州在全國有多少條重點產業鏈?: the place's figure.)
            if at.lowerBound >= 2, ["在", "于"].contains(text[at.lowerBound - 1]),
                a.mentions.contains(where: { $0.fromQuestion && $0.end == at.lowerBound - 1 && ["city", "district"].contains($0.entity.type) })
            {
                continue
            }
            scores = scores.filter { figures[$0.key].quote.containsText(word) }
            if scores.isEmpty {
                return Outcome(
                    status: .noAnswer, answer: render("no_answer_outside", ["what": originalText(a, at.lowerBound, at.upperBound) + render("wider_scope_figure", [:])]),
                    suggestions: defaultSuggestions(), confidence: 0.8)
            }
        }
        if a.cueSets.contains("figure_list"), !scopes.isEmpty {
            let own = figures.indices.filter { i in scopes.contains { figure(figures[i], relatesTo: $0.entity) } }
            // Unless the words name one of them (越秀的招商項目有哪些具體數字?), all of them alike
            // (目標 names a figure of the city's: it does not single out one of 越秀's).
            let named = own.filter { (a.figureScore[$0] ?? 0) > 0 }
            // (A thing named as what the figures are given on, 王宏偉講城市更新時給了哪些數字?: every
            // figure of theirs in a sentence that names it, not only one whose words hold it.)
            let topics = a.mentions.filter { m in m.fromQuestion && !scopes.contains { $0.entity.id == m.entity.id } && m.entity.type != "role" }.map(\.entity)
            if !named.isEmpty, !topics.isEmpty, !a.cueSets.contains("target") {
                let inSentences = own.filter { i in topics.allSatisfy { t in ([t.name] + t.aliases).contains { figures[i].quote.containsText($0) } } }
                if inSentences.count > named.count, Set(named).isSubset(of: inSentences) {
                    scores = [:]
                    for i in inSentences { scores[i] = 1 }
                }
            }
            if named.isEmpty {
                let targets = own.filter { figures[$0].kind == "target" }
                // Targets asked of what has figures but no target (南沙在項目上提了什麼目標?, of its
                // cluster's size): not a figure's to answer.
                if a.cueSets.contains("target"), targets.isEmpty, !own.isEmpty { return nil }
                scores = [:]
                for i in a.cueSets.contains("target") && !targets.isEmpty ? targets : own { scores[i] = 1 }
            }
        }
        // A yes/no question that gives a figure to the wrong place (摸排到821家…的是越秀區,對嗎?):
        // the figure its words and number name, whoever's it is, and the reply says whose.
        // (Only a place the question itself names: 摸排了821家企業? after a turn about 南沙 is no claim about 南沙.)
        // A post the question names as whose words the figure is (那個局長說今年要推進多少個項目?):
        // the figures its holders gave, when any of those named is theirs.
        let postsNamed = a.mentions.filter { $0.fromQuestion && $0.entity.type == "role" }.map(\.entity.id)
        // (Only as the one who said it: 10個區的區委書記發言,對嗎? counts them.)
        if !postsNamed.isEmpty, scopes.isEmpty, a.cueSets.contains("said"), !a.cueSets.contains("yesno") {
            let given = scores.filter { entry in
                figures[entry.key].speaker.map { speaker in postsOf(speaker).contains { post in postsNamed.contains { roleMatches(post.role, $0) } } } ?? false
            }
            // (Only when one of theirs is named as well as any: 區委書記說要推進多少個城中村改造項目?
            // names 王宏偉's, who is no 區委書記.)
            if let top = scores.values.max(), given.values.contains(top) { scores = given }
        }
        let claimsPercent = Self.writesPercent(a.original)
        let misplaced = a.cueSets.contains("yesno") && !a.figureValues.isEmpty && !scopes.isEmpty && scopes.allSatisfy(\.fromQuestion)
            && !scores.keys.contains { i in scopes.contains { figure(figures[i], relatesTo: $0.entity) } }
        for (index, score) in scores {
            let fact = figures[index]
            var total = score
            // Money asked: a figure in 元 (投資多少錢? after 城中村改造's count of projects).
            if a.cueSets.contains("answer_money"), fact.unit?.contains("元") == true { total += 3 }
            // A number claimed in per cent (市場主體去年增長了38.8%,真的假的?): a figure in per cent,
            // over one whose words are named longer (市場主體 of the count).
            if claimsPercent, fact.unit == "%" { total += Self.percentClaimBonus }
            // How long asked (要花幾年?): only a figure in years, months or days.
            // (未來幾年 and the like are no duration: the lexicon's phrases rewrite them.)
            if a.cueSets.contains("duration_asked"), !(fact.unit ?? "").contains(where: { "年月天日".contains($0) }) { continue }
            if misplaced {
                guard a.figureValues.contains(index) else { continue }
            } else if !scopes.isEmpty {
                guard scopes.contains(where: { figure(fact, relatesTo: $0.entity) }) else { continue }
                total += 1
            }
            // A place or thing the question names that the figure's sentence does not (康鷺片區
            // for the city's investment): the figure is not about it.
            let quoteIsSimple = others.isEmpty || String.isSimpleText(fact.quote)
            guard others.allSatisfy({ entity in ([entity.name] + entity.aliases).contains { fact.quote.containsText($0, simple: quoteIsSimple) } })
            else { continue }
            eligible.insert(index)
            if total > bestScore {
                bestScore = total
                best = [(index, fact)]
            } else if total == bestScore {
                best.append((index, fact))
            }
        }
        // Asked of one person, where the words name well a figure someone else gave (他說全年新洽談
        // 納入市重點招商項目庫的項目目標是多少? of 郭永航, who was said not to hold 郭昊羽's post):
        // not theirs, and whose it is.
        if best.isEmpty, !a.cueSets.contains("yesno"), scopes.count == 1, let person = scopes.first?.entity, person.type == "person",
            // (Not by one short word alone: 投資 of 技改投資要達到多少億元? names no figure's whole.)
            let top = scores.filter({ $0.value >= Self.fewestCharactersNamingAFigure }).max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
            let speaker = figures[top.key].speaker, speaker != person.id
        {
            let fact = figures[top.key]
            let line = render("figure", [
                "measure": fact.measure ?? "", "value": fact.value ?? "", "unit": fact.unit ?? "", "date": fact.date.map { "(\($0))" } ?? "",
            ])
            var outcome = Outcome(
                status: .answered, answer: render("said_by_other", ["person": person.name, "titled": titled(speaker), "text": line]),
                quotes: [fact.quote], confidence: 0.75, about: [speaker, fact.subject])
            outcome.figures = [top.key]
            return outcome
        }
        // The words name a figure, but not one of the place or person asked about: another
        // rule may still answer, and if none does, the reply says the article does not say.
        if best.isEmpty { return nil }
        // Keywords alone that name two figures of one sentence (市場主體 總數 增速), or two joined
        // (市場主體數量及同比增幅分別是多少?): both.
        // (And the figures of something asked for, 越秀在招商上提了什麼目標?: each its words name.)
        if a.cueSets.contains("keywords_only") || a.cueSets.contains("figures_joined") || a.cueSets.contains("figure_list"), let first = best.first {
            for (index, score) in scores where score > 0 && eligible.contains(index) && !best.contains(where: { $0.0 == index }) && figures[index].quote == first.1.quote {
                best.append((index, figures[index]))
            }
        }
        // A rate named by its value (3.88%具體是指什麼的增長?): with the count it is the rate of, the
        // sentence's figure that is no rate (315.55萬戶).
        if a.cueSets.contains("figure_value"), !a.cueSets.contains("yesno"), best.count == 1, best[0].1.unit == "%" {
            let rate = best[0]
            let counts = figures.indices.filter { i in i != rate.0 && figures[i].quote == rate.1.quote && figures[i].unit != "%" }
            best = counts.map { ($0, figures[$0]) } + [rate]
        }
        // The numbers of two or more figures written (8個萬億級…和13個千億級…,對嗎?): each of them.
        // (A number the question gets wrong names no figure: the figure its words name from the
        // same sentence stands for it, and the claim is checked against both.)
        // (By the numbers the question writes, and the figures its words name: a one-digit value is
        // no figure's name on its own.)
        if a.numbers.count >= 2, !best.isEmpty, !misplaced {
            for (index, score) in scores.sorted(by: { $0.key < $1.key })
            where score > 0 && eligible.contains(index) && !best.contains(where: { $0.0 == index }) {
                // (Or of the same sentence as the first: 325.55萬戶,同比增長3.88%, a count and its growth.)
                let values = figures[index].value.map { Self.numbers(in: normalizer.normalize($0).characters) } ?? []
                // (Or a number written with its unit, its words named: 5位…負責人 for the 6位.)
                let unitCounted = figures[index].unit.map { Self.counts(a.normalized.characters, in: normalizer.normalize($0).characters) } ?? false
                if values.contains(where: a.numbers.contains) || figures[index].quote == best[0].1.quote || unitCounted {
                    best.append((index, figures[index]))
                }
            }
        }
        // Two places or people named, each with words of a figure of its own (海珠摸排出的轉移意向
        // 企業數,和越秀引進的500強央企子公司數,哪個大?): the best figure of each.
        let namesPlace = { (m: QuestionAnalysis.Mention) in m.fromQuestion && (m.entity.type == "district" || m.entity.type == "person") }
        if !misplaced, scopes.count >= 2, scopes.lazy.filter(namesPlace).count >= 2, case let placesNamed = scopes.filter(namesPlace) {
            for place in placesNamed where !best.contains(where: { figure($0.1, relatesTo: place.entity) }) {
                let own = scores.filter { $0.value > 0 && eligible.contains($0.key) && figure(figures[$0.key], relatesTo: place.entity) }
                if let top = own.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) { best.append((top.key, figures[top.key])) }
            }
        }
        var facts = best.sorted { $0.0 < $1.0 }.map(\.1)
        // A short follow-up that names nothing (比去年增長了百分之幾? after the renewal investment's
        // target): a figure of the last answer's sentence, or none — not another sentence's figure
        // that shares a word (市場主體's 增長).
        // (A rate: another subject's growth is what gets borrowed.)
        if !a.mentions.contains(where: \.fromQuestion), !a.context.figures.isEmpty, !a.cueSets.contains("yesno"),
            a.normalized.characters.count <= Self.longestFigureFollowUp, facts.allSatisfy({ $0.kind == "rate" }),
            case let lastQuotes = a.context.figures.filter(figures.indices.contains).map({ figures[$0].quote }), !lastQuotes.isEmpty,
            !facts.contains(where: { fact in lastQuotes.contains(fact.quote) }),
            // (Unless it writes what the figure counts, 那市場主體現在有多少?: three characters of
            // its measure together that are not part of a short keyword of it, a word of any
            // measure, 同比增長, 增長率.)
            !facts.contains(where: { fact in
                guard let measure = fact.measure else { return false }
                let keys = normalizer.normalize(measure).keys
                let asked = a.normalized.keys
                let generic = fact.keywords.map { normalizer.normalize($0).keys }.filter { $0.count <= Self.longestGenericKeyword }
                return keys.count >= 3 && (0...(keys.count - 3)).contains { start in
                    let run = Array(keys[start..<(start + 3)])
                    return Self.holdsRun(asked, run) && !generic.contains { Self.holdsRun($0, run) }
                }
            })
        {
            var outcome = Outcome(status: .noAnswer, answer: render("followup_nothing_more", [:]), quotes: lastQuotes, confidence: 0.7)
            outcome.settled = true
            return outcome
        }
        // Asked what was actually done, where the article gives only the plan (2023年城中村改造
        // 實際完成了多少個?): the plan is not the answer.
        // (Asked whether it is done, 127個是已完成的嗎?, that is answered: no, a plan.)
        // (The figure the question's words name first, when it is a target: 2000億 of another
        // figure, 兩千億級, is no answer to 城市更新投資.)
        if a.cueSets.contains("actual_asked"), let plan = facts.allSatisfy({ $0.kind == "target" }) ? facts.first : best.first.map(\.1),
            plan.kind == "target"
        {
            let onlyTarget = render("figure_target_only", ["measure": plan.measure ?? "", "value": (plan.value ?? "") + (plan.unit ?? "")])
            // (Said to be done, 是已經完成的嗎? or 已經完成了127個,對吧?: not so, a plan. Asked
            // whether it was done, 最後真的完成了嗎?: the article does not say.)
            let keys = a.normalized.keys
            let doneAt = (knowledge.lexicon.cues["actual_asked"] ?? []).compactMap { word -> Int? in
                let run = normalizer.normalize(word).keys
                guard !run.isEmpty, keys.count >= run.count else { return nil }
                return (0...(keys.count - run.count)).first { keys[$0..<($0 + run.count)].elementsEqual(run) }
            }.min()
            // (Ending with a word that only asks, 嗎, not a tag that checks a claim, 對嗎 or 是嗎:
            // the longest yes/no word the question ends with, of one character.)
            let chars = a.normalized.characters
            let ending = yesnoWords.filter { chars.count >= $0.count && Array(chars.suffix($0.count)) == $0 }.max { $0.count < $1.count }
            // (Or 沒有 closing it, 落實了沒有?: asks whether, as 嗎 does.)
            let asksWhether = ending?.count == 1 || Self.whetherEndings.contains { chars.count >= $0.count && chars.suffix($0.count).elementsEqual($0) }
            let checked = a.cueSets.contains("yesno") && (!asksWhether || doneAt.map { keys[..<$0].contains(Self.copulaKey) } ?? false)
            return Outcome(
                status: checked ? .answered : .noAnswer, answer: checked ? render("evidence_no", [:]) + onlyTarget : onlyTarget,
                quotes: [plan.quote], confidence: 0.7, about: [plan.subject])
        }
        // A yes/no question that states a number: confirm it, or say it is not so.
        let asked = a.numbers
        // A claim that someone said it who did not (高裕躍說要打造8個萬億級產業鏈群,對嗎?): not
        // so, whatever the number; the line says who did.
        let claimed = a.mentions.filter { $0.fromQuestion && $0.entity.type == "person" }.map(\.entity.id)
        let wrongSpeaker = a.cueSets.contains("yesno") && a.cueSets.contains("said") && !claimed.isEmpty
            && facts.allSatisfy { fact in fact.speaker.map { !claimed.contains($0) } ?? false }
        let verdict: String
        // (Or a claim that writes the opposite of the figure's words: 下降 for 增長.)
        if misplaced || wrongSpeaker || (a.cueSets.contains("yesno") && writesOpposite(a, of: facts.map(\.quote))) {
            verdict = render("evidence_no", [:])
        } else if a.cueSets.contains("yesno"), !asked.isEmpty {
            let values = Set(facts.compactMap { $0.value.map { Self.numbers(in: normalizer.normalize($0).characters) } }.flatMap { $0 })
            // (A claim of two figures holds only if each of its numbers is one of theirs, or of
            // their dates: 2023年 is no wrong number.)
            let dates = Set(facts.compactMap { $0.date.map { Self.numbers(in: normalizer.normalize($0).characters) } }.flatMap { $0 })
            var holds = facts.count >= 2
                ? asked.allSatisfy { values.contains($0) || dates.contains($0) } : asked.contains(where: values.contains)
            // (A bound claimed, 破300萬了?, 不到5輪?: the figure compared with it, in its own unit.)
            if facts.count == 1, let bound = boundClaimed(a), let compared = compare(facts[0], with: bound) { holds = compared }
            // (Of a year the article does not speak of: not so, whatever the number; the line
            // gives the figure's date. So of one it does, where the figure is dated another:
            // 截至2023年底 for 截至2022年底.)
            if !a.outsideYears.isEmpty { holds = false }
            if facts.count == 1, !a.askedYears.isEmpty, let date = facts[0].date {
                let dated = Self.years(inKeys: normalizer.normalize(date).keys)
                if !dated.isEmpty, dated.isDisjoint(with: a.askedYears) { holds = false }
            }
            // (Two numbers asked between, 是3.88%還是38.8%?: no yes or no; the line says which.)
            let between = a.cueSets.contains("alternative") && asked.count >= 2 && asked.contains(where: values.contains)
            verdict = between ? "" : render(holds ? "evidence_yes" : "evidence_no", [:])
            // The number of another figure (13個萬億級…?, 13 is 千億級's): that one too, so the
            // reply says whose number it is.
            // (Counted in the same unit: 10萬戶 is not 越秀's 10家.)
            if !holds, a.outsideYears.isEmpty, let checked = facts.first {
                // (One digit, 3個, only of a figure counting the same kind of thing: 3 of 三大國家級
                // 開發區 is no count of clusters.)
                let checkedKind = Self.bigrams(normalizer.normalize(checked.measure ?? "").characters)
                func sameKind(_ index: Int) -> Bool {
                    a.figureValues.contains(index)
                        || Self.shared(Self.bigrams(normalizer.normalize(figures[index].measure ?? "").characters), checkedKind) >= Self.fewestPairsOfAKind
                }
                for index in a.figureValues.union(a.digitFigureValues).sorted() where !best.contains(where: { $0.0 == index }) && figures[index].unit == checked.unit
                    && sameKind(index)
                    && (scopes.isEmpty || scopes.contains { figure(figures[index], relatesTo: $0.entity) }) {
                    facts.append(figures[index])
                }
            }
        } else if a.cueSets.contains("yesno"), !a.figureValues.isEmpty, claimed.isEmpty, facts.allSatisfy({ fact in
            a.figureValues.contains { figures[$0].quote == fact.quote && figures[$0].value == fact.value }
        }), claimsOnly(what: facts, a) {
            // A claim whose number is the figure's own, written inside a name (廣州統籌21條重點產業鏈,
            // 對嗎?), in the figure's own words: so. (Not 廣州取消了…, nor 郭永航說…, where the
            // article says it.)
            verdict = render("evidence_yes", [:])
        } else {
            verdict = ""
        }
        let lines = facts.map(figureLine)
        let usedContext = scopes.contains { !$0.fromQuestion }
        // A judgement asked of a figure stated right (315.55萬戶是不是造假?): no yes to it; the
        // figure as the article gives it.
        if a.cueSets.contains("judgement"), verdict == render("evidence_yes", [:]) {
            return Outcome(
                status: .noAnswer, answer: render("no_answer_opinion", [:]) + lines.joined(), quotes: facts.map(\.quote), confidence: 0.8,
                about: facts.map(\.subject), figures: facts.compactMap(figureIndex))
        }
        // A count asked with its list (有幾個啊?列一下): the list too, where the graph holds one of
        // the figure's subject (萬億級產業鏈群's clusters; not a district's or body's other lists).
        var listed = ""
        var listQuotes: [String] = []
        var listRelation: String?
        if a.cueSets.contains("aggregate_which"), facts.count == 1, case let subject = facts[0].subject,
            !Self.speakingTypes.contains(knowledge.entitiesByID[subject]?.type ?? "person"),
            let list = (knowledge.factsBySubject[subject] ?? []).filter({ $0.objects.count >= 2 }).max(by: { $0.objects.count < $1.objects.count }),
            let sentence = relationSentence(list)
        {
            listed = sentence
            listQuotes = [list.quote]
            listRelation = list.relation
        }
        // (The list's relation stays the thread: 千億級的呢? next asks the count and the list again.)
        return Outcome(
            status: .answered, answer: verdict + lines.joined() + listed, quotes: facts.map(\.quote) + listQuotes,
            confidence: usedContext ? 0.85 : (facts.count > 2 ? 0.7 : 0.9),
            about: facts.map(\.subject) + facts.compactMap(\.speaker), relation: listRelation, figures: facts.compactMap(figureIndex))
    }

    /// A number the question claims a bound of (破300萬, 超過300萬, 300萬以上; 不到5輪): the
    /// number, the character after it (its magnitude or unit), and whether the figure is said
    /// to be above it. Nil when no number has a word of the lexicon's `above_words`,
    /// `below_words` (before it) or `above_after`, `below_after` (after it).
    func boundClaimed(_ a: QuestionAnalysis) -> (number: Double, after: Character?, above: Bool)? {
        let text = a.normalized.characters
        var i = 0
        while i < text.count {
            guard text[i].isASCIIDigit else { i += 1; continue }
            var j = i
            while j < text.count, text[j].isASCIIDigit || (text[j] == "." && j + 1 < text.count && text[j + 1].isASCIIDigit) { j += 1 }
            guard let number = Double(String(text[i..<j])) else { i = j; continue }
            let after = j < text.count ? text[j] : nil
            // (Its unit may stand between the number and the word after, 300萬戶以上; nothing
            // else: 821家,以上屬實嗎? asks of the above.)
            var k = j
            while k < text.count, k - j < Self.boundUnitLength, Self.unitCharacters.contains(text[k]) { k += 1 }
            // (Written straight after, not after a mark: 821家,以上屬實嗎?)
            let rest = a.normalized.joinedInOriginal(at: k) ? text[k...] : []
            func before(_ words: [[Character]]) -> Bool { words.contains { text[..<i].suffix($0.count).elementsEqual($0) } }
            func follows(_ words: [[Character]]) -> Bool { words.contains { rest.starts(with: $0) } }
            if before(aboveWords) || follows(aboveAfterWords) { return (number, after, true) }
            if before(belowWords) || follows(belowAfterWords) { return (number, after, false) }
            i = j
        }
        return nil
    }
    /// How many unit characters may stand between a number and a word of a bound (萬戶 of
    /// 300萬戶以上).
    static let boundUnitLength = 2

    /// Whether `fact`'s number is above (or below) `bound`, counted in the same magnitude or unit
    /// (the character after each number: 萬 of 315.55萬戶 and of 300萬); nil when they differ.
    func compare(_ fact: Fact, with bound: (number: Double, after: Character?, above: Bool)) -> Bool? {
        let written = normalizer.normalize((fact.value ?? "") + (fact.unit ?? "")).characters
        guard let start = written.firstIndex(where: \.isASCIIDigit) else { return nil }
        var end = start
        while end < written.count, written[end].isASCIIDigit || written[end] == "." { end += 1 }
        guard let value = Double(String(written[start..<end])) else { return nil }
        // (A figure that is itself a bound, 超200個 or 4500多家, is at least its number.)
        let atLeast = aboveWords.contains { written[..<start].suffix($0.count).elementsEqual($0) } || (end < written.count && written[end] == "多")
        if end < written.count, written[end] == "多" { end += 1 }
        let unit = end < written.count ? written[end] : nil
        // (Counted in the same unit; 個 counts anything counted, not a magnitude: 10個 of 10家.)
        let sameUnit = unit == bound.after || (bound.after == "个" && unit.map { !Self.magnitudeCharacters.contains($0) } ?? false)
            || (bound.after.map { !Self.unitCharacters.contains($0) } ?? true && unit.map { !Self.unitCharacters.contains($0) } ?? true)
        guard sameUnit else { return nil }
        if bound.above { return value > bound.number || (atLeast && value >= bound.number) }
        return atLeast ? (value >= bound.number ? false : nil) : value < bound.number
    }

    /// A person's posts, and what they said, in the graph's order.
    func postsOf(_ person: String) -> [Fact] { postsBySubject[person] ?? [] }
    func statementsOf(_ person: String) -> [Fact] { statementsBySubject[person] ?? [] }

    /// Whether a post of `postRole` is a post of the role `asked` (the same role, or one it is
    /// a kind of).
    /// Whether every post the question names is one `person` holds, of every district or body it
    /// names (海珠區委書記蔡澍: yes; 南沙區委書記蔡澍: no).
    func titledByOwnPost(_ person: Entity, _ a: QuestionAnalysis) -> Bool {
        let own = postsOf(person.id)
        let roles = a.mentions.filter { $0.fromQuestion && $0.entity.type == "role" }.map(\.entity.id)
        let orgs = a.mentions.filter { $0.fromQuestion && ($0.entity.type == "district" || $0.entity.type == "organization") }.map(\.entity)
        return !roles.isEmpty && roles.allSatisfy { role in own.contains { roleMatches($0.role, role) } }
            && orgs.allSatisfy { org in own.contains { inScope($0.org, org) } }
    }

    func roleMatches(_ postRole: String?, _ asked: String) -> Bool {
        guard let postRole else { return false }
        // An id with no `broader` of its own reaches only itself.
        return roleClosure[postRole]?.contains(asked) ?? (postRole == asked)
    }

    /// The body or place a question scopes a role to: a bureau over a district over the city.
    func scope(_ a: QuestionAnalysis) -> Entity? {
        let candidates = a.mentions.filter { $0.source != .implicit && ["organization", "district", "city", "zone"].contains($0.entity.type) }
        return candidates.first(where: { $0.entity.type == "organization" })?.entity
            ?? candidates.first(where: { $0.entity.type == "district" })?.entity
            ?? candidates.first?.entity
    }

    /// Whether the question points back with 這個, 那個, 這位, 那位 or 該 (這個局長).
    static func pointsBack(_ a: QuestionAnalysis) -> Bool {
        let text = a.normalized.characters
        return text.indices.contains { i in
            (text[i] == "这" || text[i] == "那" || text[i] == "该") && i + 1 < text.count && ["个", "位", "名"].contains(text[i + 1])
        }
    }

    /// The posts of `role` (or of a role that is a kind of it), of `scope` when one is given
    /// (the document's own place includes its bodies, `scopeBodies`), in the graph's order.
    func postsMatching(role: String, scope: Entity?) -> [Fact] {
        guard let scope else { return (postIndicesByRole[role] ?? []).map { posts[$0] } }
        var indices = postIndicesByOrg[scope.id] ?? []
        if scope.id == knowledge.scope {
            for body in knowledge.scopeBodies where body != scope.id { indices += postIndicesByOrg[body] ?? [] }
            indices.sort()
        }
        return indices.filter { roleMatches(posts[$0].role, role) }.map { posts[$0] }
    }

    /// A thing no post is of, named as the owner of `role` (從化的書記, 港科大的負責人): next to
    /// it in the question as written, or with 的 between; or a place that 那裡 stands for, asked
    /// of a post of districts (番禺智造創新城 → 那裡的區委書記是誰?, in no district).
    func ownerWithoutPosts(of role: Entity, _ a: QuestionAnalysis) -> Entity? {
        let roleStart = a.mentions.first(where: { $0.entity.id == role.id && $0.fromQuestion })?.start
        return a.mentions.first(where: { m in
            (m.fromQuestion || m.source == .pronoun) && !["role", "person", "organization", "district", "city", "zone"].contains(m.entity.type)
                && m.entity.id != knowledge.subject
                && (m.source == .pronoun ? isDistrictPost(role.id) : roleStart.map { start in
                    let origins = a.normalized.origins
                    let adjacent = m.end == start && m.end > 0 && start < origins.count && origins[m.end - 1] + 1 == origins[start]
                    return adjacent || (m.end + 1 == start && a.normalized.characters[m.end] == "的")
                } ?? true)
        })?.entity
    }

    /// Whether a word of place (第二個, 最後一位) stands shortly before where the question names
    /// `role` (第一個被報道的區委書記), not elsewhere in it (最後一條留言…那位局長說了什麼?).
    func placeWordBefore(_ role: Entity, _ a: QuestionAnalysis) -> Bool {
        guard let post = a.mentions.first(where: { $0.fromQuestion && $0.entity.id == role.id }), post.start > 0 else { return false }
        let window = String(a.normalized.characters[max(0, post.start - Self.placeWordReach)..<post.start])
        return window.contains("第") || window.contains("最后") || window.contains("头一") || window.contains("首")
    }

    /// How many characters before a post's name a word of place may stand (第1个被报道的).
    static let placeWordReach = 8

    /// The question with one of a post's holders named in place of their place and the post
    /// (第三個局長的目標是什麼? → 王宏偉的目標是什麼?); nil when it writes neither so.
    private func askedOfHolder(_ a: QuestionAnalysis, role: Entity, name: String) -> String? {
        let original = Array(a.original)
        guard let post = a.mentions.first(where: { $0.fromQuestion && $0.entity.id == role.id }), post.end > 0,
            post.end - 1 < a.normalized.origins.count,
            let words = Self.ordinalWords(in: a.original) ?? a.original.range(of: "最後") ?? a.original.range(of: "最后")
        else { return nil }
        let start = a.original.distance(from: a.original.startIndex, to: words.lowerBound)
        let end = a.normalized.origins[post.end - 1] + 1
        guard start < end, end <= original.count else { return nil }
        return String(original[..<start]) + name + String(original[end...])
    }

    /// A question about a topic that calls its person by their post (市長對政商關係有什麼要求?),
    /// with the post's words replaced by the holder's name (郭永航對政商關係有什麼要求?). nil when
    /// it asks who holds the post, or claims something, or names no topic: a thing of the graph's
    /// that is no speaker, place or group, outside the post's words.
    private func questionOfHolder(_ a: QuestionAnalysis, role: Entity, name: String) -> (question: String, topic: Entity)? {
        guard !a.cueSets.contains("who"), !a.cueSets.contains("name_asked"), !a.cueSets.contains("yesno"),
            !a.cueSets.contains("answer_person"),
            let post = a.mentions.first(where: { $0.fromQuestion && $0.entity.id == role.id }),
            let topic = a.mentions.first(where: { m in
                m.fromQuestion && m.start >= post.end && !Self.speakingTypes.contains(m.entity.type) && !Self.placeTypes.contains(m.entity.type)
                    && m.entity.id != knowledge.scope && m.entity.type != "group"
            })?.entity,
            post.end > post.start, post.end - 1 < a.normalized.origins.count
        else { return nil }
        let original = Array(a.original)
        let start = a.normalized.origins[post.start]
        let end = a.normalized.origins[post.end - 1] + 1
        guard start < end, end <= original.count else { return nil }
        return (String(original[..<start]) + name + String(original[end...]), topic)
    }

    private func roleHolder(_ a: inout QuestionAnalysis) -> Outcome? {
        let named = a.mentions.filter({ $0.entity.type == "role" }).max(by: { $0.end - $0.start < $1.end - $1.start })?.entity
        // 那越秀呢? after a question about a role: the same role, of the new place.
        let carried = a.cueSets.contains("ellipsis") ? a.context.role.flatMap { knowledge.entitiesByID[$0] } : nil
        guard var role = named ?? carried else { return nil }
        if named == nil { a.contextUsed.append("the role \(role.name) from the previous turn") }
        // (A post written as the title of the person the question names, asked of something else
        // it names, 海珠區委書記蔡澍對中大紡織商圈有什麼規劃?: the holder is given; the rules after
        // this answer what is asked.)
        // (Not who it is asked, 海竹區的書記叫啥…姓蔡的那個管城中村改造的; nor a post not theirs.)
        if let person = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "person" })?.entity, !a.cueSets.contains("yesno"),
            !a.cueSets.contains("who"), !a.cueSets.contains("name_asked"), titledByOwnPost(person, a),
            a.mentions.contains(where: { m in
                m.fromQuestion && !Self.speakingTypes.contains(m.entity.type) && m.entity.id != knowledge.scope && m.entity.type != "group"
            })
        {
            return nil
        }
        let scope = scope(a)
        // The head of something no post is of (誰是港科大的負責人?): the article names none.
        // (The event the document reports is where its people spoke, not a body: 這次大會上市長是誰?)
        // (Only a thing written as the role's owner, X的負責人; 構建親清政商關系,市長要求… names a topic.)
        if scope == nil, let other = ownerWithoutPosts(of: role, a) {
            return Outcome(
                status: .noAnswer, answer: render("role_unknown", ["org": other.name, "role": role.name]),
                suggestions: suggestions(for: other), confidence: 0.8, about: [other.id])
        }
        var matches = postsMatching(role: role.id, scope: scope)
        // Two posts named (市府副秘書長兼工信局長誰?): the one of the body named.
        if matches.isEmpty, scope != nil {
            for other in a.mentions where other.fromQuestion && other.entity.type == "role" && other.entity.id != role.id {
                let held = postsMatching(role: other.entity.id, scope: scope)
                if !held.isEmpty {
                    role = other.entity
                    matches = held
                    break
                }
            }
        }
        var confidence: Float = 0.95
        if scope == nil, matches.count > 1, let placeID = a.context.place ?? a.context.focus {
            var narrowed = matches.filter { $0.org == placeID }
            // (Or of the district a place of the last turn is in, 南沙科學城 → 南沙.)
            if narrowed.isEmpty, let district = district(of: placeID) { narrowed = matches.filter { $0.org == district.id } }
            if !narrowed.isEmpty {
                matches = narrowed
                confidence = 0.85
                a.contextUsed.append("\(role.name) of \(name(placeID)) (from the previous turn)")
            }
        }
        // 他們之中誰是市委常委? after an answer that named several: the holders among them.
        if a.cueSets.contains("pronoun_group"), a.context.group.count >= 2, case let among = matches.filter({ a.context.group.contains($0.subject) }), !among.isEmpty {
            matches = among
            a.contextUsed.append("\(role.name) among \(a.context.group.map(name).joined(separator: "、")) (from the previous turn)")
        }
        // (招商引資歸哪個部門管?局長是誰?: the 局長 the last answer was about.)
        if scope == nil, matches.count > 1, let personID = a.context.person, matches.contains(where: { $0.subject == personID }) {
            matches = matches.filter { $0.subject == personID }
            confidence = 0.8
            a.contextUsed.append("\(role.name): \(name(personID)) (from the previous turn)")
        }
        // 這個局長 after a turn about what one of them spoke of (工信局那個四化平臺…? — 這個局長叫
        // 什麼?): the one who spoke of the last turn's subject.
        if scope == nil, matches.count > 1, let focus = a.context.focus, Self.pointsBack(a) {
            let speakers = Set(relationFacts.filter { $0.subject == focus || $0.about.contains(focus) }.compactMap(\.speaker))
                .union(statements.filter { $0.about.contains(focus) }.map(\.subject))
            let narrowed = matches.filter { speakers.contains($0.subject) }
            if Set(narrowed.map(\.subject)).count == 1 {
                matches = narrowed
                confidence = 0.8
                a.contextUsed.append("\(role.name): the one who spoke of \(name(focus)) (from the previous turn)")
            }
        }
        // A word of one holder's post in the question (管工業的那個局長: 工業和信息化局局長): that one.
        if scope == nil, Set(matches.map(\.subject)).count > 1 {
            let words = Self.bigrams(a.contentOutsideEntities)
            let narrowed = matches.filter { post in
                post.value.flatMap { postTitleBigrams[$0] }.map { Self.shared(words, $0) > 0 } ?? false
            }
            if Set(narrowed.map(\.subject)).count == 1 {
                matches = narrowed
                confidence = 0.8
                a.contextUsed.append("\(role.name): the one whose post holds the question's words")
            }
        }
        if matches.isEmpty {
            let org = scope?.name ?? knowledge.scope.map(name) ?? ""
            var outcome = Outcome(
                status: .noAnswer, answer: render("role_unknown", ["org": org, "role": role.name]),
                suggestions: roleSuggestions(role),
                confidence: 0.8, about: scope.map { [$0.id] } ?? [])
            outcome.role = role.id
            return outcome
        }
        let holders = Array(Set(matches.map(\.subject))).sorted { a, b in
            matches.firstIndex { $0.subject == a }! < matches.firstIndex { $0.subject == b }!
        }
        if holders.count > 1 {
            let candidates = holders.map { id in "\(name(id))(\(list(matches.filter { $0.subject == id }.compactMap(\.value))))" }
            // Asked of each of them (三位局長分別是誰?): all of them, each with the post.
            if asksOfEach(a.original) {
                return Outcome(
                    status: .answered,
                    answer: render("aggregate_people", ["label": role.name, "count": String(holders.count), "names": list(candidates)]),
                    quotes: matches.map(\.quote), confidence: 0.85, about: holders, role: role.id, group: holders)
            }
            // One of them by their place (第一個被報道的區委書記是哪個區的?): that one, in the order
            // the article quotes them (else as the graph lists their posts); all of them stay the
            // thread (第二個呢? next).
            if let ordinal = a.ordinal, ordinal == -1 || ordinal <= holders.count, !asksOfEach(a.original), placeWordBefore(role, a) {
                let quoted = speakersInOrder
                let ordered = holders.indices.sorted { i, j in
                    (quoted.firstIndex(of: holders[i]) ?? quoted.count, i) < (quoted.firstIndex(of: holders[j]) ?? quoted.count, j)
                }
                let place = ordinal == -1 ? ordered.count : ordinal
                let picked = ordered[place - 1]
                // (Something else asked of that one, 第三個局長的目標是什麼?: the question asked of
                // them by name.)
                // (An answer from the article, cited: not a reply of conversation to words that ask nothing.)
                if a.specificRelations.contains(where: { $0 != "holds_post" }), let asked = askedOfHolder(a, role: role, name: name(holders[picked])),
                    let reply = try? answer(asked), reply.status == .answered, !reply.citations.isEmpty
                {
                    var outcome = Outcome(
                        status: .answered, answer: reply.answer, citations: reply.citations, confidence: min(reply.confidence, 0.75),
                        about: [holders[picked]], role: role.id, group: ordered.map { holders[$0] })
                    outcome.pickedPlace = place
                    return outcome
                }
                var outcome = Outcome(
                    status: .answered,
                    answer: ordinal == -1
                        ? render("ordinal_last", ["item": candidates[picked]])
                        : render("ordinal_item", ["n": String(place), "item": candidates[picked]]),
                    quotes: matches.filter { $0.subject == holders[picked] }.map(\.quote), confidence: 0.75,
                    about: [holders[picked]], role: role.id, group: ordered.map { holders[$0] })
                outcome.pickedPlace = place
                return outcome
            }
            return Outcome(
                status: .clarify, answer: render("role_clarify", ["role": role.name, "candidates": list(candidates)]),
                quotes: matches.map(\.quote), suggestions: holders.map(name), confidence: 0.5, candidates: holders)
        }
        // The one holder asked of a topic the question names (市長對政商關係有什麼要求?): the
        // question asked of them by name, when the article answers it (cited).
        // (Only their words on it: an answer that names them and nobody else, whose quote names the
        // topic; not what someone else said of it, nor their plan that never mentions it.)
        if let (asked, topic) = questionOfHolder(a, role: role, name: name(holders[0])),
            let reply = try? answer(asked), reply.status == .answered, !reply.citations.isEmpty,
            // (Named: their place or body named, 海珠的城中村更新改造, may be the article's own words.)
            reply.answer.containsText(name(holders[0])),
            !speakersInOrder.contains(where: { $0 != holders[0] && reply.answer.containsText(name($0)) }),
            reply.citations.contains(where: { cited in ([topic.name] + topic.aliases).contains { cited.quote.containsText($0) } })
        {
            a.contextUsed.append("asked of \(name(holders[0])), the \(role.name)")
            return Outcome(
                status: .answered, answer: reply.answer, citations: reply.citations, confidence: min(reply.confidence, 0.75),
                about: [holders[0]], role: role.id)
        }
        let titles = matches.compactMap(\.value)
        // (With their other posts, the title as the article writes it whole: 盧一先(廣州市委常委、南沙區委書記).)
        let allTitles = postsOf(holders[0]).compactMap(\.value)
        let holder = allTitles.count > titles.count ? "\(name(holders[0]))(\(list(allTitles)))" : name(holders[0])
        return Outcome(
            status: .answered, answer: render("role_holder_any", ["role": list(titles), "names": holder]),
            quotes: matches.map(\.quote), confidence: named == nil ? min(confidence, 0.8) : confidence,
            about: [holders[0]] + matches.compactMap(\.org), role: role.id)
    }

    private func postCheck(_ a: QuestionAnalysis) -> Outcome? {
        guard let person = a.mentions.first(where: { $0.entity.type == "person" })?.entity else { return nil }
        // (A person called by their own post and asked of something else the question names, 海珠
        // 區委書記蔡澍對中大紡織商圈有什麼規劃?: no post is checked; the rules after this answer.
        // A post not theirs, 蔡澍作為南沙區委書記…, is corrected.)
        if !a.cueSets.contains("yesno"), !a.cueSets.contains("which_district"), !a.cueSets.contains("which"), titledByOwnPost(person, a),
            a.mentions.contains(where: { m in
            m.fromQuestion && !Self.speakingTypes.contains(m.entity.type) && m.entity.id != knowledge.scope && m.entity.type != "group"
        }) {
            return nil
        }
        // (The district or body written right before a post is its scope, over another named
        // before: 關於海珠區,蔡澍是南沙區委書記 claims 南沙's.)
        let roleStarts = a.mentions.filter { $0.fromQuestion && $0.entity.type == "role" }.map(\.start)
        let scope = a.mentions.last(where: { m in
            m.fromQuestion && (m.entity.type == "district" || m.entity.type == "organization") && roleStarts.contains { $0 == m.end || $0 == m.end - 1 }
        })?.entity ?? scope(a)
        let own = postsOf(person.id)
        let ownTitles = list(own.compactMap(\.value))
        let roles = a.mentions.filter { $0.entity.type == "role" }.map(\.entity)
        // A place the article does not speak of (盧一先是番禺區委書記?) is the scope asked: none
        // of the person's posts is of it.
        let outsidePlace = scope == nil ? a.outsideNames.first : nil
        // Several roles named (南沙區委書記盧一先是否同時擔任市委常委?): all held, yes, with each;
        // else the first the person does not hold is the one checked.
        let held = roles.compactMap { role in own.first { roleMatches($0.role, role.id) } }
        if roles.count > 1, outsidePlace == nil, held.count == roles.count, scope == nil || held.contains(where: { inScope($0.org, scope!) }) {
            let posts = held.compactMap(\.value).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let answer = a.cueSets.contains("yesno")
                ? render("post_yes", ["person": person.name, "post": list(posts)])
                : render("describe_person", ["name": person.name, "posts": ownTitles])
            return Outcome(status: .answered, answer: answer, quotes: [held[0].quote], about: [person.id] + held.compactMap(\.org))
        }
        // A post the article names nobody to, checked of a person (郭昊羽是區長嗎?): not theirs.
        // (Beside posts they do hold, 廣州市副市長、南沙區委書記: the one they do not is checked.)
        if roles.allSatisfy({ role in own.contains { roleMatches($0.role, role.id) } }),
            scope == nil || scope!.id == knowledge.scope || knowledge.scopeBodies.contains(scope!.id) || own.contains(where: { $0.org == scope!.id }),
            let post = a.outsideNames.first(where: outsidePosts.contains), !own.isEmpty
        {
            let answer = render(a.cueSets.contains("yesno") ? "post_no" : "post_correction", ["person": person.name, "asked": post, "posts": ownTitles])
            return Outcome(status: .answered, answer: answer, quotes: own.map(\.quote), confidence: 0.9, about: [person.id])
        }
        guard let role = roles.first(where: { role in !own.contains { roleMatches($0.role, role.id) } }) ?? roles.last
        else { return nil }
        if outsidePlace == nil,
            let match = own.first(where: { roleMatches($0.role, role.id) && (scope == nil || inScope($0.org, scope!)) })
        {
            let others = own.compactMap(\.value).filter { $0 != match.value }
            // (Claimed to be their only post, 是否僅為南沙區委書記一職?, when they hold others: not only.)
            let onlyClaimed = a.cueSets.contains("only_post") && Set(own.compactMap(\.value)).count > 1
            let answer = onlyClaimed
                ? render("post_not_only", ["person": person.name, "posts": ownTitles])
                : a.cueSets.contains("yesno")
                // (With their other posts: 盧一先是市委常委嗎? — and 南沙區委書記.)
                ? (others.isEmpty
                    ? render("post_yes", ["person": person.name, "post": match.value ?? role.name])
                    : render("post_yes_also", ["person": person.name, "post": match.value ?? role.name, "others": list(others)]))
                : render("describe_person", ["name": person.name, "posts": ownTitles])
            return Outcome(status: .answered, answer: answer, quotes: onlyClaimed ? own.map(\.quote) : [match.quote],
                           about: [person.id] + [match.org].compactMap { $0 }, role: role.id)
        }
        // (A post the article names nobody to that holds the role's name, 副市長: that post.)
        let asked = outsidePlace.map { $0.hasSuffix(role.name) } == true && scope == nil
            ? outsidePlace! : Self.joined(scope.map(\.name) ?? outsidePlace ?? "", role.name)
        var answer = render(a.cueSets.contains("yesno") ? "post_no" : "post_correction", ["person": person.name, "asked": asked, "posts": ownTitles])
        var quotes = own.map(\.quote)
        let about = [person.id]
        // (Of no body or place named, the post's one holder, when it has one: 市長係咪叫郭昊羽㗎? —
        // and the mayor is 郭永航.)
        let holders = postsMatching(role: role.id, scope: scope)
        if scope != nil || Set(holders.map(\.subject)).count == 1, holders.first?.subject != person.id {
            if let holder = holders.first {
                answer += render("post_holder", ["asked": asked, "holder": name(holder.subject)])
                quotes.append(holder.quote)
                // (The person claimed stays who 他 is next: 海珠區委書記是盧一先嗎?…他是哪個區的?)
            }
        }
        return Outcome(status: .answered, answer: answer, quotes: quotes, confidence: 0.9, about: about, role: role.id)
    }

    /// Kinds of thing that are done (a program, a platform being built): how they are done is
    /// what the article says of them.
    static let measureTypes: Set<String> = ["program", "platform"]

    /// A short question that starts with a surname of the article's people (郭是誰?).
    func startsWithSurname(_ a: QuestionAnalysis) -> Bool {
        guard let first = a.normalized.characters.first, a.normalized.characters.count <= 4 else { return false }
        return surnames[first] != nil || surnames.keys.contains { normalizer.foldScript(String($0)).first == first }
    }

    /// What a fact lists: its values, else the names of its objects as its quote writes them,
    /// and its value.
    func items(of fact: Fact) -> [String] {
        guard fact.values.isEmpty else { return fact.values }
        // (Named when the knowledge base was built; a fact changed since is named now.)
        let names = fact.objectNames.count == fact.objects.count
            ? fact.objectNames : fact.objects.map { KnowledgeBase.name(of: $0, asWrittenIn: fact.quote, knowledge.entitiesByID) }
        return names + [fact.value].compactMap { $0 }
    }

    /// One fact as the sentence its relation's template makes of it.
    func relationSentence(_ fact: Fact) -> String? {
        guard let relation = knowledge.relationTypes[fact.relation] else { return nil }
        // (What someone said is the statement's words, not a list: it has no values to list.)
        if fact.relation == "said" {
            return render("relation:said", subjectValues("relation:said", fact.subject).merging(["items": fact.text ?? fact.quote, "including": ""]) { $1 })
        }
        return render("relation:" + relation.id, subjectValues("relation:" + relation.id, fact.subject).merging([
            "items": list(items(of: fact)) + (fact.complete ? "" : openListEnd(of: fact.subject, listing: items(of: fact).count).end),
            "including": fact.complete ? "" : render("including", [:]),
        ]) { $1 })
    }

    /// The end of a list the article leaves open (等), with how many there are where the graph
    /// counts the thing itself (…文化創意等8個, as the article writes it), and that count's quote.
    func openListEnd(of subject: String, listing count: Int) -> (end: String, quote: String?) {
        guard let total = listTotal(of: subject), let value = total.value, Int(value) ?? 0 > count else { return (render("etc", [:]), nil) }
        return (render("etc", [:]) + value + (total.unit ?? ""), total.quote)
    }

    /// The one figure that counts a thing itself (8個 of 萬億級產業鏈群: its measure ends with
    /// the thing's name, its value a whole number), if the graph has it.
    func listTotal(of subject: String) -> Fact? {
        guard let entity = knowledge.entitiesByID[subject] else { return nil }
        let totals = (knowledge.factsBySubject[subject] ?? []).filter { fact in
            guard fact.relation == "figure", let value = fact.value, !value.isEmpty, value.allSatisfy(\.isASCIIDigit),
                let unit = fact.unit, unit.count == 1, let measure = fact.measure
            else { return false }
            return measure.hasSuffix(entity.name)
        }
        return totals.count == 1 ? totals[0] : nil
    }

    /// `facts` (one relation's, of `subject`) counted, where the question asks how many of them
    /// (幾個, 一共; not 初幾) and not which, the list is whole (no 等) and holds two or more:
    /// 中大紡織商圈要打造成幾個基地?
    /// How many a thing named is made of (五極有幾個?, 南沙重點產業一共列了幾個?): its one list of
    /// parts or members, or of the relation the question names; the items counted. Of a list the
    /// article leaves open (…創新金融等), the items it names, said to be those it lists.
    func countParts(_ a: QuestionAnalysis) -> Outcome? {
        guard a.cueSets.contains("howmany"), a.cueSets.contains("aggregate"), a.figureValues.isEmpty,
            !["which", "ordinal", "answer_money", "answer_date", "duration_asked", "rank_asked", "why_asked", "who"].contains(where: a.cueSets.contains),
            case let named = a.mentions.filter(\.fromQuestion), named.count == 1,
            // (Not things of a kind counted, 幾個基地: the rules that read the kind answer. The count
            // word last, with a measure word and particles after it at most.)
            case let keys = a.normalized.keys, let last = keys.lastIndex(where: { $0 == 0x51E0 || $0 == 0x5C11 })
        else { return nil }
        var after = last + 1
        if after < keys.count, Self.countMeasureKeys.contains(keys[after]) { after += 1 }
        while after < keys.count, Self.trailingParticles.contains(keys[after]) || keys[after] == Self.neKey { after += 1 }
        guard after == keys.count else { return nil }
        let subject = named[0].entity.id
        let lists = (knowledge.factsBySubject[subject] ?? []).filter { fact in
            a.specificRelations.isEmpty ? Self.listRelations.contains(fact.relation) : a.specificRelations.contains(fact.relation) && fact.objects.count + fact.values.count >= 2
        }
        guard lists.count == 1, let relation = knowledge.relationTypes[lists[0].relation] else { return nil }
        let listed = items(of: lists[0])
        guard listed.count >= 2 else { return nil }
        if lists[0].complete { return countedList(of: subject, lists, a) }
        return Outcome(
            status: .answered,
            answer: render("list_count_open", ["subject": name(subject), "label": relation.label, "count": String(listed.count), "items": list(listed)]),
            quotes: [lists[0].quote], confidence: 0.75, about: [subject], relation: lists[0].relation)
    }

    func countedList(of subject: String, _ facts: [Fact], _ a: QuestionAnalysis) -> Outcome? {
        guard let relationID = facts.first?.relation, relationID != "said", relationID != "figure",
            let relation = knowledge.relationTypes[relationID],
            a.cueSets.contains("howmany"), a.cueSets.contains("aggregate"),
            !["which", "ordinal", "answer_money", "answer_date", "duration_asked", "rank_asked", "why_asked"].contains(where: a.cueSets.contains),
            a.figureValues.isEmpty, facts.allSatisfy(\.complete)
        else { return nil }
        // (Things of one kind only: 城中村更新改造、康鷺片區、瀝滘村… are an action, areas and
        // villages, and a count of them answers no 多少個項目.)
        // (Places of any kind count together: 五極 lists platforms and an area.)
        guard Set(facts.flatMap(\.objects).compactMap { id in knowledge.entitiesByID[id].map { Self.placeTypes.contains($0.type) ? "place" : $0.type } }).count <= 1
        else { return nil }
        var items: [String] = []
        for item in facts.flatMap(items(of:)) where !items.contains(item) { items.append(item) }
        // (Not when the question names one of them: 南沙要新簽約幾個百億級項目? asks of 百億級.)
        let asked = a.normalized.string
        guard items.count >= 2, !items.contains(where: { asked.contains(normalizer.normalize($0).string) }) else { return nil }
        return Outcome(
            status: .answered,
            answer: render("list_count", ["subject": name(subject), "label": relation.label, "count": String(items.count), "items": list(items)]),
            quotes: facts.map(\.quote), confidence: 0.85, about: [subject], relation: relationID)
    }

    /// Whether a post of `org` is of `scope`: the body itself, or one of the document's own
    /// place's bodies when the place is named (廣州市委常委: 廣州 + the city's party committee).
    func inScope(_ org: String?, _ scope: Entity) -> Bool {
        org == scope.id || (scope.id == knowledge.scope && org.map(knowledge.scopeBodies.contains) == true)
    }

    /// A place and a role as one title, the character they share written once (番禺區 + 區委書記).
    static func joined(_ place: String, _ role: String) -> String {
        place.last != nil && place.last == role.first ? place + role.dropFirst() : place + role
    }

    /// Those of `speakers` (ids, in the document's order) who hold `role` in the body or place
    /// the question names, and that place. (The document's own city, 廣州哪個局長…?, holds every
    /// body: it narrows nothing, unless it holds the post itself, 廣州市長.)
    func speakingHolders(of role: Entity, _ a: QuestionAnalysis, among speakers: [String], place given: Entity? = nil) -> (place: Entity?, holders: [String]) {
        let place = (given ?? scope(a)).flatMap { place in
            place.id == knowledge.scope && !speakers.contains(where: { id in postsOf(id).contains { roleMatches($0.role, role.id) && $0.org == place.id } }) ? nil : place
        }
        let holders = speakers.filter { id in
            postsOf(id).contains { roleMatches($0.role, role.id) && (place == nil || $0.org == place!.id) }
        }
        return (place, holders)
    }

    private func speakers(_ a: QuestionAnalysis) -> Outcome? {
        // 發言的市有關部門有哪些?: a relation of its own (the departments), not the speakers.
        if a.mentions.contains(where: { m in
            relationFacts(for: m.entity, in: a).contains { $0.fact.relation != "speakers" && a.specificRelations.contains($0.fact.relation) }
        }) {
            return nil
        }
        // Another event than the one the document reports (超高清大會上都有誰?): not its speakers.
        if a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "event" && $0.entity.id != knowledge.subject }) { return nil }
        // Asked who of a group the article leaves unnamed (發言的優秀企業家叫什麼?): it does not say.
        if let group = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "group" })?.entity {
            // (Whether they spoke, 有企業家發言嗎?: yes, though the article names none of them.)
            // (Only whether they spoke, nothing said of what: 有企業家發言時提到融資難嗎? is not said.)
            if a.cueSets.contains("yesno"), !a.cueSets.contains("who"), !a.cueSets.contains("name_asked"), let summary = group.summary,
                (a.evidenceQuery ?? makeEvidenceQuery(a)).focus.isEmpty
            {
                return Outcome(
                    status: .answered, answer: render("evidence_yes", [:]) + summary, quotes: [group.quote], confidence: 0.8, about: [group.id])
            }
            return Outcome(
                status: .noAnswer, answer: group.summary ?? render("no_answer_known", ["name": group.name]),
                quotes: [group.quote], confidence: 0.8, about: [group.id])
        }
        var ids: [String] = []
        for statement in statements where !ids.contains(statement.subject) { ids.append(statement.subject) }
        // Whether a body spoke whose speaker the article does not name (發展改革委在會上有人發言嗎?):
        // so, by what the article says of the event that names it.
        // (Not who it was, 發改委主要負責人姓甚名誰,文中有沒有寫明?: that is not written.)
        if let unreported = unreportedSpeechClaim(a) { return unreported }
        if a.cueSets.contains("yesno"), !a.cueSets.contains("who"), let subject = knowledge.subject,
            let body = a.mentions.first(where: { $0.fromQuestion && ["organization", "district"].contains($0.entity.type) })?.entity,
            !ids.contains(where: { id in postsOf(id).contains { $0.org == body.id } }),
            let fact = (knowledge.factsBySubject[subject] ?? []).first(where: { $0.relation != "said" && $0.objects.contains(body.id) }),
            let sentence = relationSentence(fact)
        {
            return Outcome(status: .answered, answer: render("evidence_yes", [:]) + sentence, quotes: [fact.quote], confidence: 0.85, about: [body.id], relation: fact.relation)
        }
        // (Asked again of one of them, 商務局的那個, the role is the last turn's.)
        let asked = a.mentions.first(where: { $0.entity.type == "role" })?.entity
            ?? (a.cueSets.contains("ellipsis") ? a.context.role.flatMap { knowledge.entitiesByID[$0] } : nil)
        // Another district or body, after what someone of one said (那越秀呢?, 不對,我是說番禺): what its
        // one speaker said; none of its people spoke, the article does not say.
        if asked == nil, a.cueSets.contains("ellipsis"), a.context.relation == "said", let body = namedBody(a) {
            let spoke = ids.filter { id in postsOf(id).contains { $0.org == body.id } }
            if spoke.count == 1, let person = knowledge.entitiesByID[spoke[0]] {
                var own = a
                own.mentions.append(.init(entity: person, start: -1, end: -1, source: .pronoun))
                if let said = speakerSummary(own) { return said }
            } else if spoke.isEmpty {
                return Outcome(
                    status: .noAnswer, answer: render("no_answer_known", ["name": body.name]), suggestions: suggestions(for: body),
                    confidence: 0.6, about: [body.id])
            }
        }
        // Who spoke for a district or body (會上邊個代表越秀區發言?): those of its people who spoke,
        // not everyone. (None of them: the list of all, as before.)
        // (Not a place spoken of, 會上誰發言講到了海珠?, nor others than one named, 除了郭昊羽….)
        if asked == nil, a.cueSets.contains("who") || a.cueSets.contains("which"), !a.cueSets.contains("said"),
            !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" }), let body = namedBody(a)
        {
            let spoke = ids.filter { id in postsOf(id).contains { $0.org == body.id } }
            if !spoke.isEmpty {
                let names = spoke.map { id in "\(name(id))(\(list(postsOf(id).compactMap(\.value))))" }
                return Outcome(
                    status: .answered, answer: render("speakers_of", ["body": body.name, "names": list(names)]),
                    quotes: spoke.compactMap { statementsOf($0).first?.quote }, confidence: 0.9, about: spoke, group: spoke.count > 1 ? spoke : [])
            }
        }
        if let role = asked {
            // 商務局的局長講了什麼?: one holder, scoped by the body or place named: their words.
            let (place, speaking) = speakingHolders(of: role, a, among: ids)
            // (Of a thing no post is of, 從化的書記講了什麼?: the article names no such holder.)
            // (A place only: a topic before the post, 城市更新局長說了什麼?, is what they spoke of.)
            if place == nil, let other = ownerWithoutPosts(of: role, a), Self.placeTypes.contains(other.type) {
                return Outcome(
                    status: .noAnswer, answer: render("role_unknown", ["org": other.name, "role": role.name]),
                    suggestions: suggestions(for: other), confidence: 0.8, about: [other.id])
            }
            var holders = speaking
            // One of them named (盧一先, after 書記說了什麼? asked back which): that one.
            let named = holders.filter { id in a.mentions.contains { $0.fromQuestion && $0.entity.id == id } }
            if !named.isEmpty { holders = named }
            // (The district the conversation is about, 區委書記是怎麼說的? after 海珠: its holder, when
            // the question names no place of its own.)
            // (Not one asked of them all or of the others, 區委書記們, 另外兩個區委書記, 哪些區委書記.)
            if holders.count > 1, place == nil, !a.mentions.contains(where: { $0.fromQuestion && Self.placeTypes.contains($0.entity.type) }),
                !pluralMarkerKeys.contains(where: { Self.holdsRun(a.normalized.keys, $0) }), !a.normalized.keys.contains(where: Self.isDigitKey),
                let here = a.context.place, knowledge.entitiesByID[here]?.type == "district",
                case let local = holders.filter({ id in postsOf(id).contains { $0.org == here } }), local.count == 1
            {
                holders = local
            }
            // A list asked by the thing it is of, beside the one holder who spoke of it (市長講的8個
            // 萬億級產業鏈群都有哪些?): that thing's list, not the gist of their words.
            if holders.count == 1, a.cueSets.contains("aggregate_which"),
                let thing = a.mentions.first(where: { m in
                    m.fromQuestion && !Self.speakingTypes.contains(m.entity.type)
                        && (knowledge.factsBySubject[m.entity.id] ?? []).contains { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 }
                })?.entity,
                let list = (knowledge.factsBySubject[thing.id] ?? []).first(where: { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 })
            {
                var listed = a
                listed.mentions = [.init(entity: thing, start: -1, end: -1, source: .pronoun)]
                if var outcome = self.relation(listed, forced: list.relation), outcome.status == .answered {
                    // (Their list, 住建局局長點名要連片改造的片區: said as theirs.)
                    if list.speaker == holders[0], !outcome.answer.containsText(name(holders[0])) {
                        let text = String(outcome.answer.reversed().drop { "。!?!?".contains($0) }.reversed())
                        outcome.answer = render("evidence_speaker", ["speaker": name(holders[0]), "text": text])
                        outcome.about.append(holders[0])
                    }
                    return outcome
                }
            }
            // 哪個局長說要當企業的娘家人?: the holder whose words those are (or, when the role
            // is loosely put, 提出…的是哪一位負責人?, whoever's words those are).
            let asksWhichHolder = a.cueSets.contains("said")
                && (a.cueSets.contains("which") || a.cueSets.contains("which_district") || Self.answerTypes(from: a.cueSets).contains(.person))
            if asksWhichHolder, let said = whoSaid(a), let speaker = said.about.first, holders.isEmpty || holders.contains(speaker) {
                return said
            }
            // Nothing asked of but who said the last answer (這是哪個局的局長介紹的?): its speaker,
            // when they hold the post.
            if asksWhichHolder, let index = a.context.clause, evidence.clauses.indices.contains(index),
                let speaker = evidence.clauses[index].speaker, holders.contains(speaker),
                (a.evidenceQuery ?? makeEvidenceQuery(a)).focus.isEmpty
            {
                let sentence = evidence.sentences[evidence.clauses[index].sentence]
                return Outcome(
                    status: .answered, answer: render("followup_speaker", ["speaker": name(speaker), "posts": list(postsOf(speaker).compactMap(\.value))]),
                    citations: [Reply.Citation(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
                    confidence: 0.85, about: [speaker], clause: index)
            }
            // (Words a statement's gist leaves out, 建設廣州科技創新走廊南部極點是哪個書記說的?: the
            // holder whose clause holds them.)
            if asksWhichHolder, holders.count > 1, let found = retrieve(a),
                case let speakers = holders.filter(found.outcome.about.contains), speakers.count == 1
            {
                return found.outcome
            }
            // No holder of it spoke (發改委的負責人說了什麼?, 市委書記講了什麼?): the article
            // does not say.
            guard !holders.isEmpty else {
                let asked = place ?? role
                return Outcome(
                    status: .noAnswer, answer: render("no_answer_known", ["name": asked.name]), suggestions: suggestions(for: asked),
                    confidence: 0.6, about: [asked.id])
            }
            // (Words only one of them said, 書記說要強化數字賦能還有啥?: that one's clause, not which
            // of them.)
            // (A passage of one holder's: three pairs of characters or more shared, the things the
            // question names counted, and three times as many as any other holder's — not 重點
            // alone, nor 平臺建設 two of them spoke of.)
            if holders.count > 1, a.cueSets.contains("said"),
                case let things = a.mentions.filter({ $0.fromQuestion && !["person", "role", "city", "organization", "district", "event"].contains($0.entity.type) }),
                !things.isEmpty || !(a.evidenceQuery ?? makeEvidenceQuery(a)).focus.isEmpty
            {
                let words = things.reduce(Self.bigrams(a.contentOutsideEntities)) { $0.union(Self.bigrams(normalizer.normalize($1.entity.name).characters)) }
                let scores = holders.map { bestOwnSentence(of: $0, holding: words)?.score ?? 0 }
                if let top = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[top] >= 3,
                    scores.indices.allSatisfy({ $0 == top || scores[$0] * 3 <= scores[top] }),
                    let person = knowledge.entitiesByID[holders[top]]
                {
                    var own = a
                    own.mentions.append(.init(entity: person, start: -1, end: -1, source: .pronoun))
                    own.evidenceQuery = makeEvidenceQuery(own)
                    if let found = retrieve(own), found.outcome.about.contains(person.id) { return found.outcome }
                    if let said = speakerSummary(own) { return said }
                }
            }
            // One of them by their place in the article (最後一位局長說了什麼?, 第二個局長講了什麼?):
            // that one's words.
            if holders.count > 1, let ordinal = a.ordinal, ordinal == -1 || ordinal <= holders.count, !asksOfEach(a.original),
                a.cueSets.contains("summary") || a.cueSets.contains("said"), placeWordBefore(role, a),
                let person = knowledge.entitiesByID[holders[ordinal == -1 ? holders.count - 1 : ordinal - 1]]
            {
                var own = a
                own.mentions.append(.init(entity: person, start: -1, end: -1, source: .pronoun))
                own.evidenceQuery = makeEvidenceQuery(own)
                if !own.evidenceQuery!.focus.isEmpty, let found = retrieve(own), found.outcome.about.contains(person.id) { return found.outcome }
                if let said = speakerSummary(own) { return said }
            }
            // 那個局長說了什麼?, 書記說了什麼? with three who spoke: which of them (哪些書記發言了?
            // lists them).
            // (Or their words asked as written, 局長表態的原話是什麼?: whose.)
            // (哪些 of what they said, 局長講了哪些內容?, asks no list of them.)
            if holders.count > 1, a.cueSets.contains("summary") || a.cueSets.contains("said") || a.cueSets.contains("verbatim"),
                !a.cueSets.contains("aggregate_which") || a.cueSets.contains("which_of_their_doings")
                    || a.cueSets.contains("which_said_things"),
                !a.cueSets.contains("who")
            {
                let people = holders.compactMap { knowledge.entitiesByID[$0] }
                return Outcome(
                    status: .clarify, answer: render("clarify_entities", ["candidates": list(people.map(\.name))]),
                    suggestions: people.map(\.name), confidence: 0.5, role: role.id, candidates: people.map(\.id))
            }
            // Who one of them is, pointed at as one (發言那個局長叫啥名字?) with several who spoke
            // and none the last turn's: which of them, each with their posts.
            if holders.count > 1, !a.cueSets.contains("aggregate_which"),
                a.cueSets.contains("who") || a.cueSets.contains("name_asked"),
                !holders.contains(where: { $0 == a.context.person }), pointsAtOne(role, a)
            {
                let candidates = holders.map { id in "\(name(id))(\(list(postsOf(id).filter { roleMatches($0.role, role.id) }.compactMap(\.value))))" }
                return Outcome(
                    status: .clarify, answer: render("role_clarify", ["role": role.name, "candidates": list(candidates)]),
                    suggestions: holders.map(name), confidence: 0.5, role: role.id, candidates: holders)
            }
            // One holder (商務局的局長, 市長): their words. (So too the speech of the one holder
            // in a place or body, 海珠區委書記的發言重點, not whether they spoke.)
            let speechOfOne = place != nil
                && !["yesno", "who", "which", "aggregate_which", "howmany", "unknown_attribute", "answer_number", "answer_date"].contains(where: a.cueSets.contains)
            if holders.count == 1, a.cueSets.contains("said") || a.cueSets.contains("summary") || speechOfOne, let person = knowledge.entitiesByID[holders[0]] {
                var own = a
                own.mentions.append(.init(entity: person, start: -1, end: -1, source: .pronoun))
                own.evidenceQuery = makeEvidenceQuery(own)
                // Asked about something in them (市長提出要打通什麼良性循環?): the clause of theirs
                // that holds it; else all they said, briefly.
                // (Their clause: another speaker's words on it are no answer of theirs.)
                if !own.evidenceQuery!.focus.isEmpty, let found = retrieve(own), found.outcome.about.contains(person.id) { return found.outcome }
                // (Or a relation of what they said that the question's words name, 審批這塊: that.)
                let cued = (factsBySpeaker[person.id] ?? []).filter { a.specificRelations.contains($0.relation) && $0.relation != "plan" }
                // (Said as theirs, 郭永航表示:廣州要…, when the sentence does not name them.)
                if cued.count == 1, let sentence = relationSentence(cued[0]) {
                    let answer = sentence.containsText(person.name) ? sentence
                        : render("evidence_speaker", ["speaker": name(person.id), "text": String(sentence.reversed().drop { "。!?!?".contains($0) }.reversed())])
                    return Outcome(status: .answered, answer: answer, quotes: [cued[0].quote], confidence: 0.8, about: [person.id, cued[0].subject], relation: cued[0].relation)
                }
                return speakerSummary(own)
            }
            let quotes = holders.compactMap { id in statementsOf(id).first?.quote }
            // Each with the post of that role (盧一先(南沙區委書記)): which district or body is asked too.
            let names = holders.map { id in
                let held = postsOf(id).filter { roleMatches($0.role, role.id) }.compactMap(\.value)
                return held.isEmpty ? name(id) : "\(name(id))(\(list(held)))"
            }
            // The article counting the role's holders (等6位市有關部門主要負責人, 11區區委書記) says
            // more of them spoke than it names: said with the names. (Only where the role's quote
            // counts that role by its name and names none of them: not 市委常委's 盧一先表示.)
            let counted = place == nil && role.quote.contains { $0.isASCII && $0.isNumber }
                && ([role.name] + role.aliases).contains { role.quote.containsText($0) }
                && !holders.contains { id in knowledge.entitiesByID[id].map { role.quote.containsText($0.name) } ?? false }
            let more = counted ? render("speakers_role_more", ["quote": role.quote]) : ""
            // (How many asked, 具名發言的區委書記有幾位?: how many the article names.)
            let template = a.cueSets.contains("howmany") ? "speakers_role_count" : "speakers_role"
            return Outcome(
                status: .answered, answer: render(template, ["role": role.name, "names": list(names), "more": more, "count": String(holders.count)]),
                quotes: quotes + (counted ? [role.quote] : []), confidence: 0.9, about: holders,
                // (The count said with the names is a figure given: 7位? next checks it.)
                figures: counted ? figures.indices.filter { figures[$0].quote == role.quote } : [])
        }
        let listFact = knowledge.facts.first { $0.relation == "speakers" }
        let names = ids.map { id in "\(name(id))(\(list(postsOf(id).compactMap(\.value))))" }
        return Outcome(
            status: .answered, answer: render("speakers", ["including": render("including", [:]), "names": list(names)]),
            quotes: [listFact?.quote].compactMap { $0 }, confidence: 0.9, about: [], group: ids)
    }

    /// Whether a body said something, asked of one whose words the article does not report
    /// (發改委主任在會上表示投資要增長10%?, 發展改革委提出了四化平臺嗎?): it only says the body
    /// spoke, so it cannot bear the claim out — said so, with what it does say.
    func unreportedSpeechClaim(_ a: QuestionAnalysis) -> Outcome? {
        guard a.cueSets.contains("yesno"), a.cueSets.contains("said"), !a.cueSets.contains("who"), let subject = knowledge.subject,
            let body = a.mentions.first(where: { $0.fromQuestion && ["organization", "district"].contains($0.entity.type) })?.entity,
            !statements.contains(where: { statement in postsOf(statement.subject).contains { $0.org == body.id } }),
            // (Nor when a person named said it: 高裕躍說過…嗎? is his claim.)
            !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" }),
            let fact = (knowledge.factsBySubject[subject] ?? []).first(where: { $0.relation != "said" && $0.objects.contains(body.id) }),
            let sentence = relationSentence(fact)
        else { return nil }
        var outcome = Outcome(
            status: .noAnswer, answer: render("said_not_reported", ["name": body.name]) + sentence,
            quotes: [fact.quote], suggestions: suggestions(for: body), confidence: 0.75, about: [body.id], relation: "said")
        outcome.settled = true
        return outcome
    }

    /// Whether the question points at one holder of `role` by a word of the lexicon's `one_of`
    /// written just before the role (那個局長), not as a filler elsewhere (嗯那個…局長們).
    private func pointsAtOne(_ role: Entity, _ a: QuestionAnalysis) -> Bool {
        guard a.cueSets.contains("one_of") else { return false }
        let keys = a.normalized.keys
        return a.mentions.contains { m in
            m.fromQuestion && m.entity.id == role.id && (knowledge.lexicon.cues["one_of"] ?? []).contains { word in
                let run = normalizer.normalize(word).keys
                return !run.isEmpty && m.start >= run.count && m.start <= keys.count && keys[(m.start - run.count)..<m.start].elementsEqual(run)
            }
        }
    }

    /// `withOthers`: with everyone else whose words hold the thing asked of (not where the
    /// question asks one holder of a role, 哪個局長說…?).
    /// - Parameter template: `who_said`, or `who_leads` for who leads a thing the article says
    ///   only who announced (四化平臺專項行動是哪個部門牽頭的?): that it does not say, and who did.
    private func whoSaid(_ a: QuestionAnalysis, withOthers: Bool = false, template: String = "who_said") -> Outcome? {
        if withOthers, let several = speakersMentioning(a) { return several }
        let asked = Set(a.mentions.filter { $0.source != .implicit }.map(\.entity.id))
        let words = Self.bigrams(a.contentOutsideEntities)
        // (A thing named that the statement's words hold, though it is not what the statement is
        // about: 智能化改造, one of 四化平臺's.)
        let named = a.mentions.filter { $0.fromQuestion && !["person", "role", "organization", "city", "district", "event"].contains($0.entity.type) }
            .map(\.entity)
        // (A passage the question quotes, 「國企敢干」, written word for word in a statement: that
        // one, over another that shares the question's other words, 營商環境.)
        let passages = Self.quotedPassages(a.original).map { normalizer.normalize($0) }.filter { $0.string.count >= 2 }
        let quoted = passages.map(\.string)
        let quotes = quoted.isEmpty ? [] : statementQuoteTexts
        // (The document's clause that holds the passage, whole or a piece of it between commas:
        // whose words it is, though the statement's quote stops before it, 「打造大灣區創新型產業
        // 新高地」 of 盧一先's; or nobody's, the article's own narration.)
        let passageClause = passages.isEmpty ? nil : clause(holding: passagePieces(a.original))
        let clauseSpeaker = passageClause.flatMap { evidence.clauses[$0].speaker }
        if let passageClause, clauseSpeaker == nil, !quotes.contains(where: { quote in quoted.contains(where: { quote.containsText($0) }) }) {
            let sentence = evidence.sentences[evidence.clauses[passageClause].sentence]
            return Outcome(
                status: .answered, answer: render("said_by_article", ["text": sentence.text]),
                citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)], confidence: 0.8,
                clause: passageClause)
        }
        var best: (score: Int, index: Int)? = nil
        for (index, statement) in statements.enumerated() {
            var score = Self.shared(words, statementBigrams[index])
            score += 5 * Self.shared(asked, statement.about)
            if !quotes.isEmpty, quoted.contains(where: { quotes[index].containsText($0) }) { score += 6 }
            if let clauseSpeaker, statement.subject == clauseSpeaker { score += 6 }
            for thing in named where !statement.about.contains(thing.id) && statementNames[index].contains(thing.id) {
                score += 5
            }
            if best == nil || score > best!.score { best = (score, index) }
        }
        guard let best, best.score >= 3 else { return nil }
        var statement = statements[best.index]
        // Others who said the thing asked of in so many words (制造業當家: 郭永航, and 盧一先
        // too): each of them, in the document's order.
        let things = !withOthers ? [] : a.mentions.filter { $0.fromQuestion && !["person", "role", "organization", "city", "district", "event"].contains($0.entity.type) }
            .map(\.entity)
        // (A passage quoted: those whose clauses hold it too, not whoever else named a thing in it.)
        let otherSpeakers = clauseSpeaker == nil || !withOthers ? [] : Set(clauses(holding: passagePieces(a.original), all: true).compactMap { evidence.clauses[$0].speaker })
        var also: [Fact] = []
        for (index, other) in statements.enumerated() where other.subject != statement.subject && !also.contains(where: { $0.subject == other.subject }) {
            if clauseSpeaker != nil ? otherSpeakers.contains(other.subject) : things.contains(where: { statementNames[index].contains($0.id) }) {
                also.append(other)
            }
        }
        // (The speaker the question sets aside, 除他之外還有誰提到?: the others, not them.)
        also.removeAll { a.excepted.contains($0.subject) }
        if a.excepted.contains(statement.subject) {
            guard !also.isEmpty else { return nil }
            statement = also.removeFirst()
        }
        var text = statement.text ?? statement.quote
        // (A passage quoted that the statement's words leave out, 建設廣州科技創新走廊南部極點: the
        // clause that holds it.)
        if let passageClause, clauseSpeaker == statement.subject, !quoted.contains(where: { normalizer.normalize(text).string.contains($0) }) {
            text = Self.withoutUnpairedClosingQuote(evidence.clauses[passageClause].text)
        }
        // The words as written asked for too (這句原文是誰說的?完整句子是什麼): the document's
        // sentence that holds most of the question's words, not the statement's gist.
        // (Asked only whose words they are, 「…」是誰的原話?, they must be the speaker's own: not
        // the article's, which a statement of theirs merely shares words with.)
        // (The words quoted count as the question's: 「擦亮『廣州制造』『廣州創造』品牌」這句是誰說的?
        // 請給我原文那句話 names a thing, whose words lie outside what is left.)
        if a.cueSets.contains("verbatim") {
            let words = passages.reduce(words) { $0.union(Self.bigrams($1.characters)) }
            if let sentence = ownSentence(of: statement.subject, holding: words) {
                text = sentence
                // (Without the words that bring the speaker in, 廣州市商務局局長洪謙表示,: the
                // answer names them already.)
                if let comma = text.firstIndex(of: ","), text[..<comma].contains(name(statement.subject)) {
                    text = String(text[text.index(after: comma)...])
                }
            } else if !a.cueSets.contains("said") {
                return nil
            }
        }
        var answer = render(template, ["speaker": name(statement.subject), "titled": titled(statement.subject), "text": text])
        // (A passage quoted that no clause of the document holds, 「廣州要成為全國營商環境第一城」:
        // not the article's words; the statement nearest them is said as such.)
        if passages.contains(where: { $0.characters.count >= Self.shortestCheckedQuote }), passageClause == nil {
            answer = render("quote_not_found", [:]) + answer
        }
        for other in also.prefix(Self.maximumCandidates) {
            answer += render("who_said_also", ["speaker": name(other.subject), "text": other.text ?? other.quote])
        }
        // (A passage the question quotes, 「有呼必應、無事不擾」: its clause is where the next turn's
        // 下一句 goes on from, not the end of the statement.)
        let quotedClause = passages.isEmpty ? nil : clause(holding: passages)
        return Outcome(
            status: .answered, answer: answer, quotes: [statement.quote] + also.prefix(Self.maximumCandidates).map(\.quote),
            confidence: best.score >= 5 ? 0.85 : 0.6, about: [statement.subject] + also.prefix(Self.maximumCandidates).map(\.subject),
            // (Their words, put briefly: 具體點? next asks for them as the article writes them.)
            relation: also.isEmpty && template == "who_said" ? "said" : nil, clause: quotedClause)
    }

    /// Words that ask who did not mention something (誰沒有提到…?), simplified.
    static let mentionNegations = ["没有提", "没提", "未提", "没有讲", "没讲", "没有说", "没说", "没有谈", "未有提"]

    /// The index of the one figure whose subject is `id`; nil when it has none or several.
    func soleFigure(of id: String) -> Int? {
        var found: Int? = nil
        var i = 0
        while i < figures.count {
            if figures[i].subject == id {
                guard found == nil else { return nil }
                found = i
            }
            i += 1
        }
        return found
    }

    /// Who mentioned a thing, asked of one thing the question names (誰提到了大灣區?, 哪個區提到大灣區?)
    /// that the clauses of two speakers or more name: each of them, in the document's order, with
    /// their first clause that names it. Nil when one speaker or none names it (a statement of
    /// theirs answers that), when a passage is quoted (whose words those are), or when someone
    /// is set aside (除他之外).
    /// (Asked which district, `ofDistricts`: only speakers who hold a district's post.)
    func speakersMentioning(_ a: QuestionAnalysis, ofDistricts: Bool = false) -> Outcome? {
        guard a.cueSets.contains("mentioned"), Self.quotedPassages(a.original).isEmpty else { return nil }
        // (Not who did not, 誰沒有提到大灣區?.)
        let simplified = a.normalized.string
        guard !Self.mentionNegations.contains(where: { simplified.contains($0) }) else { return nil }
        // (Not of someone named or pointed at, 他提到跟大灣區有關的合作平臺叫什麼?: what they said;
        // unless they are the one set aside, 除了盧一先,還有誰提到了大灣區?)
        guard !a.mentions.contains(where: { m in m.source != .implicit && m.entity.type == "person" && !a.excepted.contains(m.entity.id) }) else { return nil }
        // (A post named, 哪位區委書記提到了大灣區?: those who hold it.)
        let roles = a.mentions.filter { $0.source != .implicit && $0.entity.type == "role" }.map(\.entity.id)
        var things: [Entity] = []
        for m in a.mentions where m.fromQuestion && !Self.speakingTypes.contains(m.entity.type) && !things.contains(where: { $0.id == m.entity.id }) {
            things.append(m.entity)
        }
        guard things.count == 1, let about = evidence.clausesAbout[things[0].id] else { return nil }
        var speakers: [String] = []
        var firstClauses: [Int] = []
        for index in about.sorted() {
            guard let speaker = evidence.clauses[index].speaker, evidence.clauses[index].entities.contains(things[0].id),
                knowledge.entitiesByID[speaker]?.type == "person", !speakers.contains(speaker)
            else { continue }
            if ofDistricts, !postsOf(speaker).contains(where: { $0.org.flatMap { knowledge.entitiesByID[$0] }?.type == "district" }) { continue }
            if a.excepted.contains(speaker) { continue }
            if !roles.isEmpty, !postsOf(speaker).contains(where: { post in roles.contains { roleMatches(post.role, $0) } }) { continue }
            speakers.append(speaker)
            firstClauses.append(index)
        }
        // (Two or more; or, with someone set aside, whoever else.)
        guard speakers.count >= (a.excepted.isEmpty ? 2 : 1), speakers.count <= Self.maximumCandidates else { return nil }
        var answer = render("mentioned_by", ["name": things[0].name])
        for (speaker, index) in zip(speakers, firstClauses) {
            answer += render("mentioned_by_line", ["speaker": titled(speaker), "text": evidence.clauses[index].text])
        }
        let citations = firstClauses.map { index in
            let sentence = evidence.sentences[evidence.clauses[index].sentence]
            return Reply.Citation(source: knowledge.source.file, quote: sentence.text, line: sentence.line)
        }
        return Outcome(status: .answered, answer: answer, citations: citations, confidence: 0.8, about: speakers, group: speakers)
    }

    /// The first clause of the document that holds one of `passages` (normalized), of those that
    /// hold a passage's first two characters, found by the evidence index rather than by
    /// normalizing every clause (a passage misquoted holds in none: each question that quotes one
    /// would normalize the whole document). nil for none.
    func clause(holding passages: [NormalizedText]) -> Int? { clauses(holding: passages, all: false).first }

    /// Every clause that holds one of `passages`, in the document's order (or the first, `all`
    /// false).
    func clauses(holding passages: [NormalizedText], all: Bool) -> [Int] {
        let texts = passages.map(\.string)
        func holds(_ index: Int) -> Bool {
            let clause = evidence.clauses[index].normalizedString
            return texts.contains { clause.containsText($0) }
        }
        var candidates: [Int] = []
        for passage in passages where passage.scalars.count >= 2 {
            for (clause, _) in evidence.postings[EvidenceIndex.bigram(passage.scalars[0], passage.scalars[1])] ?? [] where !candidates.contains(clause) {
                candidates.append(clause)
            }
        }
        candidates.sort()
        if !all { return candidates.first(where: holds).map { [$0] } ?? [] }
        return candidates.filter(holds)
    }

    /// Whether the document writes a passage the question quotes (「營商環境1.0到5.0改革」這樣寫
    /// 對嗎?): yes, with the sentence that holds it; or no, with the sentence that shares most of
    /// its pairs of characters (half of them at least), or none. Nil when no passage is quoted.
    func passageCheck(_ a: QuestionAnalysis) -> Outcome? {
        // (Not a claim of who said it, 說…的是高裕躍,這樣寫對嗎?: whose words they are is checked.)
        guard !a.mentions.contains(where: { $0.fromQuestion && ["person", "role"].contains($0.entity.type) }) else { return nil }
        let quoted = Self.quotedPassages(a.original).filter { $0.count >= 2 }
        guard let written = quoted.max(by: { $0.count < $1.count }) else { return nil }
        let passage = normalizer.normalize(written)
        func cited(_ index: Int) -> [Reply.Citation] {
            [.init(source: knowledge.source.file, quote: evidence.sentences[index].text, line: evidence.sentences[index].line)]
        }
        // The characters as written, the script folded and the marks left out (之優 for 之“優”):
        // a wording the normalizer would equate (第一個 and 首個, 2000 and 兩千) is no match.
        let asked = Self.passageLetters(written, normalizer)
        let holding = asked.isEmpty ? nil : sentenceLetters.indices.first { sentenceLetters[$0].containsText(asked) }
        if let holding {
            // (With the clause that holds it kept, and its speaker: 這句是誰說的? next asks of it.)
            let clauses = evidence.sentences[holding].clauses
            let clause = clause(holding: [passage]).flatMap { clauses.contains($0) ? $0 : nil } ?? clauses.last
            return Outcome(
                status: .answered, answer: render("passage_written", ["text": evidence.sentences[holding].text]), citations: cited(holding), confidence: 0.9,
                about: clause.flatMap { evidence.clauses[$0].speaker }.map { [$0] } ?? [], clause: clause)
        }
        let words = Self.bigrams(passage.characters)
        let closest = evidence.sentences.indices.map { index in
            (index, Self.shared(words, sentenceBigrams[index]))
        }.max { $0.1 < $1.1 }
        guard let closest, closest.1 >= 2, closest.1 * 2 >= words.count else {
            return Outcome(status: .answered, answer: render("passage_not_written", [:]), confidence: 0.8)
        }
        return Outcome(status: .answered, answer: render("passage_differs", ["text": evidence.sentences[closest.0].text]), citations: cited(closest.0), confidence: 0.8)
    }

    /// Of `speaker`'s own sentences (not a heading that repeats their words), the one that holds
    /// most of `words` (the question's pairs of characters), three pairs or more; as written,
    /// without its end mark or a closing quotation mark it does not open.
    func ownSentence(of speaker: String, holding words: Set<UInt64>) -> String? {
        guard let sentence = bestOwnSentence(of: speaker, holding: words), sentence.score >= 3 else { return nil }
        return Self.templateText(sentence.text)
    }

    /// The sentence of `speaker`'s that shares most pairs of characters with `words`, and how many.
    func bestOwnSentence(of speaker: String, holding words: Set<UInt64>) -> (text: String, score: Int)? {
        let headings = Set(headingIndices)
        return evidence.sentences.indices.filter { index in
            !headings.contains(index) && evidence.sentences[index].clauses.contains { evidence.clauses[$0].speaker == speaker }
        }.map { (text: evidence.sentences[$0].text, score: Self.shared(words, sentenceBigrams[$0])) }.max { $0.score < $1.score }
    }

    /// The first district, place or body the question names, other than the document's own city.
    private func namedBody(_ a: QuestionAnalysis) -> Entity? {
        a.mentions.first { m in
            m.fromQuestion && m.entity.id != knowledge.scope && (m.entity.type == "organization" || Self.placeTypes.contains(m.entity.type))
        }?.entity
    }

    /// The one person who spoke of those holding the role the question names (市長原話…: 郭永航),
    /// within the district or body it names too; nil for none or several.
    private func soleSpeaker(_ a: QuestionAnalysis) -> Entity? {
        let holders = speakersOfNamedPost(a)
        return holders.count == 1 ? knowledge.entitiesByID[holders[0]] : nil
    }

    /// The people who spoke of a post the question names (`role`, else the first it names), of
    /// the district or body it names, in the order they first speak.
    func speakersOfNamedPost(_ a: QuestionAnalysis, role named: Entity? = nil) -> [String] {
        guard let role = named ?? a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "role" })?.entity else { return [] }
        // (A district or body the post is of, not a place spoken of: 住建局局長關於火車站的原話.)
        let body = namedBody(a).flatMap { ["organization", "district", "city"].contains($0.type) ? $0 : nil }
        var holders: [String] = []
        for statement in statements where !holders.contains(statement.subject)
            && postsOf(statement.subject).contains(where: { roleMatches($0.role, role.id) && (body == nil || $0.org == body!.id) })
        {
            holders.append(statement.subject)
        }
        return holders
    }

    /// A thing's words asked for as written (「全球定制之都」案例城市出自哪一句?), naming no person
    /// or post (theirs are `saidVerbatim`'s): the article's sentence that names it.
    private func thingVerbatim(_ a: QuestionAnalysis) -> Outcome? {
        let named = a.mentions.filter(\.fromQuestion)
        guard !named.contains(where: { ["person", "role"].contains($0.entity.type) }),
            // (Not the document's own subject or place, whose words are everywhere.)
            let thing = named.first(where: { $0.entity.id != knowledge.scope && $0.entity.id != knowledge.subject && $0.entity.type != "city" })?.entity,
            // (Its quote's own clauses when the quote runs over several, 營商環境1.0到5.0改革: not the
            // first clause naming it, a heading.)
            let index = clause(holding: passagePieces(a.original) + [normalizer.normalize(thing.quote)])
                ?? evidence.lastClause[TextKey(thing.quote)] ?? evidence.clausesAbout[thing.id]?.min()
        else { return nil }
        let sentence = evidence.sentences[evidence.clauses[index].sentence]
        return Outcome(
            status: .answered, answer: render("verbatim_sentence", ["text": sentence.text]),
            citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
            confidence: 0.8, about: [thing.id], clause: index)
    }

    /// The sentence that holds a passage the question quotes, asked for as written (「城脈、文脈、
    /// 商脈」那句原文怎麼寫?); nil when no clause holds it.
    private func passageVerbatim(_ a: QuestionAnalysis) -> Outcome? {
        let pieces = passagePieces(a.original)
        // (Only the passage asked of, nothing named outside it: 南沙的「四鏈融合」在原文中是哪四條鏈?
        // asks of 南沙's, 這兩點是否都有原文依據? whether claims hold.)
        let quoted = Self.quotedPassages(a.original).map { normalizer.normalize($0).string }
        guard !pieces.isEmpty,
            !a.mentions.contains(where: { m in m.fromQuestion && !quoted.contains { $0.contains(normalizer.normalize(originalText(a, m.start, m.end)).string) } }),
            case let holding = clauses(holding: pieces, all: true), !holding.isEmpty
        else { return nil }
        // (A sentence of the body before a heading that writes the same words: 「當好企業娘家人」那句
        // 的原文 is 商務系統要當好企業“娘家人”…, not the section's title.)
        let headings = Set(headingIndices)
        let index = holding.first { !headings.contains(evidence.clauses[$0].sentence) } ?? holding[0]
        let sentence = evidence.sentences[evidence.clauses[index].sentence]
        return Outcome(
            status: .answered, answer: render("verbatim_sentence", ["text": sentence.text]),
            citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
            confidence: 0.8, about: [evidence.clauses[index].speaker].compactMap { $0 } + evidence.clauses[index].entities.sorted(), clause: index)
    }

    /// A person's words as written, asked by a passage of them (郭永航講“挺起產業脊梁”那一句,原話
    /// 是怎麼說的?): their sentence that holds it; nil when none of theirs does (someone else's
    /// words, or no passage given), for the rules after.
    private func saidVerbatim(_ a: QuestionAnalysis) -> Outcome? {
        // (The things the question names besides count as its words: 親清政商關係 is a name.)
        let things = a.mentions.filter { $0.fromQuestion && !["person", "role", "city", "organization", "district", "event"].contains($0.entity.type) }
        let words = things.reduce(Self.bigrams(a.contentOutsideEntities)) { $0.union(Self.bigrams(normalizer.normalize($1.entity.name).characters)) }
        var named = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "person" })?.entity
        // (Or the person 他 points at, 洪謙說要讓招商引資怎麼樣? then 他的原話是什麼?: only when the last
        // answer was of one person, and theirs, and the words asked of, if any, are theirs — not
        // 他說要當好企業娘家人的原話 of the mayor, nor 他 after two people, nor after 盧一先's platforms
        // the mayor named before.)
        // (Or the last answer's person with no 他, when the question's words are theirs: 那種服務
        // 原文點形容? after 洪謙's words.)
        if named == nil, let person = a.mentions.first(where: { m in
            m.entity.type == "person"
                && (m.source == .pronoun || (m.source == .implicit && (bestOwnSentence(of: m.entity.id, holding: Self.bigrams(a.contentOutsideEntities))?.score ?? 0) > 0))
        })?.entity {
            guard a.context.group.count < 2 else { return nil }
            if let index = a.context.clause, evidence.clauses.indices.contains(index), let speaker = evidence.clauses[index].speaker, speaker != person.id {
                return nil
            }
            // (Words of theirs: no one else's sentence holds more of the question's, three pairs or more.)
            let words = Self.bigrams(a.contentOutsideEntities)
            let own = bestOwnSentence(of: person.id, holding: words)?.score ?? 0
            var speakers: [String] = []
            for statement in statements where statement.subject != person.id && !speakers.contains(statement.subject) { speakers.append(statement.subject) }
            if speakers.contains(where: { (bestOwnSentence(of: $0, holding: words)?.score ?? 0) >= max(3, own + 1) }) { return nil }
            named = person
        }
        // (A post several who spoke hold, with no passage of theirs, 書記的原話是什麼?: which of them;
        // of those whose words hold the question's, 區委書記關於招商的原話: 郭昊羽 alone.)
        if named == nil, things.isEmpty, Self.quotedPassages(a.original).isEmpty,
            let role = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "role" })?.entity,
            case let all = speakersOfNamedPost(a), all.count > 1
        {
            let scores = all.map { bestOwnSentence(of: $0, holding: words)?.score ?? 0 }
            let top = scores.max() ?? 0
            let holders = top > 0 ? all.indices.filter { scores[$0] == top }.map { all[$0] } : all
            if holders.count == 1 {
                named = knowledge.entitiesByID[holders[0]]
            } else {
                let candidates = holders.map { id in "\(name(id))(\(list(postsOf(id).filter { roleMatches($0.role, role.id) }.compactMap(\.value))))" }
                return Outcome(
                    status: .clarify, answer: render("role_clarify", ["role": role.name, "candidates": list(candidates)]),
                    suggestions: holders.map(name), confidence: 0.5, role: role.id, candidates: holders)
            }
        }
        guard let person = named ?? soleSpeaker(a) else { return nil }
        // (Asked for their words with no passage of them, 洪謙的原話是什麼?: all they said, as written.)
        if ownSentence(of: person.id, holding: words) == nil, things.isEmpty, Self.quotedPassages(a.original).isEmpty {
            var seen = Set<TextKey>()
            let quotes = statementsOf(person.id).map(\.quote).filter { seen.insert(TextKey($0)).inserted }
            guard !quotes.isEmpty else { return nil }
            return Outcome(
                status: .answered,
                answer: render("speaker_summary", ["speaker": person.name, "titled": titled(person.id), "points": quotes.map { "· " + $0 }.joined(separator: "\n")]),
                quotes: quotes, confidence: 0.8, about: [person.id], relation: "said")
        }
        guard let text = ownSentence(of: person.id, holding: words) else { return nil }
        let sentence = evidence.sentences.first { $0.text.hasPrefix(text) }
        return Outcome(
            status: .answered, answer: render("said_verbatim", ["speaker": name(person.id), "titled": titled(person.id), "text": text]),
            citations: sentence.map { [.init(source: knowledge.source.file, quote: $0.text, line: $0.line)] } ?? [],
            confidence: 0.85, about: [person.id])
    }

    /// Did this person say these words (“國企敢干、民企敢闖、外企敢投”是盧一先提出的嗎?): the
    /// statement holding most of the question's other words, when it holds a passage of them
    /// (six pairs of characters or more); yes with their words, or no with whose they are.
    /// `text` without the mark that closes a quotation opened in an earlier clause (…主動權。”).
    static func withoutUnpairedClosingQuote(_ text: String) -> String {
        text.hasSuffix("”") && !text.contains("“") ? String(text.dropLast()) : text
    }

    private func speakerCheck(_ a: QuestionAnalysis) -> Outcome? {
        // (Or the person 他 points at, 高裕躍是誰? then 他說要當好企業「娘家人」,對嗎?)
        // (Or the one who spoke of a post the question names, …是海珠區委書記提出的嗎?: them,
        // called by that post in the answer.)
        let namedPerson = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "person" })
        var byPost = false
        var claimed = namedPerson?.entity ?? a.mentions.first(where: { $0.source == .pronoun && $0.entity.type == "person" })?.entity
        if claimed == nil, let post = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "role" }) {
            var speakers: [String] = []
            for statement in statements where !speakers.contains(statement.subject) { speakers.append(statement.subject) }
            // (The place written right before the post is its place, 海珠區委書記 of 南沙的汽車產業
            //集群是海珠區委書記說的嗎?: not the first place the question names.)
            let postPlace = a.mentions.last(where: { m in
                m.fromQuestion && ["district", "organization", "city", "zone"].contains(m.entity.type) && m.start < post.start && m.end >= post.start - 1
            })?.entity
            let holders = speakingHolders(of: post.entity, a, among: speakers, place: postPlace).holders
            if holders.count == 1 {
                claimed = knowledge.entitiesByID[holders[0]]
                byPost = true
            }
        }
        guard let person = claimed else { return nil }
        // (Confirmed, the speaker is named with their posts, as the article brings them in.)
        // (By the post the question named, not by name: 工信局吗? is answered 不是廣州市工業和信息化局
        // 局長, whose name the asker did not give.)
        let postNamed = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "role" }).flatMap { role in
            postsOf(person.id).first(where: { roleMatches($0.role, role.entity.id) })?.value
        }
        let calledBy = byPost ? postNamed ?? titled(person.id) : person.name
        let words = Self.bigrams(a.contentOutsideEntities)
        // (A thing a statement is about, named in the question, counts as a passage of it:
        // 提出實施“四化平臺”專項行動的是洪謙?)
        // (An event too, 讀懂中國國際會議, but not the document's own: 在大會上說的 is where.)
        let thingMentions = a.mentions.filter {
            $0.fromQuestion && !["person", "role", "organization", "city", "district"].contains($0.entity.type) && $0.entity.id != knowledge.subject
        }
        let things = Set(thingMentions.map(\.entity.id))
        // (A thing named before the person or post, 數字政府2.0信用走廊是蔡澍說的嗎?, is what the
        // claim gives them: another's statement about it counts with no other word of it.)
        let claimant = namedPerson ?? (byPost ? a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "role" }) : nil)
        let attributed = claimant.map { claimant in thingMentions.contains { $0.end <= claimant.start } } ?? false
        // (A passage the question quotes, 「工業上樓」, written word for word in a statement: that one.)
        let quoted = Self.quotedPassages(a.original).map { normalizer.normalize($0).string }.filter { $0.count >= 2 }
        let quotes = quoted.isEmpty ? [] : statementQuoteTexts
        // A passage quoted that a clause of the document holds (「打造大灣區創新型產業新高地」是郭昊羽
        // 說的嗎?): whose clause it is decides, the speaker's or nobody's (the article's narration).
        if !quoted.isEmpty, let index = clause(holding: passagePieces(a.original)) {
            let sentence = evidence.sentences[evidence.clauses[index].sentence]
            // (Asked for as written, 原句可以給我嗎?: the sentence that holds it, whole.)
            let clauseText = Self.withoutUnpairedClosingQuote(a.cueSets.contains("verbatim") ? sentence.text : evidence.clauses[index].text)
            let text = clauseText.last.map { EvidenceIndex.sentenceEnds.contains($0) } ?? true ? clauseText : clauseText + "。"
            let answer: String
            if let speaker = evidence.clauses[index].speaker {
                let denied = speaker == person.id ? deniedPassage(of: a, in: clauseText) : nil
                // (Denied, the whole statement that holds it: what the claim put in the passage's
                // place is often beside it, 保姆式 beside 娘家人.)
                answer = denied.map { passage in
                    let whole = statementsOf(person.id).first { $0.quote.containsText(passage) }?.quote ?? sentence.text
                    return render("said_by_denied", ["speaker": person.name, "passage": passage, "text": whole])
                }
                    ?? (speaker == person.id
                    ? render("said_by_yes", ["speaker": titled(person.id), "text": text])
                    : render("said_by_other", ["person": calledBy, "speaker": name(speaker), "titled": titled(speaker), "text": text]))
            } else {
                answer = render("evidence_no", [:]) + render("said_by_article", ["text": sentence.text])
            }
            return Outcome(
                status: .answered, answer: answer, citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
                confidence: 0.85, about: [evidence.clauses[index].speaker].compactMap { $0 }, clause: index)
        }
        var best: (score: Int, index: Int)? = nil
        for index in statements.indices {
            // (Another's statement counts its thing only beside some of the question's own words:
            // 郭永航提到汽車產業了嗎? is no claim that someone else said it.)
            let passage = Self.shared(words, statementBigrams[index])
            // (A thing its words name counts as one it is about: 讀懂中國國際會議 of 郭昊羽's.)
            let about = statements[index].about
            let byThing = passage >= 3 || statements[index].subject == person.id || attributed
                ? 6 * things.reduce(0) { $0 + (about.contains($1) || statementNames[index].contains($1) ? 1 : 0) } : 0
            let verbatim = quotes.isEmpty || !quoted.contains(where: { quotes[index].containsText($0) }) ? 0 : 6
            let score = passage + byThing + verbatim
            if best == nil || score > best!.score { best = (score, index) }
        }
        // (這句話 of the last answer, 這句是王宏偉說的吧?: whose its clause is, when no statement
        // holds the question's own words.)
        // (Or a claim of nothing but whose it is, 不是蔡澍說的嗎? after the chief service officers:
        // the last answer's clause is what is claimed.)
        // (Named, not 他, who may be whoever told the asker: 他跟我說是20家的; and no number outside
        // the names, which doubts a figure — 一 of 盧一先 is read as 1.)
        var named = [Bool](repeating: false, count: a.normalized.keys.count)
        for m in a.mentions where m.fromQuestion && m.start >= 0 { for i in m.start..<min(m.end, named.count) { named[i] = true } }
        let writesNumber = a.normalized.keys.indices.contains { !named[$0] && Self.isDigitKey(a.normalized.keys[$0]) }
        let ofLastAnswer = a.cueSets.contains(Self.thisPassageCue)
            || ((namedPerson != nil || byPost) && things.isEmpty && quoted.isEmpty && !writesNumber
                && a.mentions.filter(\.fromQuestion).allSatisfy({ ["person", "district", "role", "organization"].contains($0.entity.type) }))
        // (Of a thing the last answer was about, the clause of its own quote: its words, not the
        // answer's last clause.)
        let focusQuoteClause = a.cueSets.contains(Self.thisPassageCue) ? nil
            : a.context.focus.flatMap { knowledge.entitiesByID[$0] }.flatMap { thing in
                // (Not a speaker's or a body's: their quote is where they are named, 郭永航表示.)
                Self.speakingTypes.contains(thing.type) ? nil : evidence.lastClause[TextKey(thing.quote)]
            }
        if best.map({ $0.score < 6 }) ?? true, ofLastAnswer, let index = focusQuoteClause ?? a.context.clause,
            evidence.clauses.indices.contains(index), let speaker = evidence.clauses[index].speaker,
            // (Not the words that bring the speaker in, 廣州市商務局局長洪謙表示, after who holds a post.)
            !isSpeakerIntroduction(evidence.clauses[index].text, speaker)
        {
            let clauseText = Self.withoutUnpairedClosingQuote(evidence.clauses[index].text)
            let text = clauseText.last.map { EvidenceIndex.sentenceEnds.contains($0) } ?? true ? clauseText : clauseText + "。"
            let answer = speaker == person.id
                ? render("said_by_yes", ["speaker": titled(person.id), "text": text])
                : render("said_by_other", ["person": calledBy, "speaker": name(speaker), "titled": titled(speaker), "text": text])
            let sentence = evidence.sentences[evidence.clauses[index].sentence]
            return Outcome(
                status: .answered, answer: answer, citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
                confidence: 0.8, about: [speaker], clause: index)
        }
        guard let best, best.score >= 6 else { return nil }
        var statement = statements[best.index]
        // (Another's statement about the thing is no "not them" where their own words name it:
        // 郭永航提到汽車產業了嗎? — his 智能網聯與新能源汽車.)
        // (Named as read, longest first: 超高清視頻 inside 郭昊羽's 世界超高清視頻產業發展大會 is no
        // word of his about the industry.)
        if statement.subject != person.id, !things.isEmpty, let own = statements.indices.first(where: { index in
            statements[index].subject == person.id && things.contains { statementNames[index].contains($0) }
        }) {
            statement = statements[own]
        }
        // (The statement put briefly may leave out the passage quoted: then as written.)
        let brief = statement.text ?? statement.quote
        let quotedIn = { (text: String) in quoted.allSatisfy { self.normalizer.normalize(text).string.contains($0) } }
        // (So may it leave out the thing the question names, 讀懂中國國際會議: then as written.)
        let namedIn = { (text: String) in
            things.allSatisfy { id in self.knowledge.entitiesByID[id].map { ([$0.name] + $0.aliases).contains(where: text.containsText) } ?? true }
        }
        let text = quotedIn(brief) && namedIn(brief) ? brief : statement.quote
        let denied = statement.subject == person.id ? deniedPassage(of: a, in: statement.quote) : nil
        // (Their statement, but a passage quoted that it does not hold, 要讓招商引資「飛」起來: not so,
        // with their words.)
        let said = normalizer.normalize(statement.quote).string
        let misquoted = statement.subject == person.id && denied == nil
            && Self.quotedPassages(a.original).map { normalizer.normalize($0).string }.contains { !$0.isEmpty && !said.contains($0) }
        let answer = denied.map { render("said_by_denied", ["speaker": person.name, "passage": $0, "text": text]) }
            ?? (misquoted ? render("evidence_no", [:]) + render("said_verbatim", ["speaker": person.name, "titled": titled(person.id), "text": statement.quote]) : nil)
            ?? (statement.subject == person.id
            ? render("said_by_yes", ["speaker": titled(person.id), "text": text])
            : render("said_by_other", ["person": calledBy, "speaker": name(statement.subject), "titled": titled(statement.subject), "text": text]))
        return Outcome(status: .answered, answer: answer, quotes: [statement.quote], confidence: 0.85, about: [statement.subject])
    }

    /// Whether a clause is only the words that bring its speaker in (廣州市商務局局長洪謙表示):
    /// their name, their posts and a word of saying.
    func isSpeakerIntroduction(_ text: String, _ speaker: String) -> Bool {
        text.containsText(name(speaker)) && text.count <= titled(speaker).count + Self.longestSayingWord
    }
    /// The most characters of the word of saying after a speaker's name (表示, 介紹, 強調說).
    static let longestSayingWord = 4

    /// A passage the question quotes right after a word of `denial_before_quote` (要當好「保姆」,
    /// 不是「娘家人」) that the speaker's `words` hold, as the question writes it: the claim
    /// denies what they said; nil when none.
    func deniedPassage(of a: QuestionAnalysis, in words: String) -> String? {
        guard !denialBeforeQuote.isEmpty else { return nil }
        let said = normalizer.normalize(words).string
        let original = Array(a.original)
        var i = 0
        while i < original.count {
            defer { i += 1 }
            guard "「“『\"".contains(original[i]), let close = original[(i + 1)...].firstIndex(where: { "」”』\"".contains($0) }) else { continue }
            let passage = String(original[(i + 1)..<close])
            let before = normalizer.normalize(String(original[..<i]).trimmingCharacters(in: .whitespaces)).characters
            let passageText = normalizer.normalize(passage).string
            if passageText.count >= 2, denialBeforeQuote.contains(where: { before.count >= $0.count && before.suffix($0.count).elementsEqual($0) }),
                said.contains(passageText)
            {
                return passage
            }
            i = close
        }
        return nil
    }

    /// The fewest characters of a quoted passage checked against the document's words (shorter
    /// ones, 「優」, may be a word the article puts in quotation marks itself).
    static let shortestCheckedQuote = 6

    /// The passages `text` quotes (`quotedPassages`), normalized, and for one written across
    /// commas (「以營商環境之優,促經濟之穩」) its pieces between them of four characters or more:
    /// a clause of the document holds a piece, never the whole.
    func passagePieces(_ text: String) -> [NormalizedText] {
        var pieces: [NormalizedText] = []
        for passage in Self.quotedPassages(text) {
            let whole = normalizer.normalize(passage)
            if whole.characters.count >= 2 { pieces.append(whole) }
            let parts = passage.unicodeScalars.split(whereSeparator: { Self.clauseMarks.contains($0) })
            guard parts.count > 1 else { continue }
            for part in parts {
                let piece = normalizer.normalize(String(String.UnicodeScalarView(part)))
                if piece.characters.count >= 4 { pieces.append(piece) }
            }
        }
        return pieces
    }
    /// The passages `text` puts in quotation marks (「工業上樓」, “國企敢干”), as written.
    static func quotedPassages(_ text: String) -> [String] {
        // (Most questions quote nothing: a look at the scalars first. Every mark is one scalar,
        // so a text without any has no `Character` equal to one.)
        guard text.unicodeScalars.contains(where: { quoteMarkScalars.contains($0.value) }) else { return [] }
        var passages: [String] = []
        var open: [Character]? = nil
        for character in text {
            if open == nil, "「“『\"".contains(character) {
                open = []
            } else if let passage = open, "」”』\"".contains(character) {
                if !passage.isEmpty { passages.append(String(passage)) }
                open = nil
            } else if open != nil {
                open!.append(character)
            }
        }
        return passages
    }

    /// The striking lines of the speeches (大會上的金句?): of each speaker in the order the article
    /// quotes them, or of the people named, their words that quote most (“科技—產業—金融”), then
    /// list most (國企敢干、民企敢闖、外企敢投), with who said them.
    /// (Not of a topic named, 給我一句廣州營商環境的金句: the lines on it are retrieval's.)
    func strikingQuotes(_ a: QuestionAnalysis) -> Outcome? {
        if a.mentions.contains(where: { $0.fromQuestion && !["person", "event", "city"].contains($0.entity.type) }) { return nil }
        var speakers: [String] = []
        // (Or called 他, 他還有什麼金句? after who said one: theirs.)
        for m in a.mentions where (m.fromQuestion || m.source == .pronoun) && m.entity.type == "person" && !speakers.contains(m.entity.id) { speakers.append(m.entity.id) }
        let named = !speakers.isEmpty
        if !named {
            for statement in statements where !speakers.contains(statement.subject) { speakers.append(statement.subject) }
        }
        func striking(_ text: String) -> (Int, Int) {
            (text.unicodeScalars.filter { $0 == "“" || $0 == "「" }.count, text.unicodeScalars.filter { $0 == "、" }.count)
        }
        var lines: [String] = []
        var quotes: [String] = []
        for speaker in speakers {
            let said = statementsOf(speaker)
            // (Of one named, up to three of theirs; of everyone, one each.)
            let ranked = said.indices.sorted { first, second in
                let (x, y) = (striking(said[first].text ?? said[first].quote), striking(said[second].text ?? said[second].quote))
                return x != y ? x > y : first < second
            }
            for index in ranked.prefix(named ? 3 : 1) {
                lines.append(render("striking_quote_line", ["speaker": name(speaker), "posts": list(postsOf(speaker).compactMap(\.value)), "text": Self.templateText(said[index].text ?? said[index].quote)]))
                quotes.append(said[index].quote)
            }
        }
        guard !lines.isEmpty else { return nil }
        return Outcome(
            status: .answered, answer: render("striking_quotes", ["lines": lines.joined(separator: "\n")]), quotes: quotes, confidence: 0.8,
            about: speakers, relation: "said")
    }

    /// A passage of the document as a template's text: without a closing quotation mark it does
    /// not open (主動權。” of a speech quoted whole), nor its end mark (the template ends it).
    static func templateText(_ passage: String) -> String {
        var text = passage
        if text.filter({ $0 == "”" }).count > text.filter({ $0 == "“" }).count, let close = text.lastIndex(of: "”") { text.remove(at: close) }
        while let end = text.last, EvidenceIndex.sentenceEnds.contains(end) { text.removeLast() }
        return text
    }

    /// Characters between a number and its unit that make it approximate (4500多家, 200余個).
    static let aboutCharacters: Set<Character> = ["多", "余", "餘", "来", "來"]

    /// The scalars of the marks `quotedPassages` opens and closes a passage with.
    static let quoteMarkScalars: Set<UInt32> = Set("「“『」”』\"".unicodeScalars.map(\.value))

    /// Which one is the most (哪個區的城中村改造項目最多?): the article compares none, so it does
    /// not say; unless it writes the word the question asks by (最佳 of 最佳口碑城市), when the
    /// rules after this one answer.
    private func superlative(_ a: QuestionAnalysis) -> Outcome? {
        let asked = a.normalized.characters
        let words = Self.bigrams(a.contentOutsideEntities)
        for word in knowledge.lexicon.cues["superlative"] ?? [] {
            let normalized = normalizer.normalize(word)
            guard normalized.characters.count >= 2, let at = asked.firstRun(of: normalized.characters) else { continue }
            // (Who spoke of it most, 哪個區談城中村改造談得最多?, is who spoke of it: the rules after.)
            if at.lowerBound > 0, asked[at.lowerBound - 1] == "得", a.cueSets.contains("said") || a.cueSets.contains("spoke") { return nil }
            // (哪些 with 最重要 asks the main ones, 南沙最重要的產業是哪些?: a list the article gives.)
            if a.cueSets.contains("aggregate_which"), (knowledge.lexicon.cues["superlative_main"] ?? []).contains(word) { return nil }
            // A clause that writes the word with another of the question's words (最佳 with 口碑)
            // makes the comparison itself (not 最大 of 最大限度 in a clause about something else).
            let own = Self.bigrams(normalized.characters)
            let others = words.subtracting(own)
            let compared = evidence.clauses.contains { clause in
                guard clause.text.containsText(word) else { return false }
                let bigrams = Self.bigrams(clause.normalized.characters)
                return others.filter { bigrams.contains($0) }.count >= 2
            }
            if compared { return nil }
            return Outcome(
                status: .noAnswer, answer: render("no_answer_superlative", ["word": originalText(a, at.lowerBound, at.upperBound)]),
                suggestions: defaultSuggestions(), confidence: 0.7)
        }
        return nil
    }

    /// The unit or the year of the figure the last answer gave (單位是什麼?, 這是哪一年的數字?):
    /// the figure whose sentence that answer quoted, of the thing it was about where several are.
    /// Whose each figure is, the whole city's or one place's: its subject when that is a place,
    /// else the district it is in or its speaker's, else the document's scope.
    private func figureScope(_ asked: [Fact]) -> Outcome? {
        guard !asked.isEmpty else { return nil }
        let answer = asked.map { fact -> String in
            let subject = knowledge.entitiesByID[fact.subject]
            let place = subject.flatMap { Self.placeTypes.contains($0.type) ? $0 : district(of: $0.id) }
                ?? fact.speaker.flatMap { postsOf($0).compactMap(\.org).compactMap { knowledge.entitiesByID[$0] }.first { $0.type == "district" } }
                ?? knowledge.scope.flatMap { knowledge.entitiesByID[$0] }
            guard let place else { return figureLine(fact) }
            return render(place.type == "city" ? "figure_scope_city" : "figure_scope_place", ["place": place.name, "line": figureLine(fact)])
        }.joined(separator: "\n")
        return Outcome(
            status: .answered, answer: answer, quotes: asked.map(\.quote), confidence: 0.8, about: [asked[0].subject], relation: "figure",
            figures: asked.compactMap(figureIndex))
    }

    private func figureDetail(_ a: QuestionAnalysis) -> Outcome? {
        // (Only a question that names nothing of its own: 南沙科學城是哪年建的? is not about the
        // last figure.)
        // (The places a question of whose it is names are its choices, 全市 or 海珠: not its own.)
        // (Only districts and the city: 南沙科學城是全市的還是某個區的? asks where a place is. And a
        // figure the question names, 那海珠的821家是全市的還是…?, is the one asked.)
        let scopeAsked = a.cueSets.contains("figure_scope_asked")
        guard !a.mentions.contains(where: { $0.fromQuestion && !(scopeAsked && Self.areaTypes.contains($0.entity.type)) }) else { return nil }
        if scopeAsked, let named = a.figureValues.filter(figures.indices.contains).max(by: { (a.figureScore[$0] ?? 0, $1) < (a.figureScore[$1] ?? 0, $0) }) {
            return figureScope([figures[named]])
        }
        if scopeAsked, a.context.figures.isEmpty { return nil }
        // (With no figure before it, what is missing is said: which number?)
        let none = Outcome(status: .noAnswer, answer: render("followup_no_context", [:]), suggestions: defaultSuggestions(), confidence: 0.6)
        // (Nor when it asks something else, 「…」這句是誰講的?我要給辯論隊核對出處: its 出處 is the
        // passage's, which the rule of what it asks gives.)
        guard let clause = a.context.clause else {
            return a.cueSets.contains("who") || !Self.quotedPassages(a.original).isEmpty ? nil : none
        }
        let afterFigure = a.context.relation == "figure" || a.context.rule?.hasPrefix("figure") == true
        // The figures of the clause the last answer quoted (by a figure rule, or found by
        // retrieval), of the thing it was about; all of them where one sentence gives several
        // (越秀's 超200個 and 10家): each with its unit or date.
        let quoted = figures.filter { evidence.lastClause[TextKey($0.quote)] == clause }
        let own = quoted.filter { $0.subject == a.context.focus }
        let facts = (own.isEmpty ? quoted : own).filter { $0.value != nil }
        guard !facts.isEmpty else {
            // (After a figure the graph gives no such detail of: not some other sentence's date.)
            return afterFigure ? Outcome(status: .noAnswer, answer: render("no_answer_known", ["name": a.context.focus.map(name) ?? ""]), confidence: 0.7) : nil
        }
        // (Whose it is, the whole city's or one place's: the place of each figure the last answer
        // gave, or of the clause's.)
        if scopeAsked {
            let gave = a.context.figures.filter(figures.indices.contains).map { figures[$0] }
            return figureScope(Array((gave.isEmpty ? facts : gave).prefix(2)))
        }
        // (A target or a result, and who counted it: of the figures the last answer gave.)
        // (The figure the question writes, 那2000億元是目標還是…?, else the last answer's.)
        let namedFigures = a.figureValues.filter(figures.indices.contains)
            .max(by: { (a.figureScore[$0] ?? 0, $1) < (a.figureScore[$1] ?? 0, $0) }).map { [figures[$0]] } ?? []
        // (Only of a figure pointed at or written: 這篇文章是誰發布的? asks of no figure.)
        let ofFigure = a.cueSets.contains("this_figure") || !namedFigures.isEmpty
        // (Who gave it out: its speaker, 王宏偉 of 127個; or the report's own words.)
        if a.cueSets.contains("figure_announcer_asked") {
            guard ofFigure else { return nil }
            let gave = namedFigures.isEmpty ? a.context.figures.filter(figures.indices.contains).map { figures[$0] } : namedFigures
            let asked = Array((gave.isEmpty ? facts : gave).prefix(2))
            let answer = asked.map { fact in
                fact.speaker.map { render("figure_announcer", ["speaker": titled($0), "line": figureLine(fact)]) }
                    ?? render("figure_announcer_none", ["line": figureLine(fact)])
            }.joined(separator: "\n")
            return Outcome(
                status: .answered, answer: answer, quotes: asked.map(\.quote), confidence: 0.8,
                about: asked.compactMap(\.speaker) + [asked[0].subject], relation: "figure", figures: asked.compactMap(figureIndex))
        }
        if a.cueSets.contains("figure_kind_asked") || a.cueSets.contains("figure_source_asked") {
            guard ofFigure || a.cueSets.contains("figure_kind_asked") else { return nil }
            let gave = namedFigures.isEmpty ? a.context.figures.filter(figures.indices.contains).map { figures[$0] } : namedFigures
            let asked = Array((gave.isEmpty ? facts : gave).prefix(2))
            let source = a.cueSets.contains("figure_source_asked")
            let answer = asked.map { fact in
                render(source ? "figure_source_none" : fact.kind == "target" ? "figure_kind_target" : "figure_kind_result", ["line": figureLine(fact)])
            }.joined(separator: "\n")
            return Outcome(
                status: source ? .noAnswer : .answered, answer: answer, quotes: asked.map(\.quote), confidence: 0.8, about: [asked[0].subject],
                relation: "figure", figures: asked.compactMap(figureIndex))
        }
        let unitAsked = a.cueSets.contains("figure_unit_asked")
        let given = facts.filter { unitAsked ? !($0.unit ?? "").isEmpty : $0.date != nil }
        guard !given.isEmpty else {
            return Outcome(status: .noAnswer, answer: render("no_answer_known", ["name": facts[0].measure ?? name(facts[0].subject)]), confidence: 0.7, about: [facts[0].subject])
        }
        let answer = given.map { fact in
            let values = ["measure": fact.measure ?? name(fact.subject), "value": fact.value ?? "", "unit": fact.unit ?? "", "date": fact.date ?? ""]
            return render(unitAsked ? "figure_unit" : "figure_date", values)
        }.joined()
        return Outcome(
            status: .answered, answer: answer, quotes: given.map(\.quote), confidence: 0.85, about: [given[0].subject], relation: "figure",
            figures: given.compactMap(figureIndex))
    }

    /// The asker doubts the last answer (不對吧,我記得是13個 / 你確定?我看新聞說是三千億): the
    /// figure the last answer gave, checked against the number they give (so, or not so: the
    /// article's, and whose figure theirs is where another of the same sentence has it); with
    /// no number, the article's words again. Only of the last turn: a question that names
    /// something or a figure by its words is a claim of its own (the rules after).
    /// Whether the asker corrects themselves (我說錯了,是越秀): their question asked again, no doubt.
    func correctsItself(_ a: QuestionAnalysis) -> Bool {
        (knowledge.lexicon.cues["self_correction"] ?? []).contains { a.normalized.string.contains(normalizer.normalize($0).string) }
    }

    private func pushback(_ a: QuestionAnalysis) -> Outcome? {
        // (A figure named by its number alone, 我記得是13個, is the asker's number, not a claim of its own.)
        let keys = a.normalized.keys
        // (Nor by its unit right after the number, 12個區: 個區 or 區.)
        let namedByWords = cueAutomaton.matches(in: keys).contains { match in
            guard case .figure = match.payload else { return false }
            return !keys[match.start..<match.end].contains(where: Self.isDigitKey)
                && !(1...2).contains { match.start - $0 >= 0 && Self.isDigitKey(keys[match.start - $0]) }
        }
        // 不對吧,我記得是郭昊羽? after who holds a post: not so, the article's holder holds it, and
        // the one the asker names holds another.
        // (Not beside a question of its own, 真的嗎?那郭昊羽是做什麼的?: a yes/no tag is no question.)
        // (Or after anything said of someone, 唔係郭昊羽咩? after 盧一先's figure: the one it was of.)
        if a.context.role != nil || a.cueSets.contains("pushback"), !a.cueSets.contains(where: { Self.asksSomething($0) && $0 != "yesno" && $0 != "pushback" }), let holderID = a.context.person, let holder = knowledge.entitiesByID[holderID],
            let named = Self.namedPersonDoubted(a), named.person.entity.id != holderID
        {
            let other = named.person.entity
            let holderPosts = postsOf(holder.id)
            let otherPosts = postsOf(other.id)
            return Outcome(
                status: .answered,
                answer: render("pushback_not", ["value": holder.name])
                    + render("describe_person", ["name": holder.name, "posts": list(holderPosts.compactMap(\.value))])
                    + render("describe_person", ["name": other.name, "posts": list(otherPosts.compactMap(\.value))]),
                quotes: (holderPosts + otherPosts).map(\.quote), confidence: 0.85, about: [holder.id, other.id], role: a.context.role)
        }
        // 不可能,我明明看到他是海珠的 after whose post it is: not so, their posts as the article gives
        // them, when none of them is of the place the asker names.
        if let personID = a.context.person, let person = knowledge.entitiesByID[personID], person.type == "person",
            a.mentions.contains(where: { $0.entity.id == personID })
                || (a.context.role != nil && a.cueSets.contains("pushback") && !correctsItself(a)),
            let named = Self.onlyQuestionMention(a),
            named.entity.type == "district" || named.entity.type == "organization",
            case let held = postsOf(personID), !held.isEmpty,
            // (The place of their post itself, 不是南沙嗎?: it is.)
            !held.contains(where: { $0.org == named.entity.id }) || a.cueSets.contains("pushback")
        {
            if held.contains(where: { $0.org == named.entity.id }) {
                return Outcome(
                    status: .answered,
                    answer: render("evidence_yes", [:]) + render("describe_person", ["name": person.name, "posts": list(held.compactMap(\.value))]),
                    quotes: held.map(\.quote), confidence: 0.85, about: [personID])
            }
            return Outcome(
                status: .answered,
                answer: render("pushback_not", ["value": list(held.compactMap(\.value))])
                    + render("describe_person", ["name": person.name, "posts": list(held.compactMap(\.value))]),
                quotes: held.map(\.quote), confidence: 0.85, about: [personID])
        }
        // 唔係啩,我記得係越秀喎 after where something is (南沙): not so, the place the last answer
        // gave, with the article's sentence; the one the asker names is another.
        // (Not the asker correcting themselves, 我說錯了,是越秀: their question asked again.)
        if !correctsItself(a), let placeID = a.context.place, let place = knowledge.entitiesByID[placeID], let named = Self.onlyQuestionMention(a),
            Self.placeTypes.contains(named.entity.type), named.entity.type == place.type, named.entity.id != placeID,
            let index = a.context.clause, evidence.clauses.indices.contains(index)
        {
            let sentence = evidence.sentences[evidence.clauses[index].sentence]
            guard sentence.text.containsText(place.name) || place.aliases.contains(where: sentence.text.containsText) else { return nil }
            return Outcome(
                status: .answered, answer: render("pushback_not", ["value": place.name]) + sentence.text,
                citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)], confidence: 0.8,
                about: [placeID], clause: index)
        }
        let doubted = doubtsInWordsOfItsOwn(a)
        guard doubted || (!a.mentions.contains(where: \.fromQuestion) && !namedByWords) else { return nil }
        guard let clause = a.context.clause, a.context.rule != nil else {
            // (With nothing before it, only bare doubt asks what is meant: 我記得增速是3.88%,對嗎? is a claim.)
            guard a.numbers.isEmpty, a.figureScore.isEmpty else { return nil }
            return Outcome(status: .noAnswer, answer: render("followup_no_context", [:]), suggestions: defaultSuggestions(), confidence: 0.6)
        }
        // The numbers the asker gives, each with the magnitude or unit written after it (2000萬 is
        // not 2000億; 三點八八 alone is 3.88 whatever its unit).
        let text = a.normalized.characters
        var given: [(number: String, after: Character?)] = []
        var i = 0
        while i < text.count {
            guard text[i].isASCIIDigit else { i += 1; continue }
            var j = i
            while j < text.count, text[j].isASCIIDigit || (text[j] == "." && j + 1 < text.count && text[j + 1].isASCIIDigit) { j += 1 }
            given.append((String(text[i..<j]), j < text.count ? text[j] : nil))
            i = j
        }
        let line = figureLine
        /// Whether the asker's number is the figure's: the same number, and no other magnitude or
        /// unit written after it than the figure's own.
        func isGiven(_ fact: Fact) -> Bool {
            let value = normalizer.normalize((fact.value ?? "") + (fact.unit ?? "")).characters
            let numbers = Self.numbers(in: value)
            return given.contains { g in
                guard numbers.contains(g.number), let after = g.after, !after.isASCIIDigit else { return numbers.contains(g.number) }
                // (After the number in the figure's own words, what follows it there.)
                guard Self.unitCharacters.contains(after) else { return true }
                // (個 counts anything counted: 10個 is 10家; not 萬 or 億.)
                if after == "个" || after == "個" {
                    return value.indices.contains { k in
                        value[k...].starts(with: Array(g.number)) && (k + g.number.count == value.count
                            || !Self.magnitudeCharacters.contains(value[k + g.number.count]))
                    }
                }
                // (Past a word of about, 4500多家: 4500家 claims it.)
                return value.indices.contains { k in
                    guard value[k...].starts(with: Array(g.number)) else { return false }
                    let end = k + g.number.count
                    return (value.indices.contains(end) && value[end] == after)
                        || (value.indices.contains(end + 1) && Self.aboutCharacters.contains(value[end]) && value[end + 1] == after)
                }
            }
        }
        let last = a.context.figures.filter(figures.indices.contains)
        if !last.isEmpty {
            let facts = last.map { figures[$0] }
            guard !given.isEmpty else {
                return Outcome(status: .answered, answer: render("pushback_same", [:]) + facts.map(line).joined(), quotes: facts.map(\.quote),
                               confidence: 0.85, about: facts.map(\.subject), figures: last)
            }
            if let index = last.first(where: { isGiven(figures[$0]) }) {
                let fact = figures[index]
                return Outcome(status: .answered, answer: render("evidence_yes", [:]) + line(fact), quotes: [fact.quote], confidence: 0.85,
                               about: [fact.subject], figures: last)
            }
            // (Their number, another figure's of the same sentence: 13 is 千億級's, not 萬億級's.)
            func sentence(_ figure: Fact) -> Int? { evidence.lastClause[TextKey(figure.quote)].map { evidence.clauses[$0].sentence } }
            let sentences = Set(facts.compactMap(sentence))
            // (Else the one figure of the whole article that is their number and counts the same
            // kind of thing, 21 of 21條重點產業鏈 after 萬億級產業鏈群's 8 (their words share 產業鏈):
            // where the number they remember comes from. Not one of several; not 10家 of 500強央企
            // 子公司, nor 6位 of the departments, after a count of clusters.)
            // (Their measures' words, without the city's names and what parentheses hold: 廣州 and
            // (目標) tell no kind apart.)
            let scopeNames = knowledge.scope.flatMap { knowledge.entitiesByID[$0] }.map { [$0.name] + $0.aliases } ?? []
            func kindWords(_ fact: Fact) -> Set<UInt64> {
                var measure = fact.measure ?? ""
                while let open = measure.firstIndex(where: { $0 == "(" || $0 == "（" }),
                    let close = measure[open...].firstIndex(where: { $0 == ")" || $0 == "）" })
                {
                    measure.removeSubrange(open...close)
                }
                for name in scopeNames.sorted(by: { $0.count > $1.count }) { measure = measure.replacingOccurrences(of: name, with: " ") }
                return Self.bigrams(normalizer.normalize(measure).characters)
            }
            let lastMeasures = facts.map(kindWords)
            let elsewhere = figures.indices.filter { i in
                !last.contains(i) && isGiven(figures[i]) && lastMeasures.contains { Self.shared(kindWords(figures[i]), $0) >= Self.fewestPairsOfAKind }
            }
            let other = elsewhere.first { i in
                facts.contains { $0.quote == figures[i].quote } || sentence(figures[i]).map(sentences.contains) == true
            } ?? (Set(elsewhere.map { figures[$0].subject }).count == 1 ? elsewhere.first : nil)
            let stated = facts.map { ($0.value ?? "") + ($0.unit ?? "") }.joined(separator: render("and", [:]))
            var answer = render("pushback_not", ["value": stated]) + facts.map(line).joined()
            if let other { answer += render("pushback_other", ["figure": line(figures[other])]) }
            return Outcome(status: .answered, answer: answer, quotes: facts.map(\.quote) + (other.map { [figures[$0].quote] } ?? []), confidence: 0.85,
                           about: facts.map(\.subject), figures: last)
        }
        // No figure last: the clause the last answer quoted, as the article words it.
        guard evidence.clauses.indices.contains(clause) else { return nil }
        let sentence = evidence.sentences[evidence.clauses[clause].sentence]
        // (Not so, when the asker's words are the article's with one character changed: 我印象裡是
        // 北部極點 after 南部極點.)
        // (Not for words of the asker's own, 不是冼村和獵德村嗎?: they may say the same in other words,
        // 不是春節後第一個工作日嗎?; the article's words are the answer.)
        let differs = Self.oneCharacterOff(text, evidence.clauses[clause].normalized.characters)
        return Outcome(
            status: .answered, answer: (differs ? render("evidence_no", [:]) : "") + render("pushback_words", ["quote": sentence.text]), quotes: [],
            citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)], confidence: 0.75,
            about: a.context.focus.map { [$0] } ?? [], clause: clause)
    }

    /// The fewest pairs of characters two figures' measures share to count the same kind of
    /// thing (產業, 業鏈 of 重點產業鏈 and 萬億級產業鏈群).
    static let fewestPairsOfAKind = 2

    /// Whether `asked` holds a run of `Self.shortestChangedRun` characters or more that `written`
    /// holds with one character, not a digit, changed (北部極點 for 南部極點), and does not hold
    /// as written.
    static func oneCharacterOff(_ asked: [Character], _ written: [Character]) -> Bool {
        let length = shortestChangedRun
        guard asked.count >= length, written.count >= length else { return false }
        for i in 0...(asked.count - length) {
            let run = asked[i..<(i + length)]
            guard run.allSatisfy({ $0.isLetter }), written.firstRun(of: run) == nil else { continue }
            for j in 0...(written.count - length) {
                var differing = 0
                var at = 0
                for k in 0..<length where run[i + k] != written[j + k] {
                    differing += 1
                    at = k
                    if differing > 1 || run[i + k].isNumber || written[j + k].isNumber { differing = 2; break }
                }
                guard differing == 1 else { continue }
                // (Not a run whose changed character is only where the asker's words begin or end
                // against the article's: 是世界水準 holds 世界水準 as written, beside 具.)
                if at == 0, i + length < asked.count, j + length < written.count, asked[i + length] == written[j + length] { continue }
                if at == length - 1, i > 0, j > 0, asked[i - 1] == written[j - 1] { continue }
                return true
            }
        }
        return false
    }
    static let shortestChangedRun = 4

    /// Whether `fact` holds two of `named` as a claim: its subject and an object, or a measure
    /// (a program) and a thing it is done to, both among its objects — not two items that only
    /// share a list (康鷺片區和新市頭村).
    static func holdsTogether(_ fact: Fact, _ named: Set<String>, _ entities: [String: Entity]) -> Bool {
        let objects = fact.objects.filter(named.contains)
        if named.contains(fact.subject), !objects.isEmpty { return true }
        return objects.count >= 2 && objects.contains { entities[$0]?.type == "program" } && objects.contains { entities[$0]?.type != "program" }
    }

    /// A yes/no question naming two things one fact holds together (康鷺片區係咪要搞城中村改造?):
    /// that fact, as its relation says it (not said: a statement is answered by who said it).
    private func together(_ a: QuestionAnalysis) -> Outcome? {
        // (With the whole of the last answer's list, when asked whether a thing is in it.)
        let inLastList = a.cueSets.contains(Self.inLastListCue)
        // (Not among the last list's items: said so, with the list.)
        if a.cueSets.contains(Self.notInLastListCue), let named = Self.onlyQuestionMention(a),
            let whole = a.mentions.first(where: { $0.source == .pronoun })?.entity,
            let list = (knowledge.factsBySubject[whole.id] ?? []).first(where: { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 }),
            let sentence = relationSentence(list)
        {
            let typed = Array(a.normalized.characters[named.start..<named.end])
            let shown = typed == normalizer.normalize(named.entity.name).characters ? named.entity.name : originalText(a, named.start, named.end)
            // (No, of a list the article gives whole; of one it leaves open, 等, not said.)
            let note = list.complete
                ? render("evidence_no", [:]) + render("list_claim_stranger", ["names": shown])
                : render("list_claim_stranger_open", ["names": shown])
            return Outcome(
                status: .answered, answer: note + sentence, quotes: [list.quote], confidence: 0.75,
                about: [whole.id, named.entity.id], relation: list.relation)
        }
        let named = Set(a.mentions.filter { $0.fromQuestion || (inLastList && $0.source == .pronoun) }.map(\.entity.id))
        guard named.count >= 2 else { return nil }
        for id in named.sorted() {
            for fact in factsByObject[id] ?? [] where fact.relation != "said" && fact.relation != "figure" {
                guard Self.holdsTogether(fact, named, knowledge.entitiesByID), let sentence = relationSentence(fact) else { continue }
                return Outcome(
                    status: .answered, answer: sentence, quotes: [fact.quote], confidence: 0.8,
                    about: [fact.subject] + fact.objects.filter(named.contains), relation: fact.relation)
            }
        }
        if let (thing, fact) = nameHoldsClaim(a), let sentence = relationSentence(fact) {
            return Outcome(
                status: .answered, answer: sentence, quotes: [fact.quote], confidence: 0.7,
                about: [fact.subject, thing], relation: fact.relation)
        }
        return nil
    }

    /// A thing claimed to be of a kind its own full name already says (汽車產業集群係咪千億級?:
    /// 兩千億級汽車產業集群): the thing, and the fact the article says it in. The claimed words are
    /// another name of the graph's, written after the thing's and not inside what was typed of it.
    func nameHoldsClaim(_ a: QuestionAnalysis) -> (thing: String, fact: Fact)? {
        let text = a.normalized.characters
        let asked = a.mentions.filter { $0.fromQuestion && $0.start >= 0 && $0.end <= text.count }
        guard asked.count >= 2 else { return nil }
        for claimed in asked where claimed.end - claimed.start >= 2 {
            let words = Array(text[claimed.start..<claimed.end])
            for thing in asked where thing.entity.id != claimed.entity.id && thing.end <= claimed.start {
                // (Its name as written, Simplified: normalizing would write 兩千億 as 2000億.)
                guard Self.contains(Array(normalizer.toSimplified(thing.entity.name)), words),
                    !Self.contains(Array(text[thing.start..<thing.end]), words),
                    let fact = (factsByObject[thing.entity.id] ?? []).first(where: { $0.relation != "said" && $0.relation != "figure" })
                else { continue }
                return (thing.entity.id, fact)
            }
        }
        return nil
    }

    /// A quiz's odd one out (以下哪個不是郭永航提到的萬億級產業鏈群?A … B … C … D …): of the
    /// list of the thing the question names (萬億級產業鏈群, 南沙's 重點產業), the options it does
    /// not hold, where it holds two or more of them and more than it leaves out. The options are
    /// the other things named (not a person, a post, an event or the city). Nil when the thing
    /// named has no list holding the options (以下哪個不是海珠的重點產業?: the rules after).
    private func whichNot(_ a: QuestionAnalysis) -> Outcome? {
        var named: [String] = []
        for m in a.mentions where m.fromQuestion && !["person", "role", "event", "city"].contains(m.entity.type) && !named.contains(m.entity.id) {
            named.append(m.entity.id)
        }
        guard named.count >= 2 else { return nil }
        var best: (fact: Fact, inside: [String])? = nil
        // (The list of a thing named, or, when only its items are, a list that holds them.)
        for subject in named {
            for fact in (knowledge.factsBySubject[subject] ?? []) + (factsByObject[subject] ?? []) where fact.objects.count >= 2 && fact.relation != "said" {
                let inside = named.filter { fact.objects.contains($0) }
                // (The list the question names first, 五極 though 雙核五極 holds one option more;
                // then the one holding most options: 三大國家級開發區 of 番禺、南沙、增城,….)
                let namesList = named.contains(fact.subject)
                let bestNamesList = best.map { named.contains($0.fact.subject) } ?? false
                if inside.count >= 2,
                    best == nil || (namesList && !bestNamesList) || (namesList == bestNamesList && inside.count > best!.inside.count)
                {
                    best = (fact, inside)
                }
            }
        }
        guard let best, best.inside.count >= 2 else { return nil }
        // (An option is of the kind of those in the list: not the stem's own subject, 海珠 of
        // 以下哪個不是海珠的重點產業?, nor another district.)
        // (Sites of any kind — places, platforms, zones — are one kind here.)
        func kind(_ id: String) -> String {
            let type = knowledge.entitiesByID[id]?.type ?? ""
            return ["place", "platform", "zone"].contains(type) ? "site" : type
        }
        let kinds = Set(best.inside.map(kind))
        // (Or a district the article does not speak of, among districts, whatever else the graph
        // names so: 番禺 among 南沙、增城, not 番禺智造創新城.)
        let text = a.normalized.characters
        let siblings = Set((knowledge.lexicon.cues["sibling_places"] ?? []).map { normalizer.normalize($0).characters })
        func writtenAsSibling(_ id: String) -> Bool {
            kinds.contains("district") && a.mentions.contains { m in
                m.entity.id == id && m.fromQuestion && m.start >= 0 && m.end <= text.count && siblings.contains(Array(text[m.start..<m.end]))
            }
        }
        // (Or a district written among options that are sites, 南沙新區 among 北部增長極、國家知識
        // 中心城…: one of the places a quiz offers.)
        let insideMentions = a.mentions.filter { $0.fromQuestion && $0.start >= 0 && best.inside.contains($0.entity.id) }
        func amongSiteOptions(_ id: String) -> Bool {
            guard kinds == ["site"], kind(id) == "district", let first = insideMentions.map(\.start).min(),
                let last = insideMentions.map(\.end).max()
            else { return false }
            return a.mentions.contains { $0.entity.id == id && $0.fromQuestion && $0.start > first && $0.end < last }
        }
        var left = named.filter { id in
            !best.inside.contains(id) && id != best.fact.subject && (kinds.contains(kind(id)) || writtenAsSibling(id) || amongSiteOptions(id))
        }
        // (An option that names nothing the graph holds, 白雲山片區 among 羅沖圍片區、廣州火車站…,
        // is not in the list either.)
        let unnamed = unnamedOptions(a, besides: best.inside)
        // (A name the graph holds inside such an option, 片區 of 白雲山片區, is no option of its own.)
        if !unnamed.isEmpty {
            let options = unnamed.map { normalizer.normalize($0).characters }
            left = left.filter { id in
                !a.mentions.contains { m in
                    m.entity.id == id && m.fromQuestion && m.start >= 0 && m.end <= text.count
                        && options.contains { Self.contains($0, Array(text[m.start..<m.end])) }
                }
            }
        }
        guard named.count + unnamed.count >= 3, !left.isEmpty || !unnamed.isEmpty, left.count + unnamed.count < best.inside.count else { return nil }
        let fact = best.fact
        guard let sentence = relationSentence(fact) else { return nil }
        // (The one left out, where another list of the graph holds it: that list too, 半導體和集成
        // 電路 of the 千億級 clusters.)
        // (A list of the same kind, its name sharing words with the asked one's: 千億級產業鏈群 beside
        // 萬億級產業鏈群; not 三大國家級開發區 for 南沙 beside 五極, nor 雙核五極, which holds 五極's.)
        let askedName = Self.bigrams(normalizer.normalize(name(fact.subject)).characters)
        let elsewhere = left.count == 1
            ? (factsByObject[left[0]] ?? []).first { other in
                Self.listRelations.contains(other.relation) && other.subject != fact.subject && !Set(fact.objects).isSubset(of: other.objects)
                    && Self.shared(askedName, Self.bigrams(normalizer.normalize(name(other.subject)).characters)) >= 1
            } : nil
        return Outcome(
            status: .answered,
            answer: render("which_not", [
                "names": list(left.map { writtenAsSibling($0) || amongSiteOptions($0) ? writtenName(of: $0, a) : name($0) } + unnamed), "list": sentence,
            ]) + (elsewhere.flatMap(relationSentence) ?? ""),
            quotes: [fact.quote] + (elsewhere.map { [$0.quote] } ?? []), confidence: 0.85, about: left + [fact.subject], relation: fact.relation)
    }

    /// How the question writes its first mention of `id`, as asked (番禺, not the name it stands for).
    private func writtenName(of id: String, _ a: QuestionAnalysis) -> String {
        guard let m = a.mentions.first(where: { $0.entity.id == id && $0.fromQuestion && $0.start >= 0 }) else { return name(id) }
        return originalText(a, m.start, m.end)
    }

    /// The lists (parts or members) that hold `entity`, as their sentences; nil when none does.
    /// Yes, and the list that names the one thing the question names, of the lists of two or
    /// more the graph holds it in: the one the conversation is on (its subject the last answer's,
    /// or its quote holding the clause the last answer quoted), else the only one. Nil when none
    /// or several.
    func listNaming(_ a: QuestionAnalysis) -> Outcome? {
        let named = a.mentions.filter(\.fromQuestion)
        guard named.count == 1 else { return nil }
        let id = named[0].entity.id
        // (Lists of parts or members only: not two places a thing is in, 康鷺片區在海珠、一軸一路.)
        let lists = (factsByObject[id] ?? []).filter { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 && $0.objects.contains(id) }
        let clause = a.context.clause.flatMap { evidence.clauses.indices.contains($0) ? evidence.clauses[$0].text : nil }
        let inThread = lists.filter { $0.subject == a.context.focus || clause.map($0.quote.containsText) == true }
        // (Of those the conversation is on, the shortest, 五極 within 雙核五極; else each that names it.)
        let chosen = inThread.min(by: { $0.objects.count < $1.objects.count }).map { [$0] } ?? Array(lists.prefix(Self.maximumCandidates))
        let sentences = chosen.compactMap(relationSentence)
        guard !sentences.isEmpty, sentences.count == chosen.count else { return nil }
        return Outcome(
            status: .answered, answer: render("evidence_yes", [:]) + sentences.joined(), quotes: chosen.map(\.quote), confidence: 0.8,
            about: [chosen[0].subject, id], relation: chosen[0].relation)
    }

    func listsHolding(_ entity: Entity) -> Outcome? {
        let wholes = (factsByObject[entity.id] ?? []).filter { $0.relation == "has_member" || $0.relation == "has_part" }
        let sentences = wholes.compactMap(relationSentence)
        guard !sentences.isEmpty else { return nil }
        return Outcome(
            status: .answered, answer: sentences.joined(), quotes: wholes.map(\.quote), confidence: 0.7,
            about: wholes.map(\.subject) + [entity.id])
    }

    /// The options of a quiz beside those naming `inside` (A、B、C, or A … B … C …) that name
    /// nothing of the graph's and ask nothing: the words as written, without their letters. The
    /// options run from the ones naming `inside` over 、 and spaces; a comma, a colon or a
    /// question mark ends them (…旅遊業,選一個).
    func unnamedOptions(_ a: QuestionAnalysis, besides inside: [String]) -> [String] {
        // Segments, each with whether an enumeration (、 or a space) joins it to the one before.
        var segments: [(text: String, enumerated: Bool)] = []
        var current = ""
        var joinedByEnumeration = false
        var nextJoined = false
        func close() {
            let text = Self.withoutOptionLetter(current.trimmingWhitespace)
            if !text.isEmpty { segments.append((text, joinedByEnumeration)); joinedByEnumeration = nextJoined }
            else if !nextJoined { joinedByEnumeration = false }
            current = ""
        }
        for character in a.original {
            switch character {
            case "、", " ", "\u{3000}", "/":
                nextJoined = true
                close()
            case ":" where Self.isOptionLetter(current.trimmingWhitespace), "：" where Self.isOptionLetter(current.trimmingWhitespace):
                // (A:時尚產業 — the colon of an option's letter.)
                current.append(character)
            case ",", "，", ":", "：", "?", "？", ";", "；", "。", "!", "！":
                nextJoined = false
                close()
                joinedByEnumeration = false
            default:
                current.append(character)
            }
        }
        nextJoined = false
        close()
        let keys = segments.map { normalizer.normalize($0.text).keys }
        // (Named: the segment is a name of the graph's, whole — 白雲山片區 holds 片區 and is none.)
        let named = segments.map { namesOneThing($0.text) }
        let listing = Set(inside)
        let holdsListed = keys.map { k in entityAutomaton.matches(in: k).contains { !listing.isDisjoint(with: $0.payload) } }
        guard let first = holdsListed.firstIndex(of: true), let last = holdsListed.lastIndex(of: true) else { return [] }
        func option(_ i: Int) -> Bool {
            !named[i] && (2...12).contains(segments[i].text.count)
                && !cueAutomaton.matches(in: keys[i]).contains { if case .set(let name, _) = $0.payload { return Self.asksSomething(name) || name == "which_not" } else { return false } }
        }
        var options: [String] = []
        var i = first
        while i > 0, segments[i].enumerated, option(i - 1) { options.insert(segments[i - 1].text, at: 0); i -= 1 }
        for j in first...last where !holdsListed[j] && option(j) && (j == first || segments[j].enumerated) { options.append(segments[j].text) }
        var j = last + 1
        while j < segments.count, segments[j].enumerated, option(j) { options.append(segments[j].text); j += 1 }
        return options
    }

    /// Whether `text` holds `part` as a run of characters.
    static func contains(_ text: [Character], _ part: [Character]) -> Bool {
        guard !part.isEmpty, part.count <= text.count else { return part.isEmpty }
        return (0...(text.count - part.count)).contains { text[$0..<($0 + part.count)].elementsEqual(part) }
    }

    /// An option's letter or number alone: A, b, 3, ③.
    static func isOptionLetter(_ text: String) -> Bool {
        guard text.count == 1, let c = text.first else { return false }
        return (c.isASCII && (c.isLetter || c.isNumber)) || c.unicodeScalars.first.map { (0x2460...0x2473).contains($0.value) } == true
    }

    /// An option without its letter or number (A 軟件和信創, C.汽車, (B)時尚產業, A:文化創意,
    /// 3.旅遊業, ③旅遊業): the words.
    static func withoutOptionLetter(_ text: String) -> String {
        var scalars = Substring(text)
        if scalars.first == "(" || scalars.first == "（" { scalars = scalars.dropFirst() }
        guard let letter = scalars.first, isOptionLetter(String(letter)) else { return text }
        let rest = scalars.dropFirst()
        if rest.isEmpty { return "" }
        // (A circled number needs no mark after it.)
        if !letter.isASCII { return String(rest).trimmingWhitespace }
        guard let mark = rest.first, [".", "．", ")", "）", "、", ":", "："].contains(mark) else { return text }
        return String(rest.dropFirst()).trimmingWhitespace
    }

    /// A claim of which district something is in (瀝滘村在越秀區嗎?): so or not, and where it is.
    /// Only where the question points to no other relation (海珠的瀝滘村要改造嗎? asks the renewal).
    private func placeCheck(_ a: QuestionAnalysis) -> Outcome? {
        guard a.cueSets.contains("yesno"), a.relationCueScore.keys.allSatisfy({ $0 == "located_in" }),
            // (Or the district 那裡 stands for: 那裡有沒有大學的項目? after a turn about 南沙.)
            let district = a.mentions.first(where: { ($0.fromQuestion || $0.source == .pronoun) && $0.entity.type == "district" })?.entity,
            let thing = a.mentions.first(where: { m in
                m.fromQuestion && Self.placeTypes.contains(m.entity.type) && !["district", "city"].contains(m.entity.type)
            })?.entity,
            let located = (knowledge.factsBySubject[thing.id] ?? []).first(where: { $0.relation == "located_in" })
                // (Placed nowhere, but one district's to build, 文化融合發展示範區是南沙的嗎?: that
                // district's fact that names it.)
                ?? {
                    let owning = (factsByObject[thing.id] ?? []).filter { knowledge.entitiesByID[$0.subject]?.type == "district" }
                    return Set(owning.map(\.subject)).count == 1 ? owning.first : nil
                }(),
            let sentence = relationSentence(located)
        else { return nil }
        let holds = located.relation == "located_in" ? located.objects.contains(district.id) : located.subject == district.id
        let verdict = render(holds ? "evidence_yes" : "evidence_no", [:])
        // (The district it is in first: 那邊 in the next turn is there.)
        return Outcome(
            status: .answered, answer: verdict + sentence, quotes: [located.quote], confidence: 0.9,
            about: located.relation == "located_in" ? located.objects + [thing.id] : [located.subject, thing.id], relation: "located_in")
    }

    /// Whether the question says nothing but what the facts' quotes say: every character it
    /// writes outside the things it names is in a quote, or does a sentence's work, or asks.
    func claimsOnly(what facts: [Fact], _ a: QuestionAnalysis) -> Bool {
        var allowed = Set(facts.flatMap { normalizer.normalize($0.quote).characters })
        for word in (knowledge.lexicon.cues["function_characters"] ?? []) + (knowledge.lexicon.cues["yesno"] ?? []) {
            allowed.formUnion(normalizer.normalize(word).characters)
        }
        var named = [Bool](repeating: false, count: a.normalized.characters.count)
        for m in a.mentions where m.fromQuestion { for i in max(0, m.start)..<min(named.count, m.end) { named[i] = true } }
        return a.normalized.characters.indices.allSatisfy { i in named[i] || allowed.contains(a.normalized.characters[i]) || a.normalized.characters[i].isASCII }
    }

    private func relation(_ a: QuestionAnalysis, forced: String?) -> Outcome? {
        // Question mentions first; a context mention only when the question names none; a part
        // named within a whole, alone, when it has facts of its own that answer.
        let fromQuestion = a.mentions.filter(\.fromQuestion)
        var ranked = fromQuestion.isEmpty ? a.mentions : fromQuestion
        // (這樣做 of the last turn's thing, 廣州 only as who does it: the thing.)
        if ranked.allSatisfy({ $0.entity.id == knowledge.scope }), let thing = a.mentions.first(where: { $0.source == .pronoun && $0.entity.type != "person" && $0.entity.id != knowledge.scope }) {
            ranked = [thing] + ranked
        } else if !fromQuestion.isEmpty {
            // After them, the place a pronoun of the question names (這個區在科技創新走廊裡是什麼
            // 定位?); not 他, who is rather who said it.
            ranked += a.mentions.filter { m in m.source == .pronoun && m.entity.type != "person" && !ranked.contains { $0.entity.id == m.entity.id } }
        }
        if let (whole, part) = wholeAndPart(a) {
            // (Else, when one part is asked, not the whole, whose list names the part: what the
            // part is follows. Parts asked together, 一廊一帶中的一廊和一帶, are the whole's list.)
            if !relationFacts(for: part.entity, in: a, forced: forced).isEmpty {
                ranked = [part]
            } else if !fromQuestion.contains(where: { $0.start > part.start }) {
                ranked = ranked.filter { $0.entity.id != whole.entity.id }
            }
        }
        var best: [(mention: QuestionAnalysis.Mention, fact: Fact, score: Int)] = []
        // A person who only says whose the thing asked of is (高裕躍提的四化平臺是哪四化?): the
        // thing's facts before theirs.
        let whose = whoseSpeaker(fromQuestion, a)
        // (他 of what they said, when nothing named has a fact that answers, 他還說政商關係要怎麼
        // 樣?: their words on it, as when they are named.)
        let speakerAfter = !fromQuestion.isEmpty && a.cueSets.contains("said")
            ? a.mentions.filter { $0.source == .pronoun && $0.entity.type == "person" } : []
        // (Things the question names besides who speaks or where, one right after the word of
        // saying, 海珠區蔡澍書記說瀝滘村和新市頭村要做什麼?: a fact of the district or person whose
        // words never name them answers nothing of them.)
        let things = fromQuestion.filter { Self.placeTypes.contains($0.entity.type) && !Self.areaTypes.contains($0.entity.type) }
        // (By index, the speaker after the others: no array joined for every question.)
        for index in 0..<(ranked.count + speakerAfter.count) {
            let isSpeakerAfter = index >= ranked.count
            if isSpeakerAfter, !best.isEmpty { break }
            let mention = isSpeakerAfter ? speakerAfter[index - ranked.count] : ranked[index]
            let ofSpeaker = Self.speakingTypes.contains(mention.entity.type)
            for (fact, score) in relationFacts(for: mention.entity, in: a, forced: forced) {
                // (Only their words on what the question names.)
                if isSpeakerAfter, !fromQuestion.contains(where: { m in fact.about.contains(m.entity.id) || fact.objects.contains(m.entity.id) }) { continue }
                if ofSpeaker, let said = a.relationCueEnd["said"], things.contains(where: { $0.start == said }), things.allSatisfy({ m in
                    !fact.objects.contains(m.entity.id) && !fact.about.contains(m.entity.id)
                        && !([m.entity.name] + m.entity.aliases).contains { fact.quote.containsText($0) }
                }) { continue }
                // (Nor a list of the speaker's that only holds them among others, when the article
                // says what each of them is itself: that, more of them than the list.)
                // (Only things said of right after the word of saying, …說瀝滘村要做什麼: not what
                // the speaker's place is to build, 說南沙要建設走廊的哪個部分.)
                if ofSpeaker, let said = a.relationCueEnd["said"], fact.objects.count > things.count, !things.isEmpty,
                    things.contains(where: { $0.start == said }),
                    things.allSatisfy({ $0.entity.summary != nil && fact.objects.contains($0.entity.id) })
                { continue }
                // A subject's own facts outrank those it only spoke about.
                // A subject's own facts outrank those it only spoke about, and what someone
                // said in general loses a tie to a specific relation.
                // and the document's own place (廣州) loses to a more specific subject named with it.
                let scopeOnly = mention.entity.id == knowledge.scope && ranked.count > 1 ? 3 : 0
                // (A relation of the subject's whose objects hold another thing the question names
                // outranks one a word of asking points to: 海珠城中村改造在做什麼? is the renewal,
                // not the plan 做什麼 asks.)
                // (Of a district or a thing: a person's or the city's facts name too much.)
                // (An index loop: this runs for every fact weighed, and a debug build's generic
                // iterators allocate at every step.)
                var namesOther = false
                // (Not what the other thing is, 海珠的一軸一路是什麼?: its own description.)
                if fromQuestion.count >= 2, fact.subject == mention.entity.id, fact.relation != "said", !a.cueSets.contains("what_is"),
                    mention.entity.type == "district" || !Self.speakingTypes.contains(mention.entity.type)
                {
                    var k = 0
                    while k < fromQuestion.count, !namesOther {
                        let other = fromQuestion[k].entity
                        namesOther = other.id != mention.entity.id && !Self.speakingTypes.contains(other.type) && fact.objects.contains(other.id)
                        k += 1
                    }
                }
                let adjusted = score * 4 + (fact.subject == mention.entity.id ? 2 : 0) - (fact.relation == "said" ? 3 : 0) - scopeOnly
                    - (whose == mention.entity.id ? 3 : 0) + (namesOther ? 4 : 0)
                if best.isEmpty || adjusted > best[0].score {
                    best = [(mention, fact, adjusted)]
                } else if adjusted == best[0].score {
                    // A tie between relations: the one whose objects hold another thing the
                    // question names (海珠 + 城中村改造: the renewal, not the plan 工作 points to);
                    // else the one asked last in the question.
                    let others = Set(a.mentions.filter { $0.fromQuestion && $0.entity.id != mention.entity.id }.map(\.entity.id))
                    let naming = Self.shared(others, fact.objects) > 0
                    let bestNaming = Self.shared(others, best[0].fact.objects) > 0
                    let end = a.relationCueEnd[fact.relation] ?? 0
                    let bestEnd = a.relationCueEnd[best[0].fact.relation] ?? 0
                    if fact.relation != best[0].fact.relation, naming != bestNaming {
                        if naming { best = [(mention, fact, adjusted)] }
                    } else if fact.relation != best[0].fact.relation, end > bestEnd {
                        best = [(mention, fact, adjusted)]
                    } else if fact.relation == best[0].fact.relation || end == bestEnd {
                        best.append((mention, fact, adjusted))
                    }
                }
            }
        }
        // The last turn's relation asked of one of its own items (新市頭村呢,也算嗎? after 海珠的城中村
        // 更新改造有哪些村): so, it is in that list.
        if best.isEmpty, let forced, let item = ranked.first(where: \.fromQuestion)?.entity,
            let list = knowledge.facts.first(where: { $0.relation == forced && $0.objects.contains(item.id) }),
            let sentence = relationSentence(list)
        {
            // (With what the article says of the item itself, when it says more: 復建房.)
            let own = item.summary.map { sentence.contains($0) ? "" : $0 } ?? ""
            return Outcome(
                status: .answered, answer: (a.cueSets.contains("yesno") ? render("evidence_yes", [:]) : "") + sentence + own,
                quotes: [list.quote] + (own.isEmpty ? [] : [item.quote]), confidence: 0.8, about: [item.id, list.subject], relation: forced)
        }
        guard var top = best.first else { return nil }
        // What a person said of a thing (他說要怎麼優化營商環境? after 郭昊羽): their clause on it,
        // not what the article says of the thing, when the fact is not theirs.
        if a.cueSets.contains("said"),
            let person = a.mentions.first(where: { $0.entity.type == "person" && $0.source != .implicit })?.entity,
            top.fact.subject != person.id, top.fact.speaker != person.id, top.mention.entity.id != person.id,
            let found = retrieve(a), found.outcome.about.contains(person.id)
        {
            return found.outcome
        }
        // 廣州城市更新有什麼計劃?: the city's plan is not the renewal's. A fact of the document's
        // own place answers only when the other things named are in it.
        if top.fact.subject == knowledge.scope {
            let quoteIsSimple = String.isSimpleText(top.fact.quote)
            let others = Set(ranked.map(\.entity.id)).subtracting([knowledge.scope].compactMap { $0 })
                .filter { knowledge.entitiesByID[$0]?.type != "role" }
            if !others.isEmpty, others.isDisjoint(with: top.fact.objects), !(top.fact.speaker.map(others.contains) ?? false), !others.contains(where: { id in
                knowledge.entitiesByID[id].map { e in ([e.name] + e.aliases).contains { top.fact.quote.containsText($0, simple: quoteIsSimple) } } ?? false
            }) {
                // (A fact of the other thing named instead, when its words point to one that says
                // the same: 「制造業立市」有成效,廣州獲批了哪些稱號? — its results, which hold the titles.)
                let said = String(top.fact.quote.reversed().drop(while: Self.answerEndMarks.contains).reversed())
                let own = ranked.filter { $0.entity.id != knowledge.scope }.flatMap { m in
                    relationFacts(for: m.entity, in: a, forced: forced)
                        .filter { $0.fact.subject == m.entity.id && a.relationCueScore[$0.fact.relation] != nil && $0.fact.quote.containsText(said) }
                        .map { (mention: m, fact: $0.fact, score: $0.score) }
                }
                guard let next = own.max(by: { ($0.score, $1.fact.relation) < ($1.score, $0.fact.relation) }) else { return nil }
                top = next
                best = [next]
            }
        }
        let relationID = top.fact.relation
        var facts = best.filter { $0.fact.relation == relationID }.map(\.fact)
        // What someone said about something (郭永航說要讓國企、民企、外企怎樣?): the one statement of
        // theirs that shares three pairs of characters or more with the question and at least
        // three times as many as any other; else all of them.
        if relationID == "said", facts.count > 1 {
            // (Those about a thing the question names, when some are: 郭永航說要構建怎樣的政商關係?)
            let named = Set(a.mentions.filter { $0.fromQuestion && $0.entity.type != "person" }.map(\.entity.id))
            let about = facts.filter { Self.shared(named, $0.about) > 0 }
            if !about.isEmpty { facts = about }
            let words = Self.bigrams(a.contentOutsideEntities)
            if !words.isEmpty, facts.count > 1 {
                // (Each statement's pairs counted when the engine was built.)
                let scored = facts.map { fact in
                    let index = statements.firstIndex { $0.subject == fact.subject && $0.quote == fact.quote }
                    return (fact: fact, score: index.map { Self.shared(words, statementBigrams[$0]) } ?? 0)
                }
                .sorted { $0.score > $1.score }
                // (Or two pairs, where no other statement shares any: 要構建 of 要構建親清政商關系.)
                if scored[0].score >= 3 && scored[1].score * 3 <= scored[0].score || scored[0].score >= 2 && scored[1].score == 0 {
                    facts = [scored[0].fact]
                }
            }
        }
        guard let relation = knowledge.relationTypes[relationID] else { return nil }
        var sentences: [String] = []
        var subjects: [String] = []
        for fact in facts where !subjects.contains(fact.subject) { subjects.append(fact.subject) }
        // How many are asked (not which: 哪幾個 asks the list), of one subject's list the article
        // gives whole: the count, with the list.
        // (All its facts of the relation, not only those the question's words ranked first.)
        if subjects.count == 1,
            let counted = countedList(of: subjects[0], (knowledge.factsBySubject[subjects[0]] ?? []).filter { $0.relation == relationID }, a)
        {
            return counted
        }
        var extraQuotes: [String] = []
        // (A part listed with its own parts is not listed again on its own.)
        var listedWithParts = Set<String>()
        for subject in subjects where !listedWithParts.contains(subject) {
            let own = facts.filter { $0.subject == subject }
            let items: [String]
            if relationID == "said" {
                items = own.map { $0.text ?? $0.quote }
            } else {
                items = own.flatMap(items(of:))
            }
            let partial = own.contains { !$0.complete }
            var joined = relationID == "said" ? items.joined() : list(items)
            // Parts that are each a whole of parts (一廊一帶 and 雙核五極 of the city's structure):
            // each with its own, for the names alone say no more than the whole's.
            let partIDs = own.flatMap(\.objects)
            if relationID == "has_part", partIDs.count >= 2, partIDs.count == items.count,
                case let partsOfEach = partIDs.compactMap({ id in (knowledge.factsBySubject[id] ?? []).first { $0.relation == "has_part" } }),
                partsOfEach.count == partIDs.count
            {
                joined = list(zip(items, partsOfEach).map { item, parts in item + "(" + list(self.items(of: parts)) + ")" })
                listedWithParts.formUnion(partIDs)
                for parts in partsOfEach where !extraQuotes.contains(parts.quote) { extraQuotes.append(parts.quote) }
            }
            if partial, relationID != "said" {
                let (end, quote) = openListEnd(of: subject, listing: items.count)
                joined += end
                if let quote { extraQuotes.append(quote) }
            }
            sentences.append(render("relation:" + relation.id, subjectValues("relation:" + relation.id, subject).merging([
                "items": joined, "including": partial ? render("including", [:]) : "",
            ]) { $1 }))
        }
        // A second thing asked of the same subject by words of its own (確切日期是哪天?…農曆是哪天?,
        // 哪些稱號或試點資格): its answer too.
        var quotes = facts.map(\.quote)
        for quote in extraQuotes where !quotes.contains(quote) { quotes.append(quote) }
        if forced == nil, a.specificRelations.count >= 2, a.specificRelations.contains(relationID), let end = a.relationCueEnd[relationID] {
            let second = relationFacts(for: top.mention.entity, in: a)
                .filter { candidate in
                    let other = candidate.fact.relation
                    return other != relationID && a.specificRelations.contains(other) && candidate.fact.subject == top.fact.subject
                        && (a.relationCueEnd[other].map { $0 != end } ?? false)
                }
                .max { $0.score != $1.score ? $0.score < $1.score : $0.fact.relation > $1.fact.relation }
            // (Every fact of that relation of the subject, 南沙的定位 told in two sentences: 廣州新核,
            // and 南部極點、創新型產業新高地; their items in one list.)
            let alike = second.map { second in
                relationFacts(for: top.mention.entity, in: a).map(\.fact).filter {
                    $0.relation == second.fact.relation && $0.subject == second.fact.subject && $0.relation != "said"
                }
            } ?? []
            if alike.count >= 2, let relation = knowledge.relationTypes[alike[0].relation] {
                var items: [String] = []
                for fact in alike { for item in self.items(of: fact) where !items.contains(item) { items.append(item) } }
                sentences.append(render("relation:" + relation.id, subjectValues("relation:" + relation.id, alike[0].subject).merging([
                    "items": list(items), "including": alike.allSatisfy(\.complete) ? "" : render("including", [:]),
                ]) { $1 }))
                for fact in alike where !quotes.contains(fact.quote) { quotes.append(fact.quote) }
            } else if let second, let sentence = relationSentence(second.fact) {
                sentences.append(sentence)
                quotes.append(second.fact.quote)
            }
        }
        // Each part asked of a list whose parts have lists of their own (“一廊一帶、雙核五極”分別指
        // 什麼?), or a list that only says again what the question names (一廊一帶、雙核五極具體指
        // 啥?): each part's list after the whole's.
        // (Not when they came with them already, 一廊一帶(科技創新走廊、…).)
        if Self.listRelations.contains(relationID), facts.count == 1, listedWithParts.isEmpty,
            case let asked = normalizer.toSimplified(a.original),
            (knowledge.lexicon.cues["each"] ?? []).contains(where: { asked.containsText(normalizer.toSimplified($0)) })
                || facts[0].objects.allSatisfy({ part in
                    a.mentions.contains { $0.fromQuestion && $0.entity.id == part }
                        || (knowledge.entitiesByID[part].map { e in
                            ([e.name] + e.aliases).contains { Self.holdsRun(a.normalized.keys, normalizer.normalize($0).keys) }
                        } ?? false)
                })
        {
            let partLists = facts[0].objects.compactMap { part in
                (knowledge.factsBySubject[part] ?? []).first { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 }
            }
            if partLists.count == facts[0].objects.count {
                for fact in partLists {
                    if let sentence = relationSentence(fact) {
                        sentences.append(sentence)
                        quotes.append(fact.quote)
                    }
                }
            }
        }
        // A yes/no question that writes a value of the subject's with one number wrong (大年初八
        // for 大年初七): not so, and the answer says what is.
        if a.cueSets.contains("yesno"), let first = sentences.first {
            let own = knowledge.factsBySubject[top.fact.subject] ?? []
            let states = own.contains { statesValue($0, a) }
            let misses = own.contains { missesValue($0, a) }
            // (Every number the question writes must be the answer's for a yes: 下午3點 is not 下午.)
            let numbersHeld = a.numbers.allSatisfy { n in facts.contains { f in f.values.contains { Self.numbers(in: normalizer.normalize($0).characters).contains(n) } } }
            // (Or gives it to a district it is not in, that none of the answer's facts names:
            // 越秀推動中大紡織商圈…嗎?, of a shopping district in 海珠.)
            let located = own.first { $0.relation == "located_in" }
            let misplacedIn = located.flatMap { located in
                a.mentions.first { m in
                    m.fromQuestion && m.entity.type == "district" && m.start < top.mention.start && !located.objects.contains(m.entity.id)
                        && !facts.contains { $0.subject == m.entity.id || $0.objects.contains(m.entity.id) || $0.about.contains(m.entity.id) }
                }
            }
            // (Or writes the opposite of the answer's words: 第一名 where it writes 前列.)
            if misses || writesOpposite(a, of: facts.map(\.quote)) {
                sentences[0] = render("evidence_no", [:]) + first
            } else if misplacedIn != nil, let located, let where_ = relationSentence(located) {
                sentences[0] = render("evidence_no", [:]) + first
                sentences.append(where_)
                quotes.append(located.quote)
            } else if states, numbersHeld, facts.contains(where: { statesValue($0, a) }) {
                // The value written is the answer's own: so it is.
                sentences[0] = render("evidence_yes", [:]) + first
            }
        }
        // Asked what someone said, answered by a list their words give another subject (商務局局長說
        // 要幹嘛?: the bureau's plan): whose words those are, said after it.
        // (A plan only: a list's own sentence is what its follow-ups read.)
        // (Or any list, asked of someone by their post alone, 海珠區的書記是怎麼說的?: whose it is.)
        // (Or names alone, 越秀 首席服務官: who said it is part of what they are asked about.)
        // (Or a post's place asked what it plans, 海珠區委書記打算做什麼?: the holder's words.)
        let postAlone = a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "role" }) && !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" })
        if relationID != "said",
            a.cueSets.contains("said") && (Self.broadRelations.contains(relationID) || postAlone) || (postAlone && !a.cueSets.contains("who"))
                || (a.mentions.filter(\.fromQuestion).count >= 2 && a.contentOutsideEntities.allSatisfy({ !$0.isLetter }) && !a.cueSets.contains(where: Self.asksSomething)),
            let speaker = facts.first?.speaker, facts.allSatisfy({ $0.speaker == speaker }),
            let person = knowledge.entitiesByID[speaker], person.type == "person", !sentences.contains(where: { $0.contains(person.name) })
        {
            sentences.append(render("relation_speaker_note", ["speaker": titled(speaker)]))
        }
        let usedContext = !top.mention.fromQuestion
        var confidence: Float = usedContext ? 0.85 : 0.95
        if case .question(.fuzzy) = top.mention.source { confidence = 0.7 }
        if forced != nil { confidence = min(confidence, 0.8) }
        // What the answer names becomes the next turn's 那裡: for 在哪個區, the district.
        let places = facts.flatMap(\.objects).filter { Self.placeTypes.contains(knowledge.entitiesByID[$0]?.type ?? "") }
        // (What someone said gives the figures its words hold: 這些數字 next points at them.)
        var given: [Int] = []
        if relationID == "said" {
            for fact in facts {
                for index in figuresInStatement[TextKey(fact.quote)] ?? [] where !given.contains(index) && given.count < Self.maximumCandidates {
                    given.append(index)
                }
            }
        }
        return Outcome(
            status: .answered, answer: sentences.joined(), quotes: quotes, confidence: confidence,
            about: relationID == "located_in" ? places + subjects : subjects + places, relation: relationID, figures: given)
    }

    private func whichSubject(_ a: QuestionAnalysis) -> Outcome? {
        let wantsDistrict = a.cueSets.contains("which_district")
        if wantsDistrict, let several = speakersMentioning(a, ofDistricts: true) { return several }
        let asked = Set(a.mentions.filter(\.fromQuestion).map(\.entity.id))
        let words = Self.bigrams(a.contentOutsideEntities)
        var best: (score: Int, fact: Fact)? = nil
        for (index, fact) in relationFacts.enumerated() {
            let subjectType = knowledge.entitiesByID[fact.subject]?.type
            let owner = wantsDistrict ? fact.subject : (fact.speaker ?? "")
            guard !owner.isEmpty, wantsDistrict ? subjectType == "district" : true else { continue }
            let score = Self.shared(words, relationFactBigrams[index]) + 5 * Self.shared(asked, fact.objects)
            if best == nil || score > best!.score { best = (score, fact) }
        }
        guard let best, best.score >= 4 else { return wantsDistrict ? districtWriting(a) : nil }
        let owner = wantsDistrict ? best.fact.subject : best.fact.speaker!
        // (Which district said it, 哪個區說要…?: the district, and who spoke for it.)
        if wantsDistrict, a.cueSets.contains("said"), let speaker = best.fact.speaker, speaker != owner, knowledge.entitiesByID[speaker] != nil {
            return Outcome(
                status: .answered, answer: render("which_subject_speaker", ["names": name(owner), "speaker": titled(speaker), "text": best.fact.quote]),
                quotes: [best.fact.quote], confidence: 0.75, about: [owner, speaker])
        }
        return Outcome(
            status: .answered, answer: render("which_subject", ["names": name(owner), "text": best.fact.quote]),
            quotes: [best.fact.quote], confidence: 0.75, about: [owner])
    }

    /// Which district's words write the name the question typed, where no fact of a district's
    /// has the thing it names (哪個區跟超高清視頻有關?: the cluster is no district's, but 越秀 is to
    /// help run the 世界超高清視頻產業發展大會): that district, when it is one, with its words.
    /// Only asked as mentioned or related (提到, 有關): 新能源在哪個區? asks where it is, which the
    /// district that says 新能源汽車 does not say.
    func districtWriting(_ a: QuestionAnalysis) -> Outcome? {
        guard a.cueSets.contains("mentioned") || (knowledge.lexicon.cues["related_words"] ?? []).contains(where: { a.normalized.string.containsText(normalizer.normalize($0).string) })
        else { return nil }
        let typed = a.mentions.filter { m in m.fromQuestion && m.end - m.start >= 3 && !Self.speakingTypes.contains(m.entity.type) && !Self.placeTypes.contains(m.entity.type) }
            .map { String(a.normalized.characters[$0.start..<$0.end]) }
        guard typed.count == 1 else { return nil }
        var found: [Fact] = []
        for fact in relationFacts where knowledge.entitiesByID[fact.subject]?.type == "district" && !found.contains(where: { $0.subject == fact.subject }) {
            if normalizer.normalize(fact.quote).string.containsText(typed[0]) { found.append(fact) }
        }
        guard found.count == 1 else { return nil }
        let fact = found[0]
        if let speaker = fact.speaker, knowledge.entitiesByID[speaker] != nil {
            return Outcome(
                status: .answered, answer: render("which_subject_speaker", ["names": name(fact.subject), "speaker": titled(speaker), "text": fact.quote]),
                quotes: [fact.quote], confidence: 0.65, about: [fact.subject, speaker])
        }
        return Outcome(
            status: .answered, answer: render("which_subject", ["names": name(fact.subject), "text": fact.quote]), quotes: [fact.quote], confidence: 0.65,
            about: [fact.subject])
    }

    private func relationDefault(_ a: QuestionAnalysis) -> Outcome? {
        guard let person = a.mentions.first(where: { $0.entity.type == "person" })?.entity else { return describe(a) }
        // 他說商務系統要當好什麼? asks what was said, not who he is.
        if a.cueSets.contains("said"), a.mentions.contains(where: { $0.entity.type != "person" && $0.fromQuestion })
            || !evidenceQuery(a).focus.isEmpty
        {
            return nil
        }
        // 他 重點片區: the thing named, not who he is (unless it is a body or place of his posts).
        let bodies = Set(postsOf(person.id).compactMap(\.org))
        if !a.mentions.contains(where: { $0.entity.type == "person" && $0.fromQuestion }), a.relationCueScore.isEmpty,
            a.mentions.contains(where: { $0.fromQuestion && !["person", "role"].contains($0.entity.type) && !bodies.contains($0.entity.id) })
        {
            return describe(a)
        }
        let people = a.mentions.filter { $0.entity.type == "person" && $0.fromQuestion }.map(\.entity)
        let targets = people.isEmpty ? [person] : people
        var sentences: [String] = []
        var quotes: [String] = []
        for target in targets {
            let own = postsOf(target.id)
            sentences.append(render("describe_person", ["name": target.name, "posts": list(own.compactMap(\.value))]))
            quotes += own.map(\.quote)
        }
        let fuzzy = a.mentions.contains { $0.source == .question(.fuzzy) }
        return Outcome(
            status: .answered, answer: sentences.joined(), quotes: quotes, confidence: fuzzy ? 0.7 : 0.9,
            about: targets.map(\.id) + postsOf(person.id).compactMap(\.org), relation: "holds_post")
    }

    /// The entity's own description, where it has one; otherwise the next rule answers.
    /// Words between a whole and a part of it (X中的Y), in normalized (Simplified) form.
    static let withinMarks: Set<String> = ["中的", "里的", "当中的", "之中的", "里面的", "中"]
    static let quotationMarks: Set<Character> = ["「", "」", "『", "』", "“", "”", "‘", "’", "\"", "'", "《", "》", " "]

    /// How far after a person the thing they spoke of may be named (在會上提的那個「…」).
    static let whoseSpeakerReach = 10

    /// A person named only to say whose the thing named after them is (高裕躍提的四化平臺, 郭永航
    /// 市長說的萬千百: a verb of one or two characters and 的 between them; or words of speech
    /// within `whoseSpeakerReach`, 高裕躍局長在會上提的那個「四化平臺」); nil for none. (Found
    /// without building a collection: most questions name no person.) Only names with a span
    /// in the question count (a person a shared name was narrowed to has none).
    func whoseSpeaker(_ named: [QuestionAnalysis.Mention], _ a: QuestionAnalysis) -> String? {
        guard named.count >= 2 else { return nil }
        let text = a.normalized.characters
        return named.first { m in
            m.entity.type == "person" && m.start >= 0 && m.end >= 0 && named.contains { n in
                guard n.entity.type != "person", n.entity.type != "role", n.start > m.end, n.start <= text.count else { return false }
                if (2...3).contains(n.start - m.end), text[n.start - 1] == "的" { return true }
                // (Or further on, after words of speech: 高裕躍局長在會上提的那個「四化平臺」.)
                guard n.start - m.end <= Self.whoseSpeakerReach else { return false }
                let between = String(text[m.end..<n.start])
                return spokenOfWords.contains { between.containsText($0) }
            }
        }?.entity.id
    }


    /// The entity a question is about when it names several: the longest name, the last of
    /// equals (in 廣州的三大國家級開發區 the head is the last noun). The event the document
    /// reports is only the frame beside another name (這次大會有提到番禺要搞啥嗎?).
    private func mainMention(_ a: QuestionAnalysis) -> QuestionAnalysis.Mention? {
        var named = a.mentions.filter(\.fromQuestion)
        guard !named.isEmpty else { return a.mentions.first }
        if let part = partWithinWhole(a) { return part }
        if named.contains(where: { $0.entity.id != knowledge.subject }) { named.removeAll { $0.entity.id == knowledge.subject } }
        // (Nor the person who only says whose it is: 郭永航市長說的萬千百是什麼意思?)
        if let whose = whoseSpeaker(named, a) { named.removeAll { $0.entity.id == whose } }
        // (Nor who speaks, or where, when they say something of a place the question names right
        // after the word of saying: 海珠區蔡澍書記說瀝滘村要做什麼? asks of the village.)
        if let said = a.relationCueEnd["said"],
            named.contains(where: { $0.start == said && Self.placeTypes.contains($0.entity.type) && !Self.areaTypes.contains($0.entity.type) })
        {
            named.removeAll { Self.speakingTypes.contains($0.entity.type) }
        }
        return named.reduce(named[0]) { best, m in (m.end - m.start) >= (best.end - best.start) ? m : best }
    }

    /// A part named within a whole (城市結構中的五極, 城市結構裡的一廊一帶): the part is asked about.
    func partWithinWhole(_ a: QuestionAnalysis) -> QuestionAnalysis.Mention? {
        wholeAndPart(a)?.part
    }

    /// The most characters between a place as a whole and the 裡 or 中 that closes it (廣州的規劃裡: 3).
    static let wordsAfterTheWhole = 3

    /// Characters after which 中 still closes a whole (…中的, …中是, 中算): not 中小, 中心, 中國.
    static let afterClosing中: Set<Character> = ["的", "是", "算", "排", "定", "有", "处", "属", "占", "位", "怎", "什", "哪", "扮", "起"]

    /// Whether 裡 or 中 closes a whole named before `start` in `text` (normalized), within `reach`
    /// characters: right after it (從化在城市結構中), or further on (廣州規劃裡) a 裡, or a 中 that
    /// ends a word (…規劃中的), not one that begins one (南沙的中小企業).
    static func closesWhole(_ text: [Character], from start: Int, reach: Int) -> Bool {
        guard start < text.count else { return false }
        for j in start...min(text.count - 1, start + reach) {
            if text[j] == "里" { return true }
            guard text[j] == "中" else { continue }
            if j == start { return true }
            let next: Character? = j + 1 < text.count ? text[j + 1] : nil
            return next.map { n in !n.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) || afterClosing中.contains(n) } ?? true
        }
        return false
    }

    func wholeAndPart(_ a: QuestionAnalysis, readingPastTheCity: Bool = false) -> (whole: QuestionAnalysis.Mention, part: QuestionAnalysis.Mention)? {
        // (Mentions a rule's slots add have no span.)
        let named = a.mentions.filter { $0.fromQuestion && $0.start >= 0 }
        if let found = wholeAndPart(named, a, readPast: []) { return found }
        // (The city said before the whole, 在全市的城市結構裡, is only whose whole it is: read past,
        // with its 的, where what the part counts as is asked.)
        let cities = named.filter { $0.entity.type == "city" }
        guard readingPastTheCity, !cities.isEmpty else { return nil }
        var skipped = Set<Int>()
        for city in cities {
            skipped.formUnion(city.start..<city.end)
            if city.end < a.normalized.characters.count, a.normalized.characters[city.end] == "的" { skipped.insert(city.end) }
        }
        return wholeAndPart(named.filter { $0.entity.type != "city" }, a, readPast: skipped)
    }

    private func wholeAndPart(
        _ named: [QuestionAnalysis.Mention], _ a: QuestionAnalysis, readPast skipped: Set<Int>
    ) -> (whole: QuestionAnalysis.Mention, part: QuestionAnalysis.Mention)? {
        let text = a.normalized.characters
        for (whole, part) in zip(named, named.dropFirst()) where whole.end <= part.start {
            // (Either name may be in quotation marks: 「一廊一帶、雙核五極」裡的「一廊一帶」.)
            let between = (whole.end..<part.start).filter { !skipped.contains($0) }.map { text[$0] }.filter { !Self.quotationMarks.contains($0) }
            if Self.withinMarks.contains(String(between)) { return (whole, part) }
            // (The part first, 從化在城市結構裡…: X在Y裡, X在Y中; and X在Y的規劃裡, a few words of
            // a place's after it, 番禺在廣州規劃裡算啥? — not of a thing's, 營商環境在萬家民營企業
            // 評價中排名: the survey is what answers.)
            if String(between) == "在", part.end < text.count {
                let reach = Self.placeTypes.contains(part.entity.type) ? Self.wordsAfterTheWhole : 0
                if Self.closesWhole(text, from: part.end, reach: reach) { return (part, whole) }
            }
        }
        return nil
    }

    private func summary(_ a: QuestionAnalysis) -> Outcome? {
        guard let mention = mainMention(a),
            let summary = mention.entity.summary
        else { return nil }
        return Outcome(
            status: .answered, answer: summary, quotes: [mention.entity.quote], confidence: 0.9, about: [mention.entity.id])
    }

    /// A relation asked of a person that the person has no fact of, where no clause answers it
    /// either: the fact of that relation the person spoke (蔡澍… 轉到哪裡去?: 中大紡織商圈's
    /// move, in his words), else (of a person the question names or calls 他) the one of the
    /// district or body they lead.
    func relationOfSpeechOrBody(_ a: QuestionAnalysis) -> Outcome? {
        guard let mention = mainMention(a), ["person", "district", "organization"].contains(mention.entity.type) else { return nil }
        // Every relation a specific cue asks, the strongest first (ties by name: not by the
        // order a dictionary happens to hold them in).
        let asked = a.relationCueScore.filter { a.specificRelations.contains($0.key) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .compactMap { knowledge.relationTypes[$0.key] }
        let entity = mention.entity
        // A district or body speaks through its people (海珠的紡織廠要搬去哪裡?: 蔡澍's words).
        let speakers = entity.type == "person"
            ? [entity.id]
            : statements.map(\.subject).filter { id in postsOf(id).contains { $0.org == entity.id } }
        for relation in asked {
            for speaker in speakers.reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } })
            where (factsBySpeaker[speaker] ?? []).contains(where: { $0.relation == relation.id }) {
                guard let person = knowledge.entitiesByID[speaker] else { continue }
                var own = a
                own.mentions = [.init(entity: person, start: -1, end: -1, source: .pronoun)]
                own.cueSets.insert("said")
                if let outcome = self.relation(own, forced: relation.id), outcome.status == .answered { return outcome }
            }
            // A body the fact of another names as where it comes from (全國工商聯那個評價裡表現如何?:
            // the city's ranking in the body's survey): that fact, when one thing has it.
            // (Not of another place the question or the last turn is about, 越秀: the article rates only its own.)
            if entity.type == "organization",
                case let naming = Set(knowledge.facts.filter({ $0.relation == relation.id && $0.quote.containsText(entity.name) }).map(\.subject)),
                naming.count == 1, let subject = naming.first, subject != entity.id, let thing = knowledge.entitiesByID[subject],
                !a.mentions.contains(where: { Self.placeTypes.contains($0.entity.type) && $0.entity.id != subject })
            {
                var own = a
                own.mentions = [.init(entity: thing, start: -1, end: -1, source: .pronoun)]
                if let outcome = self.relation(own, forced: relation.id), outcome.status == .answered { return outcome }
            }
            if entity.type == "person", mention.source != .implicit {
                for body in (bodiesByPerson[entity.id] ?? []).sorted() {
                    guard let org = knowledge.entitiesByID[body],
                        (knowledge.factsBySubject[body] ?? []).contains(where: { $0.relation == relation.id })
                    else { continue }
                    var own = a
                    own.mentions = [.init(entity: org, start: -1, end: -1, source: .pronoun)]
                    if let outcome = self.relation(own, forced: relation.id), outcome.status == .answered { return outcome }
                }
            }
        }
        return nil
    }

    /// The question asks for a relation (重點產業, 日期 …) the entity has no fact of: say so.
    private func relationMissing(_ a: QuestionAnalysis) -> Outcome? {
        guard let mention = mainMention(a),
            // (The strongest; ties by name, not by the order a dictionary holds them in.)
            let asked = a.relationCueScore.filter({
                a.specificRelations.contains($0.key) && relationsByType[mention.entity.type]?.contains($0.key) == true
            }).max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
            let relation = knowledge.relationTypes[asked.key]
        else { return nil }
        // (Details asked of the last answer, 具體指什麼?, ask nothing of its subject's own.)
        if !mention.fromQuestion, a.cueSets.contains("detail") { return nil }
        // (Nor a whole written after 在, with the place pointed at before it, 它在科技創新走廊裡是
        // 什麼位置?: the place's in the whole is asked, not the whole's.)
        if mention.fromQuestion, mention.start > 0, a.normalized.keys[mention.start - 1] == Self.atKey,
            a.mentions.contains(where: { !$0.fromQuestion && Self.placeTypes.contains($0.entity.type) && $0.entity.id != mention.entity.id })
        {
            return nil
        }
        let entity = mention.entity
        // (It has a fact of that relation, which the rules before did not take: not missing.)
        if (knowledge.factsBySubject[entity.id] ?? []).contains(where: { $0.relation == asked.key }) { return nil }
        // One of the parts of a whole the question's words are about (廣州南站周邊有沒有改造計劃?:
        // one of the areas of 片區改造): that whole and its parts.
        let words = Self.bigrams(a.contentOutsideEntities)
        if !words.isEmpty, let whole = (factsByObject[entity.id] ?? []).first(where: { fact in
            fact.relation == "has_part" && Self.shared(words, Self.bigrams(normalizer.normalize(fact.quote).characters)) > 0
        }), let sentence = relationSentence(whole) {
            return Outcome(status: .answered, answer: sentence, quotes: [whole.quote], confidence: 0.7, about: [whole.subject, entity.id])
        }
        // A part with nothing of its own in the graph but where it is (五山要做什麼?: one of the
        // areas of 片區改造; 康鷺片區是要幹嘛?: one of 海珠's villages to renew): what the article
        // says of the whole it is named in: the list it is part of, and another fact that names it).
        // (Only when nothing else is named: 他說南沙要建成科技創新走廊的什麼? asks of 南沙.)
        // (One with a description of its own is described: 瀝滘村.)
        if asked.key != "located_in",
            (knowledge.factsBySubject[entity.id] ?? []).isEmpty
                || entity.summary == nil && (knowledge.factsBySubject[entity.id] ?? []).allSatisfy({ $0.relation == "located_in" }),
            !a.mentions.contains(where: { $0.fromQuestion && $0.entity.id != entity.id && $0.entity.type != "city" })
        {
            // (Its plan asked, 機場高速兩側要搞啥?: what the article says is done to it, the words
            // of the clause that names it — 連片改造提升 —, not only the list it is in.)
            if asked.key == "plan", var described = describe(a), described.status == .answered {
                described.confidence = min(described.confidence, 0.6)
                return described
            }
            let naming = factsByObject[entity.id] ?? []
            let wholes = [naming.first { $0.relation == "has_part" }, naming.first { !["has_part", "said", "located_in", "figure"].contains($0.relation) }]
                .compactMap { $0 }
            let sentences = wholes.compactMap { whole in relationSentence(whole).map { (whole, $0) } }
            if !sentences.isEmpty {
                return Outcome(
                    status: .answered, answer: sentences.map(\.1).joined(), quotes: sentences.map(\.0.quote), confidence: 0.6,
                    about: sentences.map(\.0.subject) + [entity.id])
            }
        }
        // Where a thing that is no place belongs (時尚產業屬於哪一級?): the groups and wholes that
        // count it among theirs.
        // (Asked by 屬於 or a tier, 哪一級, 哪類; not where it is, 新能源在哪個區?.)
        // (A place asked what it belongs to, with no district asked, 從化綠色發展示范區屬於哪個城市
        // 結構?: the same; it has no place of its own in the graph.)
        if asked.key == "located_in", case let text = String(a.normalized.characters),
            !Self.placeTypes.contains(entity.type) || text.contains("属于") && !a.cueSets.contains("which_district") && !a.cueSets.contains("answer_place"),
            text.contains("属于") || text.contains("级") || text.contains("类")
        {
            if let lists = listsHolding(entity) { return lists }
            // (Words another thing's name holds too, in a list of tiers: 新能源汽車算哪一級? — the
            // tier of 智能網聯與新能源汽車, not 新能源汽車與新型儲能, which none holds.)
            // (As read: EV is 新能源汽車.)
            if mention.fromQuestion, mention.start >= 0, mention.end <= a.normalized.characters.count,
                case let typed = String(a.normalized.characters[mention.start..<mention.end]), typed.count >= 2
            {
                let others = knowledge.entities.filter { other in
                    other.id != entity.id && other.type == entity.type && normalizer.normalize(other.name).string.contains(typed)
                }
                if others.count == 1, let lists = listsHolding(others[0]) { return lists }
            }
        }
        // A plan asked of a thing with none of its own but with what it is to become or where it
        // is to go (區政府對中大紡織商圈有什麼打算?): its description, which says so.
        // (Not the document's own city, 廣州實際利用外資的目標金額: its description plans nothing asked.)
        // (Or pointed at, 它們現在在做什麼? after 瀝滘村和新市頭村.)
        // (So too what it is to become, 瀝滘村要改成什麼樣?, when the graph does not say.)
        if asked.key == "plan" || asked.key == "develop_into", mention.fromQuestion || a.cueSets.contains(where: { $0.hasPrefix("pronoun_") }), entity.id != knowledge.scope, entity.summary != nil, !(knowledge.factsBySubject[entity.id] ?? []).isEmpty,
            var described = describe(a), described.status == .answered
        {
            described.confidence = min(described.confidence, 0.7)
            return described
        }
        // What a name stands for (「1+5+N」是指什麼?), asked of a thing whose parts the graph does
        // not hold: what the article says it is, not its parts missing. (Each part asked,
        // 1+5+N分別指什麼?, is not a meaning asked: those the article does not give.)
        // (Only the name itself asked of, 指 right after it: not a part of it, 裡的5具體指什麼?.)
        if asked.key == "has_part", a.cueSets.contains("meaning_asked"), mention.fromQuestion,
            case let after = a.normalized.characters.dropFirst(mention.end).drop(while: { !$0.isLetter && !$0.isNumber }),
            after.starts(with: ["是", "指"]) || after.starts(with: ["指"]),
            var described = describe(a), described.status == .answered
        {
            described.confidence = min(described.confidence, 0.7)
            return described
        }
        if asked.key == "located_in", let places = placesOfWhole(entity) { return places }
        if let related = relatedClause(of: entity, relation) { return related }
        return Outcome(
            status: .noAnswer, answer: render("no_answer_relation", ["name": entity.name, "label": relation.label]),
            suggestions: suggestions(for: entity), confidence: 0.7, about: [entity.id])
    }

    /// What happened on a day the question names (兔年首個工作日發生了什麼?, 1月28日有什麼活動?):
    /// the event whose date facts hold it — a value of theirs the question writes, or a date the
    /// question writes that a value holds —, with what the article says of the event.
    func eventOnDate(_ a: QuestionAnalysis) -> Outcome? {
        let asked = a.normalized.keys
        var found: (fact: Fact, value: String)? = nil
        for fact in relationFacts where Self.dateRelations.contains(fact.relation) {
            do {
                guard let entity = knowledge.entitiesByID[fact.subject], entity.type == "event" else { continue }
                for value in fact.values {
                    let keys = normalizer.normalize(value).keys
                    // (The value written whole, or a date of the question's, 1月28日, that the value holds.)
                    let holds = Self.firstRun(asked[...], keys[...]) != nil
                        || a.mentions.isEmpty && Self.datesIn(asked).contains { Self.firstRun(keys[...], $0[...]) != nil }
                    if holds, found == nil || value.count > found!.value.count { found = (fact, value) }
                }
            }
        }
        guard let found, let event = knowledge.entitiesByID[found.fact.subject] else { return nil }
        return Outcome(
            status: .answered, answer: render("event_on_date", ["when": found.value, "name": event.name, "summary": event.summary ?? event.quote]),
            quotes: [found.fact.quote, event.quote], confidence: 0.8, about: [event.id], relation: found.fact.relation)
    }

    /// The relations that date an event.
    static let dateRelations: Set<String> = ["date", "date_note", "time_of_day"]

    /// The dates a question writes by month and day (1月28日), as keys.
    static func datesIn(_ keys: [UInt32]) -> [[UInt32]] {
        let month = UInt32(("月" as Unicode.Scalar).value), day = UInt32(("日" as Unicode.Scalar).value)
        var dates: [[UInt32]] = []
        var i = 0
        while i < keys.count {
            guard isDigitKey(keys[i]) else { i += 1; continue }
            var j = i
            while j < keys.count, isDigitKey(keys[j]) { j += 1 }
            guard j < keys.count, keys[j] == month else { i = j; continue }
            var k = j + 1
            while k < keys.count, isDigitKey(keys[k]) { k += 1 }
            if k > j + 1, k < keys.count, keys[k] == day { dates.append(Array(keys[i...k])) }
            i = k
        }
        return dates
    }

    /// What the article says of a thing in the words of a relation it has no fact of (海珠's
    /// 重點產業: 海珠正大力開展產業轉型升級和梯度有序轉移行動): not that relation, said so — still no
    /// answer —, then the clause about the thing that holds most of the relation's label and cue
    /// words; nil when no clause about it holds one, and for a person (whose words the article's
    /// own sentences answer better).
    func relatedClause(of entity: Entity, _ relation: RelationType) -> Outcome? {
        guard entity.type != "person", let about = evidence.clausesAbout[entity.id], !about.isEmpty else { return nil }
        let words = ([relation.label] + relation.cues).map { normalizer.normalize($0).string }
            .filter { $0.count >= 2 && $0.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) } }
        guard !words.isEmpty else { return nil }
        var best: (index: Int, score: Int)? = nil
        for index in about.sorted() {
            let text = evidence.clauses[index].normalizedString
            let simple = String.isSimpleText(text)
            let score = words.reduce(0) { $0 + (text.containsText($1, simple: simple) ? $1.count : 0) }
            if score > 0, best == nil || score > best!.score { best = (index, score) }
        }
        guard let best else { return nil }
        let clause = evidence.clauses[best.index]
        let sentence = evidence.sentences[clause.sentence]
        return Outcome(
            status: .noAnswer, answer: render("no_answer_relation_related", ["name": entity.name, "label": relation.label, "text": clause.text]),
            citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)], confidence: 0.6, about: [entity.id],
            clause: best.index)
    }

    /// Whether the question has a word of its own after the last thing it names: a character
    /// that is no function word, mark or name (搞 of 那瀝滘村在搞什麼?; none in 那海珠有哪些呢?).
    /// Whether the question opens with 那個 right before the first thing it names and asks no
    /// 呢 (那個信用走廊是什麼?): the thing pointed at, no question of the last turn's asked again.
    func startsPointingAtName(_ a: QuestionAnalysis) -> Bool {
        let text = a.normalized.characters
        guard text.count > 2, text[0] == "那", text[1] == "个", text.last != "呢" else { return false }
        return a.mentions.contains { $0.fromQuestion && $0.start == 2 }
    }

    func hasWordsAfterNames(_ a: QuestionAnalysis) -> Bool {
        guard let last = a.mentions.filter(\.fromQuestion).map(\.end).max() else { return false }
        let scalars = a.normalized.scalars
        return (last..<scalars.count).contains { i in
            (0x4E00...0x9FFF).contains(scalars[i]) && !a.functionWord[i] && !a.mentions.contains { $0.fromQuestion && $0.start <= i && i < $0.end }
        }
    }

    /// What a district puts first, or how two differ (越秀的發展重點?, 越秀和海珠有什麼不同?): its
    /// description. Only of districts named alone (and the conference they spoke at), not of their
    /// posts or people: 越秀和海珠的區委書記有什麼不同? asks of the secretaries.
    private func districtFocus(_ a: QuestionAnalysis) -> Outcome? {
        guard a.mentions.filter(\.fromQuestion).allSatisfy({ ["district", "event"].contains($0.entity.type) || $0.entity.id == knowledge.scope })
        else { return nil }
        return describe(a)
    }

    func describe(_ a: QuestionAnalysis) -> Outcome? {
        guard let mention = mainMention(a) else { return nil }
        let entity = mention.entity
        if entity.type == "person" { return relationDefault(a) }
        // How the article puts a thing it has no words of its own for (數字經濟是怎麼說的?): the
        // first clause someone says that names it, as written.
        if a.cueSets.contains("how_said"), entity.summary == nil, let found = spokenClause(naming: entity, a) { return found }
        // (Which five of it, 1+5+N裡的5是哪五項?, of a thing the graph lists no parts of: not said.)
        // (Not the sentences after a passage quoted, 「構建親清政商關係」後面接哪兩句?.)
        // (Ending the question, 是哪五項?: not 要同哪兩條中軸融合?, which asks what it joins.)
        // (And only a number the thing's name holds, the 5 of 1+5+N: 營商環境創新試點城市有哪兩個?
        // asks the things it is said of.)
        if a.cueSets.contains("which_counted"), let counted = Self.countedWhich(a.normalized.keys),
            normalizer.normalize(entity.name).keys.contains(counted), !Self.quotedPassages(a.original).contains(where: { $0.count >= Self.shortestQuotedSentence && entityNamed($0) == nil }),
            !(knowledge.factsBySubject[entity.id] ?? []).contains(where: { Self.listRelations.contains($0.relation) }),
            let parts = knowledge.relationTypes["has_part"]
        {
            return Outcome(
                status: .noAnswer, answer: render("no_answer_relation", ["name": entity.name, "label": parts.label]), quotes: [entity.quote],
                confidence: 0.7, about: [entity.id])
        }
        // A part of it the article does not have (南沙綜合保稅區有什麼新政策?): not said.
        if asksPartElsewhere(a) { return notSaid(a) }
        // The detail asked of a district or body (海珠具體做了什麼?): what its speaker said, not its
        // one-line description.
        if a.cueSets.contains("detail"), ["district", "organization"].contains(entity.type), let words = speakerSummary(a) { return words }
        if let summary = entity.summary {
            // What it is made of, where the summary does not list it (片區改造新模式: its eight areas).
            if let parts = (knowledge.factsBySubject[entity.id] ?? []).first(where: { $0.relation == "has_part" }),
                !items(of: parts).contains(where: { summary.containsText($0) }), let sentence = relationSentence(parts)
            {
                return Outcome(status: .answered, answer: summary + sentence, quotes: [entity.quote, parts.quote], confidence: 0.85, about: [entity.id])
            }
            return Outcome(status: .answered, answer: summary, quotes: [entity.quote], confidence: 0.85, about: [entity.id])
        }
        // No description of its own: the first thing the article says of it, and the first
        // thing it says about it elsewhere.
        let own = (knowledge.factsBySubject[entity.id] ?? []).first { $0.relation != "figure" && $0.relation != "located_in" }
        let mentioned = factsByObject[entity.id]?.first { $0.relation != "said" }
        let located = (knowledge.factsBySubject[entity.id] ?? []).first { $0.relation == "located_in" }
        let facts = [own, mentioned, located].compactMap { $0 }
        // (Named only in lists of other things, 廣州火車站 and 東部樞紐: what the article's words
        // say of each list, 連片改造提升, 重大平臺建設, which the list's items alone do not.)
        // (Only when it alone is asked about: 那这个区在科技创新走廊里算什么 asks of 南沙 in it.)
        if own == nil, located == nil, Self.placeTypes.contains(entity.type), a.mentions.allSatisfy({ $0.entity.id == entity.id || $0.source == .implicit }),
            case let lists = (factsByObject[entity.id] ?? []).filter({ $0.relation != "said" }),
            !lists.isEmpty, lists.allSatisfy({ $0.objects.count >= 2 && $0.objects.contains(entity.id) }), case let quotes = lists.reduce(into: [String](), { quotes, fact in
                // (One passage each: the longest of those that hold one another.)
                if let i = quotes.firstIndex(where: fact.quote.containsText) { quotes[i] = fact.quote }
                else if !quotes.contains(where: { $0.containsText(fact.quote) }) { quotes.append(fact.quote) }
            }), quotes.count <= 2
        {
            // (Said by someone only when every passage is theirs.)
            let said = Set(lists.map(\.speaker)).count == 1 ? lists[0].speaker.flatMap { knowledge.entitiesByID[$0] } : nil
            // (Each to the end of its sentence: what the places are for, 為實體經濟…提供充足的空間支撐.)
            // (And from the clause before it when that one names the list, 廣州探索片區改造新模式:
            // what the places are a list of.)
            let text = quotes.map { quote -> String in
                var whole = quote
                if let clause = evidence.lastClause[TextKey(quote)], case let sentence = evidence.sentences[evidence.clauses[clause].sentence].text,
                    let range = sentence.range(of: quote)
                {
                    whole += sentence[range.upperBound...]
                    let before = sentence[..<range.lowerBound]
                    if let comma = before.dropLast().lastIndex(where: { $0 == "," || $0 == "\u{FF0C}" }),
                        case let previous = before[before.index(after: comma)...],
                        let list = lists.first(where: { $0.quote == quote }).flatMap({ knowledge.entitiesByID[$0.subject] }),
                        ([list.name] + list.aliases).contains(where: { previous.contains($0) })
                    {
                        whole = String(previous) + whole
                    }
                }
                whole = whole.hasSuffix("。") ? String(whole.dropLast()) : whole
                // (And the list's name where its words do not write it: 東部樞紐 is one of 雙核五極.)
                if let list = lists.first(where: { $0.quote == quote }).flatMap({ knowledge.entitiesByID[$0.subject] }),
                    !([list.name] + list.aliases).contains(where: { whole.containsText($0) })
                {
                    whole += render("in_list_note", ["item": entity.name, "list": list.name])
                }
                return whole
            }.joined(separator: ";")
            return Outcome(
                status: .answered, answer: said.map { render("evidence_speaker", ["speaker": $0.name, "text": text]) } ?? render("evidence", ["text": text]),
                quotes: quotes, confidence: 0.75, about: [entity.id], relation: lists.count == 1 ? lists[0].relation : nil)
        }
        if !facts.isEmpty {
            let text = facts.compactMap(relationSentence).joined()
            return Outcome(status: .answered, answer: text, quotes: facts.map(\.quote), confidence: 0.75, about: [entity.id])
        }
        // Nothing of its own: the sentence that names it.
        if let clause = evidence.lastClause[TextKey(entity.quote)] {
            let sentence = evidence.sentences[evidence.clauses[clause].sentence]
            return Outcome(
                // (The template ends the sentence: not twice.)
                status: .answered, answer: render("evidence", ["text": sentence.text.hasSuffix("。") ? String(sentence.text.dropLast()) : sentence.text]),
                citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
                confidence: 0.6, about: [entity.id], clause: clause)
        }
        return Outcome(
            status: .answered, answer: render("describe_other", ["name": entity.name]), quotes: [entity.quote],
            confidence: 0.6, about: [entity.id])
    }

    /// The number (its key, a digit once normalized) of 哪 and a number ending a question, with a
    /// measure word or none (哪五項, 哪兩個呢); nil when it ends otherwise.
    static func countedWhich(_ keys: [UInt32]) -> UInt32? {
        var end = keys.count
        while end > 0, trailingParticles.contains(keys[end - 1]) || keys[end - 1] == neKey { end -= 1 }
        if end > 0, countMeasureKeys.contains(keys[end - 1]) { end -= 1 }
        guard end >= 2, keys[end - 2] == whichKey, (0x30...0x39).contains(keys[end - 1]) else { return nil }
        return keys[end - 1]
    }

    private func help() -> Outcome {
        Outcome(status: .answered, answer: render("help", [:]), suggestions: defaultSuggestions(), confidence: 1)
    }

    // MARK: - When no rule answers

    /// Where a whole made of places is (三個國家級開發區係邊度?): the places it is made of, as
    /// its list says; nil when it has no list of places.
    func placesOfWhole(_ entity: Entity) -> Outcome? {
        guard let parts = (knowledge.factsBySubject[entity.id] ?? []).first(where: { fact in
                Self.listRelations.contains(fact.relation) && !fact.objects.isEmpty
                    && fact.objects.allSatisfy { Self.placeTypes.contains(knowledge.entitiesByID[$0]?.type ?? "") }
            }),
            let sentence = relationSentence(parts)
        else { return nil }
        return Outcome(status: .answered, answer: sentence, quotes: [parts.quote], confidence: 0.75, about: [entity.id] + parts.objects, relation: parts.relation)
    }

    func fallback(_ a: inout QuestionAnalysis) -> Outcome {
        if let candidates = a.ambiguous.first {
            return Outcome(
                status: .clarify, answer: render("clarify_entities", ["candidates": list(candidates.map(\.name))]),
                suggestions: candidates.map(\.name), confidence: 0.5, candidates: candidates.map(\.id))
        }
        // A surname alone (郭是誰?): ask which of the people with it.
        if let first = a.normalized.characters.first, let ids = surnames[normalizer.foldScript(String(first)).first ?? first]
            ?? surnames.first(where: { normalizer.foldScript(String($0.key)).first == first })?.value,
            a.mentions.filter(\.fromQuestion).isEmpty
        {
            let people = ids.compactMap { knowledge.entitiesByID[$0] }
            let candidates = people.map { p in "\(p.name)(\(list(postsOf(p.id).compactMap(\.value))))" }
            return Outcome(
                status: people.count == 1 ? .answered : .clarify,
                answer: render("surname_clarify", ["surname": String(people[0].name.first!), "candidates": list(candidates)]),
                quotes: posts.filter { ids.contains($0.subject) }.map(\.quote),
                suggestions: people.map(\.name), confidence: 0.5, candidates: people.count > 1 ? people.map(\.id) : [])
        }
        // (The document's own city only when nothing else is named: 廣州怎麼做城市更新? is of the
        // renewal.)
        if let known = (a.mentions.first(where: { $0.fromQuestion && $0.entity.id != knowledge.scope }) ?? a.mentions.first(where: \.fromQuestion))?.entity {
            // How someone does something, in words no clause of theirs holds (洪謙如何服務企業?):
            // what they said.
            if a.cueSets.contains("how_done"), known.type == "person", let said = speakerSummary(a) { return said }
            // Which things of a relation a post's one holder named (市長點名了哪些審批事項?): the
            // clause of theirs that holds the question's words.
            if known.type == "role", a.cueSets.contains("which_of_relation"),
                case let holders = Set(postsMatching(role: known.id, scope: scope(a)).map(\.subject)), holders.count == 1,
                let holder = knowledge.entitiesByID[holders.first!]
            {
                var own = a
                own.mentions = a.mentions.filter { $0.entity.id != known.id } + [.init(entity: holder, start: -1, end: -1, source: .pronoun)]
                own.evidenceQuery = nil
                if let found = retrieve(own), evidence.clauses[found.clause].speaker == holder.id, found.coverage >= Self.evidenceThreshold {
                    return found.outcome
                }
                // (Its words all the relation's, 審批事項: the relation of theirs.)
                if let outcome = relation(own, forced: nil), outcome.status == .answered { return outcome }
            }
            // How a measure the article names is to be done (構建親清政商關系,具體要求政府怎麼做?):
            // what the article says of it, when the question names nothing else.
            // (So too how a place the article names only in a list is to be done or planned, 羅沖圍
            // 片區怎麼搞?, 南沙科學城是怎麼安排的?: what the article says of it.)
            // (Not a number asked of it, 今年安排了多少投資金額?: the article gives none.)
            if a.cueSets.contains("how_done") || a.relationCueScore["plan"] != nil && !Self.answerTypes(from: a.cueSets).contains(.number)
                && !a.cueSets.contains("howmany"),
                Self.measureTypes.contains(known.type) || Self.namedPlaceTypes.contains(known.type),
                a.mentions.filter(\.fromQuestion).allSatisfy({ $0.entity.id == known.id || $0.entity.type == "city" }),
                var outcome = describe(a), outcome.status == .answered
            {
                outcome.confidence = min(outcome.confidence, 0.6)
                return outcome
            }
            if a.cueSets.contains("answer_place"), let places = placesOfWhole(known) { return places }
            if let together = clauseNamingAll(a) { return together }
            // Whether the article speaks of words (講營商環境的時候,有沒有提到跨境貿易?), the thing
            // named only the setting: the clause that holds every one of them, whatever it names.
            // (Not words it never writes, 講南沙的時候有沒有提到大學?: no clause holds them.)
            // (Only where what it names is in a clause before the one that asks: 增城有沒有提到跨境
            // 貿易? asks of 增城.)
            if a.cueSets.contains("yesno"), case let asking = lastClauseStart(a), asking > 0,
                a.mentions.allSatisfy({ !$0.fromQuestion || $0.end <= asking })
            {
                // (The words of what it names, and of the clauses before the last, are the setting,
                // not words to find.)
                var alone = a
                for m in a.mentions where m.fromQuestion && m.start >= 0 && m.end <= alone.functionWord.count {
                    for i in m.start..<m.end { alone.functionWord[i] = true }
                }
                for i in 0..<min(asking, alone.functionWord.count) { alone.functionWord[i] = true }
                alone.mentions.removeAll()
                alone.evidenceQuery = nil
                if evidenceQuery(alone).focus.count >= 1, let found = retrieve(alone), found.coverage >= Self.allWordsHeld {
                    var outcome = found.outcome
                    outcome.answer = render("evidence_yes", [:]) + outcome.answer
                    outcome.confidence = min(outcome.confidence, 0.7)
                    return outcome
                }
            }
            return Outcome(
                status: .noAnswer, answer: render("no_answer_known", ["name": known.name]),
                suggestions: suggestions(for: known), confidence: 0.6, about: [known.id])
        }
        return Outcome(status: .noAnswer, answer: render("no_answer", [:]), suggestions: defaultSuggestions(), confidence: 0.3)
    }

    /// Where the question's last clause starts, in its normalized keys: after the last clause
    /// mark written before it (0 when there is none).
    func lastClauseStart(_ a: QuestionAnalysis) -> Int {
        clauseStart(a, at: a.normalized.origins.count - 1)
    }

    /// Where the clause that holds the key at `index` starts: after the last clause mark written
    /// before it (0 when there is none). (Keys of one written character, a number turned to
    /// digits, have no mark between; origins count characters as written.)
    func clauseStart(_ a: QuestionAnalysis, at index: Int) -> Int {
        let origins = a.normalized.origins
        guard index > 0, index < origins.count else { return 0 }
        let original = a.original.map { $0.unicodeScalars.first ?? " " }
        var start = index
        while start > 0, origins[start] <= original.count,
            origins[start - 1] >= origins[start]
                || !original[(origins[start - 1] + 1)..<origins[start]].contains(where: { Self.clauseMarks.contains($0) })
        {
            start -= 1
        }
        return start
    }

    /// The share of a question's words a clause holds when it holds them all (weights rounded).
    static let allWordsHeld = 0.99

    func defaultSuggestions() -> [String] { knowledge.suggestions }

    /// Questions to suggest about an entity: the `suggest_<type>` template (alternatives
    /// separated by `|`), else `suggest_other` and the default suggestions.
    /// Each two ideographs side by side in `text` (數字, 字化, 化轉, 轉型 of 數字化轉型).
    static func wordPairs(of text: String) -> [String] {
        let characters = Array(text)
        guard characters.count >= 2 else { return [] }
        return (0..<(characters.count - 1)).compactMap { i in
            characters[i].unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) })
                && characters[i + 1].unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) })
                ? String(characters[i...(i + 1)]) : nil
        }
    }

    func suggestions(for entity: Entity) -> [String] {
        // A role: who holds it where the article names a holder (`suggest_role` is that question).
        if entity.type == "role" {
            let own = roleSuggestions(entity)
            if !own.isEmpty { return own }
            return render("suggest_other", ["name": entity.name]).split(separator: "|").map(String.init) + defaultSuggestions().prefix(2)
        }
        if let own = templates["suggest_" + entity.type] {
            return own.render(["name": entity.name]).split(separator: "|").map(String.init)
        }
        return render("suggest_other", ["name": entity.name]).split(separator: "|").map(String.init) + defaultSuggestions().prefix(2)
    }

    /// Who holds a role, asked of up to three bodies that have a post of it (`suggest_role`).
    func roleSuggestions(_ role: Entity) -> [String] {
        var bodies: [String] = []
        for post in postsMatching(role: role.id, scope: nil) {
            if let org = post.org, !bodies.contains(org) { bodies.append(org) }
        }
        return bodies.prefix(3).map { render("suggest_role", ["org": name($0), "role": role.name]) }
    }

    // MARK: - The reply

    /// Whether an answer opens as the templates that confirm or deny a claim do (是的, 不是).
    /// The cue set of the words that point at the last answer's passage (這句話).
    static let thisPassageCue = "this_passage"

    /// The plain no that opens `post_no` (不是。), dropped after a true/false item's 錯誤。.
    static let plainNo = "不是。"

    func opensWithVerdict(_ answer: String) -> Bool {
        let simplified = normalizer.toSimplified(answer)
        return verdictOpenings.contains { simplified.hasPrefix($0) }
    }

    /// Whether the claim asked of is said negated (郭永航不是廣州市長,對嗎?; 聲明:盧一先不是南沙區委
    /// 書記): a word of the lexicon's `claim_negations` after what it is said of, not inside the
    /// words that ask (是不是, 有沒有), and not a question closed by 嗎 alone, which doubts
    /// rather than denies (不是100家嗎?), nor 難道 (難道不是嗎?), which asks it.
    func negatesClaim(_ a: QuestionAnalysis) -> Bool {
        let chars = a.normalized.characters
        guard chars.count > 3 else { return false }
        if chars.last == "吗", !["对", "是"].contains(chars[chars.count - 2]) { return false }
        if chars.indices.dropLast().contains(where: { chars[$0] == "难" && chars[$0 + 1] == "道" }) { return false }
        for word in claimNegationWords where word.count < chars.count {
            var i = 2
            while i + word.count <= chars.count {
                // (Nor one that only tags the question, 難道不是嗎?: 不是 then 嗎 and its end.)
                if chars[i..<(i + word.count)].elementsEqual(word), chars[i - 1] != "是", chars[i - 1] != "有",
                    !(i + word.count < chars.count && chars[i + word.count] == "吗" && i + word.count + 1 >= chars.count - 1)
                { return true }
                i += 1
            }
        }
        return false
    }

    func finish(_ outcome: Outcome, rule: IntentRule?, analysis a: QuestionAnalysis) -> Reply {
        var outcome = outcome
        // A negated claim (郭永航不是廣州市長,對嗎?): the verdicts say whether the thing is so, not
        // whether the claim is, so none is said; what the article says follows alone.
        if outcome.status == .answered, a.cueSets.contains("yesno") || a.cueSets.contains("true_false"), negatesClaim(a),
            case let simplified = normalizer.toSimplified(outcome.answer),
            let opening = verdictOpenings.filter({ simplified.hasPrefix($0) }).max(by: { $0.count < $1.count })
        {
            var rest = outcome.answer.dropFirst(opening.count)
            while let first = rest.first, first.isPunctuation { rest = rest.dropFirst() }
            outcome.answer = String(rest)
        }
        // A claim the document writes word for word (廣州加快建設…三大國家級開發區,對嗎?), answered
        // without a verdict: yes, before what the answer says.
        if outcome.status == .answered, a.cueSets.contains("yesno"), !opensWithVerdict(outcome.answer), claimedSentence(a) != nil {
            outcome.answer = render("evidence_yes", [:]) + outcome.answer
        }
        // A true/false item (判斷:…對還是錯?): its verdict in its own words, 正確 or 錯誤, first.
        if outcome.status == .answered, a.cueSets.contains("true_false") {
            // (In place of a plain 是的。, 不是這樣。 or 不是。, beside any other opening.)
            let simplified = normalizer.toSimplified(outcome.answer)
            func without(_ openings: [String]) -> String {
                openings.first(where: { outcome.answer.hasPrefix($0) }).map { String(outcome.answer.dropFirst($0.count)) } ?? outcome.answer
            }
            if yesOpenings.contains(where: { simplified.hasPrefix($0) }) {
                outcome.answer = render("verdict_true", [:]) + without([render("evidence_yes", [:])])
            } else if noOpenings.contains(where: { simplified.hasPrefix($0) }) {
                outcome.answer = render("verdict_false", [:]) + without([render("evidence_no", [:]), Self.plainNo])
            }
        }
        var next = a.context
        // A question that does not show its script (那南沙呢?) is answered in the last one's.
        next.simplified = a.simplified
        func type(_ id: String) -> String { knowledge.entitiesByID[id]?.type ?? "" }
        // A greeting, thanks, goodbye or "what can you answer" between questions leaves the
        // thread where it was: the next turn (那萬億級的呢?) leans on the last question.
        let inPassing = rule.map { Self.conversational.contains($0.intent) } ?? false
        let ruleID = outcome.ruleOverride ?? rule?.id ?? "fallback"
        if !inPassing {
            if let person = outcome.about.first(where: { type($0) == "person" }) {
                next.person = person
            } else if case let named = Set(a.mentions.filter { $0.fromQuestion && $0.entity.type == "person" }.map(\.entity.id)), named.count == 1 {
                // An answer about no one, to a question that named one person (王宏偉提到的片區,
                // answered by the program's list): 他 next is that person.
                next.person = named.first
            }
            if let place = outcome.about.first(where: { Self.placeTypes.contains(type($0)) && $0 != knowledge.scope }) {
                next.place = place
            } else if outcome.status == .answered, let district = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "district" }) {
                // (An answer about a thing of the district the question named, 南沙汽車產業有多大規模?:
                // 那裡 next is the district.)
                next.place = district.entity.id
            }
            if let focus = outcome.about.first { next.focus = focus }
            let given = outcome.status == .answered ? Array(outcome.figures.prefix(Self.maximumCandidates)) : []
            // (The last answer's kept when this one gives others: 兩者 may ask of both.)
            next.earlierFigures = !given.isEmpty && !a.context.figures.isEmpty && given != a.context.figures ? a.context.figures : []
            next.figures = given
            // The thing the question asked of, for 它 when the answer is about a place or person:
            // what it names first (its subject: 港科大(廣州)二期 of …是在南沙吧?, not 走廊 of
            // 南沙要建設…走廊的哪個極點), or else what it called 它.
            let subject = a.mentions.filter(\.fromQuestion).min { $0.start < $1.start } ?? a.mentions.first { $0.source == .pronoun }
            next.thing = subject.flatMap { m in
                !Self.areaTypes.contains(m.entity.type) && m.entity.type != "person"
                    && m.entity.type != "role" && m.entity.id != knowledge.scope && m.entity.id != knowledge.subject ? m.entity.id : nil
            }
            if outcome.status == .answered, let picked = outcome.picked { next.thing = picked }
            next.item = outcome.status == .answered ? outcome.pickedPlace : nil
            if outcome.status == .answered {
                next.rule = ruleID
                next.relation = outcome.relation
                next.role = outcome.role
                // The clause the answer quoted (the last of its first quote), for 還有呢 / 是誰說的.
                next.clause = outcome.clause ?? outcome.quotes.first.flatMap { evidence.lastClause[TextKey($0)] }
            } else if outcome.status == .noAnswer, let role = outcome.role {
                // A post the article names nobody to (發改委主任叫啥名?): the same post of another
                // body next (住建局的呢?).
                next.rule = ruleID
                next.role = role
                next.relation = nil
            } else if outcome.status == .clarify, let role = outcome.role {
                // Asked back which holder of a role: the reply (商務局的那個) asks the question again.
                next.rule = ruleID
                next.role = role
                next.relation = nil
            } else if outcome.status == .clarify {
                // Asked back which one: what the turn before asked is not what the reply answers;
                // the rule that asked back (or would answer, of the first candidate) is what a
                // reply that picks one asks again.
                next.relation = nil
                next.role = nil
                next.rule = rule != nil || outcome.ruleOverride != nil ? ruleID : nil
            }
            // The candidates of an asking back, in the order asked (第一個 picks the first); none once
            // the conversation has moved on.
            next.candidates = outcome.status == .clarify ? Array(outcome.candidates.prefix(Self.maximumCandidates)) : []
            next.askedBack = outcome.status == .clarify && !next.candidates.isEmpty
            // The people an answer names, two or more (在大會上發言的…): 他們 in the next turn.
            var people: [String] = []
            for id in outcome.about + outcome.group where type(id) == "person" && !people.contains(id) { people.append(id) }
            // (An answer about one of them keeps them: 另一位 next is the other.)
            if outcome.status == .answered, people.count == 1, a.context.group.contains(people[0]) {
                next.group = a.context.group
            } else if outcome.status == .answered, people.count == 1, a.context.askedBack, a.context.candidates.count >= 2,
                !a.cueSets.contains(where: Self.asksSomething),
                a.context.candidates.contains(people[0]), a.context.candidates.allSatisfy({ type($0) == "person" })
            {
                // (One picked of those asked back among, 第二個呢: the others are the thread, 第三個? next.)
                next.group = a.context.candidates
            } else if outcome.status == .answered, let first = outcome.about.first, a.context.group.contains(first) {
                // (So does an answer about one of the things listed: 第三個呢? next, of the same list.)
                next.group = a.context.group
            } else if outcome.status == .answered, rule?.intent == Self.kindItemsIntent, outcome.group.count >= 2 {
                // (Things of a kind listed, 有哪些村?: 第二個 next is the second of them.)
                next.group = Array(outcome.group.prefix(Self.maximumCandidates))
            } else {
                next.group = outcome.status == .answered && people.count >= 2 && people.count <= Self.maximumCandidates ? people : []
            }
        }

        let simplified = a.simplified
        let normalizer = self.normalizer
        let convert = { (text: String) -> String in simplified ? normalizer.toSimplified(text) : text }
        // Asked of a year (去年, 2022年) and answered with another's: the article has no figure
        // of that year; what it has is said as such. (An answer that names no year is left be;
        // so is the answer to a claim checked, which says itself what the claim got wrong.)
        if outcome.status == .answered, !inPassing, !a.askedYears.isEmpty, !a.cueSets.contains("yesno") {
            let keys = normalizer.normalize(outcome.answer).keys
            var given = Self.years(inKeys: keys)
            for (year, _) in yearsNamed(relativelyIn: keys) { given.insert(year) }
            if !given.isEmpty, given.isDisjoint(with: a.askedYears) {
                outcome.status = .noAnswer
                outcome.answer = render("no_answer_other_year", ["asked": a.askedYears.map { $0 + "年" }.joined(separator: render("and", [:])), "answer": outcome.answer])
                outcome.confidence = min(outcome.confidence, 0.7)
            }
        }
        var answer = outcome.answer
        // What the question took for granted and the article says otherwise, first (a post
        // check has said it already).
        if !a.premises.isEmpty, outcome.status != .clarify, rule?.intent != "post_check" {
            answer = a.premises.joined() + answer
        }
        if outcome.status != .clarify {
            let corrections = a.wrongValues.filter { !answer.containsText($0.value) }.map(\.correction)
            answer = corrections.joined() + answer
        }
        // A claim asked whether it holds (南沙要鞏固提升千億級汽車產業集群嗎?) that the document
        // writes but for a number: denied first, by its passage, where no verdict is given yet.
        if outcome.status == .answered, !inPassing, a.cueSets.contains("yesno"), a.premises.isEmpty, a.wrongValues.isEmpty,
            a.normalized.keys.contains(where: Self.numeralKeys.contains), !opensWithVerdict(answer), !opensWithJudgement(answer),
            let contradiction = nearVerbatimContradiction(a.normalized, numeralsOnly: true)
        {
            // (Only 不對 where the answer gives the passage itself.)
            if answer.containsText(contradiction.passage) {
                answer = render("claim_contradicted_short", [:]) + answer
            } else {
                answer = render("claim_contradicted", ["passage": contradiction.passage]) + answer
                outcome.citations.insert(contradiction.citation, at: 0)
            }
        }
        // A total asked of the figures one answer gives (萬億級 + 千億級產業鏈群,加起來一共多少個?):
        // their sum after them; how far apart two are (相差多少?), their difference.
        if outcome.status == .answered, !inPassing, outcome.figures.count >= 2, outcome.ruleOverride != Self.figureTotalRule {
            if a.cueSets.contains(Self.sumAskedCue), let total = figureTotal(of: outcome.figures) {
                answer += total
            } else if a.cueSets.contains(Self.differenceAskedCue), let difference = figureTotal(of: outcome.figures, difference: true) {
                answer += difference
            }
        } else if outcome.status == .answered, !inPassing, outcome.figures.count == 1, a.cueSets.contains(Self.differenceAskedCue),
            let other = a.context.figures.count == 1 ? a.context.figures[0] : a.context.figures.isEmpty ? a.context.focus.flatMap(soleFigure(of:)) : nil,
            other != outcome.figures[0],
            let difference = figureTotal(of: [other, outcome.figures[0]], difference: true)
        {
            // (比萬億級多幾個? after 千億級's 13: the last answer's figure against the one named; or,
            // after its list, 都有哪些?, the one figure of the thing the last answer was about.)
            answer += difference
        }
        let fuzzyNotes = a.notes
        // (Each once: an answer may say one already, 文章沒有提到黃埔.)
        if !fuzzyNotes.isEmpty, outcome.status != .noAnswer {
            for note in fuzzyNotes where !answer.containsText(note) { answer += note }
        }

        // The question lower-cased, for the words each mention matched; scalar by scalar when
        // every character is one simple scalar (then a character's offset is its scalar's).
        let simpleLowered = Self.simpleLowercased(a.original)
        let lowered = simpleLowered == nil && a.mentions.contains(where: { $0.start >= 0 }) ? Array(a.original.lowercased()) : []
        let scalarOffsets = simpleLowered == nil ? Self.scalarOffsets(lowered) : []
        let mentions = a.mentions.map { m -> Reply.Mention in
            let kind: Reply.MatchKind
            switch m.source {
            case .question(let k): kind = k
            case .pronoun, .implicit: kind = .context
            }
            guard m.start >= 0 else {
                return .init(id: m.entity.id, type: m.entity.type, name: m.entity.name, matched: "", start: -1, end: -1, kind: kind)
            }
            let from = a.normalized.origins[m.start]
            let to = a.normalized.origins[m.end - 1] + 1
            if let simpleLowered {
                var matched = ""
                if from < to && to <= simpleLowered.count {
                    var utf8: [UInt8] = []
                    utf8.reserveCapacity((to - from) * 3)
                    for scalar in simpleLowered[from..<to] { TextNormalizer.appendUTF8(scalar.value, to: &utf8) }
                    matched = String(decoding: utf8, as: UTF8.self)
                }
                return .init(id: m.entity.id, type: m.entity.type, name: m.entity.name, matched: matched, start: from, end: to, kind: kind)
            }
            return .init(
                id: m.entity.id, type: m.entity.type, name: m.entity.name, matched: originalText(a, m.start, m.end, in: lowered),
                start: scalarOffsets[from], end: scalarOffsets[to], kind: kind)
        }
        // A few quotes: compared, not hashed.
        var seenQuotes: [String] = []
        func firstTime(_ quote: String) -> Bool {
            if seenQuotes.contains(quote) { return false }
            seenQuotes.append(quote)
            return true
        }
        let citations = outcome.quotes.filter(firstTime).map(citation) + outcome.citations.filter { firstTime($0.quote) }
        return Reply(
            answer: convert(answer), status: outcome.status, intent: ruleID, confidence: outcome.confidence,
            context: next.token, suggestions: outcome.suggestions.map(convert), citations: citations, entities: mentions,
            explanation: .init(
                rule: ruleID, normalizedQuestion: a.normalized.string, contextUsed: a.contextUsed.joined(separator: "; "),
                notes: fuzzyNotes),
            givenFigures: inPassing ? [] : next.figures)
    }

    /// `text.lowercased()` as scalars, when every character of `text` is one simple scalar
    /// (`CharacterKey.isSimple`): of those only the Latin capitals, plain and full-width,
    /// change. nil for any other text.
    static func simpleLowercased(_ text: String) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard CharacterKey.isSimple(value) else { return nil }
            switch value {
            case 0x41...0x5A, 0xFF21...0xFF3A: scalars.append(Unicode.Scalar(value + 0x20)!)
            default: scalars.append(scalar)
            }
        }
        return scalars
    }

    /// Unicode-scalar offset of each character of `text` (and one past the end).
    static func scalarOffsets(_ text: [Character]) -> [Int] {
        var offsets: [Int] = [0]
        offsets.reserveCapacity(text.count + 1)
        var total = 0
        for c in text {
            total += c.unicodeScalars.count
            offsets.append(total)
        }
        return offsets
    }
}
