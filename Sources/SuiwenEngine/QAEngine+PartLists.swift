import SuiwenKnowledge

extension QAEngine {
    /// Where a part stands in a whole made of parts (南沙在城市結構裡算什麼?; 咁南沙喺入面算乜? after
    /// the five poles of that structure): the smallest of the whole's lists of parts that holds it,
    /// said as that list. Nil unless the question is that shape, ending in what the part counts as
    /// (the lexicon's `part_role_asked`: not 南沙在城市結構裡的定位是什麼?, nor 有什麼產業), and the
    /// graph's parts hold it.
    func placeOfPartInWhole(_ a: QuestionAnalysis) -> Outcome? {
        // (Most questions write no 在: told before anything is gathered.)
        let keys = a.normalized.keys
        guard keys.contains(Self.atKey), a.cueSets.contains("asks_what") || a.cueSets.contains("which") else { return nil }
        let named = a.mentions.filter { $0.fromQuestion && $0.start >= 0 }
        let root: String
        let part: Entity
        let closing: Int
        if let (whole, inner) = wholeAndPart(a, readingPastTheCity: true), inner.end <= whole.start, keys[inner.end] == Self.atKey,
            !Self.placeTypes.contains(whole.entity.type), whole.entity.type != "city", whole.end < keys.count
        {
            // X在Y裡 (the part first): within the whole named.
            root = whole.entity.id
            part = inner.entity
            closing = whole.end
        } else if named.count == 1, case let inner = named[0], inner.end < keys.count, keys[inner.end] == Self.atKey,
            insideWordKeys.contains(where: { keys[(inner.end + 1)...].starts(with: $0) }),
            let focus = a.context.focus, focus != inner.entity.id
        {
            // X在裡面, the whole left out: the last answer's thing, or the list it is one of the sublists of.
            root = enclosingList(of: focus, in: partLists())
            part = inner.entity
            closing = inner.end + 1
        } else {
            return nil
        }
        // What follows the word that closes the whole (裡, 中, 裡面, 其中) is only what the part counts as.
        let afterClosing = insideWordKeys.first(where: { keys[closing...].starts(with: $0) }).map { closing + $0.count }
            ?? (Self.closingKeys.contains(keys[closing]) ? closing + 1 : nil)
        guard let afterClosing else { return nil }
        var tail = keys[afterClosing...]
        while let last = tail.last, Self.trailingParticles.contains(last) || last == Self.neKey { tail.removeLast() }
        guard partRoleAskedKeys.contains(where: { $0.elementsEqual(tail) }),
            let fact = smallestPartList(under: root, holding: part.id), let sentence = relationSentence(fact),
            let container = knowledge.entitiesByID[fact.subject]
        else { return nil }
        var outcome = Outcome(
            status: .answered, answer: render("part_place", ["part": part.name, "whole": container.name]) + sentence,
            quotes: [fact.quote], confidence: 0.8, about: [part.id, container.id], relation: fact.relation)
        outcome.ruleOverride = Self.partPlaceRule
        return outcome
    }

    /// Which whole a part belongs to, asked by the whole's name as a kind (從化綠色發展示范區屬於
    /// 哪個城市結構?, 那它是放在哪個城市結構裡講的?): the smallest of that whole's lists of parts
    /// that holds it, said as that list. Nil unless a which-word (哪個, 什麼) comes right before
    /// the whole's name, the part is named or pointed at (它), and the graph's parts hold it.
    func wholeOfKindAsked(_ a: QuestionAnalysis) -> Outcome? {
        // (Not why it is one, 為什麼五極包括東部樞紐?.)
        guard !a.cueSets.contains("yesno"), !a.cueSets.contains("why_asked"), a.cueSets.contains("which") || a.cueSets.contains("asks_what") else { return nil }
        let keys = a.normalized.keys
        guard let whole = a.mentions.first(where: { m in
            m.fromQuestion && m.start >= 0 && Self.whichBeforeKeys.contains { word in
                keys.holds(word, endingAt: m.start)
            }
        }),
            let part = a.mentions.first(where: { m in
                m.entity.id != whole.entity.id && (m.fromQuestion || m.source == .pronoun) && m.entity.type != "role" && m.entity.type != "person"
            }),
            let fact = smallestPartList(under: whole.entity.id, holding: part.entity.id), let sentence = relationSentence(fact),
            let container = knowledge.entitiesByID[fact.subject]
        else { return nil }
        // (The whole named first, when the list is one of its parts': 城市結構 → 雙核五極.)
        let named = container.id == whole.entity.id ? container.name : whole.entity.name + "的" + container.name
        var outcome = Outcome(
            status: .answered, answer: render("part_place", ["part": part.entity.name, "whole": named]) + sentence,
            quotes: [fact.quote], confidence: 0.8, about: [part.entity.id, container.id], relation: fact.relation)
        outcome.ruleOverride = Self.partPlaceRule
        return outcome
    }

