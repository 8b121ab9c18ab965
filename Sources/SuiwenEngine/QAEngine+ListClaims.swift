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
    /// Places named that are no item but where items of the list are (片區連片改造包括海珠嗎?:
    /// 城市新中軸線(海珠)), each with those items' names.
    var placesOfItems: [(place: String, items: [String])] = []
    /// The ids of the strangers the graph knows.
    var strangerIDs: [String] = []
}

extension QAEngine {
    /// Relations whose objects are a whole's parts, in the order the article lists them.
    static let listRelations: Set<String> = ["has_part", "has_member"]

    /// The claim of a whole's list in `a`: a thing named with a list of its parts, followed by
    /// two or more items (entities, places the article does not know, joined by 、 or a joiner
    /// word or nothing); nil for anything else.
    func listClaim(_ a: QuestionAnalysis) -> ListClaim? {
        let fromQuestion = a.mentions.filter(\.fromQuestion).sorted { $0.start < $1.start }
        let wholes = fromQuestion.filter { m in
            (knowledge.factsBySubject[m.entity.id] ?? []).contains { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 }
        }
        // The first thing with a list, its items after it; or the last, its items before it.
        guard let first = wholes.first else { return insideWholeClaim(a, fromQuestion) }
        if let claim = listClaim(a, whole: first, fromQuestion) { return claim }
        guard let last = wholes.last, last.start != first.start else { return nil }
        return listClaim(a, whole: last, fromQuestion)
    }

    /// The claim of a list the last answer was about, written as 裡面 before the items (裡面有沒有
    /// 生物醫藥? after the thirteen clusters' count): the inside word, first after nothing but
    /// the question's opening words, stands for that whole.
    private func insideWholeClaim(_ a: QuestionAnalysis, _ fromQuestion: [QuestionAnalysis.Mention]) -> ListClaim? {
        guard let focus = a.context.focus, let whole = knowledge.entitiesByID[focus], let first = fromQuestion.first,
            (knowledge.factsBySubject[focus] ?? []).contains(where: { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 })
        else { return nil }
        let keys = a.normalized.keys
        for word in insideWordKeys where word.count <= first.start {
            for start in 0...(first.start - word.count) where keys[start..<(start + word.count)].elementsEqual(word)
                && (start == 0 || (0..<start).allSatisfy({ a.functionWord.indices.contains($0) && a.functionWord[$0] }))
            {
                let pointed = QuestionAnalysis.Mention(entity: whole, start: start, end: start + word.count, source: .pronoun)
                return listClaim(a, whole: pointed, fromQuestion)
            }
        }
        return nil
    }

