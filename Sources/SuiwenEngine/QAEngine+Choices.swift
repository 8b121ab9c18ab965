/// A multiple-choice question (下列說法正確的是:A.… B.… C.… D.…): each option checked as a
/// claim of its own, and the letters of those the article bears out (or, asked which is wrong,
/// of those it does not).
struct ChoiceQuestion {
    var stem: String
    var options: [(letter: Character, text: String)]
}

extension QAEngine {
    /// The options of `text`, marked A. B. C. … (or A、 A: (A)), in order from A; nil unless
    /// there are two or more.
    static func choiceQuestion(_ text: String) -> ChoiceQuestion? {
        // (Most questions have no A at all: told by their bytes, with no array of characters.)
        guard text.utf8.contains(0x41) || text.unicodeScalars.contains("Ａ") else { return nil }
        let characters = Array(text)
        let letters: [Character] = ["A", "B", "C", "D", "E", "F"]
        let fullWidth: [Character] = ["Ａ", "Ｂ", "Ｃ", "Ｄ", "Ｅ", "Ｆ"]
        let after: Set<Character> = [".", "．", "、", ":", "：", ")", "）"]
        var marks: [(start: Int, end: Int)] = []
        var i = 0
        while i < characters.count, marks.count < letters.count {
            let c = characters[i]
            let expected = marks.count
            guard c == letters[expected] || c == fullWidth[expected] else { i += 1; continue }
            let before: Character? = i > 0 ? characters[i - 1] : nil
            // (A letter of a word, GDP. or 5G、, is no option's mark.)
            if let before, (before.isASCII && (before.isLetter || before.isNumber)) { i += 1; continue }
            let next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
            if before == "(" || before == "（", next == ")" || next == "）" {
                marks.append((i - 1, i + 2))
                i += 2
            } else if let next, after.contains(next) {
                marks.append((i, i + 2))
                i += 2
            } else {
                i += 1
            }
        }
        guard marks.count >= 2 else { return nil }
        let trim: Set<Character> = [" ", "\u{3000}", ";", "；", ",", "，", "。", "\n", "\t"]
        func trimmed(_ run: ArraySlice<Character>) -> String {
            String(run.drop { trim.contains($0) }.reversed().drop { trim.contains($0) }.reversed())
        }
        var options: [(letter: Character, text: String)] = []
        for (index, mark) in marks.enumerated() {
            let end = index + 1 < marks.count ? marks[index + 1].start : characters.count
            let option = trimmed(characters[mark.end..<end])
            guard !option.isEmpty else { return nil }
            options.append((letters[index], option))
        }
        return ChoiceQuestion(stem: trimmed(characters[..<marks[0].start]), options: options)
    }

    /// A multiple-choice question whose options only name what the stem asks for: the stem's
    /// answer, led by the letter of the one option whose every item (parted by 、 or a joiner) the
    /// answer holds. nil when the stem is not answered, or no option or several fit.
    func answerByOptions(_ question: ChoiceQuestion, context token: String) -> Reply? {
        guard !question.stem.isEmpty, var reply = try? answer(question.stem, context: token), reply.status == .answered else { return nil }
        let answered = normalizer.normalize(reply.answer).string
        let parts: Set<Character> = ["、", ",", "，", "和", "與", "及", "/"]
        let fitting = question.options.filter { option in
            let items = option.text.split(whereSeparator: parts.contains).map { normalizer.normalize(String($0)).string }.filter { !$0.isEmpty }
            return !items.isEmpty && items.allSatisfy { answered.containsText($0) }
        }
        guard fitting.count == 1 else { return nil }
        let letter = render("choice_answer", ["letters": String(fitting[0].letter)])
        reply.answer = (normalizer.script(of: question.stem) ?? false ? normalizer.toSimplified(letter) : letter) + reply.answer
        return reply
    }

