import SuiwenKnowledge

/// A question the asker corrects in the same message (海珠書記叫啥 哦不對 越秀的).
extension QAEngine {
    /// The question before a correction mark (`correction_marks`), with the thing it named
    /// replaced by the one thing named after the mark, of the same type: 海珠書記叫啥 哦不對 越秀的
    /// asks 越秀書記叫啥. Nil when the message corrects nothing so: no mark, no name alone after it,
    /// or nothing of that type before it.
    func withSelfCorrection(_ question: String) -> String? {
        // (Most questions hold none of the marks' characters: told without normalizing.)
        guard question.unicodeScalars.contains(where: { Self.correctionMarkScalars.contains($0.value) }) || question.containsText("不是不是")
        else { return nil }
        let normalized = normalizer.normalize(question)
        let keys = normalized.keys
        guard keys.count >= 4 else { return nil }
        var i = keys.count - 2
        while i > 0 {
            defer { i -= 1 }
            guard let mark = correctionMarkKeys.first(where: { i + $0.count <= keys.count && keys[i..<(i + $0.count)].elementsEqual($0) }) else { continue }
            // (不對 of 對不對, 是不是 of a yes/no question: only a mark that opens with a sound of
            // surprise or says wrong stands anywhere; the others after a mark or a space.)
            guard normalized.joinedInOriginal(at: i) == false || Self.correctionMarkOpeners.contains(mark[0]) || mark.contains(where: Self.wrongKeys.contains)
            else { continue }
            guard let name = correctedName(keys[(i + mark.count)...]) else { continue }
            let nameMatches = Self.bestSegmentation(entityAutomaton.matches(in: Array(keys[name])))
            guard nameMatches.count == 1, nameMatches[0].start == 0, nameMatches[0].end == name.count,
                let meant = nameMatches[0].payload.compactMap({ knowledge.entitiesByID[$0] }).first
            else { return nil }
            // The last thing of that type the question names before the mark, not the one meant.
            let before = Self.bestSegmentation(entityAutomaton.matches(in: Array(keys[..<i])))
            guard let wrong = before.last(where: { match in
                !match.payload.contains(meant.id) && match.payload.contains { knowledge.entitiesByID[$0]?.type == meant.type }
            }) else { return nil }
            // (Where each stretch ends in the original: where the next character came from, as a
            // phrase rewritten, 叫啥 → 叫什麼, comes from where it begins.)
            let original = Array(question)
            func end(_ key: Int) -> Int { key < keys.count ? normalized.origins[key] : original.count }
            let typed = original[normalized.origins[name.lowerBound]..<end(name.upperBound)]
            return String(original[..<normalized.origins[wrong.start]] + typed + original[end(wrong.end)..<normalized.origins[i]]).trimmingWhitespace
        }
        return nil
    }

    /// The keys (their range in the question's) of the one name after a correction mark: the marks and words before it
    /// (`correction_leads`, 我是說) and the particles after it (的, 吧, 才對) left out.
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

    /// Characters one of the marks holds, as written in either script (不是不是 is looked for
    /// whole): a question without one is not normalized to look for them.
    static let correctionMarkScalars: Set<UInt32> = Set("對对錯错誤误更哦噢喔啊呃額额唔".unicodeScalars.map(\.value))
    /// Sounds of surprise a mark may open with (哦不對): such a mark needs no space before it.
    static let correctionMarkOpeners: Set<UInt32> = Set("哦噢喔啊呃额額".unicodeScalars.map(\.value))
    /// 錯 and 誤 (说错了, 口误), normalized.
    static let wrongKeys: Set<UInt32> = Set("错误".unicodeScalars.map(\.value))
    /// 才對, normalized.
    static let rightKeys: [UInt32] = "才对".unicodeScalars.map(\.value)
}
