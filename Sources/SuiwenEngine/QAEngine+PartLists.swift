import SuiwenKnowledge

extension QAEngine {
    /// Where a part stands in a whole made of parts (南沙在城市結構裡算什麼?; 咁南沙喺入面算乜? after
    /// the five poles of that structure): the smallest of the whole's lists of parts that holds it,
    /// said as that list. Nil unless the question is that shape and the graph's parts hold it.
    func placeOfPartInWhole(_ a: QuestionAnalysis) -> Outcome? {
        // (Most questions write no 在: told before anything is gathered.)
        let keys = a.normalized.keys
        guard keys.contains(Self.atKey), a.cueSets.contains("asks_what") || a.cueSets.contains("which") else { return nil }
        let named = a.mentions.filter { $0.fromQuestion && $0.start >= 0 }
        let root: String
        let part: Entity
        if let (whole, inner) = wholeAndPart(a), inner.end <= whole.start, keys[inner.end] == Self.atKey,
            !Self.placeTypes.contains(whole.entity.type), whole.entity.type != "city"
        {
            // X在Y裡 (the part first): within the whole named.
            root = whole.entity.id
            part = inner.entity
        } else if named.count == 1, case let inner = named[0], inner.end < keys.count, keys[inner.end] == Self.atKey,
            insideWordKeys.contains(where: { keys[(inner.end + 1)...].starts(with: $0) }),
            let focus = a.context.focus, focus != inner.entity.id
        {
            // X在裡面, the whole left out: the last answer's thing, or the whole it is a part of.
            root = outermostWhole(of: focus)
            part = inner.entity
        } else {
            return nil
        }
        guard let fact = smallestPartList(under: root, holding: part.id), let sentence = relationSentence(fact),
            let container = knowledge.entitiesByID[fact.subject]
        else { return nil }
        return Outcome(
            status: .answered, answer: render("part_place", ["part": part.name, "whole": container.name]) + sentence,
            quotes: [fact.quote], confidence: 0.8, about: [part.id, container.id], relation: fact.relation)
    }

    /// The others of the list the last answer's thing is in (另外兩個是哪兩個? after 增城, one of
    /// the three national zones): that list's other items. Nil unless the question asks for them
    /// and names nothing, and a list of the graph's holds the thing.
    func othersOfItsList(_ a: QuestionAnalysis) -> Outcome? {
        guard a.cueSets.contains(Self.theOthersCue), !a.mentions.contains(where: \.fromQuestion),
            let focus = a.context.focus, let thing = knowledge.entitiesByID[focus],
            let holding = knowledge.facts.filter({ Self.listRelations.contains($0.relation) && $0.objects.count >= 2 && $0.objects.contains(focus) })
                .min(by: { $0.objects.count < $1.objects.count })
        else { return nil }
        let others = holding.objects.filter { $0 != focus }
        return Outcome(
            status: .answered, answer: render("besides_items", ["excepted": thing.name, "items": list(others.map(name))]),
            quotes: [holding.quote], confidence: 0.8, about: others, relation: holding.relation)
    }

    /// The cue set of the others of a list asked for (另外兩個, 其餘的).
    static let theOthersCue = "the_others"

    /// The whole that `id` is a part of, and that whole's, up to one that is part of nothing.
    private func outermostWhole(of id: String) -> String {
        let lists = partLists()
        var current = id
        var seen: Set<String> = [id]
        while let parent = lists.first(where: { whole in
            lists.contains { Self.isPart($0, of: whole) && $0.subject == current } || whole.objects.contains(current)
        })?.subject, seen.insert(parent).inserted {
            current = parent
        }
        return current
    }

    /// Of the lists of parts reached from `root` (its own, its parts', …), the shortest that holds `part`.
    private func smallestPartList(under root: String, holding part: String) -> Fact? {
        let lists = partLists()
        var queue = lists.filter { $0.subject == root }
        var seen = Set(queue.map(\.subject))
        var best: Fact? = nil
        while let list = queue.popLast() {
            if list.objects.contains(part), list.objects.count < (best?.objects.count ?? .max) { best = list }
            for inner in lists where Self.isPart(inner, of: list) && seen.insert(inner.subject).inserted { queue.append(inner) }
        }
        return best
    }

    /// The graph's lists of parts.
    private func partLists() -> [Fact] {
        knowledge.facts.filter { $0.relation == Self.partRelation && !$0.objects.isEmpty }
    }

    /// Whether one list of parts is a part of another: its thing is among the other's parts
    /// (雙核五極 of the city's structure), or all its parts are and fewer (雙核 of 雙核五極, whose
    /// list names the two cores and the five poles one by one).
    static func isPart(_ inner: Fact, of whole: Fact) -> Bool {
        whole.objects.contains(inner.subject)
            || (inner.objects.count < whole.objects.count && inner.objects.allSatisfy(whole.objects.contains))
    }

    /// The relation that makes a whole of its parts (一廊一帶、雙核五極: 一廊一帶 and 雙核五極).
    static let partRelation = "has_part"
}