    /// The words that ask which right before a name (哪個城市結構, 什麼城市結構), normalized.
    static let whichBeforeKeys: [[UInt32]] = ["哪个", "哪1个", "哪", "哪类", "哪1类", "什么", "什么样的", "什么样", "怎样的"].map { $0.unicodeScalars.map(\.value) }

    /// The others of the list the last answer's thing is in (另外兩個是哪兩個? after 增城, one of
    /// the three national zones): that list's other items. Only a list the clause the last answer
    /// quoted holds (not any list the thing is in: 南沙's industries are no list of zones), and
    /// only of a thing that is no list itself (第一個呢? leaves the list in focus) — or of the
    /// list in focus, when the last answer's place or thing is one of its items (增城係咪國家級
    /// 開發區? answered of the list). Nil unless the question asks for them and names nothing.
    /// Or the rest of a list the question names with some of its items (廣州開發區、南沙,還有哪
    /// 一個是三大國家級開發區?): its items not named.
    func othersOfItsList(_ a: QuestionAnalysis) -> Outcome? {
        if let rest = restOfListNamed(a) { return rest }
        guard a.cueSets.contains(Self.theOthersCue), !a.mentions.contains(where: \.fromQuestion),
            let focus = a.context.focus, knowledge.entitiesByID[focus] != nil
        else { return nil }
        let ownLists = (knowledge.factsBySubject[focus] ?? []).filter { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 }
        let item: String
        let holding: Fact
        if ownLists.isEmpty {
            guard let clause = a.context.clause, evidence.clauses.indices.contains(clause),
                case let quoted = evidence.sentences[evidence.clauses[clause].sentence].text,
                let found = (factsByObject[focus] ?? [])
                    .filter({ Self.listRelations.contains($0.relation) && $0.objects.count >= 2 && quoted.containsText($0.quote) })
                    .min(by: { $0.objects.count < $1.objects.count })
            else { return nil }
            (item, holding) = (focus, found)
        } else {
            // (Only after a check of one item, 增城係咪國家級開發區?: after the whole list, 三大國家級
            // 開發區是哪三個?, the place kept is only its first item.)
            guard a.context.rule.map({ $0.hasSuffix(".check") }) == true,
                let named = [a.context.place, a.context.thing].compactMap({ $0 }).first(where: { id in ownLists.contains { $0.objects.contains(id) } }),
                let found = ownLists.filter({ $0.objects.contains(named) }).min(by: { $0.objects.count < $1.objects.count })
            else { return nil }
            (item, holding) = (named, found)
        }
        return besides([item], in: holding)
    }

    /// The rest of a list the question names with some of its items and asks the other of
    /// (`the_other`, `the_others`): the items it does not name. Nil unless every other thing it
    /// names is an item of that one list, and one item at least is left.
    func restOfListNamed(_ a: QuestionAnalysis) -> Outcome? {
        guard a.cueSets.contains(Self.theOthersCue) || a.cueSets.contains("the_other"),
            // (Nor with something else asked of them: 另一個國家級開發區在哪?, 由誰負責?)
            !["who", "answer_place", "answer_person", "answer_date", "difference_asked", "development_focus", "describe"].contains(where: a.cueSets.contains),
            // (幾個 of 其他幾個 is no count asked.)
            !a.cueSets.contains("howmany") || a.cueSets.contains(Self.theOthersCue)
        else { return nil }
        let named = a.mentions.filter(\.fromQuestion).map(\.entity.id).filter { $0 != knowledge.subject }
        var lists: [Fact] = []
        for id in Set(named) {
            lists += (knowledge.factsBySubject[id] ?? []).filter { Self.listRelations.contains($0.relation) && $0.objects.count >= 3 }
        }
        // (Only a list the article gives whole: of 13 clusters it names five, so the rest of those
        // five is no answer.)
        if let holding = lists.filter({ list in
            let items = named.filter { $0 != list.subject }
            return list.complete && !items.isEmpty && items.allSatisfy(list.objects.contains) && items.count < list.objects.count
        }).min(by: { $0.objects.count < $1.objects.count }) {
            return besides(named.filter { $0 != holding.subject }, in: holding)
        }
        // The list named alone, its item the last turn's (五極其他幾個是? after 東部樞紐): the others.
        // (Nothing else asked of them: 三大國家級開發區其他幾個有什麼重點產業? asks their industries.)
        guard named.count == 1, a.specificRelations.isEmpty,
            let item = [a.context.focus, a.context.place, a.context.thing].compactMap({ $0 }).first(where: { id in
                lists.contains { $0.complete && $0.objects.contains(id) }
            }),
            let holding = lists.filter({ $0.complete && $0.objects.contains(item) }).min(by: { $0.objects.count < $1.objects.count })
        else { return nil }
        return besides([item], in: holding)
    }

