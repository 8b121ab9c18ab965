extension Array where Element: Equatable {
    /// Whether `word` is written here beginning at `start` (路 right after 北京 of 北京路).
    func holds(_ word: [Element], at start: Int) -> Bool {
        start >= 0 && start + word.count <= count && self[start..<(start + word.count)].elementsEqual(word)
    }

    /// Whether `word` is written here ending right before `end` (我在 right before 深圳).
    func holds(_ word: [Element], endingAt end: Int) -> Bool {
        end <= count && end >= word.count && self[(end - word.count)..<end].elementsEqual(word)
    }
}