    /// The answer to a multiple-choice question: each option asked as a claim (the template
    /// `choice_claim`), judged by the verdict its reply opens with; nil when not every option
    /// gets a verdict (options that are not claims: the question is answered as any other).
    func answerChoices(_ question: ChoiceQuestion) -> Reply? {
        // (An option that is itself a multiple-choice question is none: each option is answered
        // once, never parsed again.)
        guard !question.options.contains(where: { Self.choiceQuestion($0.text) != nil }) else { return nil }
        let simplify = { (text: String) in self.normalizer.toSimplified(text) }
        let simplified = normalizer.script(of: question.stem + question.options.map(\.text).joined()) ?? false
        // The openings of the replies that confirm or deny a claim, as the templates write them.
        func opening(_ template: String) -> String {
            let text = simplify(render(template, [:]))
            return String(text.prefix { !$0.isPunctuation && $0 != "{" })
        }
        let yes = Set(["evidence_yes", "post_yes"].map(opening).filter { !$0.isEmpty })
        let no = Set(["evidence_no", "post_no", "claim_contradicted", "claim_contradicted_short"].map(opening).filter { !$0.isEmpty })
        let separator = render("subject_separator", [:])
        // What the stem is about (關於海珠區,下列說法正確的是:…): said in each option that does not
        // name it, as the option means it.
        let stemAnalysis = analyze(question.stem, context: ConversationContext())
        let topic = stemAnalysis.mentions.first { m in
            m.fromQuestion && m.entity.id != knowledge.scope && m.entity.id != knowledge.subject && m.entity.type != "role"
        }
        let topicWritten = topic.map { m in String(stemAnalysis.normalized.characters[m.start..<m.end]) }
        // A whole the stem names that lists its parts (以下哪一項不屬於13個千億級產業鏈群?): options
        // that are no claims of their own are claimed to be among it.
        let listWhole = stemAnalysis.mentions.first { m in
            m.fromQuestion && (knowledge.factsBySubject[m.entity.id] ?? []).contains { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 }
        }?.entity
        var replies: [Reply] = []
        var holds: [Bool?] = []
        /// The verdict of one reply: any part denied, false; every part confirmed, true; else nil.
        func verdict(_ reply: Reply) -> Bool? {
            let parts = simplify(reply.answer).components(separatedBy: separator)
            if parts.contains(where: { part in no.contains(where: { part.hasPrefix($0) }) }) { return false }
            if parts.allSatisfy({ part in yes.contains(where: { part.hasPrefix($0) }) }) { return true }
            return nil
        }
        func check(_ text: String) -> Reply? {
            var claim = text
            if let topic, let topicWritten {
                let names = ([topic.entity.name] + topic.entity.aliases).map(simplify)
                if !names.contains(where: { simplify(claim).contains($0) }) { claim = topicWritten + claim }
            }
            let asked = render("choice_claim", ["option": claim])
            return try? answer(simplified ? simplify(asked) : asked, context: "")
        }
        func member(_ text: String) -> Reply? {
            guard let listWhole else { return nil }
            let asked = render("choice_member_claim", ["whole": listWhole.name, "option": text])
            guard let reply = try? answer(simplified ? simplify(asked) : asked, context: ""), reply.status == .answered else { return nil }
            return reply
        }
        // Asked which is wrong (錯誤的是, 不正確的是): the options the article does not bear out.
        let stem = simplify(question.stem)
        let wrongAsked = (knowledge.lexicon.cues["choice_wrong"] ?? []).contains { stem.contains(simplify($0)) }
        let clauseMarks: Set<Character> = [",", "，", ";", "；"]
        var unjudged: [Int] = []
        for option in question.options {
            var checked = check(option.text)
            if checked.flatMap(verdict) == nil, let asMember = member(option.text) { checked = asMember }
            guard let whole = checked else { return nil }
            // (An option the article says nothing of, 大會由廣東省委召開 answered as outside it,
            // gets no verdict; it counts against no option that does.)
            guard whole.status == .answered || verdict(whole) != nil else {
                holds.append(nil)
                replies.append(whole)
                replies[replies.count - 1].answer = render("choice_option", ["letter": String(option.letter), "answer": whole.answer])
                continue
            }
            var shown = whole
            var judged = verdict(whole)
            // An option of two claims or more (南沙區委書記是盧一先,海珠區委書記是郭昊羽): each
            // checked too; one denied, the option is wrong. (A clause that is no claim of its own,
            // 截至2022年底, gives no verdict and counts for nothing.)
            let clauses = option.text.split(whereSeparator: { clauseMarks.contains($0) }).map(String.init)
            if clauses.count >= 2, clauses.count <= 4 {
                for clause in clauses {
                    guard let reply = check(clause), let held = verdict(reply) else { continue }
                    if !held, judged != false {
                        judged = false
                        shown = Reply.combining([whole, reply], separator: separator)
                    } else if judged == nil {
                        judged = held
                    }
                }
            }
            // (One option the article neither bears out nor denies, of a list it leaves open: not
            // among those it lists; chosen only when asked which is not, and every other holds.
            // Asked which is right, it stays without a verdict.)
            if judged == nil, wrongAsked, let listWhole, unjudged.isEmpty {
                unjudged.append(holds.count)
                judged = false
                var note = render("choice_unlisted", ["option": option.text, "whole": listWhole.name])
                // (And the list the article does give it in: 軟件和信創, of the 萬億級.)
                let named = Set(Self.bestSegmentation(entityAutomaton.matches(in: normalizer.normalize(option.text).keys)).flatMap(\.payload))
                if named.count == 1, let other = (factsByObject[named.first!] ?? []).first(where: { Self.listRelations.contains($0.relation) && $0.subject != listWhole.id }),
                    let sentence = relationSentence(other)
                {
                    note += sentence
                    shown.citations.append(.init(source: knowledge.source.file, quote: other.quote, line: knowledge.source.line(of: other.quote) ?? 0))
                }
                shown.answer += simplified ? simplify(note) : note
            }
            // (An option neither borne out nor denied that the document writes but for a changed
            // character or a numeral left out, 千億級 for 兩千億級: denied by the passage.)
            if judged == nil, let contradiction = nearVerbatimContradiction(option.text) {
                judged = false
                let note = render("choice_contradicted", ["passage": contradiction.passage])
                shown.answer = simplified ? simplify(note) : note
                shown.citations = [contradiction.citation]
            }
            holds.append(judged)
            shown.answer = render("choice_option", ["letter": String(option.letter), "answer": shown.answer])
            replies.append(shown)
        }
        if !unjudged.isEmpty, holds.enumerated().contains(where: { !unjudged.contains($0.offset) && $0.element == false }) { return nil }
        var chosen = zip(question.options, holds).filter { $0.1 == !wrongAsked }.map { String($0.0.letter) }
        // (Every option but one denied, asked which is right, and that one neither borne out nor
        // denied — 5.0改革以“激發活力”為重點, a list's order: that one, by elimination.)
        // (Only one the article does speak of: not one it says is outside it, 郭永航畢業於中山大學.)
        if chosen.isEmpty, !wrongAsked, holds.count >= 3, holds.filter({ $0 == nil }).count == 1, !holds.contains(true),
            let left = holds.firstIndex(where: { $0 == nil }), replies[left].status == .answered
        {
            chosen = [String(question.options[left].letter)]
            holds[left] = true
        }
        // Options without a verdict: answered only when each is one the article says nothing of
        // and another is the one asked for (the article bears it out, or denies it when the wrong
        // one is asked); else — one it speaks of but gives no verdict on may be right — the
        // question is answered as any other.
        if holds.contains(where: { $0 == nil }) {
            guard !chosen.isEmpty, zip(holds, replies).allSatisfy({ $0.0 != nil || $0.1.status != .answered }) else { return nil }
        }
        var combined = Reply.combining(replies, separator: separator)
        let verdict = chosen.isEmpty ? render("choice_none", [:]) : render("choice_answer", ["letters": chosen.joined(separator: render("list_separator", [:]))])
        // (In the script the question is written in, as every reply.)
        combined.answer = (simplified ? simplify(verdict) : verdict) + separator + combined.answer
        combined.intent = "choice"
        combined.explanation.rule = "choice"
        combined.confidence = min(combined.confidence, 0.85)
        return combined
    }
}