    private func besides(_ excepted: [String], in holding: Fact) -> Outcome? {
        let others = holding.objects.filter { !excepted.contains($0) }
        guard !others.isEmpty else { return nil }
        var seen = Set<String>()
        let names = excepted.filter { seen.insert($0).inserted }.map(name)
        var outcome = Outcome(
            // (With the whole's name, 三大國家級開發區: whether the one named is one of them is answered too.)
            status: .answered, answer: render("besides_items_of", ["excepted": list(names), "whole": name(holding.subject), "items": list(others.map(name))]),
            quotes: [holding.quote], confidence: 0.8, about: others, relation: holding.relation)
        outcome.ruleOverride = Self.othersOfListRule
        return outcome
    }

    /// What each part of a name stands for (萬千百分別代表什麼?): the thing's list of parts; where
    /// the graph holds none (1+5+N), the article does not say, and what it does say of the thing.
    /// (Of one thing: 「雙核」與「五極」各指何者? asks of two, which the rules after this answer.
    /// Only of a program or a tier of clusters, whose names have parts: not of a person, a place
    /// or the city, 郭永航代表什麼部門發言, 這代表什麼? after a figure; nor 代表什麼時候.)
    func standsFor(_ a: QuestionAnalysis) -> Outcome? {
        let named = a.mentions.filter(\.fromQuestion)
        guard !a.cueSets.contains("answer_date"), Set(named.map(\.entity.id)).count <= 1, let mention = named.first ?? a.mentions.first,
            Self.typesWithParts.contains(mention.entity.type)
        else { return nil }
        let thing = mention.entity
        if let parts = (knowledge.factsBySubject[thing.id] ?? []).first(where: { Self.listRelations.contains($0.relation) }),
            let sentence = relationSentence(parts)
        {
            // (Parts that each have parts of their own, 一廊一帶、雙核五極各指什麼?: each one's too.)
            var sentences = [sentence]
            var quotes = [parts.quote]
            let partLists = parts.objects.compactMap { part in
                (knowledge.factsBySubject[part] ?? []).first { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 }
            }
            if !parts.objects.isEmpty, partLists.count == parts.objects.count {
                for list in partLists {
                    guard let own = relationSentence(list) else { continue }
                    sentences.append(own)
                    if !quotes.contains(list.quote) { quotes.append(list.quote) }
                }
            }
            return Outcome(status: .answered, answer: sentences.joined(), quotes: quotes, confidence: 0.85, about: [thing.id], relation: parts.relation)
        }
        return Outcome(
            status: .noAnswer, answer: render("stands_for_none", ["name": thing.name, "text": thing.summary ?? thing.quote]),
            quotes: [thing.quote], suggestions: suggestions(for: thing), confidence: 0.7, about: [thing.id], settled: true)
    }

    /// The types of things whose names have parts to stand for (1+5+N, 萬千百).
    static let typesWithParts: Set<String> = ["program", "industry_group"]

    /// The cue set of the others of a list asked for (另外兩個, 其餘的).
    static let theOthersCue = "the_others"
    /// The rule an answer of a list's other items is told by (no rule of the knowledge's).
    static let othersOfListRule = "list.others"
    /// The rule id a reply gives for where a part stands in a whole.
    static let partPlaceRule = "member.whole"

    /// The list that `id`'s own list is one of the sublists of (雙核五極 for 五極: its items are some
    /// of that list's), else `id`: the whole 在裡面 speaks of. Not the whole it is an item of (the
    /// city's structure for 一廊一帶), where the part asked may lie in another item altogether.
    private func enclosingList(of id: String, in lists: [Fact]) -> String {
        guard let own = lists.first(where: { $0.subject == id }),
            let larger = lists.filter({ $0.subject != id && own.objects.count < $0.objects.count && own.objects.allSatisfy($0.objects.contains) })
                .min(by: { $0.objects.count < $1.objects.count })
        else { return id }
        return larger.subject
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
    /// The one-character words that close a whole (南沙在城市結構裡, …中).
    static let closingKeys: Set<UInt32> = [CharacterKey.key("里"), CharacterKey.key("中")]
    static let neKey = CharacterKey.key("呢")
}