    private func listClaim(_ a: QuestionAnalysis, whole: QuestionAnalysis.Mention, _ fromQuestion: [QuestionAnalysis.Mention]) -> ListClaim? {
        guard let fact = (knowledge.factsBySubject[whole.entity.id] ?? []).first(where: { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 })
        else { return nil }
        let keys = a.normalized.keys
        let characters = a.normalized.characters
        // The items named (not the whole, the document's place or a post) and the places named that
        // the article does not know, found where they are written.
        var items: [(start: Int, end: Int, id: String?, name: String)] = fromQuestion.compactMap { m in
            guard m.entity.id != whole.entity.id, m.entity.id != knowledge.scope, m.entity.type != "role",
                m.start >= whole.end || m.end <= whole.start
            else { return nil }
            return (m.start, m.end, m.entity.id, m.entity.name)
        }
        for name in a.outsideNames {
            let run = normalizer.normalize(name).keys
            guard !run.isEmpty, run.count <= keys.count else { continue }
            for start in 0...(keys.count - run.count) where keys[start..<(start + run.count)].elementsEqual(run)
                && (start >= whole.end || start + run.count <= whole.start)
            {
                if !items.contains(where: { $0.start < start + run.count && start < $0.end }) { items.append((start, start + run.count, nil, name)) }
                break
            }
        }
        items.sort { $0.start < $1.start }
        // Overlaps (a name inside a longer one): the longer.
        func longest(_ items: [(start: Int, end: Int, id: String?, name: String)]) -> [(start: Int, end: Int, id: String?, name: String)] {
            var kept: [(start: Int, end: Int, id: String?, name: String)] = []
            for item in items {
                if let last = kept.last, item.start < last.end {
                    if item.end - item.start > last.end - last.start { kept[kept.count - 1] = item }
                    continue
                }
                kept.append(item)
            }
            return kept
        }
        let verbs = listClaimVerbs
        let inclusive = listClaimInclusive
        let yesno = yesnoWords
        var kept = longest(items.filter { $0.start >= whole.end })
        let includes: Bool
        // The items before the whole, said to be it (廣州開發區、南沙和黃埔是三大國家級開發區嗎?,
        // 係咪…係三大國家級開發區?): a word of being between, and before and after them only
        // words that ask yes or no.
        if kept.isEmpty {
            kept = longest(items.filter { $0.end <= whole.start })
            // (Two or more: one thing said to be of it, 新能源是萬億級產業鏈群嗎?, is a member claim.)
            guard kept.count >= 2, let first = kept.first, let last = kept.last else { return nil }
            let between = characters[last.end..<whole.start]
            guard verbs.contains(where: { $0.elementsEqual(between) }), !inclusive.contains(where: { $0.elementsEqual(between) }) else { return nil }
            var head = characters[..<first.start]
            while let itself = claimItselfWords.first(where: { head.count >= $0.count && head.suffix($0.count).elementsEqual($0) }) {
                head = head.dropLast(itself.count)
            }
            guard head.isEmpty || yesno.contains(where: { $0.elementsEqual(head) }) else { return nil }
            let tail = withoutAskingEnd(characters[whole.end...])
            guard tail.isEmpty, !head.isEmpty || tail.count < characters.count - whole.end else { return nil }
            for (left, right) in zip(kept, kept.dropFirst()) {
                let joined = Array(characters[left.end..<right.start])
                guard joined.isEmpty || joiners.contains(joined) else { return nil }
            }
            // (Said of some of them, 南沙和增城是三大國家級開發區嗎?: whether they are among it.)
            return claim(of: fact, kept, unknown: [], includes: true)
        }
        guard let first = kept.first, let last = kept.last else { return nil }
        // Said to be the list (是, 包括, 是不是包括 …) right after the whole, nothing else: not
        // 三大國家級開發區中南沙和增城發展得好嗎?
        var gap = characters[whole.end..<first.start]
        if let asking = yesnoWordLength(gap, atEnd: false) { gap = gap.dropFirst(asking) }
        guard verbs.contains(where: { $0.elementsEqual(gap) }) || yesno.contains(where: { $0.elementsEqual(gap) }) else { return nil }
        includes = inclusive.contains { gap.count >= $0.count && gap.suffix($0.count).elementsEqual($0) }
        // Items follow one another with only a joiner or nothing between them (、 is dropped).
        for (left, right) in zip(kept, kept.dropFirst()) {
            let between = Array(characters[left.end..<right.start])
            guard between.isEmpty || joiners.contains(between) else { return nil }
        }
        // After the last, only the words that ask yes or no (or none, asked before the list); or
        // one item more the engine does not know, after a joiner or a 、 (…增城、琶洲嗎?).
        var tail = withoutAskingEnd(characters[last.end...])
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
        return claim(of: fact, kept, unknown: unknown, includes: includes)
    }

    /// The claim of `items` as the list of `fact`, with any unknown words among them; nil when
    /// fewer than two are named or none of the list (one said to be included is a claim too).
    private func claim(of fact: Fact, _ items: [(start: Int, end: Int, id: String?, name: String)], unknown: [String], includes: Bool) -> ListClaim? {
        let parts = Set(fact.objects)
        var named = Set<String>()
        var strangers: [String] = []
        var outside: [String] = []
        var placesOfItems: [(place: String, items: [String])] = []
        var strangerIDs: [String] = []
        for item in items {
            if let id = item.id {
                if parts.contains(id) {
                    named.insert(id)
                } else if case let inIt = fact.objects.filter({ located($0, in: id) }), !inIt.isEmpty {
                    placesOfItems.append((item.name, inIt.map { knowledge.entitiesByID[$0]?.name ?? $0 }))
                } else if !strangers.contains(item.name) {
                    strangers.append(item.name)
                    strangerIDs.append(id)
                }
            } else if !outside.contains(item.name) {
                outside.append(item.name)
            }
        }
        // Two items or more, something of the list among them: not a whole beside unrelated things.
        // (One item said to be among it, 千億級產業鏈群包括半導體和集成電路嗎?, is a claim too.)
        let oneIncluded = includes && items.count == 1 && unknown.isEmpty && outside.isEmpty
        guard items.count + unknown.count >= 2 || oneIncluded, !named.isEmpty || oneIncluded else { return nil }
        return ListClaim(
            fact: fact, named: named, strangers: strangers, outside: outside + unknown, unknownItems: !unknown.isEmpty, includes: includes,
            placesOfItems: placesOfItems, strangerIDs: strangerIDs)
    }

