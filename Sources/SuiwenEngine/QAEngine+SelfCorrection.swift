import SuiwenKnowledge

/// A question the asker corrects in the same message (海珠書記叫啥 哦不對 越秀的).
extension QAEngine {
    /// The question before a correction mark (`correction_marks`), with the thing it named
    /// replaced by the one thing named after the mark, of the same type: 海珠書記叫啥 哦不對 越秀的
    /// asks 越秀書記叫啥. Nil when the message corrects nothing so: no mark, no name alone after it,
    /// or nothing of that type before it.
    /// What follows words that say what the asker meant to ask (我是想問…, 我的意思是…) at the
    /// start of `text`; nil when it opens with none, or nothing follows.
    func afterRestating(_ text: String) -> String? {
        let simplified = normalizer.toSimplified(text)
        guard let word = restatingWords.first(where: { simplified.hasPrefix($0) }), simplified.count == text.count else { return nil }
        let rest = text.dropFirst(word.count).drop(while: { $0.isPunctuation || $0.isWhitespace })
        return rest.isEmpty ? nil : String(rest)
    }

    func withSelfCorrection(_ question: String) -> String? {
        // (Most questions hold none of the marks' characters: told without normalizing.)
        guard Self.mayHoldCorrectionMark(question) else { return nil }
        let normalized = normalizer.normalize(question)
        let keys = normalized.keys
        guard keys.count >= 4 else { return nil }
        let original = Array(question)
        // (A mark or a space between two characters, not words a phrase dropped: 想問 of 我想問越秀.)
        func breaks(at key: Int) -> Bool {
            // (Characters of one phrase rewritten share where they came from: no gap.)
            guard normalized.origins[key] > normalized.origins[key - 1] + 1 else { return false }
            let gap = original[(normalized.origins[key - 1] + 1)..<normalized.origins[key]]
            return !gap.isEmpty && gap.allSatisfy { $0.isWhitespace || $0.isPunctuation || $0.isSymbol }
        }
        // A message that opens by taking the last question back and asks anew (哦不對 我是想問南沙
        // 要簽的新項目是多大規模的): the question after the words that say so.
        if let mark = correctionMarkKeys.first(where: { keys.starts(with: $0) }), mark.count < keys.count,
            let rest = afterRestating(String(original[(normalized.origins[mark.count - 1] + 1)...]).drop(while: { $0.isPunctuation || $0.isWhitespace }).description),
            isWholeQuestion(rest)
        {
            return rest
        }
        var i = keys.count - 2
        while i > 0 {
            defer { i -= 1 }
            guard let mark = correctionMarkKeys.first(where: { keys.holds($0, at: i) }) else { continue }
            // (不對 of 對不對, 是不是 of a yes/no question: only a mark that opens with a sound of
            // surprise or says wrong stands anywhere; the others after a mark or a space.)
            guard breaks(at: i) || Self.correctionMarkOpeners.contains(mark[0]) || mark.contains(where: Self.wrongKeys.contains)
            else { continue }
            // (The name runs to the next mark or space; what follows is asked too: …不對不對,應該是
            // 工信局?幫我確認下局長叫什麼.)
            guard i + mark.count < keys.count else { continue }
            // (A name alone before the mark, taken back before the question was written: 郭永航
            // 哦不對 洪謙說了什麼 asks what follows the mark.)
            if let retracted = nameAlone(keys[..<i]), retracted.count > 0 {
                let after = Self.bestSegmentation(entityAutomaton.matches(in: Array(keys[(i + mark.count)...])))
                let types = Set(retracted.compactMap { knowledge.entitiesByID[$0]?.type })
                if let first = after.first, first.payload.contains(where: { knowledge.entitiesByID[$0].map { types.contains($0.type) } ?? false }),
                    !first.payload.contains(where: retracted.contains) {
                    let rest = String(original[(normalized.origins[i + mark.count - 1] + 1)...]).trimmingWhitespace
                    if !rest.isEmpty { return rest.drop(while: { $0.isPunctuation || $0.isWhitespace }).description }
                }
            }
            var next = i + mark.count + 1
            while next < keys.count, !breaks(at: next) { next += 1 }
            guard let name = correctedName(keys[(i + mark.count)..<next]) else { continue }
            let nameMatches = Self.bestSegmentation(entityAutomaton.matches(in: Array(keys[name])))
            // (Words typed again right: 一把手工成……打錯了,一把手工程,是誰講的? asks of the words as
            // typed the second time, whether or not they are a name.)
            func retyped() -> String? {
                guard name.count >= 2, name.count <= 12 else { return nil }
                let typed = Array(keys[name])
                for length in [name.count, name.count - 1, name.count + 1] where length >= 2 && i - length >= 0 {
                    let start = i - length
                    guard keys[start] == typed[0], keys[start + 1] == typed[1], !keys[start..<i].elementsEqual(typed),
                        !((start + 1)..<i).contains(where: breaks)
                    else { continue }
                    let head = String(original[..<normalized.origins[start]])
                    let from = normalized.origins[name.lowerBound]
                    let again = String(original[from..<max(from, min(original.count, normalized.origins[name.upperBound - 1] + 1))])
                    let rest = next < keys.count ? String(original[(normalized.origins[next - 1] + 1)...]) : ""
                    return (head + again + rest).trimmingWhitespace
                }
                return nil
            }
            guard nameMatches.count == 1, nameMatches[0].start == 0, nameMatches[0].end == name.count,
                let meant = nameMatches[0].payload.compactMap({ knowledge.entitiesByID[$0] }).first
            else { return retyped() }
            // The last thing of that type the question names before the mark, not the one meant.
            let before = Self.bestSegmentation(entityAutomaton.matches(in: Array(keys[..<i])))
            guard let wrong = before.last(where: { match in
                !match.payload.contains(meant.id) && match.payload.contains { knowledge.entitiesByID[$0]?.type == meant.type }
            }) else { return retyped() }
            // (Where each stretch ends in the original: where the next character came from, as a
            // phrase rewritten, 叫啥 → 叫什麼, comes from where it begins.)
            func end(_ key: Int) -> Int { key < keys.count ? normalized.origins[key] : original.count }
            func span(_ from: Int, _ to: Int) -> Range<Int> { from..<max(from, to) }
            let typed = original[span(normalized.origins[name.lowerBound], end(name.upperBound))]
            var edits = [(range: span(normalized.origins[wrong.start], end(wrong.end)), text: typed)]
            // (Someone of the wrong place or body named beside it goes with it: 南沙書記盧一先說了
            // 什麼 哦不對 越秀 asks what 越秀's secretary said.)
            let wrongIDs = Set(wrong.payload)
            // (Only one written right after it, as its post's holder, 南沙書記盧一先; not the one a
            // claim is of, 洪謙是商務局局長嗎?哦不對,住建局.)
            for match in before where match.start > wrong.end && match.start - wrong.end <= 4 && match.end <= i && match.payload.count == 1
                && !keys[wrong.end..<match.start].contains(Self.copulaKey)
                && postsOf(match.payload[0]).contains(where: { $0.org.map(wrongIDs.contains) ?? false }) {
                edits.append((span(normalized.origins[match.start], end(match.end)), []))
            }
            var kept = Array(original[..<normalized.origins[i]])
            // (Each edit after the next one's end: none overlapping, as matches of one segmentation.)
            for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) where edit.range.upperBound <= kept.count {
                kept.replaceSubrange(edit.range, with: edit.text)
            }
            let corrected = String(kept).trimmingWhitespace
            guard next < keys.count else { return corrected }
            // (From right after the name's last character or particle: the mark that ended it too.)
            return corrected + String(original[(normalized.origins[next - 1] + 1)...]).trimmingWhitespace
        }
        return nil
    }

    /// The entities of the one name a stretch holds and nothing else (the particles after it, 的
    /// 吧 呢, left out): 郭永航 before 哦不對. Nil when the stretch says more than a name.
    private func nameAlone(_ stretch: ArraySlice<UInt32>) -> [String]? {
        var end = stretch.endIndex
        while end > stretch.startIndex, Self.trailingParticles.contains(stretch[end - 1]) || stretch[end - 1] == Self.neKey { end -= 1 }
        guard end > stretch.startIndex, end - stretch.startIndex <= 12 else { return nil }
        let matches = Self.bestSegmentation(entityAutomaton.matches(in: Array(stretch[..<end])))
        guard matches.count == 1, matches[0].start == 0, matches[0].end == end - stretch.startIndex else { return nil }
        return matches[0].payload
    }

    /// The keys (their range in the question's) of the one name after a correction mark: the
    /// words before it (`correction_leads`, 我是說) and the particles after it (的, 吧, 才對) left out.
    private func correctedName(_ rest: ArraySlice<UInt32>) -> Range<Int>? {
        var start = rest.startIndex
        if let lead = correctionLeadKeys.first(where: { rest[start...].starts(with: $0) }) { start += lead.count }
        var end = rest.endIndex
        while end > start {
            if Self.trailingParticles.contains(rest[end - 1]) || rest[end - 1] == Self.neKey {
                end -= 1
            } else if end - start > 2, rest[(end - 2)..<end].elementsEqual(Self.rightKeys) {
                end -= 2
            } else {
                break
            }
        }
        return end > start && end - start <= 12 ? start..<end : nil
    }

    /// Whether the question holds what every mark holds, as written in either script: 錯 or 誤,
    /// 不對, 唔係, 更正, or 不是 after a sound of surprise or before another 不是. A question
    /// without it is not normalized to look for the marks.
    static func mayHoldCorrectionMark(_ question: String) -> Bool {
        var before: (UInt32, UInt32, UInt32) = (0, 0, 0)
        for scalar in question.unicodeScalars {
            let value = scalar.value
            if wrongScalars.contains(value) { return true }
            switch (before.2, value) {
            case (0x4E0D, 0x5C0D), (0x4E0D, 0x5BF9), (0x5514, 0x4FC2), (0x66F4, 0x6B63): return true  // 不對 不对 唔係 更正
            case (0x4E0D, 0x662F):  // 不是
                if correctionMarkOpeners.contains(before.1) || (before.0 == 0x4E0D && before.1 == 0x662F) { return true }
            default: break
            }
            before = (before.1, before.2, value)
        }
        return false
    }
    static let wrongScalars: Set<UInt32> = Set("錯错誤误".unicodeScalars.map(\.value))
    /// Sounds of surprise a mark may open with (哦不對): such a mark needs no space before it.
    static let correctionMarkOpeners: Set<UInt32> = Set("哦噢喔啊呃额額".unicodeScalars.map(\.value))
    /// 錯 and 誤 (说错了, 口误), normalized.
    static let wrongKeys: Set<UInt32> = Set("错误".unicodeScalars.map(\.value))
    /// 才對, normalized.
    static let rightKeys: [UInt32] = "才对".unicodeScalars.map(\.value)
}
