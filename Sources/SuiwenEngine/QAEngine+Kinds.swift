import SuiwenKnowledge

extension QAEngine {
    /// The cue the analysis adds when a kind of thing is asked for by the last word of the names
    /// of that kind (哪些村, 有哪些片區): `kind_items` answers it.
    static let kindAskedCue = "kind_asked"
    /// The resolver that answers it.
    static let kindItemsIntent = "kind_items"

    /// Entity types whose names end with the word for their kind (瀝滘村, 康鷺片區, 南沙經濟技術開發區):
    /// not people, posts, bodies or industries, which rules of their own list.
    /// Cue sets of questions that ask no kind's things: more of the last list (還有哪些片區?),
    /// the one that is most something (哪個城市口碑最佳?), which body (哪個部門).
    static let kindAskedElsewhere = ["followup", "the_other", "the_others", "superlative", "which_body", "which_bodies"]

    /// Cue sets whose words say nothing of the things asked for: asking, counting, saying, the document.
    static let kindNeutralCueSets: Set<String> = ["which", "aggregate_which", "aggregate", "said", "spoke", "howmany", "interrogative", "question_words", "detail", "followup"]

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
                    guard kindLastKeys.contains(keys[end - 1]), keys[start] >= 0x80, end == keys.count || a.functionWord[end] || a.cueMatchStarts.contains(end) else { continue }
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
        // (Of the thing the question names, or points back at with 那裡; not one an earlier turn
        // was about, which narrows a question asked of the whole article.)
        let named = a.mentions.filter { m in
            (m.fromQuestion || m.source == .pronoun) && m.entity.id != knowledge.scope && m.entity.id != knowledge.subject && m.entity.type != "city"
        }
        let of = named.first?.entity
        // (Of a thing, only those given with it: in its facts, or it in theirs; and, of a thing
        // that is no place, those listed beside it, 城中村改造 in 海珠's renewal with its villages.
        // Not a place's neighbours in a list: 南沙 beside 從化 in 雙核五極.)
        let together = of.map { thing in
            Self.placeTypes.contains(thing.type) ? (placeTogether[thing.id] ?? []) : (givenTogether[thing.id] ?? [])
        }
        var items: [Entity] = []
        for range in kinds {
            for name in kindNames where name.keys.count > range.count && Self.keys(name.keys, endWith: keys, range) {
                guard together?.contains(name.id) ?? true, let item = knowledge.entitiesByID[name.id], !items.contains(where: { $0.id == item.id }),
                    !named.contains(where: { $0.entity.id == item.id }),
                    // (Nor one the question sets aside: 除了瀝滘村,還有哪些村?)
                    !a.excepted.contains(item.id)
                else { continue }
                items.append(item)
            }
        }
        // (Of the whole article, a list: one thing of a kind, 有哪些平台? → 四化平臺, says the
        // article has no others, where it calls many things 平臺 without the word in their names.)
        // (Or, with one set aside, 除了瀝滘村,還有哪些村?, the one left.)
        guard of != nil || !a.excepted.isEmpty ? !items.isEmpty : items.count >= 2 else { return nil }
        let ofTheKind = items
        // What the rest of the question says of them (哪些示範區要高標準建設?, 哪些村已經完成改造了?):
        // those whose words in the article hold most of its characters; none, when no item's
        // hold half of them.
        let rest = restOfKindQuestion(a, kinds: kinds, asking: found.lowerBound)
        if !rest.isEmpty {
            let scored = items.map { item in (item, wordsOf(item).intersection(rest).count) }
            let best = scored.map(\.1).max() ?? 0
            // (Half of them at least: 改造 of 已經完成改造 is in the villages' sentence, 已經完成 is not.)
            guard best > 0, best * 2 >= rest.count else { return nil }
            items = scored.filter { $0.1 == best }.map(\.0)
        }
        // (An item of a list of the kind, 羅沖圍片區 of 片區改造新模式's, stands with the whole
        // list, whose other items are of the kind too though their names do not say so:
        // 廣州火車站. Not of a list of other things, 雙核五極's, nor for a kind of one character,
        // 帶 of 一廊一帶.)
        items = items.reduce(into: [Entity]()) { kept, item in
            let whole = knowledge.facts.first { fact in
                Self.listRelations.contains(fact.relation) && fact.objects.contains(item.id)
                    && Self.kindTypes.contains(knowledge.entitiesByID[fact.subject]?.type ?? "")
                    && kindNames.contains { name in name.id == fact.subject && kinds.contains { $0.count >= 2 && Self.firstRun(name.keys[...], keys[$0]) != nil } }
            }.flatMap { knowledge.entitiesByID[$0.subject] }
            let shown = whole ?? item
            if !kept.contains(where: { $0.id == shown.id }) { kept.append(shown) }
        }
        // (A whole of the kind, 三大國家級開發區, stands for its parts: not listed beside it.)
        let parts = Set(items.flatMap { item in
            (knowledge.factsBySubject[item.id] ?? []).filter { Self.listRelations.contains($0.relation) }.flatMap(\.objects)
        })
        items.removeAll { parts.contains($0.id) }
        // (As typed, unless the normalizer rewrote it: city for 城市.)
        let typed = originalText(a, found.lowerBound, (second ?? found).upperBound)
        let kind = typed.count == (second ?? found).upperBound - found.lowerBound
            ? typed : String(a.normalized.characters[found.lowerBound..<(second ?? found).upperBound])
        return (kind, of, items, ofTheKind)
    }

    /// The characters of a kind question that say something of the things asked for: not the
    /// names it holds, the words of the lexicon (asking, saying, 文章), the kind and the asking
    /// word, function characters or marks.
    func restOfKindQuestion(_ a: QuestionAnalysis, kinds: [Range<Int>], asking: Int) -> Set<UInt32> {
        let keys = a.normalized.keys
        var covered = [Bool](repeating: false, count: keys.count)
        for m in a.mentions where m.fromQuestion && m.start >= 0 { for i in m.start..<min(m.end, keys.count) { covered[i] = true } }
        // (Words that ask or point, and the lexicon's `kind_neutral_words`, 涉及, 點名: not a relation's
        // word, 改造, which says something of them.)
        for match in cueAutomaton.matches(in: keys) {
            guard case .set(let name, let function) = match.payload, function || Self.kindNeutralCueSets.contains(name) else { continue }
            for i in match.start..<match.end { covered[i] = true }
        }
        for word in kindNeutralKeys {
            var i = 0
            while i + word.count <= keys.count {
                if Self.keys(keys, hold: word, at: i) { for k in i..<(i + word.count) { covered[k] = true }; i += word.count } else { i += 1 }
            }
        }
        for range in kinds { for i in range { covered[i] = true } }
        var rest = Set<UInt32>()
        for i in keys.indices where !covered[i] && !a.functionWord[i] && i != asking - 1 {
            guard let scalar = Unicode.Scalar(a.normalized.scalars[i]), scalar.properties.isIdeographic else { continue }
            rest.insert(keys[i])
        }
        return rest
    }

    /// The characters of the article's words on a thing: the sentences of its quote and of the
    /// facts that give it, as the evidence index keeps them.
    func wordsOf(_ item: Entity) -> Set<UInt32> {
        var words = Set<UInt32>()
        let quotes = [item.quote] + (knowledge.factsBySubject[item.id] ?? []).map(\.quote) + (factsByObject[item.id] ?? []).map(\.quote)
        for quote in quotes {
            guard let clause = evidence.lastClause[TextKey(quote)], evidence.clauses.indices.contains(clause) else { continue }
            words.formUnion(evidence.sentences[evidence.clauses[clause].sentence].contentKeys)
        }
        return words
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