    /// Whether the graph says `item` is in the place `place` (`located_in`).
    func located(_ item: String, in place: String) -> Bool {
        (knowledge.factsBySubject[item] ?? []).contains { $0.relation == "located_in" && $0.objects.contains(place) }
    }

    /// Answers a list claim: yes when the items named are the whole's parts, all of them and
    /// nothing else; else not so, what is wrong of it, and the article's list.
    func listCheck(_ a: QuestionAnalysis) -> Outcome? {
        guard a.cueSets.contains("yesno"), let claim = listClaim(a), let sentence = relationSentence(claim.fact) else { return nil }
        let missing = claim.fact.objects.filter { !claim.named.contains($0) }.map { knowledge.entitiesByID[$0]?.name ?? $0 }
        var notes: [String] = []
        // (Of a list the article leaves open, 等, what else is in it is not said: no item is
        // known not to be.)
        // (Of an open list, one the article puts in a list of a whole of the same kind, 萬億級產業鏈群
        //包括生物醫藥嗎?: in that one, so not in this.)
        let elsewhere: [(name: String, whole: String)] = claim.fact.complete ? [] : claim.strangerIDs.compactMap { id in
            let kind = knowledge.entitiesByID[claim.fact.subject]?.type
            guard let other = (factsByObject[id] ?? []).first(where: { fact in
                Self.listRelations.contains(fact.relation) && fact.subject != claim.fact.subject && knowledge.entitiesByID[fact.subject]?.type == kind
            }), let whole = knowledge.entitiesByID[other.subject], let item = knowledge.entitiesByID[id] else { return nil }
            return (item.name, whole.name)
        }
        for (name, whole) in elsewhere { notes.append(render("list_claim_elsewhere", ["name": name, "whole": whole])) }
        let unplaced = claim.strangers.filter { name in !elsewhere.contains { $0.name == name } }
        if !unplaced.isEmpty {
            notes.append(render(claim.fact.complete ? "list_claim_stranger" : "list_claim_stranger_open", ["names": list(unplaced)]))
        }
        if !claim.outside.isEmpty { notes.append(render("list_claim_outside", ["names": list(claim.outside)])) }
        for (place, items) in claim.placesOfItems { notes.append(render("list_claim_place", ["place": place, "items": list(items)])) }
        let wrong = !claim.outside.isEmpty || (claim.fact.complete && !claim.strangers.isEmpty) || !elsewhere.isEmpty
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
        var outcome = Outcome(
            status: .answered, answer: verdict + sentence + notes.joined(), quotes: [claim.fact.quote], confidence: verdict.isEmpty ? 0.7 : 0.9,
            about: [claim.fact.subject] + claim.fact.objects, relation: claim.fact.relation)
        // (One item found in it, 四化平臺包括綠色化嗎?: the thing of the next turn, while the list
        // stays the thread: 其他三化呢? asks the others.)
        if claim.named.count == 1, claim.strangers.isEmpty, claim.outside.isEmpty, let item = claim.named.first { outcome.picked = item }
        return outcome
    }
}

/// A yes/no claim that one thing is among a whole's parts (新能源是萬億級產業嗎?, 南沙屬於五極嗎?,
/// 萬億級產業鏈群包括新能源嗎?): the thing and the whole, side by side in the question.
struct MemberClaim {
    var member: Entity
    var whole: Entity
}

extension QAEngine {
    /// The most words between the thing and the whole of a member claim (是不是屬於, 是不是在).
    static let memberClaimGap = 6
    /// Marks that end a clause: a person named before one only tells the story.
    static let memberClaimClauseMarks: Set<Character> = [",", "，", "。", "!", "！", "?", "？", ";", "；"]
    /// Characters that join or part two things rather than put one in the other.
    static let memberClaimBreaks: Set<Character> = ["和", "与", "與", "及", "、", ",", "，", "跟", "同", "或"]
    /// The measure words of a count written before a whole's name (13個千億級產業鏈群), normalized.
    static let wholeCountMeasures: Set<Character> = ["个", "大", "项"]

