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
        // The items after the whole, in order: its mentions (not the document's place, not a post)
        // and the places named that the article does not know, found where they are written.
        var items: [(start: Int, end: Int, id: String?, name: String)] = fromQuestion.compactMap { m in
            guard m.start >= whole.end, m.entity.id != whole.entity.id, m.entity.id != knowledge.scope, m.entity.type != "role" else { return nil }
            return (m.start, m.end, m.entity.id, m.entity.name)
        }
        for name in a.outsideNames {
            let run = normalizer.normalize(name).keys
            guard !run.isEmpty, keys.count >= run.count else { continue }
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
        guard kept.count >= 2 else { return nil }
        // Items follow one another with only a joiner, a 、 or nothing between them.
        let origins = a.normalized.origins
        let original = Array(a.original)
        func separated(_ left: Int, _ right: Int) -> Bool {
            let between = Array(a.normalized.characters[left..<right])
            if between.isEmpty || joiners.contains(between) { return true }
            return false
        }
        for (left, right) in zip(kept, kept.dropFirst()) where !separated(left.end, right.start) { return nil }
        // A joiner right after the last item known, or a 、 written there: one item more, unknown.
        let tail = Array(a.normalized.characters[kept.last!.end...])
        var unknownItems = joiners.contains { !$0.isEmpty && tail.starts(with: $0) && tail.count > $0.count + 1 }
        if let last = kept.last, last.end < origins.count, origins[last.end] < original.count, "、,,;;".contains(original[origins[last.end]]) {
            unknownItems = true
        }
        let parts = Set(fact.objects)
        var named = Set<String>()
        var strangers: [String] = []
        var outside: [String] = []
        for item in kept {
            if let id = item.id {
                // (A part named by one of its own parts' names is still that part: 南沙 of 兩核.)
                if parts.contains(id) { named.insert(id) } else if !strangers.contains(item.name) { strangers.append(item.name) }
            } else if !outside.contains(item.name) {
                outside.append(item.name)
            }
        }
        // Something of the list must be named: not a whole beside unrelated things.
        guard !named.isEmpty else { return nil }
        return ListClaim(fact: fact, named: named, strangers: strangers, outside: outside, unknownItems: unknownItems)
    }

    /// Answers a list claim: yes when the items named are the whole's parts, all of them and
    /// nothing else; else not so, what is wrong of it, and the article's list.
    func listCheck(_ a: QuestionAnalysis) -> Outcome? {
        guard a.cueSets.contains("yesno"), let claim = listClaim(a), let sentence = relationSentence(claim.fact) else { return nil }
        let missing = claim.fact.objects.filter { !claim.named.contains($0) }.map { knowledge.entitiesByID[$0]?.name ?? $0 }
        let right = claim.strangers.isEmpty && claim.outside.isEmpty && !claim.unknownItems && missing.isEmpty
        var notes: [String] = []
        if !claim.strangers.isEmpty { notes.append(render("list_claim_stranger", ["names": list(claim.strangers)])) }
        if !claim.outside.isEmpty { notes.append(render("list_claim_outside", ["names": list(claim.outside)])) }
        if !missing.isEmpty { notes.append(render("list_claim_missing", ["names": list(missing)])) }
        let answer = render(right ? "evidence_yes" : "evidence_no", [:]) + sentence + notes.joined()
        return Outcome(
            status: .answered, answer: answer, quotes: [claim.fact.quote], confidence: 0.9, about: [claim.fact.subject] + claim.fact.objects,
            relation: claim.fact.relation)
    }
}
