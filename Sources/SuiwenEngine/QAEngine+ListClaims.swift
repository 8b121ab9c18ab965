import SuiwenKnowledge

/// A yes/no claim of what a whole is made of (三大國家級開發區是南沙、增城和黃埔,沒錯吧?): the
/// whole's list as the article gives it, judged against the items the question names.
struct ListClaim {
    /// The fact that lists the whole's parts (`has_part`, `has_member`).
    var fact: Fact
    /// Items named that are parts, and those named that are not (the graph's names).
    var named: Set<String>
    var strangers: [String]
    /// Places and bodies named that the article does not speak of.
    var outside: [String]
    /// Whether words the engine does not know stand among the items (南沙、增城和前海): the
    /// claim is not the article's, whatever they are.
    var unknownItems: Bool
    /// Said to include them (包括), not to be them: the list need not be whole.
    var includes: Bool
}

extension QAEngine {
    /// Relations whose objects are a whole's parts, in the order the article lists them.
    static let listRelations: Set<String> = ["has_part", "has_member"]

    /// The claim of a whole's list in `a`: a thing named with a list of its parts, followed by
    /// two or more items (entities, places the article does not know, joined by 、 or a joiner
    /// word or nothing); nil for anything else.
    func listClaim(_ a: QuestionAnalysis) -> ListClaim? {
        let fromQuestion = a.mentions.filter(\.fromQuestion).sorted { $0.start < $1.start }
        guard let whole = fromQuestion.first(where: { m in
            (knowledge.factsBySubject[m.entity.id] ?? []).contains { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 }
        }), let fact = (knowledge.factsBySubject[whole.entity.id] ?? []).first(where: { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 })
        else { return nil }
        let keys = a.normalized.keys
        let characters = a.normalized.characters
        // The items after the whole, in order: its mentions (not the document's place, not a post)
        // and the places named that the article does not know, found where they are written.
        var items: [(start: Int, end: Int, id: String?, name: String)] = fromQuestion.compactMap { m in
            guard m.start >= whole.end, m.entity.id != whole.entity.id, m.entity.id != knowledge.scope, m.entity.type != "role" else { return nil }
            return (m.start, m.end, m.entity.id, m.entity.name)
        }
        for name in a.outsideNames {
            let run = normalizer.normalize(name).keys
            guard !run.isEmpty, whole.end + run.count <= keys.count else { continue }
            for start in whole.end...(keys.count - run.count) where keys[start..<(start + run.count)].elementsEqual(run) {
                if !items.contains(where: { $0.start < start + run.count && start < $0.end }) { items.append((start, start + run.count, nil, name)) }
                break
            }
        }
        items.sort { $0.start < $1.start }
        // Overlaps (a name inside a longer one): the longer.
        var kept: [(start: Int, end: Int, id: String?, name: String)] = []
        for item in items {
            if let last = kept.last, item.start < last.end {
                if item.end - item.start > last.end - last.start { kept[kept.count - 1] = item }
                continue
            }
            kept.append(item)
        }
        guard let first = kept.first, let last = kept.last else { return nil }
        // Said to be the list (是, 包括, 是不是包括 …) right after the whole, nothing else: not
        // 三大國家級開發區中南沙和增城發展得好嗎?
        let verbs = listClaimVerbs
        let inclusive = listClaimInclusive
        let yesno = yesnoWords
        var gap = characters[whole.end..<first.start]
        if let asking = yesnoWordLength(gap, atEnd: false) { gap = gap.dropFirst(asking) }
        guard verbs.contains(where: { $0.elementsEqual(gap) }) || yesno.contains(where: { $0.elementsEqual(gap) }) else { return nil }
        let includes = inclusive.contains { gap.count >= $0.count && gap.suffix($0.count).elementsEqual($0) }
        // Items follow one another with only a joiner or nothing between them (、 is dropped).
        for (left, right) in zip(kept, kept.dropFirst()) {
            let between = Array(characters[left.end..<right.start])
            guard between.isEmpty || joiners.contains(between) else { return nil }
        }
        // After the last, only the words that ask yes or no (or none, asked before the list); or
        // one item more the engine does not know, after a joiner or a 、 (…增城、琶洲嗎?).
        var tail = characters[last.end...]
        if let asking = yesno.contains(where: { $0.elementsEqual(tail) }) ? tail.count : yesnoWordLength(tail, atEnd: true) {
            tail = tail.dropLast(asking)
        }
        // (And the claim pointed at just before them, 這說法, or the quiz item and its answer,
        // 這道題答案是: each of the words, as many as stand there.)
        while let itself = claimItselfWords.first(where: { tail.count >= $0.count && tail.suffix($0.count).elementsEqual($0) }) {
            tail = tail.dropLast(itself.count)
        }
        var unknown: [String] = []
        if !tail.isEmpty {
            let origins = a.normalized.origins
            let original = Array(a.original)
            let marked = last.end < origins.count && origins[last.end] > 0 && origins[last.end] - 1 < original.count
                && "、,，".contains(original[origins[last.end] - 1])
            if let joiner = joiners.first(where: { !$0.isEmpty && tail.starts(with: $0) }) {
                tail.removeFirst(joiner.count)
            } else if !marked {
                return nil
            }
            // (One item, of a name's length, of characters that write words: not 跟文章說的一樣.)
            guard (2...8).contains(tail.count), tail.allSatisfy({ !$0.isASCII }), !tail.contains(where: { c in yesno.contains { $0.contains(c) } }) else { return nil }
            unknown.append(String(tail))
        }
        let parts = Set(fact.objects)
        var named = Set<String>()
        var strangers: [String] = []
        var outside: [String] = []
        for item in kept {
            if let id = item.id {
                if parts.contains(id) { named.insert(id) } else if !strangers.contains(item.name) { strangers.append(item.name) }
            } else if !outside.contains(item.name) {
                outside.append(item.name)
            }
        }
        // Two items or more, something of the list among them: not a whole beside unrelated things.
        // (One item said to be among it, 千億級產業鏈群包括半導體和集成電路嗎?, is a claim too.)
        let oneIncluded = includes && kept.count == 1 && unknown.isEmpty && outside.isEmpty
        guard kept.count + unknown.count >= 2 || oneIncluded, !named.isEmpty || oneIncluded else { return nil }
        return ListClaim(fact: fact, named: named, strangers: strangers, outside: outside + unknown, unknownItems: !unknown.isEmpty, includes: includes)
    }

