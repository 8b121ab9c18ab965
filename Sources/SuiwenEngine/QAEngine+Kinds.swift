import SuiwenKnowledge

extension QAEngine {
    /// The cue the analysis adds when a kind of thing is asked for by the last word of the names
    /// of that kind (哪些村, 有哪些片區): `kind_items` answers it.
    static let kindAskedCue = "kind_asked"

    /// Entity types whose names end with the word for their kind (瀝滘村, 康鷺片區, 南沙經濟技術開發區):
    /// not people, posts, bodies or industries, which rules of their own list.
    /// Cue sets of questions that ask no kind's things: more of the last list (還有哪些片區?),
    /// the one that is most something (哪個城市口碑最佳?), which body (哪個部門).
    static let kindAskedElsewhere = ["followup", "the_other", "the_others", "superlative", "which_body", "which_bodies"]

    static let kindTypes: Set<String> = ["place", "zone", "platform", "program", "honor"]

    /// Things of a kind asked for by a word their names end with, right after the word that asks for several
    /// (城中村改造涉及哪些村?, 文章提到哪幾個片區?): the things of the graph whose names end with it;
    /// of those, when the question names something (海珠有哪些村?), the ones a fact of the graph
    /// gives with it (and, as `named`, those whose names end with the word, before any list stands
    /// for its items). nil when the word is a kind the aggregate rules answer (哪些區, 哪些部門),
    /// is cut from a longer word (哪些園區 is no 園), or no thing of it is there.
    func kindItems(_ a: QuestionAnalysis) -> (kind: String, of: Entity?, items: [Entity], named: [Entity])? {
        let keys = a.normalized.keys
        // (Most questions end no word with a kind's last character: nothing more to look at.)
        guard !kindNames.isEmpty, keys.contains(where: { kindLastKeys.contains($0) }),
            // (Not more of the last answer's list, 還有哪些片區?: the follow-up's. Nor the one of them
            // that is most something, 哪個城市口碑最佳?: asked of one.)
            !Self.kindAskedElsewhere.contains(where: { a.cueSets.contains($0) }),
            !joinerWordKeys.contains(where: { Self.keys(keys, hold: $0, at: 0) }),
            !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "role" })
        else { return nil }
        // (Which one of a kind, 哪個商圈, only of a thing named, 海珠那邊主要是哪個商圈在轉型?: of
        // none, 哪個城市口碑最佳?, it asks which of them is so.)
        let singularAsked = a.mentions.contains { $0.fromQuestion && $0.entity.id != knowledge.scope && $0.entity.type != "city" }
        /// The longest word from `start` (past a measure word, 哪幾個村; but 哪些片區 is of 片區) that
        /// some names end with, ending where a word ends — the question's, a function character, or
        /// a word of the lexicon's — and not a name asked of (哪些城中村: the thing, not a kind).
        func kind(at askingEnd: Int) -> Range<Int>? {
            let measure = kindMeasureKeys.first { askingEnd + $0.count < keys.count && Self.keys(keys, hold: $0, at: askingEnd) }
            for step in 0..<2 where step == 0 || measure != nil {
                let start = askingEnd + (step == 0 ? 0 : measure!.count)
                for length in stride(from: min(4, keys.count - start), through: 1, by: -1) {
                    let end = start + length
                    guard kindLastKeys.contains(keys[end - 1]), end == keys.count || a.functionWord[end] || a.cueMatchStarts.contains(end) else { continue }
                    if !typeWordKeys.contains(where: { $0.count == length && Self.keys(keys, hold: $0, at: start) }),
                        !a.mentions.contains(where: { $0.fromQuestion && $0.start < end && $0.end > start }),
                        kindNames.contains(where: { $0.keys.count > length && Self.keys($0.keys, endWith: keys, start..<end) })
                    {
                        return start..<end
                    }
                }
            }
            return nil
        }
        // The first word that asks for several (哪些, or 哪個 of a thing named) with a kind after it,
        // and a second kind joined to it (哪些村或片區).
        var found: Range<Int>? = nil
        var second: Range<Int>? = nil
        search: for i in keys.indices where a.cueMatchStarts.contains(i) {
            for (word, plural) in whichWordKeys where (plural || singularAsked) && Self.keys(keys, hold: word, at: i) {
                guard let range = kind(at: i + word.count) else { continue }
                found = range
                if let joiner = joinerWordKeys.first(where: { Self.keys(keys, hold: $0, at: range.upperBound) }) {
                    second = kind(at: range.upperBound + joiner.count)
                }
                break search
            }
        }
        guard let found else { return nil }
        let kinds = [found] + (second.map { [$0] } ?? [])
        var named = a.mentions.filter { m in
            (m.fromQuestion || m.source == .pronoun) && m.entity.id != knowledge.scope && m.entity.id != knowledge.subject && m.entity.type != "city"
        }
        // (Naming nothing, of what the conversation is about: 哪些平台 after 南沙.)
        if named.isEmpty {
            named = a.mentions.filter { m in
                m.source == .implicit && m.entity.id != knowledge.scope && m.entity.id != knowledge.subject && m.entity.type != "city"
            }
        }
        // (Not a thing of the kind itself, 瀝滘村 before 哪些村在建復建房?: the kind is asked anew.)
        if named.isEmpty, let id = a.context.focus ?? a.context.place ?? a.context.person, id != knowledge.scope, let thing = knowledge.entitiesByID[id],
            thing.type != "city", !kinds.contains(where: { range in kindNames.contains { $0.id == id && Self.keys($0.keys, endWith: keys, range) } })
        {
            named = [.init(entity: thing, start: -1, end: -1, source: .pronoun)]
        }
        let of = named.first?.entity
        // (Of a thing, only those given with it: in its facts, or it in theirs.)
        let together = of.map { givenTogether[$0.id] ?? [] }
        var items: [Entity] = []
        for range in kinds {
            for name in kindNames where name.keys.count > range.count && Self.keys(name.keys, endWith: keys, range) {
                guard together?.contains(name.id) ?? true, let item = knowledge.entitiesByID[name.id], !items.contains(where: { $0.id == item.id }),
                    !named.contains(where: { $0.entity.id == item.id })
                else { continue }
                items.append(item)
            }
        }
        guard !items.isEmpty else { return nil }
        let ofTheKind = items
        // (An item of a list of the kind, 羅沖圍片區 of 片區改造新模式's, stands with the whole
        // list, whose other items are of the kind too though their names do not say so:
        // 廣州火車站. Not of a list of other things, 雙核五極's.)
        items = items.reduce(into: [Entity]()) { kept, item in
            let whole = knowledge.facts.first { fact in
                Self.listRelations.contains(fact.relation) && fact.objects.contains(item.id)
                    && Self.kindTypes.contains(knowledge.entitiesByID[fact.subject]?.type ?? "")
                    && kindNames.contains { name in name.id == fact.subject && kinds.contains { Self.firstRun(name.keys[...], keys[$0]) != nil } }
            }.flatMap { knowledge.entitiesByID[$0.subject] }
            let shown = whole ?? item
            if !kept.contains(where: { $0.id == shown.id }) { kept.append(shown) }
        }
        // (A whole of the kind, 三大國家級開發區, stands for its parts: not listed beside it.)
        let parts = Set(items.flatMap { item in
            (knowledge.factsBySubject[item.id] ?? []).filter { Self.listRelations.contains($0.relation) }.flatMap(\.objects)
        })
        items.removeAll { parts.contains($0.id) }
        return (originalText(a, found.lowerBound, (second ?? found).upperBound), of, items, ofTheKind)
    }

    func kindItemsAnswer(_ a: QuestionAnalysis) -> Outcome? {
        guard let found = kindItems(a) else { return nil }
        // (A whole with its parts: 三大國家級開發區(廣州開發區、南沙、增城).)
        let names = list(found.items.map { item in
            guard let parts = (knowledge.factsBySubject[item.id] ?? []).first(where: { Self.listRelations.contains($0.relation) }) else { return item.name }
            return "\(item.name)(\(list(parts.objects.map(name))))"
        })
        let answer = found.of.map { render("kind_items_of", ["thing": $0.name, "kind": found.kind, "names": names]) }
            ?? render("kind_items", ["kind": found.kind, "names": names, "count": String(found.items.count)])
        var quotes: [String] = []
        for item in found.items where !quotes.contains(item.quote) { quotes.append(item.quote) }
        return Outcome(
            status: .answered, answer: answer, quotes: quotes, confidence: 0.8,
            about: found.items.map(\.id), group: found.items.count > 1 ? found.items.map(\.id) : [])
    }

    /// Whether `keys` holds `word` from `start` (an index loop: slices compared allocate in a debug build).
    static func keys(_ keys: [UInt32], hold word: [UInt32], at start: Int) -> Bool {
        guard start >= 0, start + word.count <= keys.count else { return false }
        for k in word.indices where keys[start + k] != word[k] { return false }
        return true
    }

    /// Whether `name` ends with the keys of `text` in `range`.
    static func keys(_ name: [UInt32], endWith text: [UInt32], _ range: Range<Int>) -> Bool {
        guard range.count <= name.count else { return false }
        let offset = name.count - range.count
        for k in 0..<range.count where name[offset + k] != text[range.lowerBound + k] { return false }
        return true
    }
}
