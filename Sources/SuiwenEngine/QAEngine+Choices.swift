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

    /// The answer to a multiple-choice question: each option asked as a claim (the template
    /// `choice_claim`), judged by the verdict its reply opens with; nil when not every option
    /// gets a verdict (options that are not claims: the question is answered as any other).
    func answerChoices(_ question: ChoiceQuestion) -> Reply? {
        let simplify = { (text: String) in self.normalizer.toSimplified(text) }
        // The openings of the replies that confirm or deny a claim, as the templates write them.
        func opening(_ template: String) -> String {
            let text = simplify(render(template, [:]))
            return String(text.prefix { !$0.isPunctuation && $0 != "{" })
        }
        let yes = Set(["evidence_yes", "post_yes"].map(opening).filter { !$0.isEmpty })
        let no = Set(["evidence_no", "post_no"].map(opening).filter { !$0.isEmpty })
        var replies: [Reply] = []
        var holds: [Bool] = []
        for option in question.options {
            guard let reply = try? answer(render("choice_claim", ["option": option.text]), context: ""), reply.status == .answered else { return nil }
            let opened = simplify(reply.answer)
            if no.contains(where: { opened.hasPrefix($0) }) {
                holds.append(false)
            } else if yes.contains(where: { opened.hasPrefix($0) }) {
                holds.append(true)
            } else {
                return nil
            }
            var lettered = reply
            lettered.answer = render("choice_option", ["letter": String(option.letter), "answer": reply.answer])
            replies.append(lettered)
        }
        // Asked which is wrong (錯誤的是, 不正確的是): the options the article does not bear out.
        let stem = simplify(question.stem)
        let wrongAsked = (knowledge.lexicon.cues["choice_wrong"] ?? []).contains { stem.contains(simplify($0)) }
        let chosen = zip(question.options, holds).filter { $0.1 != wrongAsked }.map { String($0.0.letter) }
        var combined = Reply.combining(replies, separator: render("subject_separator", [:]))
        let verdict = chosen.isEmpty ? render("choice_none", [:]) : render("choice_answer", ["letters": chosen.joined(separator: render("list_separator", [:]))])
        // (In the script the question is written in, as every reply.)
        let written = normalizer.script(of: question.stem + question.options.map(\.text).joined()) ?? false ? simplify(verdict) : verdict
        combined.answer = written + render("subject_separator", [:]) + combined.answer
        combined.intent = "choice"
        combined.explanation.rule = "choice"
        combined.confidence = min(combined.confidence, 0.85)
        return combined
    }
}