    /// Answers a list claim: yes when the items named are the whole's parts, all of them and
    /// nothing else; else not so, what is wrong of it, and the article's list.
    func listCheck(_ a: QuestionAnalysis) -> Outcome? {
        guard a.cueSets.contains("yesno"), let claim = listClaim(a), let sentence = relationSentence(claim.fact) else { return nil }
        let missing = claim.fact.objects.filter { !claim.named.contains($0) }.map { knowledge.entitiesByID[$0]?.name ?? $0 }
        var notes: [String] = []
        // (Of a list the article leaves open, 等, what else is in it is not said: no item is
        // known not to be.)
        if !claim.strangers.isEmpty, claim.fact.complete { notes.append(render("list_claim_stranger", ["names": list(claim.strangers)])) }
        if !claim.outside.isEmpty { notes.append(render("list_claim_outside", ["names": list(claim.outside)])) }
        let wrong = !claim.outside.isEmpty || (claim.fact.complete && !claim.strangers.isEmpty)
        let verdict: String
        if wrong {
            verdict = render("evidence_no", [:])
        } else if !claim.strangers.isEmpty {
            verdict = ""
        } else if claim.includes {
            verdict = render("evidence_yes", [:])
        } else if !claim.fact.complete {
            // (The whole list claimed of one the article gives only in part: not said.)
            verdict = ""
        } else if missing.isEmpty {
            verdict = render("evidence_yes", [:])
        } else {
            verdict = render("evidence_no", [:])
            notes.append(render("list_claim_missing", ["names": list(missing)]))
        }
        return Outcome(
            status: .answered, answer: verdict + sentence + notes.joined(), quotes: [claim.fact.quote], confidence: verdict.isEmpty ? 0.7 : 0.9,
            about: [claim.fact.subject] + claim.fact.objects, relation: claim.fact.relation)
    }
}
