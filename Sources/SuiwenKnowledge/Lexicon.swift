/// The language data the engine normalizes with: the Traditional→Simplified fold, phrase
/// rewrites (Cantonese, variants), named cue-word sets, and what lies outside the article.
public struct Lexicon: Sendable {
    /// Traditional → Simplified, one character to one character.
    public var fold: [Character: Character]
    /// Characters written only in Simplified: how the script of a question is told.
    public var simplifiedOnly: Set<Character>
    /// Rewrites applied after folding, longest first: 係→是, 邊個→誰, 甚麼→什麼 ...
    public var phrases: [(from: String, to: String)]
    /// Named sets of question words: `who` → [誰, 哪位, ...].
    public var cues: [String: [String]]
    /// Cue sets whose words count even inside a name the question holds (牽頭 asks who is in
    /// charge, and is also the leader post's alias); others' words inside a name are the name's.
    public var cuesWithinNames: Set<String> = []
    /// Cue sets of words a pinyin keyboard may give with a homophone (計劃完成 typed 計畫完成): words
    /// of content, not of a question's function (哪天, 說說), which are as often other words.
    public var cuesTypedBySound: Set<String> = []
    /// Common words of the language (`Lexicon.wordHash` of their Simplified scalars): a word
    /// people write (那天, 達到) is no known word typed with a homophone (哪天, 提到).
    public var commonWords: Set<UInt64> = []
    /// Places the service knows exist but the article says nothing about.
    public var outsidePlaces: [String]
    /// Posts the article names nobody to (區長, 副市長): outside it, unless written beside a
    /// person it names, whose posts then correct the claim.
    public var outsidePosts: [String] = []
    /// Topics outside the article (weather, stock prices ...).
    public var outsideTopics: [String]
    /// Attributes of people and things the article never gives: name → question words.
    public var unknownAttributes: [(name: String, cues: [String])]
    /// Character → its Mandarin readings (pinyin without tone): a name typed with a homophone
    /// (海洙 for 海珠) is still that name.
    public var readings = ReadingTable()

    public init(
        fold: [Character: Character] = [:], simplifiedOnly: Set<Character> = [], phrases: [(from: String, to: String)] = [],
        cues: [String: [String]] = [:], outsidePlaces: [String] = [], outsideTopics: [String] = [],
        unknownAttributes: [(name: String, cues: [String])] = []
    ) {
        self.fold = fold
        self.simplifiedOnly = simplifiedOnly
        self.phrases = phrases
        self.cues = cues
        self.outsidePlaces = outsidePlaces
        self.outsideTopics = outsideTopics
        self.unknownAttributes = unknownAttributes
    }
}

/// A declared intent rule: when it applies, and which resolver answers it.
public struct IntentRule: Sendable {
    public struct Example: Sendable {
        public var question: String
        /// answered, clarify or no_answer.
        public var expect: String
    }

    public var id: String
    /// The resolver that answers: profile, role_holder, relation, figure, ...
    public var intent: String
    /// Entity types that must be present (in the question, or from context where allowed).
    /// `any` accepts an entity of any type.
    public var requires: [String]
    /// Cue sets that must all be present.
    public var cues: [String]
    /// Cue sets of which at least one must be present (when not empty).
    public var anyCues: [String]
    /// Cue sets that must not be present.
    public var unlessCues: [String]
    /// Higher wins when several rules apply.
    public var specificity: Int
    /// Whether `requires` may be filled from the previous turn.
    public var usesContext: Bool
    /// Question templates; a question one of them matches whole is this rule's, ahead of
    /// rules matched by cue words alone.
    public var patterns: [QuestionPattern]
    /// Entities a matching template implies without naming them, by slot type (hassil's
    /// fixed slots): `{district}(歸誰管|由誰主政)` implies the role 一把手.
    public var slots: [String: String]
    public var examples: [Example]
    public var location: SourceLocation
}

extension Lexicon {
    /// The hash a word is kept by in `commonWords` (FNV-1a over its scalars' values).
    public static func wordHash(_ scalars: some Sequence<UInt32>) -> UInt64 {
        var hash = wordHashSeed
        for v in scalars { hash = wordHash(hash, v) }
        return hash
    }

    /// `wordHash` a scalar at a time: from `wordHashSeed`, each value in turn.
    public static let wordHashSeed: UInt64 = 0xCBF2_9CE4_8422_2325
    @inlinable public static func wordHash(_ hash: UInt64, _ value: UInt32) -> UInt64 { (hash ^ UInt64(value)) &* 0x100_0000_01B3 }
}