    /// The member claim in `a`: two things the question names next to each other, a few words
    /// apart, one a whole with a list of parts (`listRelations`, two or more), the other a
    /// thing some list of the graph holds; nil for anything else, and for the document's own
    /// place or a post.
    func memberClaim(_ a: QuestionAnalysis) -> MemberClaim? {
        // (Not a claim of more than membership: the biggest of them, 南沙是最大的嗎?, or someone's
        // words, 是郭永航說東部樞紐要連片改造的嗎?: those are other rules' to judge.)
        if a.cueSets.contains("superlative") { return nil }
        // The last two named, by where they start (a loop: run for every yes/no question).
        var last: QuestionAnalysis.Mention? = nil
        var beforeLast: QuestionAnalysis.Mention? = nil
        for m in a.mentions where m.fromQuestion && m.entity.id != knowledge.scope && m.entity.type != "role" {
            if last == nil || m.start > last!.start {
                beforeLast = last
                last = m
            } else if beforeLast == nil || m.start > beforeLast!.start {
                beforeLast = m
            }
        }
        guard let first = beforeLast, let second = last else { return nil }
        // (Someone named in the same clause, with their words: 是郭永航說東部樞紐要連片改造的嗎?. One
        // in a sentence before, 聽說王局長講要改造,廣州火車站是不是在名單裡?, only tells the story.)
        if a.cueSets.contains("said") {
            let original = Array(a.original)
            let origins = a.normalized.origins
            for m in a.mentions where m.fromQuestion && m.entity.type == "person" {
                // Between the person and the pair, in the text as written (marks are not normalized).
                let (left, right) = m.end <= first.start ? (m.end, first.start) : m.start >= second.end ? (second.end, m.start) : (0, 0)
                guard left > 0, right < origins.count, left <= right else { return nil }
                let low = origins[left - 1] + 1
                let high = min(origins[right], original.count)
                if low >= high || !original[low..<high].contains(where: { Self.memberClaimClauseMarks.contains($0) }) { return nil }
            }
        }
        // The whole either first or last. (Its count written right before it, 屬於13個千億級產業鏈群之一,
        // is part of its name, not of the words between.)
        guard first.end <= second.start, first.entity.id != second.entity.id else { return nil }
        let characters = a.normalized.characters
        // (Only the count the article gives it: 12個千億級產業鏈群之一 claims a wrong count, which the
        // figure's rules judge.)
        var betweenEnd = second.start
        if betweenEnd - first.end >= 2, Self.wholeCountMeasures.contains(characters[betweenEnd - 1]), characters[betweenEnd - 2].isASCIIDigit {
            var countStart = betweenEnd - 1
            while countStart > first.end, characters[countStart - 1].isASCIIDigit { countStart -= 1 }
            let count = String(characters[countStart..<(betweenEnd - 1)])
            if figures.contains(where: { $0.subject == second.entity.id && $0.value == count }) { betweenEnd = countStart }
        }
        guard betweenEnd - first.end <= Self.memberClaimGap else { return nil }
        // (Two things joined, 8個萬億級產業鏈群和12個千億級產業鏈群, or counted: no claim of one in
        // the other.)
        let between = characters[first.end..<betweenEnd]
        if between.contains(where: { Self.memberClaimBreaks.contains($0) || $0.isASCIIDigit }) { return nil }
        if isWhole(second.entity), isListed(first.entity) { return MemberClaim(member: first.entity, whole: second.entity) }
        if isWhole(first.entity), isListed(second.entity), !isWhole(second.entity) { return MemberClaim(member: second.entity, whole: first.entity) }
        return nil
    }

    /// Whether the graph lists parts of `entity` (two or more).
    func isWhole(_ entity: Entity) -> Bool {
        guard let facts = knowledge.factsBySubject[entity.id] else { return false }
        for fact in facts where Self.listRelations.contains(fact.relation) && fact.objects.count >= 2 { return true }
        return false
    }

    /// Whether some list of the graph holds `entity`.
    func isListed(_ entity: Entity) -> Bool {
        guard let facts = factsByObject[entity.id] else { return false }
        for fact in facts where Self.listRelations.contains(fact.relation) { return true }
        return false
    }

    /// A member claim judged: yes with the whole's list when the list holds the thing; else no,
    /// with the whole's list and the shortest list that does hold it (新能源 is of the 千億級 tier, not the 萬億級).
    func memberCheck(_ a: QuestionAnalysis) -> Outcome? {
        guard a.cueSets.contains("yesno"), let claim = memberClaim(a) else { return nil }
        // (Not whose words a thing is, asked of a post: 四化平臺是南沙區委書記提出的嗎? asks who
        // said it, not whether 南沙 is among 四化平臺.)
        // (The list named before the post: 增城是市長提到的三大國家級開發區之一嗎? still asks whether.)
        if a.cueSets.contains("said"), let post = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "role" }),
            a.mentions.contains(where: { $0.fromQuestion && $0.entity.id == claim.whole.id && $0.start < post.start })
        {
            return nil
        }
        let lists = (knowledge.factsBySubject[claim.whole.id] ?? []).filter { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 }
        let about = [claim.whole.id, claim.member.id]
        if let fact = lists.first(where: { $0.objects.contains(claim.member.id) }), let sentence = relationSentence(fact) {
            return Outcome(
                status: .answered, answer: render("evidence_yes", [:]) + render("member_yes", ["member": claim.member.name, "whole": claim.whole.name]) + sentence,
                quotes: [fact.quote], confidence: 0.9, about: about, relation: fact.relation)
        }
        let holding = (factsByObject[claim.member.id] ?? []).filter { Self.listRelations.contains($0.relation) && $0.subject != claim.whole.id }
        // (The shortest list that holds it, 雙核 for 南沙 asked of 五極: not every list it is in.)
        guard let shortest = holding.min(by: { $0.objects.count < $1.objects.count }), let sentence = relationSentence(shortest),
            let other = knowledge.entitiesByID[shortest.subject]
        else { return nil }
        // (No, when the whole's list is given in full, or a whole above holds both lists, as the
        // 萬千百 ladder holds its tiers; else only where the article lists it: 等 leaves room.)
        func parents(_ id: String) -> Set<String> {
            Set((factsByObject[id] ?? []).filter { Self.listRelations.contains($0.relation) }.map(\.subject))
        }
        let denied = lists.contains(where: \.complete) || !parents(claim.whole.id).isDisjoint(with: parents(other.id))
        return Outcome(
            status: .answered,
            answer: (denied ? render("evidence_no", [:]) : "")
                + render("member_elsewhere", ["member": claim.member.name, "whole": claim.whole.name, "wholes": other.name])
                + (lists.first.flatMap(relationSentence) ?? "") + sentence,
            quotes: (lists.first.map { [$0.quote] } ?? []) + [shortest.quote], confidence: denied ? 0.85 : 0.7, about: about + [other.id], relation: shortest.relation)
    }
}

extension QAEngine {
    /// The items of a whole's list that lie in a district the question names (連片改造的片區有哪個在
    /// 海珠?): those the graph locates there, or whose name holds the
    /// district's (番禺智造創新城, 城市新中軸線(海珠)); nil when the question names no such pair or
    /// no item lies there.
    func listInPlace(_ a: QuestionAnalysis) -> (whole: Entity, fact: Fact, place: Entity, items: [Entity])? {
        guard let place = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "district" })?.entity else { return nil }
        func hasList(_ id: String) -> Bool { knowledge.factsBySubject[id]?.contains { Self.listRelations.contains($0.relation) } == true }
        var wholes = a.mentions.filter { $0.fromQuestion && $0.entity.id != place.id }.map(\.entity.id)
        // (Naming nothing else, 其中哪個在海珠?: the last answer's thing, or a thing its clause names.)
        if wholes.isEmpty {
            wholes = [a.context.focus].compactMap { $0 }
            if let clause = a.context.clause, evidence.clauses.indices.contains(clause) { wholes += evidence.clauses[clause].entities.sorted() }
        }
        guard wholes.contains(where: hasList) else { return nil }
        for id in wholes where id != place.id {
            guard let whole = knowledge.entitiesByID[id],
                let fact = (knowledge.factsBySubject[id] ?? []).first(where: { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 })
            else { continue }
            let names = ([place.name] + place.aliases).filter { $0.count >= 2 }
            let items = fact.objects.compactMap { knowledge.entitiesByID[$0] }.filter { item in
                (knowledge.factsBySubject[item.id] ?? []).contains { $0.relation == "located_in" && $0.objects.contains(place.id) }
                    || names.contains { name in item.name.contains(name) }
            }
            if !items.isEmpty { return (whole, fact, place, items) }
        }
        return nil
    }

    func listInPlaceAnswer(_ a: QuestionAnalysis) -> Outcome? {
        guard let found = listInPlace(a) else { return nil }
        return Outcome(
            status: .answered,
            answer: render("list_in_place", ["whole": found.whole.name, "place": found.place.name, "items": list(found.items.map(\.name))]),
            quotes: [found.fact.quote], confidence: 0.8, about: [found.whole.id, found.place.id] + found.items.map(\.id), relation: found.fact.relation)
    }

    /// What follows a claim's last item without the words that ask yes or no at its end (嗎, 對不對),
    /// or the 吧 alone that closes it (雙核是天河跟南沙吧?: asked yes or no, as the analysis read it).
    func withoutAskingEnd(_ tail: ArraySlice<Character>) -> ArraySlice<Character> {
        if let asking = yesnoWords.contains(where: { $0.elementsEqual(tail) }) ? tail.count : yesnoWordLength(tail, atEnd: true) {
            return tail.dropLast(asking)
        }
        return tail.last == "吧" ? tail.dropLast() : tail
    }
}
