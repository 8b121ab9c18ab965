import SuiwenKnowledge

/// Answers questions about the article from a loaded `KnowledgeBase`. Everything a question
/// needs — the normalizer, the alias and cue automata, the rules in order — is compiled once
/// here; `answer` does no setup of its own. Immutable, and a class so that handing it to a
/// request or a helper costs one reference count, not a copy of every table: swap it whole to reload.
public final class QAEngine: Sendable {
    public let knowledge: KnowledgeBase
    public let normalizer: TextNormalizer
    /// Longest question accepted, in characters.
    public static let maximumQuestionLength = 500

    enum CueTag: Sendable {
        /// A cue set; `function`: its words are question words or particles, not content.
        case set(String, function: Bool)
        case relation(String, weak: Bool)
        case figure(Int)
        /// A figure's own number (4500, 3.88): the question names the figure by its value.
        case figureValue(Int)
        case outside(String)
        case attribute(String)
    }

    let entityAutomaton: AliasAutomaton<[String]>
    let cueAutomaton: AliasAutomaton<CueTag>
    /// Names for one-edit fuzzy matching → entity ids, as character keys after a mark: `=name`,
    /// `~name with one character as *` (substitution), `-name less one character` (a character
    /// left out).
    let fuzzyIndex: FuzzyNames
    /// Every entity's name and aliases as keys (normalized), by entity id, for what reads names
    /// whole (a name asked with 什麼 in its middle, the end of a name called by 這個): normalized
    /// once here, not for every question.
    let nameKeysByID: [String: [[UInt32]]]
    /// Every character of the names in `fuzzyIndex`, by key: a window with two or more others
    /// cannot be one edit from any of them.
    let fuzzyCharacters: Set<UInt32>
    /// The lexicon's readings by scalar, each reading by its number (cheaper to look up and
    /// compare than by `Character` and `String`).
    let readingTable: ReadingTable
    /// Words that join two subjects of one question (南沙和越秀), normalized.
    let joiners: [[Character]]
    /// Names matched by sound (people's and districts' names, normalized to keys, with the
    /// number of the first reading of each character), by the numbers of the readings of their
    /// first two characters (`soundKey`): a question's pair of characters looks at the few
    /// names that sound like it, not at every name that starts with one sound (thousands, in a
    /// large graph).
    let soundNames: [UInt64: [(name: [UInt32], readings: [Int], id: String)]]
    /// Known words (cue words, names) typed with a homophone: 招開 for 召開.
    let soundTypos: SoundTypos
    /// Each entity's other names that the document writes, not the name with one character
    /// added (南沙區): what 南沙被稱為什麼? is answered with.
    let writtenAliases: [String: [String]]
    let rules: [IntentRule]
    /// Each rule's question templates, compiled; by rule id.
    let patterns: [String: [CompiledPattern]]
    /// The same, in the order of `rules`.
    let rulePatterns: [[CompiledPattern]]
    /// Every cue set a rule names, by number; and each rule's `cues`, `anyCues` and
    /// `unlessCues` by those numbers, in the order of `rules`.
    let cueSetNumbers: [String: Int]
    let ruleCues: [(all: [Int], any: [Int], unless: [Int])]
    let figures: [Fact]
    /// Each figure quote's figures' indices, ascending: a figure's index found without comparing
    /// it with every figure (`figureIndex(of:)`; a graph of 100k entities has 17k figures).
    let figureIndicesByQuote: [TextKey: [Int]]
    let statements: [Fact]
    let posts: [Fact]
    /// The character pairs of each post's title as written (工業和信息化局局長), normalized once:
    /// a question's words that pick one holder of a role by their post (管工業的那個局長).
    let postTitleBigrams: [String: Set<UInt64>]
    /// The bodies and places each person holds posts in: what they speak for.
    let bodiesByPerson: [String: Set<String>]
    /// Each person's posts and statements, in the graph's order.
    let postsBySubject: [String: [Fact]]
    let statementsBySubject: [String: [Fact]]
    /// For each role a post is of: that role and every role its `broader` reaches (区委书记 →
    /// 书记 → 一把手), so that whether a post is of an asked role is one lookup.
    let roleClosure: [String: Set<String>]
    /// The posts (their indices in `posts`, in order) of each role, counting the roles each
    /// reaches, and of each body or place (`""` for none): a role asked of one place looks at
    /// that place's posts, not at every post of the graph.
    let postIndicesByRole: [String: [Int]]
    let postIndicesByOrg: [String: [Int]]
    let factsBySpeaker: [String: [Fact]]
    let factsByObject: [String: [Fact]]
    /// The lexicon's `function_characters` (的, 了, 是), as keys.
    let functionCharacterKeys: Set<UInt32>
    /// The one subject of each relation only one thing has (time_of_day: the conference).
    let soleHolders: [String: String]
    /// The things the graph says are in each place (`located_in`), by the place's id.
    let thingsIn: [String: [String]]
    /// Relations a why can ask for (their cue words hold one of `why_asked`'s: purpose, the
    /// day's meaning): asked why, a relation answer of another kind gives no reason.
    let relationsGivingReasons: Set<String>
    let surnames: [Character: [String]]
    /// Answer templates by name, and relation templates by `relation:ID`, compiled.
    let templates: [String: AnswerTemplate]
    /// Normalized text of each statement's quote, for finding who said what.
    let statementBigrams: [Set<UInt64>]
    /// Each sentence of the document as `passageLetters` has it: the script folded, letters and
    /// numbers only (what a quoted passage is looked for in).
    let sentenceLetters: [String]
    /// Each sentence's pairs of characters, normalized (`bigrams`).
    let sentenceBigrams: [Set<UInt64>]
    /// Each sentence's scalars as `scalarFold` folds them (what a quote is looked for in).
    let sentenceFolds: [[UInt32]]
    /// Each statement's quote, normalized: what a passage quoted word for word is looked for in.
    let statementQuoteTexts: [String]
    /// Each statement's figures (indices into `figures`), by its quote: the figures whose quote it
    /// holds, so that 這些數字 after what someone said points at them.
    let figuresInStatement: [TextKey: [Int]]
    /// For each of `statements`, the ids of what its words name (found once, not searched for
    /// in its text on every question that asks who said something).
    let statementNames: [Set<String>]
    let relationFactBigrams: [Set<UInt64>]
    let relationFacts: [Fact]
    /// The source line of every quote of the graph, found once at load.
    let quoteLines: [TextKey: Int]
    /// For each entity type, the relations some entity of that type has facts of: what can be
    /// asked of it at all.
    let relationsByType: [String: Set<String>]
    /// The years the article speaks of (2022, 2023); a question about another is outside it.
    let documentYears: Set<String>
    /// The year the document speaks from (manifest `year`), and the words that name a year
    /// from it (去年: -1, 明年: +1, 今年: 0; lexicon `last_year`, `next_year`, `this_year`), as keys.
    let documentYear: Int?
    let relativeYearWords: [(keys: [UInt32], offset: Int)]
    /// Every clause of the document, for evidence retrieval.
    let evidence: EvidenceIndex
    /// Clauses that only set the scene (在…中, 在…方面: the lexicon's `clause_frame_start` and
    /// `clause_frame_end`): what happened there is in the clause after.
    let frameClauses: Set<Int>
    /// The lexicon's `asker` words (我 …), as scalars, in both scripts: a question without one
    /// tells no story of the asker's.
    let askerWords: [[Unicode.Scalar]]
    /// The lexicon's `question_start` (我真正想問的是…), both scripts, as scalars: what a long
    /// message says before its question begins; with the scalars that must come before them
    /// (`question_start_after_story`, 想問一下, only after a retelling: `storyLength`), and whether
    /// they begin a question only after a sentence's end (`question_start_after_sentence`: 請問).
    let questionStarts: [(word: [Unicode.Scalar], after: Int, afterSentence: Bool)]
    let questionStartFirstScalars: Set<UInt32>
    /// The lexicon's `vocative` words (主持人, 小編), both scripts, each with its first scalar:
    /// told apart from a question's first scalar before any string comparison.
    let vocatives: [(word: String, first: Unicode.Scalar)]
    /// The lexicon's `vocative_particles` (啊, 呀): said after the one addressed (主持人啊,…).
    let vocativeParticles: Set<Character>
    /// The lexicon's `greeting` words of one or two characters (喂, 你好), in both scripts.
    let shortGreetings: [String]
    let shortGreetingFirsts: Set<Unicode.Scalar>
    /// Their first scalars.
    let askerFirstScalars: Set<UInt32>
    /// The lexicon's `asker_place` words (我們區, 我們村), both scripts, longest first: the place
    /// the asker named before, called by the asker's own.
    let askerPlaceWords: [String]
    /// Their first scalars (我, 咱).
    let askerPlaceFirstScalars: [Unicode.Scalar]
    /// The lexicon's `surname` (as question keys): what a name the article does not hold begins with.
    let surnameKeys: Set<UInt32>
    /// The lexicon's `honorific` words (先生, 生, 同志), as keys: written after a surname, they
    /// call a person by it (郭先生).
    let honorificKeys: [[UInt32]]
    /// The lexicon's `lead_in` words (其中, 另外), as keys: a template may match what follows one
    /// the question opens with.
    let leadInKeys: [[UInt32]]
    /// The lexicon's `spoken_joiner` words, as written in either script, longest first, and the
    /// scalars they begin with (a question holding none of them is not searched).
    let spokenJoiners: [[Character]]
    /// The lexicon's `this_figure` words (這個數), both scripts, longest first: one after a count
    /// asked with no mark between begins a question of its own. (As scalars: compared by
    /// `Character` they cost a string comparison each, on every question that asks a count.)
    let figurePointers: [[Unicode.Scalar]]
    let spokenJoinerStarts: Set<Unicode.Scalar>
    /// The lexicon's `instruction` words (忽略之前, 系統提示詞, 你現在是一個), both scripts, as
    /// scalars, and the scalars they begin with: a sentence holding one tells the assistant what
    /// to be, not what the asker wants to know (`withoutInstructions`).
    let instructionWords: [[Unicode.Scalar]]
    let instructionStarts: Set<Unicode.Scalar>
    /// The same joiners as scalars, for a quick test that a question holds one.
    let spokenJoinerScalars: [[Unicode.Scalar]]
    /// The lexicon's `time_clause_end` words (之後, 的時候), normalized: a piece of a message
    /// ending with one before a comma is the time of the question after it.
    let subordinateTimeKeys: [[UInt32]]
    /// The lexicon's `name_endings` (區, 港, 中心), normalized: how a name of a place or body ends.
    let nameEndingKeys: [[UInt32]]
    /// Words that open a clause giving a purpose (為…, 真正讓…), normalized: why asked of what a
    /// clause before them says.
    let reasonOpenerKeys: [[UInt32]]
    /// The words that open a clause going on the list of the clauses before it (以及一大批百億級產業鏈群
    /// after …等13個千億級產業鏈群): normalized keys, from the lexicon's `list_continuing_openings`.
    let listContinuingOpeningKeys: [[UInt32]]
    /// The lexicon's `asker_location` words (我在, 我住在), normalized: where the asker says they are.
    let askerLocationKeys: [[UInt32]]
    /// The lexicon's `street_endings` words (路, 大道), normalized: a place's name right before
    /// one names a street (北京路), not the place.
    let streetEndingKeys: [[UInt32]]
    /// The lexicon's `items_pointers` words (這幾個, 呢啲), normalized.
    let itemsPointerKeys: [[UInt32]]
    /// The lexicon's `frame_actions` words (行動, 工程): a clause holding one names what the clauses
    /// after it in its sentence are part of.
    let frameActionWords: [String]
    /// The lexicon's `not_street_words` (街道, 路演), normalized: words that begin as a street's
    /// ending does and are no street.
    let notStreetKeys: [[UInt32]]
    /// The lexicon's phrases that stand for a mark said aloud to a voice typist (逗號 → ,), in
    /// either script, and the scalars they end with (a question holding none is not searched):
    /// put back as marks in the question as written, before it is split.
    let spokenMarks: [(from: String, to: String)]
    let spokenMarkEnds: [Unicode.Scalar]
    /// The lexicon's `not_spoken_marks`, in either script: words that hold a mark's name (句號召).
    let notSpokenMarks: [String]
    /// The lexicon's `what_at_end` words (為何), as keys: a question ending with one asks what.
    let whatAtEndKeys: [[UInt32]]
    /// The names of the things a kind may be asked of (哪些村: the places, programs and platforms
    /// whose names end with 村), normalized, with their ids; and the lexicon's `type_` words
    /// (區, 部門), kinds the aggregate rules answer, and `kind_measures` (個, 種), a measure word
    /// between the asking word and the kind.
    let kindNames: [(id: String, keys: [UInt32])]
    let kindLastKeys: Set<UInt32>
    /// For each entity, the things a fact of the graph gives with it (its subject and objects).
    let givenTogether: [String: Set<String>]
    /// For each entity, the things a fact gives of it (its objects) or gives it of (their subjects):
    /// for a place, without the others listed beside it.
    let placeTogether: [String: Set<String>]
    let typeWordKeys: [[UInt32]]
    let kindMeasureKeys: [[UInt32]]
    /// The lexicon's `relay_words` (又問, 想知道), normalized: after a name, its bearer asks
    /// through the asker.
    let relayWordKeys: [[UInt32]]
    /// The lexicon's `kind_neutral_words` (涉及, 點名), normalized: words of a kind question that
    /// say nothing of the things asked for.
    let kindNeutralKeys: [[UInt32]]
    /// The lexicon's `aggregate_which` (哪些, plural) and `which` (哪個) words, and its `joiner`
    /// words (或), normalized, longest first: what asks for a kind, and what joins a second kind to it.
    let whichWordKeys: [(keys: [UInt32], plural: Bool)]
    let joinerWordKeys: [[UInt32]]
    /// The lexicon's `person_attributes`: the unknown attributes (lexicon/outside.yaml) only a
    /// person has (家庭 of 孩子): asked of a place, they are no attribute of it.
    let personAttributes: Set<String>
    /// Of those, the ones a body has as well (商務局的聯繫電話), from the lexicon's `body_attributes`.
    let bodyAttributes: Set<String>
    /// Posts the article names nobody to (lexicon/outside.yaml `posts`).
    let outsidePosts: Set<String>
    /// The lexicon's `claim_said_endings` (說的, 提出的), normalized: a question that ends with one
    /// and its question mark claims whose words they are.
    let claimSaidEndingKeys: [[UInt32]]
    /// The lexicon's `check_request` words (核實, 核對), normalized, and how many characters after
    /// one may close the message (核對區數).
    let checkRequestKeys: [[UInt32]]
    static let checkRequestTail = 2
    /// The lexicon's `pushback_start` words (不是, 唔係), normalized: a message that opens with one
    /// and gives a number asks whether the last answer's figure is that number.
    let pushbackStartKeys: [[UInt32]]
    /// The lexicon's `inside_words` (裡面, 其中), normalized: 在 and one of them after a part
    /// (南沙在裡面算什麼?) puts it in the last answer's whole.
    let insideWordKeys: [[UInt32]]
    /// The lexicon's `part_role_asked` (算什麼, 屬於哪部分), normalized: all that may follow the
    /// word closing a whole when where a part stands in it is asked.
    let partRoleAskedKeys: [[UInt32]]
    /// The lexicon's `quote_references` words (這, 說, 出自), normalized: a question after a
    /// quotation that holds one asks about the quotation.
    let quoteReferenceKeys: [[UInt32]]
    /// The lexicon's `section_locators` words (那段, 那部分), normalized: right after a thing
    /// named, they say where in the article the question's words are.
    let sectionLocatorKeys: [[UInt32]]
    /// The fewest keys after a section's word, of no cue word nor function character, that are a
    /// question of their own (國企民企外企那句…, not 講了什麼).
    static let shortestQuestionAfterLocator = 4
    /// The lexicon's `denial_before_quote` words (不是, 並非), normalized: right before a passage
    /// quoted, the claim is that it was not said.
    let denialBeforeQuote: [[Character]]
    /// The lexicon's pronouns of people, groups, places and things (他們, 這位, 那裡, 它),
    /// normalized: a question holding one points back at what came before it.
    let pointingBackKeys: [[UInt32]]
    /// The lexicon's `correction_marks` (哦不對, 說錯了) and `correction_leads` (我是說, 應該是),
    /// normalized, longest first: where a message corrects its own question, and the words before
    /// the name it meant.
    let correctionMarkKeys: [[UInt32]]
    /// Words by which an asker says what they meant to ask (我是想問, 我的意思是), in Simplified
    /// as written (normalized, 想問 is dropped as a filler), longest first.
    let restatingWords: [String]
    let correctionLeadKeys: [[UInt32]]
    /// The lexicon's `open_list_endings` (等), normalized: a list ending with one names some of
    /// its members, not all.
    let openListEndings: [[Character]]
    /// The lexicon's bound words, normalized: before a number (超過, 破; 不到) and after it
    /// (以上; 以下) — a claim that a figure is above or below that number.
    let aboveWords: [[Character]]
    let belowWords: [[Character]]
    let aboveAfterWords: [[Character]]
    let belowAfterWords: [[Character]]
    /// How many characters an interjection before a message's first word may take (咦, 誒).
    static let interjectionLength = 2
    /// A thing asked whether it is in the list the last answer gave (那廣州南站周邊呢 有沒有?).
    static let inLastListCue = "in_last_list"
    /// Set by the analysis: the one thing named is of the kind of the last list's items and not
    /// among them (番禺算不算?).
    static let notInLastListCue = "not_in_last_list"
    /// The most keys besides the name of a question asking whether a thing is in the last list.
    static let longestMemberClaimRest = 6
    /// Sites of any kind (places, platforms, zones, districts) are one kind when a list's items are compared.
    static func siteKind(_ type: String) -> String { ["place", "platform", "zone", "district"].contains(type) ? "site" : type }
    /// The most characters after the name in 不是郭昊羽嗎? (嗎, 咩 as 什麼, 來的嗎).
    static let pushbackParticleLength = 3
    /// The lexicon's `measure_words`, each with the phrases that ask a count in it (a `howmany`
    /// word and the measure: 多少 + 棟), as keys (`lacksAskedMeasure`).
    let askedMeasures: [(measure: [UInt32], characters: [Character], phrases: [[UInt32]])]
    /// The lexicon's `pronoun_person` words (他, 那位, 這個人), normalized.
    let pronounPersonKeys: [[UInt32]]
    /// The lexicon's `people_measures` (位, 個), one key each: what a count of a post's holders
    /// is asked in.
    let peopleMeasureKeys: Set<UInt32>
    /// The first key after each figure's number (億 of 2000億元, 個, 家), by the figure's index, and the set
    /// of them all: a number followed by another figure's unit is not this figure's value
    /// (兩千個 is not 2000億元).
    let figureUnitKeys: [UInt32?]
    let unitStartKeys: Set<UInt32>
    /// 個 (个), and the magnitudes 萬 億 千 百 and %, as keys.
    static let countKey: UInt32 = 0x4E2A
    static let magnitudeKeys: Set<UInt32> = [0x4E07, 0x4EBF, 0x5343, 0x767E, 0x25]
    /// The lexicon's `quantity_words` (比例, 總產值), normalized: asked, the answer must name one.
    let askedQuantities: [[UInt32]]
    /// The quantity words that ask a share (比例, 佔比), normalized.
    let shareWordKeys: [[UInt32]]
    /// The lexicon's `except` (除了) and `except_end` (還有, 以外) words, normalized.
    let exceptKeys: [[UInt32]]
    let exceptEndKeys: [[UInt32]]
    /// Money itself named (the lexicon's `money_words`), as keys.
    let moneyWordKeys: [[UInt32]]
    /// What says a whole's list follows (`list_claim_verbs`, `list_claim_inclusive`) and the
    /// words that ask yes or no, normalized once: read for every yes/no question.
    let listClaimVerbs: [[Character]]
    let listClaimInclusive: [[Character]]
    let yesnoWords: [[Character]]
    /// The lexicon's `claim_itself` words, normalized: the claim pointed at before its yes/no
    /// words (…和黃埔,這說法對嗎?), no item of a list claimed.
    let claimItselfWords: [[Character]]
    /// The labels a fact checker puts before a claim (聲明:, 待核:, 網傳:), as keys.
    let claimLabelKeys: [[UInt32]]
    /// The lexicon's `identity_copula` (是, 就是, 係唔係 …), normalized: what joins two names in a
    /// claim that they name one thing (廣州新核是海珠嗎?).
    let identityCopulas: [[Character]]
    /// The document's sentences, normalized (what a claim written word for word is found in).
    let sentenceKeys: [[UInt32]]
    /// The lexicon's `opposite_words`, normalized, each pair both ways round.
    let oppositePairs: [(written: [UInt32], other: [UInt32])]
    /// How the templates that confirm or deny a claim open (是的, 不是), in Simplified.
    let verdictOpenings: [String]
    /// The lexicon's `claim_negations` (不是, 並非), as normalized characters.
    let claimNegationWords: [[Character]]
    /// Of those, the openings that say yes, and those that say no (with `said_by_other`'s 不是).
    let yesOpenings: [String]
    let noOpenings: [String]
    /// The lexicon's `document_names` (文章, 報道), normalized: 說 right after one is the
    /// document's saying (文章裡說的…), no speech of a person's.
    let documentNameKeys: [[UInt32]]
    /// The lexicon's `related_statements` words, normalized (相關的說法).
    let relatedStatementKeys: [[UInt32]]
    /// The lexicon's `whole_summary` (總的來說, 概括), normalized: what asks for the whole.
    let wholeSummaryKeys: [[UInt32]]
    /// The surnames of the graph's people, as question keys.
    let graphSurnameKeys: Set<UInt32>
    /// What may follow 第N when it asks for an item of a list (個, 項 …: the lexicon's `ordinal_units`).
    let ordinalUnits: Set<Character>
    /// The lexicon's `pronoun_place` words, normalized: 那裡 of 第二個那裡的區委書記.
    let ordinalPlaceWords: [[Character]]
    /// The lexicon's `list_item_pointers` (其中, 那個), as keys: 其中海珠那個 picks an item of the last list.
    let listItemPointerKeys: [[UInt32]]
    /// The relations the schema marks `cued_only`: a named object does not point to their facts.
    let cuedOnlyRelations: [String]
    /// Each relation's cue words (not its weak ones), as normalized scalars: the words that ask
    /// for it are no content an answer of it must hold.
    let relationCueScalars: [String: [[UInt32]]]
    /// The first characters of the lexicon's `version_units` (版, 版本): 4.0版 is the fourth.
    let versionUnits: Set<Character>
    /// The lexicon's `request_words` (需要, 想看, 給我), normalized: a clause that holds one asks.
    let requestWordKeys: [[UInt32]]
    /// The lexicon's `asking_openers` (想問, 想知道), Simplified: a clause of the asker's holding one,
    /// as written, asks.
    let askingOpenerWords: [String]
    /// The lexicon's `own_trade_pointers` (我們行業, 這行), normalized.
    let ownTradePointerKeys: [[UInt32]]
    /// The lexicon's `asker_place` and `asker_place_pointers` words (我們區, 本市), normalized.
    let askerPlacePointerKeys: [[UInt32]]
    /// The lexicon's `plural_markers` (們, 所有, 另外), normalized.
    let pluralMarkerKeys: [[UInt32]]
    /// The lexicon's `that_typed_for_which` (那些) and `that_typed_for_which_meant` (哪些), each in
    /// both scripts, side by side.
    let thatTypedForWhich: [String]
    let thatTypedForWhichMeant: [String]
    /// The lexicon's `preference_openers` (最好), normalized: opening a clause, no superlative.
    let preferenceOpenerKeys: [[UInt32]]
    /// The pairs of characters of the lexicon's `this_year` words (今年), normalized.
    let thisYearBigrams: Set<EvidenceIndex.Term>
    /// The lexicon's `post_pointers` (那個, 這位), normalized: a post typed with a homophone right
    /// after one is read as meant (那個局張).
    let postPointerKeys: [[UInt32]]
    /// The lexicon's `number_guesses` (幾, 多 after a number: 10幾年), as written and Simplified.
    let numberGuessWords: [[Unicode.Scalar]]
    /// The lexicon's `items_pointers` and `counted_items_pointers` (這些, 那兩條), normalized.
    let allItemsPointerKeys: [[UInt32]]
    /// The lexicon's `comparison_endings` (比, ending 和深圳比), Simplified.
    let comparisonEndings: [String]
    /// The lexicon's `count_words` (數量, 個數), normalized.
    let countWordKeys: [[UInt32]]
    /// The lexicon's `comparison_words` (比, 相比), Simplified.
    let comparisonWords: [String]
    /// The lexicon's `polite_request` (能, 幫我, 一下), Simplified: a request's 嗎 asks for what it names.
    let politeRequestWords: [String]
    /// The lexicon's `how_words` (怎麼, 如何), normalized.
    let howWordKeys: [[UInt32]]
    /// The lexicon's `how_not_means` (樣, 會), normalized: after a word asking how, no means is asked.
    let howNotMeansKeys: Set<UInt32>
    /// The lexicon's `spoken_of` (提的, 說的), Simplified.
    let spokenOfWords: [String]
    /// The lexicon's `what_words` (什麼, 哪, 幾), Simplified.
    let whatWords: [String]
    /// The first word of the lexicon's `figure_of_it_asked` (是多少?), put after a thing to ask its figure.
    let figureOfItAsked: String

    /// Whether `keys` hold one of the lexicon's `request_words`.
    func holdsRequest(_ keys: [UInt32]) -> Bool {
        requestWordKeys.contains { Self.holdsRun(keys, $0) }
    }
    /// Every value of a fact, normalized (what a yes/no question that states one is matched on).
    /// (By `TextKey`: values are Chinese, which `String`'s hash normalizes on every lookup.)
    let valueKeys: [TextKey: [UInt32]]
    /// The lexicon's `exclusive_values`, normalized: groups of words of which one thing is only
    /// one (上午/下午/晚上): a claim that writes another of its value's group is wrong.
    let exclusiveValueGroups: [[[UInt32]]]
    /// The first keys of their words.
    let exclusiveFirstKeys: Set<UInt32>
    /// What kinds of answer a text holds (a number, a list, a place …).
    let answerTyper: AnswerTyper
    /// The script fold over scalars, for the answer check.
    let scalarFold: ScalarFold

    /// The marks before a fuzzy name's keys: the name itself, with one character as
    /// `wildcard`, or with one left out (the characters of `=`, `~`, `-` and `*`, which
    /// normalization drops from any text).
    static let exactMark: UInt32 = 0x3D
    static let substitutionMark: UInt32 = 0x7E
    static let omissionMark: UInt32 = 0x2D
    static let wildcard: UInt32 = 0x2A

    /// Resolvers a rule may name in `intent`.
    static let resolvers: Set<String> = [
        "outside", "unknown_attribute", "figure", "post_check", "speakers", "who_said", "speaker_check", "ordinal_item", "adjacent_item", "describe",
        "role_holder", "relation", "which_subject", "relation_default", "help", "greeting", "farewell", "thanks", "superlative", "summary", "relation_missing",
        "who_leads", "document_year", "event_on_date", "aggregate", "speaker_summary", "followup", "alias", "alias_claim", "section_speakers", "place_check", "which_not", "together", "figure_detail", "count_parts",
        "said_after", "list_check", "member_check", "speaker_next", "list_in_place", "kind_items", "pushback", "said_verbatim", "thing_verbatim", "passage_check", "district_focus", "stands_for", "where_mentioned", "body_said", "passage_verbatim", "event_said", "striking_quotes",
    ]
    /// Templates the resolvers render; a knowledge directory must define each.
    /// The opening clause of `clause`'s sentence, before it, when it names an action or program
    /// (a word of the lexicon's `frame_actions`: 行動, 工程) that the rest belongs to.
    func frameClause(_ clause: Int) -> String? {
        guard evidence.clauses.indices.contains(clause), !frameActionWords.isEmpty else { return nil }
        // (Only the sentence's opening clause, after the one saying who spoke, 蔡澍介紹: an action
        // named further on is an item of a list, 落實制造業當家“一把手”工程, not what frames it.)
        let sentence = evidence.sentences[evidence.clauses[clause].sentence].clauses
        var opening = sentence.lowerBound
        let speechEnds = knowledge.lexicon.cues["clause_speech_end"] ?? []
        if speechEnds.contains(where: { evidence.clauses[opening].text.hasSuffix($0) }) { opening += 1 }
        guard opening < clause else { return nil }
        let text = evidence.clauses[opening].text
        guard frameActionWords.contains(where: { text.contains($0) }) else { return nil }
        let marks: Set<Character> = ["“", "”", "\"", "「", "」"]
        return String(text.drop(while: marks.contains).reversed().drop(while: marks.contains).reversed())
    }

    /// 他, 她, 佢: a person pointed at.
    static let personPronounKeys: Set<UInt32> = [0x4ED6, 0x5979, 0x4F62]
    /// 除, right before a pronoun (除他之外): the one pointed at set aside.
    static let exceptKey: UInt32 = 0x9664

    /// Words with which the asker says what they ask (我想問一下…的記者是誰): no story of theirs.

    /// The marks a clause of a message begins after.
    static let clauseOpeningMarks: Set<Character> = [",", "，", "。", "!", "！", "?", "？", ";", "；"]

    /// Kinds of what an action frames nothing of: where it happens, who does it (海珠, 蔡澍).
    static let framingTypes: Set<String> = ["district", "city", "person", "role"]

    /// Whether `text` writes `entity`'s name or one of its aliases (normalized, two characters or more).
    func named(in text: String, _ entity: Entity) -> Bool {
        let written = normalizer.normalize(text).string
        return ([entity.name] + entity.aliases).contains { name in
            let key = normalizer.normalize(name).string
            return key.count >= 2 && written.contains(key)
        }
    }

    /// The facts of its own (no figure, no statement, no place) of the one thing in `about`, told
    /// with the action a clause before them names (`frameClause`, one for all), as a reason's
    /// stand-in.
    func framedFact(of about: [String], _ a: QuestionAnalysis) -> Outcome? {
        guard about.count == 1, let id = about.first, let entity = knowledge.entitiesByID[id], !Self.framingTypes.contains(entity.type),
            a.figureValues.isEmpty, !a.cueSets.contains("howmany")
        else { return nil }
        let own = (knowledge.factsBySubject[id] ?? []).filter { !["figure", "said", "located_in"].contains($0.relation) }
        var frame: String? = nil
        var told: [String] = []
        var clause = -1
        for fact in own {
            guard let at = evidence.lastClause[TextKey(fact.quote)], let its = frameClause(at), let sentence = relationSentence(fact),
                frame == nil || frame == its
            else { return nil }
            (frame, clause) = (its, at)
            told.append(sentence)
        }
        // (Not the action itself, 海珠為什麼要推動產業轉移?)
        guard let frame, !told.isEmpty, !named(in: frame, entity) else { return nil }
        let sentence = evidence.sentences[evidence.clauses[clause].sentence]
        return Outcome(
            status: .answered, answer: render("reason_frame", ["frame": frame, "answer": told.joined()]),
            citations: [Reply.Citation(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
            confidence: 0.7, about: [id])
    }

    static let requiredTemplates: Set<String> = [
        "mentioned_by", "mentioned_by_line",
        "striking_quotes", "striking_quote_line", "clarify_entities", "relation_speaker_note", "followup_list_whole", "followup_list_open", "kind_items", "kind_items_of", "figure_more", "figure_less", "said_by_yes", "said_by_other", "said_by_article", "group_count", "group_count_things", "quote_not_found", "speaker_ordinal", "ordinal_item", "ordinal_last", "ordinal_middle", "ordinal_beyond", "ordinal_before_first", "figure_scope_city", "figure_scope_place", "figure_kind_target", "figure_kind_result", "figure_source_none", "figure_announcer", "figure_announcer_none", "in_list_note", "item_next", "item_previous", "item_next_none", "item_previous_none", "describe_other", "describe_person", "etc", "figure", "figure_speaker", "fuzzy_note",
        "aggregate", "aggregate_people", "alias_of", "aliases", "and", "document_summary", "pronoun_person", "pronoun_thing", "suggest_other", "suggest_role", "year", "evidence", "evidence_no", "evidence_in_place", "ambiguous_narrowed", "followup_no_context", "repeat_not_kept", "pushback_same", "pushback_not", "pushback_other", "pushback_words", "outside_claim", "part_place", "stands_for_none", "post_yes_also", "no_answer_number_given", "no_answer_date_given", "outside_post", "followup_nothing_more", "followup_speaker", "speaker_summary", "subject_separator", "evidence_speaker", "evidence_yes", "greeting", "farewell", "thanks", "help", "including", "list_separator", "no_answer", "no_answer_attribute", "no_answer_known",
        "no_answer_outside", "outside_named_in", "no_answer_opinion", "no_answer_superlative", "wider_scope_figure", "which_not", "figure_unit", "figure_date", "no_answer_relation", "no_answer_relation_related", "name_completed", "no_answer_topic", "no_answer_year", "no_answer_other_year", "post_correction",
        "no_answer_reason", "reason_frame", "no_answer_amount", "no_answer_breakdown", "no_answer_breakdown_plain", "rank_not_given", "share_not_given", "share_reckoned", "besides_items_of", "list_count_open", "aggregate_except", "no_answer_open_list", "no_answer_attribute_alone", "post_not_only", "passage_written", "passage_differs", "passage_not_written", "clause_count", "who_said_also", "said_after", "said_after_speaker", "post_holder", "post_no", "post_yes", "role_clarify", "role_holder_any", "role_unknown", "speakers",
        "speakers_role", "speakers_role_more", "speakers_role_count", "speakers_of", "who_is_question", "verdict_true", "verdict_false", "surname_clarify", "which_subject", "which_subject_speaker", "who_said", "who_leads", "who_leads_none", "document_year", "event_on_date", "event_said", "event_said_by", "section_speakers", "figure_target_only", "list_count",
        "list_claim_stranger", "list_claim_stranger_open", "list_claim_outside", "list_claim_place", "list_claim_elsewhere", "list_claim_missing", "choice_claim", "choice_option", "choice_answer", "choice_none", "choice_member_claim", "choice_unlisted", "fill_blank", "said_verbatim", "verbatim_sentence", "said_by_denied", "no_figure_but", "said_not_reported", "where_mentioned", "where_also", "where_passage", "section_named", "section_opening",
    ]
    /// 是, which says what a thing is (是已完成的嗎? calls a figure done): as a key.
    static let copulaKey: UInt32 = 0x662F
    /// 哪, which asks whatever follows it (哪3个, where a numeral was folded to a digit): as a key.
    static let whichKey: UInt32 = 0x54EA
    static let baKey: UInt32 = 0x5427  // 吧
    /// What may come before a name and 的 asked alone (我工信局的, once 想問 is dropped; 那): 我, 那, 是, 就.
    static let leadBeforeFragmentKeys: Set<UInt32> = [0x6211, 0x90A3, 0x662F, 0x5C31]
    /// 有 and 包 (of 包括, 包含), normalized: a claim that a whole holds something.
    static let haveKey: UInt32 = 0x6709
    static let includeKey: UInt32 = 0x5305
    /// 几, which after a number guesses (十幾年, 二十幾家) rather than asks: as a key.
    static let guessKey: UInt32 = 0x51E0

    /// Whether the cue word `start..<end` is 幾 alone before a number (幾十年, 幾百家): several
    /// tens or hundreds, no count asked.
    static func guessesTens(_ keys: [UInt32], _ start: Int, _ end: Int) -> Bool {
        end == start + 1 && keys[start] == guessKey && end < keys.count && (0x30...0x39).contains(keys[end])
    }

    /// `question` with the first of the lexicon's `that_typed_for_which` words (那些) it holds
    /// written as the word of `that_typed_for_which_meant` in the same place (哪些); nil if none.
    func whichTypedAsThat(_ question: String) -> String? {
        for (typed, meant) in zip(thatTypedForWhich, thatTypedForWhichMeant) {
            if let range = question.range(of: typed) { return question.replacingCharacters(in: range, with: meant) }
        }
        return nil
    }

    /// Whether `scalars` write a number in digits that no word of `guesses` follows: 10幾年 and
    /// 20多年 are the asker's rough years, not a figure asked about.
    static func holdsExactNumber(_ scalars: [Unicode.Scalar], guesses: [[Unicode.Scalar]]) -> Bool {
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) || ("０"..."９").contains(s) }
        var i = 0
        while i < scalars.count {
            guard isDigit(scalars[i]) else { i += 1; continue }
            var end = i
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            let guessed = guesses.contains { word in
                end + word.count <= scalars.count && scalars[end..<(end + word.count)].elementsEqual(word)
            }
            if !guessed { return true }
            i = end
        }
        return false
    }

    /// Whether a cue set's words ask something (with `asks_what`, the bare "what").
    static func asksSomething(_ cueSet: String) -> Bool { askingCueSets.contains(cueSet) || cueSet == "asks_what" }

    /// How many numbers `text` writes that are not years (2022年).
    static func numbersBesideYears(in text: [Character]) -> Int {
        var count = 0
        var i = 0
        while i < text.count {
            guard text[i].isASCIIDigit else { i += 1; continue }
            var end = i
            while end < text.count, text[end].isASCIIDigit || text[end] == "." { end += 1 }
            if !(end - i == 4 && end < text.count && text[end] == "年") { count += 1 }
            i = end
        }
        return count
    }

    /// The question with what comes before the last `question_start` words blanked with spaces
    /// (so that spans keep their offsets), when something is left after them; a name alone left
    /// after them, as a follow-up about it (住建局呢); else nil.
    /// Words asking which, as normalized (Simplified), before an event's short name (哪些大會).
    static let whichBeforeEvent: [[Character]] = [Array("哪些"), Array("哪个"), Array("哪几个"), Array("哪场"), Array("哪几场"), Array("什么"), Array("啥"), Array("些什么")]

    /// The longest sentence (with the word after it) that only names a topic before 請問 (我剛看完
    /// 越秀區的部分。請問…): a forwarded text is longer.
    static let shortestTopicSentence = 16

    /// What `question_start_after_sentence` words come after: a sentence's end or an ellipsis.
    static let questionStartAfterMarks: Set<Unicode.Scalar> = ["。", "!", "\u{FF01}", "?", "\u{FF1F}", "…", ".", "\u{FF0E}"]

    /// A claim after a label that says it is one (聲明:大會上發言的有5位…; 待核:…是番禺區在推進的。):
    /// the claim, asked yes or no when nothing after the label asks anything. The message as it
    /// is when it opens with no such label.
    func labelledClaim(_ question: String) -> String {
        // (A label is a few characters then a colon: most questions have no colon near their start,
        // told by their first scalars without an array.)
        guard question.unicodeScalars.prefix(Self.longestClaimLabel + 1).contains(where: { $0 == ":" || $0 == "\u{FF1A}" }) else { return question }
        let characters = Array(question)
        guard let colon = characters.prefix(Self.longestClaimLabel + 1).firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" }), colon >= 1,
            case let label = normalizer.normalize(String(characters[..<colon])).keys, claimLabelKeys.contains(label)
        else { return question }
        var claim = String(characters[(colon + 1)...]).trimmingWhitespace
        guard !claim.isEmpty else { return question }
        let keys = normalizer.normalize(claim).keys
        let asks = claim.contains("?") || claim.contains("\u{FF1F}") || cueAutomaton.matches(in: keys).contains { match in
            if case .set(let name, _) = match.payload { return Self.asksSomething(name) } else { return false }
        }
        if asks { return claim }
        while let last = claim.last, EvidenceIndex.sentenceEnds.contains(last) || last == "," || last == "\u{FF0C}" { claim.removeLast() }
        return claim + (normalizer.isSimplified(question) ? ",对吗?" : ",對嗎?")
    }

    /// Whether a clause's mark (a comma, a full stop…) stands in the question as written between
    /// two offsets of its normalized text.
    func clauseMarkBetween(_ a: QuestionAnalysis, _ start: Int, _ end: Int) -> Bool {
        let origins = a.normalized.origins
        guard start > 0, start <= end, end < origins.count else { return false }
        let low = origins[start - 1] + 1
        let high = origins[end]
        guard low < high else { return false }
        return a.original.dropFirst(low).prefix(high - low).contains { Self.memberClaimClauseMarks.contains($0) }
    }

    /// Whether the question points at the place the asker is (這邊, 我們區, 區裡: the lexicon's
    /// `pronoun_place` cue words, `asker_place` and `asker_place_pointers` words).
    func pointsAtAskersPlace(_ question: String, _ cueMatches: [AliasAutomaton<CueTag>.Match]) -> Bool {
        if cueMatches.contains(where: { if case .set("pronoun_place", _) = $0.payload { return true } else { return false } }) { return true }
        return askerPlaceWords.contains { question.containsText($0) }
            || (knowledge.lexicon.cues["asker_place_pointers"] ?? []).contains { question.containsText($0) || question.containsText(normalizer.toSimplified($0)) }
    }

    /// Whether the question points at the items the last answer listed (the lexicon's
    /// `items_pointers`, 這幾個, 呢啲) by the kind their clause names them (這幾個平台 of …等平臺
    /// 建設): the two characters after the pointer are written in `clause`. (Not 那些廠 after a
    /// sentence that lists no 廠.)
    func pointsAtLastItems(_ a: QuestionAnalysis, clause: Int) -> Bool {
        let keys = a.normalized.keys
        let written = evidence.clauses[clause].normalized.keys
        return itemsPointerKeys.contains { pointer in
            keys.indices.contains { i in
                keys.holds(pointer, at: i) && i + pointer.count + 2 <= keys.count
                    && Self.holdsRun(written, Array(keys[(i + pointer.count)..<(i + pointer.count + 2)]))
            }
        }
    }

    /// A question pointing at the items of the last list by the kind they end with (那兩條村要加快
    /// 建什麼? after …、瀝滘村、新市頭村), the lexicon's `items_pointers` before it, with those items
    /// named in its place: nil when it points at none, names something of its own, or its count is
    /// not theirs (這三個村 of two).
    func namingPointedItems(_ a: QuestionAnalysis) -> String? {
        guard !a.context.isEmpty, !a.mentions.contains(where: \.fromQuestion) else { return nil }
        let items = lastListItems(a.context).items
        guard items.count >= 2 else { return nil }
        let keys = a.normalized.keys
        let itemKeys = items.map { normalizer.normalize($0).keys }
        for pointer in allItemsPointerKeys {
            let count = pointer.first(where: { (0x30...0x39).contains($0) }).map { Int($0) - 0x30 }
            for i in keys.indices where keys.holds(pointer, at: i) {
                let kindStart = i + pointer.count
                for length in stride(from: Self.longestKindWord, through: 1, by: -1) where kindStart + length <= keys.count {
                    let kind = keys[kindStart..<(kindStart + length)]
                    let pointed = items.indices.filter { itemKeys[$0].count > kind.count && itemKeys[$0].suffix(kind.count).elementsEqual(kind) }
                    // (As many as it counts; uncounted, 這些村, every item of the list: not two areas
                    // of eight that end with 區, for 這些區域.)
                    guard kind.allSatisfy({ (0x4E00...0x9FFF).contains($0) }), (2...Self.mostItemsPointedAt).contains(pointed.count),
                        pointed.count == (count ?? items.count)
                    else { continue }
                    let origins = a.normalized.origins
                    var written = Array(a.original)
                    let named = pointed.map { items[$0] }.joined(separator: "和")
                    written.replaceSubrange(origins[i]..<(origins[kindStart + length - 1] + 1), with: a.simplified ? normalizer.toSimplified(named) : named)
                    return String(written)
                }
            }
        }
        return nil
    }
    /// The lexicon's cue set for what is inside a whole the question counts (8個…裡有沒有汽車?).
    static let insideAskedCue = "inside_asked"
    /// The most items a pointer (那幾條村) stands for.
    static let mostItemsPointedAt = 6
    /// The most characters of a kind the items of a list share (村, 片區).
    static let longestKindWord = 3

    /// Whether a thing the story named is named again after it (我在越秀住了幾十年了,…。越秀區說
    ///要以什麼…為抓手?: one mention is kept, the story's), by its name or an alias.
    func namedAgain(_ entity: Entity, after storyEnd: Int, in original: String) -> Bool {
        named(in: String(original.dropFirst(storyEnd + 1)), entity)
    }

    /// Where the sentences before a message's last one end (the last 。 or ! before it, or an
    /// English full stop before a space), as an index of its characters: a story told before the
    /// question. Nil when it is one sentence.
    /// Whether the question names one place twice (我住瀝滘村…提到我們村, the second by a pointer).
    /// (Index loops: a debug build's iterators allocate, and this runs on every question.)
    static func namesAPlaceTwice(_ mentions: [QuestionAnalysis.Mention]) -> Bool {
        var i = 0
        while i < mentions.count {
            if mentions[i].fromQuestion, placeTypes.contains(mentions[i].entity.type) {
                var j = i + 1
                while j < mentions.count {
                    if mentions[j].fromQuestion, mentions[j].entity.id == mentions[i].entity.id { return true }
                    j += 1
                }
            }
            i += 1
        }
        return false
    }

    /// The places the asker says they are in, in the story before `storyEnd` (an offset in the
    /// question as written): those right after the words for where one is (我住, 我在), one
    /// inside the other (海珠 then 瀝滘村); no city.
    func askersPlace(_ a: QuestionAnalysis, before storyEnd: Int) -> [QuestionAnalysis.Mention] {
        let keys = a.normalized.keys
        let origins = a.normalized.origins
        var told: [QuestionAnalysis.Mention] = []
        var chainEnd = -1
        for m in a.mentions where m.fromQuestion && m.start >= 0 && m.start < origins.count && origins[m.start] < storyEnd {
            let afterLocation = askerLocationKeys.contains { word in
                keys.holds(word, endingAt: m.start)
            }
            // (And a thing written on from the place, the asker's address too: 我喺海珠城中村有幾層屋.)
            let placeOfChain = Self.placeTypes.contains(m.entity.type) && m.entity.type != "city" && (afterLocation || m.start == chainEnd)
            let thingOfAddress = m.start == chainEnd && !told.isEmpty && !["person", "role", "city"].contains(m.entity.type)
            guard placeOfChain || thingOfAddress else { continue }
            told.append(m)
            chainEnd = m.end
        }
        return told
    }

    static func endOfStoryBeforeQuestion(in text: String) -> Int? {
        let characters = Array(text)
        guard let last = characters.lastIndex(where: { !$0.isWhitespace && !EvidenceIndex.sentenceEnds.contains($0) }) else { return nil }
        let firstScalars = characters.map { $0.unicodeScalars.first ?? " " }
        return characters[..<last].indices.last { i in
            characters[i] == "。" || characters[i] == "!" || characters[i] == "\u{FF01}" || endsEnglishSentence(firstScalars, at: i)
        }
    }

    /// Where the clauses before the last one end (its comma), in characters of `text`.
    static func endOfClausesBeforeQuestion(in text: String) -> Int? {
        let characters = Array(text)
        guard let last = characters.lastIndex(where: { !$0.isWhitespace && !EvidenceIndex.sentenceEnds.contains($0) }) else { return nil }
        return characters[..<last].lastIndex(where: { $0 == "," || $0 == "\u{FF0C}" || $0 == ";" || $0 == "\u{FF1B}" })
    }

    /// The most characters of a claim's label.
    static let longestClaimLabel = 6

    /// The question without the pieces, between spaces, that only say again what the piece before
    /// said: the same words twice (嗯 嗯), or a count asked again that the piece before holds
    /// (走訪了幾多間企業呀 幾多間 想搬的有幾多間), as said to a voice typist. Nil when nothing repeats.
    /// (Not a shorter word in a longer one: 是 不是, 新能源 新能源汽車 each say something.)
    static func withoutRepeatedFragments(_ question: String) -> String? {
        // (Most questions hold no space: told without splitting them.)
        guard question.unicodeScalars.contains(where: { $0 == " " || $0 == "\u{3000}" }) else { return nil }
        let pieces = question.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard pieces.count >= 2 else { return nil }
        var kept: [Substring] = []
        for piece in pieces {
            // (Words only, not letters or numbers, as of options: A.郭永航是市長 B.A.郭永航是市長.)
            if let last = kept.last, !piece.contains(where: \.isASCII), last == piece || (asksACount(piece) && last.contains(piece)) { continue }
            kept.append(piece)
        }
        return kept.count == pieces.count ? nil : kept.joined(separator: " ")
    }

    /// Whether a piece of text asks a count (多少, 幾多).
    static func asksACount(_ text: Substring) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if isCountWord(previous, scalar) { return true }
            previous = scalar
        }
        return false
    }

    func withoutPreamble(_ question: String) -> String? {
        // (Most questions hold no first scalar of these words: told without an array.)
        guard question.unicodeScalars.contains(where: { questionStartFirstScalars.contains($0.value) }) else { return nil }
        let scalars = Array(question.unicodeScalars)
        var cut: Int? = nil
        var afterStory = false
        var cutAfterSentence = false
        for (word, after, afterSentence) in questionStarts where word.count <= scalars.count {
            var i = scalars.count - word.count
            while i >= after {
                var k = 0
                while k < word.count, scalars[i + k] == word[k] { k += 1 }
                // (請問 after a sentence's end, 。請問…, or a pasted text's ellipsis, …… 請問; not
                // opening the message, where it sets nothing aside.)
                if k == word.count, afterSentence,
                    !(scalars[..<i].last(where: { !$0.isWhiteSpace }).map(Self.questionStartAfterMarks.contains) ?? false)
                {
                    i -= 1
                    continue
                }
                if k == word.count {
                    if cut == nil || i + word.count > cut! {
                        cut = i + word.count
                        afterStory = after > 1
                        cutAfterSentence = afterSentence
                    }
                    break
                }
                i -= 1
            }
        }
        guard let cut else { return nil }
        let rest = scalars[cut...].filter { !$0.isWhiteSpace && !Self.splitMarkScalarsAndColons.contains($0.value) }
        // (A question after 請問 that points back at what came before, …兩位姓郭的官員。請問他們分別
        // 是誰?: all of it.)
        // (Nor one that names no thing of its own where what came before does: 關於海珠區。請問區委
        // 書記是誰? asks of 海珠.)
        if cutAfterSentence, case let keys = normalizer.normalize(String(scalars: rest)).keys,
            pointsBack(keys)
                || (cut <= Self.shortestTopicSentence && namesSomething(String(scalars: scalars[..<cut]), besidesScope: true)
                    && !entityAutomaton.matches(in: keys).contains { match in
                        match.payload.contains { id in
                            id != knowledge.scope && !["role", "city"].contains(knowledge.entitiesByID[id]?.type ?? "role")
                        }
                    })
        {
            return nil
        }
        // Only a name after them (不是,我是問住建局): a correction of the last question's subject,
        // asked as a follow-up with the first word of the lexicon's `ellipsis` (住建局呢).
        // (A particle after the name is no part of it: 我問的是商務局的.)
        var name = rest[...]
        while let last = name.last, Self.trailingParticles.contains(last.value) { name.removeLast() }
        var particle: String? = nil
        if let word = knowledge.lexicon.cues["ellipsis"]?.first, !name.isEmpty, namesOneThing(String(scalars: name)) {
            particle = word
        } else if rest.count < 4 {
            return nil
        } else if !holdsContent(
            String(scalars: rest), asking: afterStory,
            subjectBefore: afterStory && namesSomething(String(scalars: scalars[..<cut]), besidesScope: true))
            || (!afterStory && !namesSomething(String(scalars: rest)) && namesSomething(String(scalars: scalars[..<cut])))
        {
            // (What follows asks nothing of its own, 想問一下具體叫什麼, or names nothing where what
            // came before does, 南沙的重點產業,我指的是具體領域有哪些?: that holds the subject.
            // After a retelling, what follows must name its subject and ask: not 想知道, 謝謝您 nor
            // @bot 海珠城中村改造 請問一下重點是哪個片區?)
            return nil
        }
        var kept = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() { kept.append(i < cut ? " " : scalar) }
        if let particle {
            while let last = kept.last, last.isWhiteSpace || Self.splitMarkScalarsAndColons.contains(last.value) || Self.trailingParticles.contains(last.value) {
                kept.removeLast()
            }
            kept.append(contentsOf: particle.unicodeScalars)
        }
        return String(kept)
    }

    /// Whether a place is asked (那些要搬走的企業轉移到哪裡?) and `outcome` names one the question
    /// does not, where the clause that would replace it names none (摸排轉移意向企業821家): a
    /// where question is answered by a place, however many of its other words a clause holds.
    func givesAskedPlaceOnly(_ outcome: Outcome, instead other: Outcome, _ a: QuestionAnalysis) -> Bool {
        // (Of a relation's answer: not a speech, which names places of many things.)
        guard a.cueSets.contains("answer_place"), let relation = outcome.relation, relation != "said" else { return false }
        let named = Set(a.mentions.filter(\.fromQuestion).map(\.entity.id))
        func places(in text: String) -> Bool {
            entityAutomaton.matches(in: normalizer.normalize(text).keys).contains { match in
                match.payload.contains { id in
                    !named.contains(id) && Self.placeTypes.contains(knowledge.entitiesByID[id]?.type ?? "") && knowledge.entitiesByID[id]?.type != "city"
                }
            }
        }
        return places(in: outcome.answer) && !places(in: other.answer)
    }

    /// Whether a question after 請問 points back at what came before: a word of 他, 那裡, 它
    /// before anything it names of its own. (廣州市委書記是哪一位?他在會上講了什麼? names the one
    /// 他 is.)
    func pointsBack(_ keys: [UInt32]) -> Bool {
        guard let at = pointingBackKeys.compactMap({ Self.firstRun(keys[...], $0[...]) }).min() else { return false }
        return !entityAutomaton.matches(in: keys).contains { match in
            match.end <= at && match.payload.contains { id in id != knowledge.scope && knowledge.entitiesByID[id]?.type != "city" }
        }
    }

    /// `question` with its first word of the lexicon's `pronoun_group` (他們, 這幾位) put as each
    /// person's name in turn; nil when it holds none.
    func questionOfEach(_ question: String, _ people: [String]) -> [String]? {
        let words = (knowledge.lexicon.cues["pronoun_group"] ?? []).flatMap { [$0, normalizer.toSimplified($0)] }
            .sorted { $0.count > $1.count }
        let names = people.compactMap { knowledge.entitiesByID[$0]?.name }
        guard names.count == people.count else { return nil }
        // (No 他們, 各自今年的重點是什麼?: the name before the question.)
        guard let range = words.lazy.compactMap({ question.firstRange(of: $0) }).first else { return names.map { $0 + question } }
        return names.map { name in
            var each = question
            each.replaceSubrange(range, with: name)
            return each
        }
    }

    /// Whether the question holds a word of the lexicon's `each` (分別, 各自), in either script.
    /// (Or how they differ, a word of `compared_of_each`: 他們講的重點有什麼不同? is each one's.)
    func asksOfEach(_ question: String) -> Bool {
        ["each", "compared_of_each"].contains { list in
            (knowledge.lexicon.cues[list] ?? []).contains { question.containsText($0) || question.containsText(normalizer.toSimplified($0)) }
        }
    }

    /// The fewest characters of a passage quoted in one part that a later part's 後面 asks after.
    static let shortestPassageCarried = 6

    /// The people that replies are of, one each and each another (越秀和海珠的書記分別是誰?): what
    /// 他們 and 各自 after them ask of; nil unless there are two or more.
    func peopleOfEach(_ replies: [Reply]) -> [String]? {
        let people = replies.compactMap { ConversationContext(token: $0.context)?.person }
        guard people.count >= 2, people.count == replies.count, Set(people).count == people.count, people.count <= Self.maximumCandidates else { return nil }
        return people
    }

    /// After 那裡, what makes it a place's inside or its own (那裡的瀝滘村, 那裡面, 那裡頭), normalized.
    static let afterPlacePointerInside: Set<Character> = ["的", "面", "头", "边"]

    /// The one person who spoke for a body (its one post holder who spoke) or of a thing (the
    /// speakers of its facts and of the statements about it): nil when none, or several.
    func soleSpeaker(of id: String) -> Entity? {
        guard let entity = knowledge.entitiesByID[id], entity.type != "person" else { return nil }
        var speakers = Set<String>()
        if entity.type == "organization" {
            for i in postIndicesByOrg[id] ?? [] where statements.contains(where: { $0.subject == posts[i].subject }) { speakers.insert(posts[i].subject) }
        } else {
            for fact in knowledge.factsBySubject[id] ?? [] { if let speaker = fact.speaker { speakers.insert(speaker) } }
            for statement in statements where statement.about.contains(id) { speakers.insert(statement.subject) }
        }
        guard speakers.count == 1, let only = speakers.first, let person = knowledge.entitiesByID[only], person.type == "person" else { return nil }
        return person
    }

    /// Whether the question begins with a word of the lexicon's `each` (各自今年的重點是什麼?):
    /// of the last answer's people; 各部門各自… is of others.
    func startsWithEach(_ question: String) -> Bool {
        let trimmed = question.drop { $0.isWhitespace || $0 == "那" }
        return (knowledge.lexicon.cues["each"] ?? []).contains { trimmed.hasPrefix($0) || trimmed.hasPrefix(normalizer.toSimplified($0)) }
    }

    /// Whether the item asked by its place is what the words after it belong to (第二個的區委書記,
    /// 最後一個的): 的 right after 第N and its unit, or after a word of `ordinal_last`.
    func ordinalOwnsWhatFollows(_ text: [Character], last: Bool) -> Bool {
        if last {
            let written = String(text)
            return (knowledge.lexicon.cues["ordinal_last"] ?? []).contains { written.contains(String(normalizer.normalize($0 + "的").characters)) }
        }
        guard let mark = text.firstIndex(of: "第") else { return false }
        var after = mark + 1
        while after < text.count, text[after].isASCIIDigit { after += 1 }
        if after < text.count, ordinalUnits.contains(text[after]) { after += 1 }
        // (A word pointing at a place between them, 第二個那裡的區委書記: the item is the place.)
        if let word = ordinalPlaceWords.first(where: { after + $0.count < text.count && text[after..<(after + $0.count)].elementsEqual($0) }) {
            after += word.count
        }
        return after < text.count && text[after] == "的"
    }

    /// `text` without a word of the lexicon's `vocative` (主持人, 小編) it begins with, where a
    /// mark follows it (主持人,打擾一下…): the one addressed, not asked about. (大會的主持人是誰?
    /// keeps it.)
    func withoutVocative(_ text: String) -> String {
        // (Or mentioned in a chat, @穗問 ….)
        let mentioned = text.hasPrefix("@") || text.hasPrefix("＠")
        var addressed = mentioned ? text.dropFirst() : Substring(text)
        // (After a greeting of one or two characters, 喂主持人,…: the greeting goes too.)
        if let head = addressed.unicodeScalars.first, shortGreetingFirsts.contains(head),
            let greeting = shortGreetings.first(where: { addressed.hasPrefix($0) }),
            case let after = addressed.dropFirst(greeting.count), vocatives.contains(where: { after.hasPrefix($0.word) })
        {
            addressed = after
        }
        guard let first = addressed.unicodeScalars.first else { return text }
        for (form, start) in vocatives where start == first && addressed.hasPrefix(form) {
            var rest = addressed.dropFirst(form.count)
            if let particle = rest.first, vocativeParticles.contains(particle) { rest = rest.dropFirst() }
            // (And a greeting after it, 主持人啊你好,…: the greeting goes too.)
            if let head = rest.unicodeScalars.first, shortGreetingFirsts.contains(head),
                let greeting = shortGreetings.first(where: { rest.hasPrefix($0) })
            {
                rest = rest.dropFirst(greeting.count)
                if let particle = rest.first, vocativeParticles.contains(particle) { rest = rest.dropFirst() }
            }
            guard let mark = rest.first, ",，、!！:：~ ".contains(mark) else { continue }
            let question = String(rest.dropFirst()).trimmingWhitespace
            return question.isEmpty ? text : question
        }
        return text
    }

    /// A retelling before 想問一下 and the like, in scalars: shorter, what comes before is part
    /// of the question (海珠那邊,我想知道區委書記是誰?).
    static let storyLength = 12

    /// Whether `text` names something of the graph's or holds a word that is not a question word
    /// (市場主體增長了多少: yes; 具體叫什麼: no); `asking`: whether it names something of the
    /// graph's and asks (瀝滘村的項目在推進什麼建設: yes; 謝謝您耐心解答: no).
    func namesSomething(_ text: String, besidesScope: Bool = false) -> Bool {
        entityAutomaton.matches(in: normalizer.normalize(text).keys).contains { match in
            !besidesScope || match.payload.contains { $0 != knowledge.scope && knowledge.entitiesByID[$0]?.type != "city" }
        }
    }

    /// Whether `text` holds something to ask about: a name, or two characters outside function
    /// words. `asking`: a question after a retelling, which must ask, and name its subject —
    /// or, when the retelling names none (but the city), hold it in words of its own.
    func holdsContent(_ text: String, asking: Bool = false, subjectBefore: Bool = false) -> Bool {
        let keys = normalizer.normalize(text).keys
        let names = !entityAutomaton.matches(in: keys).isEmpty
        var function = [Bool](repeating: false, count: keys.count)
        var asks = false
        for match in cueAutomaton.matches(in: keys) {
            if case .set(let name, function: let isFunction) = match.payload {
                if isFunction { for i in match.start..<match.end { function[i] = true } }
                if Self.asksSomething(name) { asks = true }
            }
        }
        let content = function.filter { !$0 }.count
        // (Asking, a question that names nothing may still hold its subject in words of its own,
        // 文章裡說的轉移方向是哪個產業園?, where what came before names none: not 重點是哪個片區?
        // after 海珠城中村改造.)
        if asking { return asks && (names || (!subjectBefore && content >= Self.subjectInWords)) }
        return names || content >= 2
    }

    /// The characters outside function words that hold a question's subject without a name.
    static let subjectInWords = 6

    /// Whether the span `start..<end` of `text`, written in Latin letters, begins or ends inside
    /// a word of them: a letter beside it with no space or mark between them in the original
    /// (ai of said, main or wanqianbai). Spans that begin with no Latin letter are never cut so.
    static func cutsLatinWord(_ start: Int, _ end: Int, _ text: NormalizedText) -> Bool {
        let keys = text.keys
        func isLatin(_ i: Int) -> Bool { (0x61...0x7A).contains(keys[i]) || (0x30...0x39).contains(keys[i]) }
        guard start < end, end <= keys.count, (0x61...0x7A).contains(keys[start]) else { return false }
        if start > 0, isLatin(start - 1), text.joinedInOriginal(at: start) { return true }
        if end < keys.count, isLatin(end), isLatin(end - 1), text.joinedInOriginal(at: end) { return true }
        return false
    }

    /// Whether `text` is one name of the graph's and nothing else.
    func namesOneThing(_ text: String) -> Bool {
        let keys = normalizer.normalize(text).keys
        let found = Self.bestSegmentation(entityAutomaton.matches(in: keys))
        return found.count == 1 && found[0].start == 0 && found[0].end == keys.count
    }

    /// What may follow a name that corrects the last question's subject (的, 啊, 呀 …).
    static let trailingParticles: Set<UInt32> = Set("的啊呀啦吧喔哦嘛".unicodeScalars.map(\.value))

    /// Marks a question's parts end with, and colons: none of them is the question.
    static let splitMarkScalarsAndColons: Set<UInt32> = Set(questionMarks.scalars.map(\.value) + [0x3A, 0xFF1A])

    /// Lexicon sets that are lists of words for the engine, not cue words of a question.
    static let wordListSets: Set<String> = ["surname", "question_start", "question_start_after_story", "honorific", "measure_words", "lead_in", "what_at_end", "person_attributes", "superlative_main", "each", "vocative", "vocative_particles", "last_year", "next_year", "this_year", "quantity_words", "document_names", "related_statements", "except", "except_end", "clause_speech_end", "function_characters", "choice_wrong", "list_claim_verbs", "list_claim_inclusive", "money_words", "asker_identity_ends", "sole_posts", "sibling_places", "exclusive_values", "asker_place", "whole_summary", "identity_copula", "opposite_words", "people_measures", "spoken_joiner", "body_attributes", "pronoun_it", "not_spoken_marks", "claim_said_endings", "check_request", "pushback_start", "inside_words", "part_role_asked", "quote_references", "open_list_endings", "question_start_after_sentence", "denial_before_quote", "section_locators", "self_correction", "above_words", "below_words", "above_after", "below_after", "claim_labels", "version_units", "claim_negations", "time_clause_end", "name_endings", "asker_location", "span_units", "request_words", "kind_measures", "kind_neutral_words", "relay_words", "list_item_pointers", "full_name_words", "continuing_openings", "correction_marks", "correction_leads", "related_words", "courtesy_titles", "asker_place_pointers", "street_endings", "not_street_words", "frame_actions", "setting_aside", "own_body_pointers", "items_pointers", "asking_openers", "polite_request", "how_words", "how_not_means", "spoken_of", "what_words", "figure_of_it_asked", "own_trade_pointers", "count_words", "comparison_words", "comparison_endings", "plural_markers", "counted_items_pointers", "number_guesses", "that_typed_for_which", "that_typed_for_which_meant", "post_pointers", "preference_openers", "two_districts_pointers", "list_continuing_openings", "compared_of_each"]
    /// Resolvers whose answers give no reason: asked why, they do not answer it.
    static let reasonless: Set<String> = ["alias", "alias_claim", "figure", "role_holder", "post_check", "speakers", "aggregate", "which_subject", "place_check"]
    /// Resolvers whose replies are about the conversation, not the document.
    static let conversational: Set<String> = ["greeting", "farewell", "thanks", "help"]
    /// Measure words that follow a number (821家, 3個): an outside word they begin is no place.
    static let measureAfterNumber: Set<Character> = ["家", "個", "个", "位", "條", "条", "項", "项", "戶", "户", "間", "间"]
    /// 幾 and 些, which make a word that asks which ask for several (哪幾條, 哪些).
    static let pluralWhichKeys: Set<UInt32> = [CharacterKey.key("幾"), CharacterKey.key("几"), CharacterKey.key("些")]
    /// The rule that greets back.
    static let greetingRule = "chat.greeting"
    /// The rule that answers of the last answer's figure (這個數字是誰說的?).
    static let thisFigureRule = "followup.this-figure"
    /// The cue the analysis adds when 另外一個 found the one other thing of its kind.
    static let theOtherFoundCue = "the_other_found"

    /// Whether every character of the question is a word of the lexicon's `greeting` (在嗎, 你好呀).
    func onlyGreeting(_ a: QuestionAnalysis) -> Bool {
        let keys = a.normalized.keys
        guard !keys.isEmpty, a.cueSets.contains("greeting") else { return false }
        var covered = [Bool](repeating: false, count: keys.count)
        for match in cueAutomaton.matches(in: keys) {
            guard case .set("greeting", _) = match.payload else { continue }
            for i in match.start..<match.end { covered[i] = true }
        }
        return !covered.contains(false)
    }
    /// Of those, what is said in passing (你好, 謝謝, 再見): a message that also asks about the
    /// document (喂 番禺嗰度…搞咩平台?) is answered for what it asks.
    static let pleasantries: Set<String> = ["greeting", "farewell", "thanks"]
    /// Resolvers that say "not in the article" on purpose: another city, a year, an attribute
    /// the article never gives, a post nobody named holds, a plan asked as if done (figure).
    static let deliberateNoAnswers: Set<String> = ["outside", "unknown_attribute", "role_holder", "speakers", "figure", "superlative", "said_after", "who_leads"]
    static let placeTypes: Set<String> = ["district", "city", "place", "platform", "zone"]
    /// Places that are areas of government, not things built or done in them.
    static let areaTypes: Set<String> = ["district", "city"]
    /// Things whose people speak (a person, a post, a district, a body, the city, the event):
    /// 講了什麼 of one carried from the last turn asks for a summary of speech; of anything else
    /// (a program, a place), what the document says of it.
    static let speakingTypes: Set<String> = ["person", "role", "district", "organization", "city", "event"]

    /// A cue set's words as normalized keys, the empty ones left out unless asked (longest first
    /// when asked).
    /// (Out of line, as the tables below are: one initializer holding every table's code took
    /// the optimizer over an hour, BENCHMARKS.md "The latest run".)
    @inline(never)
    static func normalizedKeys(_ words: [String]?, _ normalizer: TextNormalizer, longestFirst: Bool = false, keepingEmpty: Bool = false) -> [[UInt32]] {
        let keys = (words ?? []).map { normalizer.normalize($0).keys }.filter { keepingEmpty || !$0.isEmpty }
        return longestFirst ? keys.sorted { $0.count > $1.count } : keys
    }

    /// A cue set's words as normalized characters, the empty ones left out.
    @inline(never)
    static func normalizedCharacters(_ words: [String]?, _ normalizer: TextNormalizer) -> [[Character]] {
        (words ?? []).map { normalizer.normalize($0).characters }.filter { !$0.isEmpty }
    }

    /// A cue set's words in both scripts, each once, sorted.
    @inline(never)
    static func inBothScripts(_ words: [String]?, _ normalizer: TextNormalizer) -> [String] {
        Array(Set((words ?? []).flatMap { [$0, normalizer.toSimplified($0)] })).sorted()
    }

    /// Compiles `knowledge`. Throws `KnowledgeValidationError` if a rule names a resolver the
    /// engine does not have.
    /// (Left unoptimized: it only calls the builders of `QAEngine+Tables.swift` and assigns what
    /// they return, and optimizing it whole took over an hour, BENCHMARKS.md "The latest run".)
    @_optimize(none)
    public init(knowledge: KnowledgeBase) throws {
        self.knowledge = knowledge
        var lexicon = knowledge.lexicon
        lexicon.phrases += Self.courtesyTitlePhrases(knowledge)
        let normalizer = TextNormalizer(lexicon: lexicon)
        self.normalizer = normalizer
        let unknown = knowledge.rules.filter { !Self.resolvers.contains($0.intent) }
        if !unknown.isEmpty {
            throw KnowledgeValidationError(issues: unknown.map {
                KnowledgeIssue(
                    code: "unknown-intent", at: $0.location, "rule `\($0.id)` names the intent `\($0.intent)`, which the engine does not have",
                    fix: "use one of \(Self.resolvers.sorted().joined(separator: ", "))")
            })
        }

        let missing = Self.requiredTemplates.subtracting(knowledge.templates.keys).sorted()
        if !missing.isEmpty {
            throw KnowledgeValidationError(issues: missing.map {
                KnowledgeIssue(
                    code: "missing-template", at: SourceLocation(file: "rules/templates.yaml", line: 0),
                    "the template `\($0)` is missing", fix: "add `\($0):` with the wording of that answer")
            })
        }

        let unsupported = Self.unsupportedFacts(knowledge, normalizer: normalizer)
        if !unsupported.isEmpty { throw KnowledgeValidationError(issues: unsupported) }

        let (entityAutomaton, fuzzy, fuzzyCharacters) = Self.aliasTables(knowledge, normalizer)
        self.entityAutomaton = entityAutomaton
        let readingTable = knowledge.lexicon.readings
        let soundNames = Self.soundNameTable(knowledge, normalizer)
        self.soundNames = soundNames
        self.readingTable = readingTable
        self.joiners = (knowledge.lexicon.cues["joiner"] ?? []).map { normalizer.normalize($0).characters }
        self.surnameKeys = Set((knowledge.lexicon.cues["surname"] ?? []).compactMap { normalizer.normalize($0).keys.first })
        let howmanyWords = knowledge.lexicon.cues["howmany"] ?? []
        self.askedMeasures = (knowledge.lexicon.cues["measure_words"] ?? []).compactMap { word in
            let measure = normalizer.normalize(word)
            guard !measure.keys.isEmpty else { return nil }
            return (measure.keys, measure.characters, howmanyWords.map { normalizer.normalize($0 + word).keys })
        }
        self.pronounPersonKeys = Self.normalizedKeys(knowledge.lexicon.cues["pronoun_person"], normalizer)
        self.peopleMeasureKeys = Set((knowledge.lexicon.cues["people_measures"] ?? []).compactMap { word in
            let keys = normalizer.normalize(word).keys
            return keys.count == 1 ? keys[0] : nil
        })
        self.personAttributes = Set(knowledge.lexicon.cues["person_attributes"] ?? [])
        self.bodyAttributes = Set(knowledge.lexicon.cues["body_attributes"] ?? [])
        self.askedQuantities = Self.normalizedKeys(knowledge.lexicon.cues["quantity_words"], normalizer, longestFirst: true)
        self.shareWordKeys = Self.normalizedKeys(knowledge.lexicon.cues["share_words"], normalizer)
        self.documentNameKeys = Self.normalizedKeys(knowledge.lexicon.cues["document_names"], normalizer)
        self.relatedStatementKeys = Self.normalizedKeys(knowledge.lexicon.cues["related_statements"], normalizer)
        self.wholeSummaryKeys = Self.normalizedKeys(knowledge.lexicon.cues["whole_summary"], normalizer)
        self.exceptKeys = Self.normalizedKeys(knowledge.lexicon.cues["except"], normalizer, longestFirst: true)
        self.exceptEndKeys = Self.normalizedKeys(knowledge.lexicon.cues["except_end"], normalizer)
        self.moneyWordKeys = Self.normalizedKeys(knowledge.lexicon.cues["money_words"], normalizer)
        self.listClaimVerbs = Self.normalizedCharacters(knowledge.lexicon.cues["list_claim_verbs"], normalizer)
        self.listClaimInclusive = Self.normalizedCharacters(knowledge.lexicon.cues["list_claim_inclusive"], normalizer)
        self.yesnoWords = Self.normalizedCharacters(knowledge.lexicon.cues["yesno"], normalizer)
        self.claimItselfWords = Self.normalizedCharacters(knowledge.lexicon.cues["claim_itself"], normalizer)
        self.claimLabelKeys = Self.normalizedKeys(knowledge.lexicon.cues["claim_labels"], normalizer)
        self.identityCopulas = Self.normalizedCharacters(knowledge.lexicon.cues["identity_copula"], normalizer)
        self.outsidePosts = Set(knowledge.lexicon.outsidePosts)
        self.checkRequestKeys = Self.normalizedKeys(knowledge.lexicon.cues["check_request"], normalizer)
        self.requestWordKeys = Self.normalizedKeys(knowledge.lexicon.cues["request_words"], normalizer)
        self.askingOpenerWords = (knowledge.lexicon.cues["asking_openers"] ?? []).map(normalizer.toSimplified)
        self.ownTradePointerKeys = Self.normalizedKeys(knowledge.lexicon.cues["own_trade_pointers"], normalizer)
        self.askerPlacePointerKeys = Self.normalizedKeys((knowledge.lexicon.cues["asker_place"] ?? []) + (knowledge.lexicon.cues["asker_place_pointers"] ?? []), normalizer)
        self.pluralMarkerKeys = Self.normalizedKeys(knowledge.lexicon.cues["plural_markers"], normalizer)
        self.postPointerKeys = Self.normalizedKeys(knowledge.lexicon.cues["post_pointers"], normalizer)
        self.preferenceOpenerKeys = Self.normalizedKeys(knowledge.lexicon.cues["preference_openers"], normalizer)
        self.thisYearBigrams = Set(Self.normalizedKeys(knowledge.lexicon.cues["this_year"], normalizer).flatMap { keys in
            keys.indices.dropLast().map { EvidenceIndex.bigram(keys[$0], keys[$0 + 1]) }
        })
        let typedForWhich = zip(knowledge.lexicon.cues["that_typed_for_which"] ?? [], knowledge.lexicon.cues["that_typed_for_which_meant"] ?? [])
            .flatMap { typed, meant in [(typed, meant), (normalizer.toSimplified(typed), normalizer.toSimplified(meant))] }
        self.thatTypedForWhich = typedForWhich.map(\.0)
        self.thatTypedForWhichMeant = typedForWhich.map(\.1)
        self.numberGuessWords = (knowledge.lexicon.cues["number_guesses"] ?? []).flatMap { word in
            Set([word, normalizer.toSimplified(word)]).map { Array($0.unicodeScalars) }
        }
        self.allItemsPointerKeys = Self.normalizedKeys((knowledge.lexicon.cues["items_pointers"] ?? []) + (knowledge.lexicon.cues["counted_items_pointers"] ?? []), normalizer)
        self.comparisonEndings = (knowledge.lexicon.cues["comparison_endings"] ?? []).map(normalizer.toSimplified)
        self.countWordKeys = Self.normalizedKeys(knowledge.lexicon.cues["count_words"], normalizer)
        self.comparisonWords = (knowledge.lexicon.cues["comparison_words"] ?? []).map(normalizer.toSimplified)
        self.politeRequestWords = (knowledge.lexicon.cues["polite_request"] ?? []).map(normalizer.toSimplified)
        self.howWordKeys = Self.normalizedKeys(knowledge.lexicon.cues["how_words"], normalizer)
        self.howNotMeansKeys = Set(Self.normalizedKeys(knowledge.lexicon.cues["how_not_means"], normalizer).joined())
        self.spokenOfWords = (knowledge.lexicon.cues["spoken_of"] ?? []).map(normalizer.toSimplified)
        self.whatWords = (knowledge.lexicon.cues["what_words"] ?? []).map(normalizer.toSimplified)
        self.figureOfItAsked = knowledge.lexicon.cues["figure_of_it_asked"]?.first ?? ""
        self.pushbackStartKeys = Self.normalizedKeys(knowledge.lexicon.cues["pushback_start"], normalizer)
        self.insideWordKeys = Self.normalizedKeys(knowledge.lexicon.cues["inside_words"], normalizer)
        self.partRoleAskedKeys = Self.normalizedKeys(knowledge.lexicon.cues["part_role_asked"], normalizer)
        self.quoteReferenceKeys = Self.normalizedKeys(knowledge.lexicon.cues["quote_references"], normalizer)
        self.sectionLocatorKeys = Self.normalizedKeys(knowledge.lexicon.cues["section_locators"], normalizer)
        self.denialBeforeQuote = Self.normalizedCharacters(knowledge.lexicon.cues["denial_before_quote"], normalizer)
        self.pointingBackKeys = ["pronoun_person", "pronoun_group", "pronoun_place", "pronoun_body", "pronoun_thing"].flatMap { knowledge.lexicon.cues[$0] ?? [] }
            .map { normalizer.normalize($0).keys }.filter { !$0.isEmpty }
        self.openListEndings = Self.normalizedCharacters(knowledge.lexicon.cues["open_list_endings"], normalizer)
        self.correctionMarkKeys = Self.normalizedKeys(knowledge.lexicon.cues["correction_marks"], normalizer, longestFirst: true)
        self.restatingWords = Set((knowledge.lexicon.cues["restating"] ?? []).map { normalizer.toSimplified($0) }).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        self.correctionLeadKeys = Self.normalizedKeys(knowledge.lexicon.cues["correction_leads"], normalizer, longestFirst: true)
        func characters(_ set: String) -> [[Character]] { Self.normalizedCharacters(knowledge.lexicon.cues[set], normalizer) }
        self.aboveWords = characters("above_words")
        self.belowWords = characters("below_words")
        self.aboveAfterWords = characters("above_after")
        self.belowAfterWords = characters("below_after")
        self.claimSaidEndingKeys = Self.normalizedKeys(knowledge.lexicon.cues["claim_said_endings"], normalizer)
        self.whatAtEndKeys = Self.normalizedKeys(knowledge.lexicon.cues["what_at_end"], normalizer)
        self.kindNames = knowledge.entities.filter { Self.kindTypes.contains($0.type) }.map { ($0.id, normalizer.normalize($0.name).keys) }
        self.kindLastKeys = Set(kindNames.compactMap(\.keys.last))
        var givenTogether: [String: Set<String>] = [:]
        for fact in knowledge.facts where !fact.objects.isEmpty {
            let ids = [fact.subject] + fact.objects
            for id in ids { givenTogether[id, default: []].formUnion(ids) }
        }
        self.givenTogether = givenTogether
        var placeTogether: [String: Set<String>] = [:]
        for fact in knowledge.facts where !fact.objects.isEmpty {
            placeTogether[fact.subject, default: []].formUnion(fact.objects)
            for id in fact.objects { placeTogether[id, default: []].insert(fact.subject) }
        }
        self.placeTogether = placeTogether
        self.typeWordKeys = Self.normalizedKeys(knowledge.lexicon.cues.filter { $0.key.hasPrefix("type_") }.flatMap(\.value), normalizer)
        self.kindMeasureKeys = Self.normalizedKeys(knowledge.lexicon.cues["kind_measures"], normalizer)
        self.relayWordKeys = Self.normalizedKeys(knowledge.lexicon.cues["relay_words"], normalizer)
        self.kindNeutralKeys = Self.normalizedKeys(knowledge.lexicon.cues["kind_neutral_words"], normalizer, longestFirst: true)
        self.whichWordKeys = Self.normalizedKeys(knowledge.lexicon.cues["aggregate_which"], normalizer, longestFirst: true).map { ($0, true) }
            + Self.normalizedKeys(knowledge.lexicon.cues["which"], normalizer, longestFirst: true).map { ($0, false) }
        self.joinerWordKeys = Self.normalizedKeys(knowledge.lexicon.cues["joiner"], normalizer, longestFirst: true)
        self.leadInKeys = Self.normalizedKeys(knowledge.lexicon.cues["lead_in"], normalizer, longestFirst: true)
        var joinerForms: Set<String> = []
        for word in knowledge.lexicon.cues["spoken_joiner"] ?? [] where !word.isEmpty {
            joinerForms.insert(word)
            joinerForms.insert(normalizer.toSimplified(word))
        }
        var pointerForms: Set<String> = []
        for word in knowledge.lexicon.cues["this_figure"] ?? [] where word.count >= 2 {
            pointerForms.insert(word)
            pointerForms.insert(normalizer.toSimplified(word))
        }
        self.figurePointers = pointerForms.map { Array($0.unicodeScalars) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : String(scalars: $0) < String(scalars: $1) }
        let spokenJoiners: [[Character]] = joinerForms.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.map { Array($0) }
        self.spokenJoiners = spokenJoiners
        var joinerStarts: Set<Unicode.Scalar> = []
        for joiner in spokenJoiners { if let scalar = joiner.first?.unicodeScalars.first { joinerStarts.insert(scalar) } }
        self.spokenJoinerStarts = joinerStarts
        var instructionForms: Set<String> = []
        for word in knowledge.lexicon.cues["instruction"] ?? [] {
            instructionForms.insert(word)
            instructionForms.insert(normalizer.toSimplified(word))
        }
        self.instructionWords = instructionForms.sorted().map { Array($0.unicodeScalars) }
        self.instructionStarts = Set(instructionWords.compactMap(\.first))
        self.spokenJoinerScalars = spokenJoiners.map { joiner in joiner.flatMap(\.unicodeScalars) }
        self.subordinateTimeKeys = Self.normalizedKeys(knowledge.lexicon.cues["time_clause_end"], normalizer)
        self.nameEndingKeys = Self.normalizedKeys(knowledge.lexicon.cues["name_endings"], normalizer)
        self.reasonOpenerKeys = Self.normalizedKeys(knowledge.lexicon.cues["reason_openers"], normalizer)
        self.listContinuingOpeningKeys = Self.normalizedKeys(knowledge.lexicon.cues["list_continuing_openings"], normalizer)
        self.askerLocationKeys = Self.normalizedKeys(knowledge.lexicon.cues["asker_location"], normalizer)
        self.streetEndingKeys = Self.normalizedKeys(knowledge.lexicon.cues["street_endings"], normalizer)
        self.itemsPointerKeys = Self.normalizedKeys(knowledge.lexicon.cues["items_pointers"], normalizer)
        self.frameActionWords = knowledge.lexicon.cues["frame_actions"] ?? []
        self.notStreetKeys = Self.normalizedKeys(knowledge.lexicon.cues["not_street_words"], normalizer)
        var spokenMarks: [(from: String, to: String)] = []
        for (from, to) in knowledge.lexicon.phrases where to.unicodeScalars.count == 1 && to.unicodeScalars.allSatisfy(Self.isMark) {
            for form in [from, normalizer.toSimplified(from)] where !form.isEmpty && !spokenMarks.contains(where: { $0.from == form }) {
                spokenMarks.append((form, to))
            }
        }
        self.spokenMarks = spokenMarks.sorted { $0.from.count > $1.from.count }
        var markEnds: [Unicode.Scalar] = []
        for mark in spokenMarks { if let end = mark.from.unicodeScalars.last, !markEnds.contains(end) { markEnds.append(end) } }
        self.spokenMarkEnds = markEnds
        self.notSpokenMarks = (knowledge.lexicon.cues["not_spoken_marks"] ?? []).flatMap { [$0, normalizer.toSimplified($0)] }
        self.honorificKeys = Self.normalizedKeys(knowledge.lexicon.cues["honorific"], normalizer, longestFirst: true)
        self.fuzzyIndex = FuzzyNames(fuzzy)
        self.nameKeysByID = Dictionary(knowledge.entities.map { entity in
            (entity.id, ([entity.name] + entity.aliases).map { normalizer.normalize($0).keys })
        }, uniquingKeysWith: { first, _ in first })
        self.fuzzyCharacters = fuzzyCharacters

        let figures = knowledge.facts.filter { $0.relation == "figure" }
        let (cueAutomaton, knownWords) = Self.cueTables(knowledge, normalizer, figures: figures)
        self.cueAutomaton = cueAutomaton
        let functionCharacterKeys = Set((knowledge.lexicon.cues["function_characters"] ?? []).flatMap { normalizer.normalize($0).keys })
        self.functionCharacterKeys = functionCharacterKeys
        self.soundTypos = SoundTypos(words: knownWords, document: normalizer.normalize(knowledge.source.repairedText).keys, readings: readingTable,
            commonWords: knowledge.lexicon.commonWords, functionCharacters: functionCharacterKeys,
            districtNames: Self.districtNamesOfTwo(knowledge, normalizer))

        let rules = knowledge.rules.enumerated().sorted {
            $0.element.specificity != $1.element.specificity ? $0.element.specificity > $1.element.specificity : $0.offset < $1.offset
        }.map(\.element)
        self.rules = rules
        let patterns = Dictionary(uniqueKeysWithValues: knowledge.rules.map { rule in
            (rule.id, rule.patterns.map { CompiledPattern($0, normalizer: normalizer) })
        })
        self.patterns = patterns
        self.rulePatterns = rules.map { patterns[$0.id] ?? [] }
        var cueSetNumbers: [String: Int] = [:]
        func numbers(_ names: [String]) -> [Int] {
            names.map { name in
                if let known = cueSetNumbers[name] { return known }
                cueSetNumbers[name] = cueSetNumbers.count
                return cueSetNumbers.count - 1
            }
        }
        self.ruleCues = rules.map { (numbers($0.cues), numbers($0.anyCues), numbers($0.unlessCues)) }
        self.cueSetNumbers = cueSetNumbers
        self.figures = figures
        self.figureIndicesByQuote = Self.indicesByQuote(figures)
        // (What follows the number in the figure as written: 億 of 兩千億級, 個 of 127個.)
        let figureUnitKeys = figures.map { figure -> UInt32? in
            let keys = normalizer.normalize((figure.value ?? "") + (figure.unit ?? "")).keys
            guard let first = keys.firstIndex(where: Self.isDigitKey) else { return nil }
            return keys[first...].first { !Self.isDigitKey($0) && $0 != 0x2E }
        }
        self.figureUnitKeys = figureUnitKeys
        // (And the lexicon's `span_units`, the spans of time an asker counts in, none a figure's:
        // 10載 of the asker's years is no 10家. Not its measure words: 821間 is 821家.)
        self.unitStartKeys = Set(figureUnitKeys.compactMap { $0 }).union((knowledge.lexicon.cues["span_units"] ?? []).compactMap { word in
            let keys = normalizer.normalize(word).keys
            return keys.count == 1 ? keys[0] : nil
        })
        let statements = knowledge.facts.filter { $0.relation == "said" }
        self.statements = statements
        self.statementsBySubject = Dictionary(grouping: statements, by: \.subject)
        let postTables = Self.postTables(knowledge, normalizer)
        let posts = postTables.posts
        self.posts = posts
        self.postTitleBigrams = postTables.titleBigrams
        self.bodiesByPerson = postTables.bodiesByPerson
        self.postsBySubject = postTables.bySubject
        let (roleClosure, postIndicesByRole, postIndicesByOrg) = Self.postIndices(knowledge, posts: posts)
        self.roleClosure = roleClosure
        self.postIndicesByRole = postIndicesByRole
        self.postIndicesByOrg = postIndicesByOrg
        let factIndexes = Self.factIndexes(knowledge)
        self.factsBySpeaker = factIndexes.bySpeaker
        self.soleHolders = factIndexes.soleHolders
        self.factsByObject = factIndexes.byObject
        self.thingsIn = factIndexes.thingsIn
        self.relationFacts = factIndexes.relationFacts
        self.relationsByType = factIndexes.relationsByType
        let whyWords = Set((knowledge.lexicon.cues["why_asked"] ?? []).map { normalizer.normalize($0).string })
        // (A cue that is a why word, or begins with one: 為什麼挑 asks why those were chosen, and
        // the areas focused on answer it.)
        self.relationsGivingReasons = Set(knowledge.relationTypes.values.filter { relation in
            relation.cues.contains { cue in
                let written = normalizer.normalize(cue).string
                return whyWords.contains { written.hasPrefix($0) }
            }
        }.map(\.id))
        let surnames = Self.surnamesOfPeople(knowledge)
        self.surnames = surnames
        self.graphSurnameKeys = Set(surnames.keys.compactMap { normalizer.normalize(String($0)).keys.first })
        self.writtenAliases = Self.aliasesTheDocumentWrites(knowledge)
        var templates = knowledge.templates.mapValues(AnswerTemplate.init)
        for relation in knowledge.relationTypes.values { templates["relation:" + relation.id] = AnswerTemplate(relation.template) }
        self.templates = templates
        let statementTables = Self.statementTables(statements, figures: figures, normalizer, entityAutomaton)
        self.statementBigrams = statementTables.bigrams
        self.statementQuoteTexts = statementTables.quoteTexts
        self.figuresInStatement = statementTables.figuresInStatement
        self.statementNames = statementTables.names
        self.documentYears = Self.years(in: Array(knowledge.source.repairedText))
        self.documentYear = knowledge.source.year
        self.relativeYearWords = knowledge.source.year == nil ? [] : [("last_year", -1), ("next_year", 1), ("this_year", 0)].flatMap { set, offset in
            (knowledge.lexicon.cues[set] ?? []).map { (normalizer.normalize($0).keys, offset) }.filter { !$0.0.isEmpty }
        }.sorted { $0.0.count > $1.0.count }
        let quoteLines = Self.quoteLines(knowledge)
        self.quoteLines = quoteLines
        self.relationFactBigrams = Self.quoteBigrams(factIndexes.relationFacts, normalizer)

        let typer = AnswerTyper(knowledge: knowledge, normalizer: normalizer, automaton: entityAutomaton)
        self.answerTyper = typer
        self.scalarFold = ScalarFold(knowledge.lexicon.fold)
        let statementsByBigram = Self.statementsByBigram(statements)
        var evidence = EvidenceIndex(
            document: knowledge.source, normalizer: normalizer, findEntities: typer.entities(in:),
            // (A few characters, 廣州 alone in a narrative paragraph, are someone's words only in
            // that one's own paragraph: the mayor's words hold them too, and what follows would be
            // his. A longer clause, a heading 當好企業“娘家人”, is whoever's words hold it.)
            speakerOf: { text, line in
                Self.firstStatement(containing: text, in: statements, byBigram: statementsByBigram) { quote in
                    let quoteLine = quoteLines[TextKey(quote)] ?? 0
                    return quoteLine == 0 || quoteLine == line || text.unicodeScalars.count >= 6
                }?.subject
            },
            typesOf: typer.types)
        evidence.indexQuotes(knowledge.facts.map(\.quote) + knowledge.entities.map(\.quote)) { quoteLines[TextKey($0)] }
        self.evidence = evidence
        self.sentenceKeys = Self.normalizedKeys(evidence.sentences.map(\.text), normalizer, keepingEmpty: true)
        let sentenceTables = Self.sentenceTables(evidence.sentences, normalizer, scalarFold)
        self.sentenceLetters = sentenceTables.letters
        self.sentenceBigrams = sentenceTables.bigrams
        self.sentenceFolds = sentenceTables.folds
        self.oppositePairs = (knowledge.lexicon.cues["opposite_words"] ?? []).flatMap { pair -> [(written: [UInt32], other: [UInt32])] in
            let words = pair.split(separator: "/").map { normalizer.normalize(String($0)).keys }
            guard words.count == 2, !words[0].isEmpty, !words[1].isEmpty else { return [] }
            return [(words[0], words[1]), (words[1], words[0])]
        }
        func openings(_ names: [String]) -> [String] {
            names.compactMap { name in
                let opening = (knowledge.templates[name] ?? "").prefix { !$0.isPunctuation && $0 != "{" }
                return opening.isEmpty ? nil : normalizer.toSimplified(String(opening))
            }
        }
        self.verdictOpenings = openings(["evidence_yes", "evidence_no", "post_yes", "post_no", "said_by_yes", "claim_contradicted", "claim_contradicted_short"])
        self.claimNegationWords = Self.normalizedCharacters(knowledge.lexicon.cues["claim_negations"], normalizer)
        self.yesOpenings = openings(["evidence_yes", "post_yes", "said_by_yes"])
        self.noOpenings = openings(["evidence_no", "post_no", "said_by_other", "claim_contradicted", "claim_contradicted_short"])
        self.ordinalUnits = Set((knowledge.lexicon.cues["ordinal_units"] ?? []).compactMap { normalizer.normalize($0).characters.first })
        self.cuedOnlyRelations = knowledge.relationTypes.values.filter(\.cuedOnly).map(\.id).sorted()
        self.relationCueScalars = knowledge.relationTypes.mapValues { type in
            type.cues.map { normalizer.normalize($0).scalars }.filter { $0.count >= 2 }
        }
        self.listItemPointerKeys = Self.normalizedKeys(knowledge.lexicon.cues["list_item_pointers"], normalizer)
        self.ordinalPlaceWords = Self.normalizedCharacters(knowledge.lexicon.cues["pronoun_place"], normalizer).sorted { $0.count > $1.count }
        self.versionUnits = Set((knowledge.lexicon.cues["version_units"] ?? []).compactMap { normalizer.normalize($0).characters.first })
        // (Both scripts, as a question may write either.)
        let askerWords = Self.inBothScripts(knowledge.lexicon.cues["asker"], normalizer)
            .map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        self.askerWords = askerWords
        func startWords(_ set: String, after: Int, afterSentence: Bool = false) -> [(word: [Unicode.Scalar], after: Int, afterSentence: Bool)] {
            Self.inBothScripts(knowledge.lexicon.cues[set], normalizer)
                .map { (Array($0.unicodeScalars), after, afterSentence) }.filter { !$0.0.isEmpty }
        }
        // (From the message's first character: 我是說商務局那位 restates the last question.)
        self.questionStarts = startWords("question_start", after: 0) + startWords("question_start_after_story", after: Self.storyLength)
            + startWords("question_start_after_sentence", after: 0, afterSentence: true)
        self.questionStartFirstScalars = Set(questionStarts.map { $0.word[0].value })
        self.askerPlaceWords = Self.inBothScripts(knowledge.lexicon.cues["asker_place"], normalizer)
            .sorted { ($0.count, $0) > ($1.count, $1) }
        self.askerPlaceFirstScalars = Array(Set(askerPlaceWords.compactMap(\.unicodeScalars.first)))
        self.shortGreetings = Self.inBothScripts(knowledge.lexicon.cues["greeting"]?.filter { $0.count <= 2 }, normalizer)
        self.shortGreetingFirsts = Set(shortGreetings.compactMap(\.unicodeScalars.first))
        self.vocatives = Self.inBothScripts(knowledge.lexicon.cues["vocative"], normalizer)
            .compactMap { word in word.unicodeScalars.first.map { (word, $0) } }
        self.vocativeParticles = Set(Self.inBothScripts(knowledge.lexicon.cues["vocative_particles"], normalizer).compactMap { $0.count == 1 ? $0.first : nil })
        self.askerFirstScalars = Set(askerWords.map { $0[0].value })
        self.valueKeys = Self.valueKeys(knowledge, normalizer)
        self.exclusiveValueGroups = (knowledge.lexicon.cues["exclusive_values"] ?? []).map { group in
            group.split(separator: "/").map { normalizer.normalize(String($0)).keys }.filter { !$0.isEmpty }
        }
        self.exclusiveFirstKeys = Set(exclusiveValueGroups.joined().compactMap(\.first))
        self.frameClauses = Self.frameClauses(evidence, knowledge, normalizer)
    }

    /// Weighted interval scheduling over the alias matches: most characters covered, then
    /// fewest matches.
    static func bestSegmentation<P>(_ matches: [AliasAutomaton<P>.Match]) -> [AliasAutomaton<P>.Match] {
        let sorted = matches.sorted { $0.end != $1.end ? $0.end < $1.end : $0.start < $1.start }
        guard !sorted.isEmpty else { return [] }
        var best = [Int](repeating: 0, count: sorted.count + 1)
        var choice = [Bool](repeating: false, count: sorted.count + 1)
        var previous = [Int](repeating: 0, count: sorted.count)
        for (i, m) in sorted.enumerated() {
            // The number of matches that end at or before this one starts.
            var lo = 0
            var hi = i
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[mid].end <= m.start { lo = mid + 1 } else { hi = mid }
            }
            previous[i] = lo
            let take = best[lo] + m.length * 100 - 1
            if take > best[i] {
                best[i + 1] = take
                choice[i + 1] = true
            } else {
                best[i + 1] = best[i]
            }
        }
        var result: [AliasAutomaton<P>.Match] = []
        var i = sorted.count
        while i > 0 {
            if choice[i] {
                result.append(sorted[i - 1])
                i = previous[i - 1]
            } else {
                i -= 1
            }
        }
        return result.reversed()
    }

    /// Four-digit years followed by 年 (after normalization, 二〇二四年 is 2024年 too).
    static func years(in chars: [Character]) -> Set<String> {
        var years = Set<String>()
        var i = 0
        while i + 4 < chars.count {
            if chars[i..<(i + 4)].allSatisfy(\.isASCIIDigit), chars[i + 4] == "年", i == 0 || !chars[i - 1].isASCIIDigit
            {
                years.insert(String(chars[i..<(i + 4)]))
                i += 5
            } else {
                i += 1
            }
        }
        return years
    }

    /// The pairs of neighbouring characters (no space in either), each as the two characters'
    /// keys in one integer: cheap to hash and compare, as `String`s of two characters are not.
    /// The key of `soundNames`: the numbers of two readings.
    static func soundKey(_ first: Int, _ second: Int) -> UInt64 { UInt64(first) << 32 | UInt64(UInt32(truncatingIfNeeded: second)) }

    /// The span a word of the lexicon's `except` (除了) sets aside: from after it to the first
    /// mark, or a word of `except_end` (還有, 以外); nil when the question has none.
    func exceptedSpan(_ text: NormalizedText) -> (Int, Int)? {
        let keys = text.keys
        // (Most questions hold no first character of an except word: told before any search.)
        guard exceptKeys.contains(where: { keys.contains($0[0]) }), let first = keys.indices.first(where: { i in
            exceptKeys.contains { word in keys.holds(word, at: i) }
        }), let word = exceptKeys.first(where: { keys.holds($0, at: first) })
        else { return nil }
        let start = first + word.count
        var end = start
        while end < keys.count, end == start || text.joinedInOriginal(at: end),
            !exceptEndKeys.contains(where: { keys.holds($0, at: end) })
        {
            end += 1
        }
        return end > start ? (start, end) : nil
    }

    /// The cue set (computed, in no rule) of a word of speech right after the document's name:
    /// whether the document says something is asked (文章提到南沙了嗎?).
    static let saidByTheDocumentCue = "said_by_document"

    /// Whether a document name of the lexicon's (文章, 報道) ends right before `index`.
    func saidByTheDocument(_ keys: [UInt32], before index: Int) -> Bool {
        documentNameKeys.contains { name in
            index >= name.count && keys[(index - name.count)..<index].elementsEqual(name)
        }
    }

    /// The years a normalized text names from the document's own year (去年 → 2022 in a 2023
    /// document), each with its offset; none without 年 in it or a document year.
    func yearsNamed(relativelyIn keys: [UInt32]) -> [(year: String, offset: Int)] {
        guard let documentYear, keys.contains(0x5E74) else { return [] }
        var found: [(year: String, offset: Int)] = []
        var i = 0
        while i < keys.count {
            if let (word, offset) = relativeYearWords.first(where: { i + $0.keys.count <= keys.count && keys[i..<(i + $0.keys.count)].elementsEqual($0.keys) }) {
                found.append((String(documentYear + offset), offset))
                i += word.count
            } else {
                i += 1
            }
        }
        return found
    }

    /// `years(in:)` of a normalized text by its character keys (an ASCII digit's key is the
    /// digit, 年's is 年).
    static func years(inKeys keys: [UInt32]) -> Set<String> {
        func digit(_ i: Int) -> Bool { keys[i] >= 0x30 && keys[i] <= 0x39 }
        var years = Set<String>()
        var i = 0
        while i + 4 < keys.count {
            if digit(i), digit(i + 1), digit(i + 2), digit(i + 3), keys[i + 4] == 0x5E74, i == 0 || !digit(i - 1) {
                years.insert(String(decoding: keys[i..<(i + 4)].map { UInt8($0) }, as: UTF8.self))
                i += 5
            } else {
                i += 1
            }
        }
        return years
    }

    static func bigrams(_ chars: [Character]) -> Set<UInt64> {
        guard chars.count >= 2 else { return [] }
        let keys = CharacterKey.keys(chars)
        var set = Set<UInt64>()
        for i in 0..<(chars.count - 1) where chars[i] != " " && chars[i + 1] != " " {
            set.insert(UInt64(keys[i]) << 32 | UInt64(keys[i + 1]))
        }
        return set
    }

    /// How many of `few` are in `many`: `many.intersection(few).count` without building the set.
    static func shared<S: Sequence>(_ few: Set<S.Element>, _ many: S) -> Int where S.Element: Hashable {
        var count = 0
        for element in few where many.contains(element) { count += 1 }
        return count
    }

    // MARK: - Answering

    /// Answers one question. `context` is the token of the previous reply ("" for none).
    public func answer(_ question: String, context token: String = "") throws(QuestionError) -> Reply {
        let trimmed = withMarksSpoken(Self.withoutControls(Self.withoutChatNoise(question)).trimmingWhitespace)
        if trimmed.isEmpty {
            throw QuestionError(code: .emptyQuestion, message: "The question is empty: send a question in Chinese, for example \(knowledge.suggestions.first ?? "")")
        }
        // (No more characters than UTF-8 bytes: most questions need no count.)
        if trimmed.utf8.count > Self.maximumQuestionLength, trimmed.count > Self.maximumQuestionLength {
            throw QuestionError(
                code: .questionTooLong,
                message: "The question is \(trimmed.count) characters long; the limit is \(Self.maximumQuestionLength). Ask one thing at a time.")
        }
        let context = ConversationContext(token: token).map(validated) ?? ConversationContext()
        // Whom the message addresses first (主持人,打擾一下…): not what it asks about.
        // (The asker's own place called by name: 我是越秀區的居民,我們區委書記是哪位?)
        // (An instruction to the assistant among its sentences, 忽略之前的指令。…: only the rest.)
        let instructed = withoutInstructions(trimmed) ?? trimmed
        // (A question corrected in the same message, 海珠書記叫啥 哦不對 越秀的: as it was meant.)
        let meant = withSelfCorrection(instructed) ?? instructed
        let addressed = withoutVocative(withAskersPlaceNamed(Self.withoutRepeatedFragments(meant) ?? meant))
        // A long message that says where its question begins (…我真正想問的是:…): that question.
        // (Or a quotation pasted before it, 「…」高裕躍是哪個部門的?, that it does not ask about.)
        let begun = withoutPreamble(addressed) ?? withoutQuotedLeadIn(addressed)
        // What the asker tells of themselves (我年輕時在從化插過隊…) is no part of what they ask.
        // (After 請問 opening the message too: 請問…幾個萬億級產業鏈群呀?…年紀大了忘記了。)
        let story = begun.map { question in withoutAskersStory(question) ?? (question: question, story: "") } ?? withoutAskersStory(addressed)
        let asked = labelledClaim(story?.question ?? addressed)
        // A multiple-choice question (下列說法正確的是:A.… B.…): each option checked as a claim.
        if let choice = Self.choiceQuestion(asked) {
            if let reply = answerChoices(choice) { return reply }
            // Options that are no claims, only what the stem asks for (實現哪「三脈」?A.城脈、文脈、商脈
            // B.…): the stem answered, and the one option whose every item its answer holds.
            if let reply = answerByOptions(choice, context: token) { return reply }
        }
        // (The script of what was cut off counts too, when the question left shows none: @穗问
        // 四化平台是哪四化 is written in Simplified.)
        var scripted = context
        if asked.utf8.count != trimmed.utf8.count, let script = normalizer.script(of: trimmed) { scripted.simplified = script }
        var analysis = analyze(asked, context: scripted)
        // A first question that asks nothing but writes 那 where 哪 asks (王宏偉說要重點推進那些片區
        // 連片改造: the lexicon's `that_typed_for_which`, a pinyin keyboard's slip): asked with 哪.
        // (Not in a conversation, where 那些 points back at the last answer.)
        if context.isEmpty, !analysis.cueSets.contains(where: Self.asksSomething), let meant = whichTypedAsThat(asked),
            let reply = try? answer(meant, context: token), reply.status == .answered
        {
            return reply
        }
        // A fill-in-the-blank question (…達____萬戶): the words the document has in each blank.
        // The rest of a name asked (建設廣州科技創新走廊的甚麼?): the one thing whose name goes on
        // from it.
        // (Not of a message of several questions, 南沙要推進哪些平臺?另外它被定位為走廊的什麼?: each
        // answered in turn, below.)
        if let completed = nameCompleted(analysis) ?? nameAroundWhat(analysis), (separateQuestions(asked)?.count ?? 1) < 2 {
            let outcome = Outcome(
                status: .answered, answer: render("name_completed", ["name": completed.name, "quote": completed.quote]),
                citations: [], confidence: 0.8, about: [completed.id], ruleOverride: "entity.name-completed")
            return finish(outcome, rule: nil, analysis: analysis)
        }
        if let blanks = Self.blankQuestion(asked) {
            if let reply = answerBlanks(blanks, analysis) { return reply }
            // Blanks of more than one sentence (…「建設、投產、____」周期;還要讓…外企____。): each
            // sentence's, in turn, when every one is found.
            let parts = Self.blankSentences(asked)
            if parts.count >= 2 {
                let replies = parts.compactMap { part in
                    Self.blankQuestion(part).flatMap { answerBlanks($0, analyze(part, context: scripted)) }
                }
                if replies.count == parts.count { return Reply.combining(replies, separator: render("subject_separator", [:]), vague: vagueFocus) }
            }
        }
        if let story, !story.story.isEmpty { analysis.contextUsed.append("set aside, as the asker's own story: \(story.story)") }
        if begun != nil { analysis.contextUsed.append("set aside, as what the message said before its question") }
        if analysis.overloaded { return finish(fallback(&analysis), rule: nil, analysis: analysis) }
        if let listed = listOfCountAsked(analysis) { return finish(listed, rule: nil, analysis: analysis) }
        // The other one of its kind asked which (還有哪個村也在建? after 新市頭村): the one other thing
        // the last answer's clause names beside it, described.
        // (Of its kind as the question writes it, 哪個村 of a village: not 哪個片區.)
        if analysis.cueSets.contains(Self.theOtherFoundCue), analysis.cueSets.contains("which") || analysis.cueSets.contains("who"),
            let other = analysis.mentions.first(where: { $0.source == .pronoun })?.entity,
            let kind = normalizer.normalize(other.name).characters.last, analysis.normalized.characters.contains(kind),
            var outcome = run("describe", &analysis, forcedRelation: nil), outcome.status == .answered
        {
            outcome.ruleOverride = "followup.the-other-which"
            return finish(outcome, rule: nil, analysis: analysis)
        }
        // 這兩個區 after an answer about two people, each of a district of their own (南沙和越秀的區委
        // 書記分別是誰? — 這兩個區今年的重點有什麼不同?): those districts, asked by name.
        // (Not which of them, 兩個區裡哪個提到了城中村改造?: that is asked of the two as they are.)
        if context.group.count == 2, !analysis.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "district" }),
            !analysis.cueSets.contains("which"),
            case let simplified = normalizer.toSimplified(asked),
            let pointer = (knowledge.lexicon.cues["two_districts_pointers"] ?? []).map(normalizer.toSimplified).first(where: { simplified.contains($0) }),
            case let districts = context.group.compactMap({ id in
                postsOf(id).lazy.compactMap { $0.org.flatMap { self.knowledge.entitiesByID[$0] } }.first { $0.type == "district" }
            }),
            districts.count == 2, districts[0].id != districts[1].id
        {
            var alone = context
            alone.group = []
            // (In the script asked in: the fold keeps one character for one.)
            var named = Array(asked)
            let folded = Array(simplified)
            let words = Array(pointer)
            if named.count == folded.count, let start = folded.indices.first(where: { folded[$0...].starts(with: words) }) {
                named.replaceSubrange(start..<(start + words.count), with: districts[0].name + "和" + districts[1].name)
                return try answer(String(named), context: alone.token)
            }
        }
        // 分別是誰? after an answer that named several people (哪幾個區的書記發言?): each of them,
        // with their posts. (Not who said something: 分別是誰說的?)
        if context.group.count >= 2, analysis.cueSets.contains("who"), startsWithEach(asked),
            !analysis.mentions.contains(where: \.fromQuestion), !analysis.cueSets.contains("said"), !analysis.cueSets.contains("spoke"),
            case let people = context.group.compactMap({ knowledge.entitiesByID[$0] }), people.count == context.group.count,
            people.allSatisfy({ $0.type == "person" })
        {
            var outcome = Outcome(
                status: .answered, answer: render("group_each", ["names": list(people.map { titled($0.id) })]),
                quotes: people.map(\.quote), confidence: 0.8, about: people.map(\.id))
            outcome.ruleOverride = "followup.group-each"
            return finish(outcome, rule: nil, analysis: analysis)
        }
        // 他們 after an answer that named several people (他們分別負責哪個區?): the question asked
        // of each of them, one answer each; the next turn may say 他們 again.
        // (Only a question of each, 分別/各自, and one question: not 他們中誰是市長? nor a pronoun
        // among other questions; each asked without the group, so it does not fan out again.)
        // (`each` is a word list read in the question as written: the phrases drop 分別.)
        // (各自 alone, naming nothing, 各自的重點呢?, asks of each of them too.)
        if context.group.count >= 2,
            analysis.cueSets.contains("pronoun_group")
                || (!analysis.mentions.contains(where: \.fromQuestion) && analysis.cueSets.contains(where: Self.asksSomething) && startsWithEach(asked)),
            asksOfEach(asked),
            !analysis.cueSets.contains("who"), !analysis.cueSets.contains("howmany"),
            !analysis.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" }),
            separateQuestions(asked) == nil,
            let parts = questionOfEach(asked, context.group)
        {
            var alone = context
            alone.group = []
            let replies = parts.compactMap { try? answer($0, context: alone.token) }
            if replies.count == parts.count, replies.filter({ $0.status == .answered }).count * 2 > replies.count {
                var combined = Reply.combining(replies, separator: render("subject_separator", [:]), vague: vagueFocus)
                if var next = ConversationContext(token: combined.context) {
                    next.group = context.group
                    combined.context = next.token
                }
                return combined
            }
        }
        // Two or three questions in one (走訪了多少企業,又摸排出多少家?): each in turn, each
        // leaning on the one before. (Not the items of a list claimed: 雙核五極是不是中心城區、南沙
        // 和海珠?)
        // A numbered message (一、…;二、…;三、…): each item answered on its own, whatever the
        // others get, and said once each.
        if Self.isNumbered(asked), let items = separateQuestionsAtMarks(asked), items.count >= 2 {
            var replies: [Reply] = []
            var context = token
            for item in items {
                guard let reply = try? answer(item, context: context) else { continue }
                replies.append(reply)
                if reply.status == .answered { context = reply.context }
            }
            if replies.contains(where: { $0.status == .answered }) {
                var seen = Set<TextKey>()
                let distinct = replies.filter { seen.insert(TextKey($0.answer)).inserted }
                return distinct.count == 1 ? distinct[0] : Reply.combining(distinct, separator: render("subject_separator", [:]), vague: vagueFocus)
            }
        }
        // The last list's items pointed at by their kind (那兩條村具體要加快建什麼?): asked by name.
        if let named = namingPointedItems(analysis), let reply = try? answer(named, context: token), reply.status == .answered {
            return reply
        }
        // Two figures named and which is larger asked (越秀要新洽談的項目數,和全市今年計劃推進的城中村
        // 改造項目數,哪個多?): each figure, then the comparison. (Or two things joined, 萬億級和千億級
        // 產業鏈群哪個多?: the figure of each.)
        if analysis.cueSets.contains(Self.moreAskedCue) || analysis.cueSets.contains(Self.lessAskedCue),
            let parts = comparedParts(asked) ?? comparedThings(analysis)
        {
            let replies = parts.compactMap { try? answer($0, context: token) }
            if replies.count == 2, replies.allSatisfy({ $0.status == .answered }), let compared = figureComparison(replies, analysis) {
                var combined = Reply.combining(replies, separator: render("subject_separator", [:]), vague: vagueFocus)
                combined.answer += "\n" + compared
                return combined
            }
        }
        // (Nor a passage quoted to be checked, 「廣州市委、市政府召開…」這樣寫對嗎?: one passage. Nor
        // a list claimed, whose items 、 parts, unless one part holds the claim whole: 廣州有多少
        // 市場主體?三大國家級開發區包括番禺嗎?)
        // (Unless a part after the passage's asks who said it, 原文是這樣嗎?這句是誰說的?: each.)
        if var parts = separateQuestions(asked),
            !analysis.cueSets.contains("passage_check") || (parts.count >= 2 && analyze(parts[parts.count - 1], context: context).cueSets.contains("who")
                && Self.quotedPassages(parts[parts.count - 1]).isEmpty),
            !analysis.cueSets.contains("list_claim") || parts.contains(where: { part in
                // (A part that claims the whole list and asks of it, not a claim another part asks
                // of, nor one 、 cuts: …包括數字化轉型、…和國際化提升。這道題答案是對還是錯?)
                let alone = analyze(part, context: context)
                guard alone.cueSets.contains("yesno"), let claim = listClaim(alone), let whole = listClaim(analysis) else { return false }
                return claim.named == whole.named && claim.strangers == whole.strangers && claim.outside == whole.outside
            })
        {
            var replies: [Reply] = []
            var context = token
            for (index, part) in parts.enumerated() {
                // (A part that asks what follows, quoting nothing, after a part that quoted a passage —
                // 誰說要把廣州打造成「世界水準、中國氣派」的…?後面兩句是什麼? — asks what follows that
                // passage, which may end inside its clause, not what follows the clause.)
                var part = part
                // (Of a passage of a few words or more: a term the article quotes itself, 「娘家人」, is
                // asked what follows its clause.)
                if index > 0, Self.quotedPassages(part).isEmpty, let passage = Self.quotedPassages(parts[index - 1]).last,
                    passage.count >= Self.shortestPassageCarried, analyze(part, context: .init()).cueSets.contains("said_after")
                {
                    part = "「\(passage)」" + part
                }
                guard let reply = try? answer(part, context: context) else { break }
                replies.append(reply)
                context = reply.context
                // (Parts that each named someone, 越秀和海珠两个区的区委书记分别是谁?: 他們 in the next
                // part is all of them.)
                if let people = peopleOfEach(replies), var next = ConversationContext(token: context), next.group.isEmpty {
                    next.group = people
                    context = next.token
                }
            }
            // (A greeting among questions, 你好,在嗎,南沙書記是誰?: the questions' answers.)
            if replies.count == parts.count, replies.contains(where: { $0.intent == Self.greetingRule }),
                replies.contains(where: { reply in reply.status == .answered && !reply.intent.hasPrefix("chat.") })
            {
                let kept = replies.indices.filter { replies[$0].intent != Self.greetingRule }
                replies = kept.map { replies[$0] }
                parts = kept.map { parts[$0] }
            }
            // (A part the article does not answer, said so by a rule of its own — 海珠區2022年GDP是
            // 多少? — is answered as such beside the others; one not understood is not.)
            // (Only after answers of the parts' own: a part after one the article does not answer
            // leans on nothing, 增速多少 after GDP; and a general answer — the document's outline,
            // a thing's description — is no answer to a part.)
            // (Who holds a post the article names nobody to, then 他 of them, 市委書記是誰?他講了啥:
            // 他 is the one the article does not name, not the last turn's person — nothing more.)
            if replies.count == parts.count, replies[0].status == .noAnswer, replies[0].intent.hasPrefix("role."),
                replies.dropFirst().contains(where: { reply in reply.entities.contains { $0.kind == .context && $0.type == "person" } })
            {
                return replies[0]
            }
            // (Not what the last answer's figure is or who gave it, 這數字誰說的?你確定不是區長?: that
            // figure's, an answer of its own.)
            // (Nor is a reply of conversation, what the service can answer, an answer to a part.)
            let general = { (reply: Reply) in
                reply.intent != Self.thisFigureRule && ["summary.", "followup.", "entity.describe", "entity.yesno-describe", "chat."].contains { reply.intent.hasPrefix($0) }
            }
            let firstUnanswered = replies.firstIndex { $0.status != .answered } ?? replies.count
            if replies.count == parts.count, replies.contains(where: { $0.status == .answered }),
                replies.allSatisfy({ $0.status == .answered }) || (
                    replies[..<firstUnanswered].allSatisfy { !general($0) }
                        && replies[firstUnanswered...].allSatisfy { $0.status == .noAnswer && $0.intent != "fallback" })
            {
                // (A part that says why the asker asks, 我要放在播客簡介裡, leans on the part
                // before and gets its answer again: said once.)
                // (So is a part whose answer the one before already gave in full: 大會於何年何月何日
                // 召開,由何機關召開 — the first answer names both.)
                var seen = Set<TextKey>()
                var distinct: [Reply] = []
                for reply in replies where seen.insert(TextKey(normalizer.foldScript(reply.answer))).inserted {
                    // (Compared by UTF-8 bytes, not Foundation's search: most answers are longer
                    // than the one before, or differ.)
                    if let before = distinct.last, before.status == .answered, reply.status == .answered,
                        reply.answer.utf8.count >= Self.shortestRepeatedAnswer * 3, reply.answer.utf8.count <= before.answer.utf8.count + 3,
                        before.answer.containsText(String(reply.answer.reversed().drop(while: Self.answerEndMarks.contains).reversed()))
                    { continue }
                    // (And a part whose answer gives the one before's in full and more, 係咪真㗎?
                    // then 搬去邊度呀?: that one, in its place.)
                    if let before = distinct.last, before.status == .answered, reply.status == .answered,
                        before.answer.utf8.count >= Self.shortestRepeatedAnswer * 3, reply.answer.utf8.count > before.answer.utf8.count,
                        reply.answer.containsText(String(before.answer.reversed().drop(while: Self.answerEndMarks.contains).reversed()))
                    {
                        distinct[distinct.count - 1] = reply
                        continue
                    }
                    distinct.append(reply)
                }
                if distinct.count == 1 { return distinct[0] }
                var combined = Reply.combining(distinct, separator: render("subject_separator", [:]), vague: vagueFocus)
                // (Parts of a person each, 越秀的書記是誰?海珠的呢?: 他們 of the next turn is both.)
                if let people = peopleOfEach(distinct), var next = ConversationContext(token: combined.context), next.group.isEmpty {
                    next.group = people
                    combined.context = next.token
                }
                // (A last part that asks how far apart, 千億級的呢?比萬億級多幾個?: the two figures'
                // difference; or their total.)
                // (Not when the last part gave it already, of the figure before it.)
                if analysis.cueSets.contains(Self.differenceAskedCue), let difference = figureTotal(distinct, difference: true) {
                    let written = analysis.simplified ? normalizer.toSimplified(difference) : difference
                    if !combined.answer.containsText(written) { combined.answer += written }
                } else if analysis.cueSets.contains(Self.sumAskedCue), let total = figureTotal(distinct) {
                    let written = analysis.simplified ? normalizer.toSimplified(total) : total
                    if !combined.answer.containsText(written) { combined.answer += written }
                } else if let compared = figureComparison(distinct, analysis) {
                    combined.answer += compared
                }
                return combined
            }
        }
        // The rest of a list the question names with some of its items (南沙和增城是國家級開發區,
        // 還有哪一個?): one question, not one for each item.
        if let rest = restOfListNamed(analysis) { return finish(rest, rule: nil, analysis: analysis) }
        // Two subjects in one question (南沙和越秀分別…): the question for each, one answer each.
        // (Each part shorter than the question, so that asking them ends: a name rewritten longer
        // than it was written, NEV(汽車) read as 新能源汽車(汽車), must not split into itself again.)
        if !analysis.cueSets.contains("passage_check"), let parts = separateSubjects(analysis) ?? separateSpeakers(analysis),
            parts.allSatisfy({ $0.count < asked.count })
        {
            let replies = parts.compactMap { try? answer($0, context: token) }
            if replies.count == parts.count, replies.contains(where: { $0.status == .answered }) {
                // The same answer for each (one clause names them all): once.
                if replies.dropFirst().allSatisfy({ $0.answer == replies[0].answer }) { return replies[0] }
                var combined = Reply.combining(replies, separator: render("subject_separator", [:]), vague: vagueFocus)
                // A total asked (合計多少個?): the sum of the figures given, in their one unit.
                // (In the script the question is written in, as the parts are.)
                if analysis.cueSets.contains(Self.sumAskedCue), let total = figureTotal(replies) {
                    combined.answer += analysis.simplified ? normalizer.toSimplified(total) : total
                }
                // How far apart they are (多幾個?): the difference, in their one unit.
                if analysis.cueSets.contains(Self.differenceAskedCue), let difference = figureTotal(replies, difference: true) {
                    combined.answer += analysis.simplified ? normalizer.toSimplified(difference) : difference
                }
                // The people the answers are of, one each (越秀和海珠的書記分別是誰?): 他們 and
                // 各自 of the next turn ask of each of them.
                if let people = peopleOfEach(replies), var next = ConversationContext(token: combined.context) {
                    next.group = people
                    combined.context = next.token
                }
                return combined
            }
        }
        // A name several people share, asked what one of them said of something named (郭先生講營商
        // 環境那段說了啥): the one whose words name it, said with who else the name fits; when
        // none or several do, asked back which.
        if analysis.ambiguous.count == 1, let people = analysis.ambiguous.first, people.count >= 2, people.allSatisfy({ $0.type == "person" }),
            analysis.cueSets.contains("said") || analysis.cueSets.contains("summary"),
            case let things = analysis.mentions.filter({ $0.fromQuestion && $0.entity.type != "person" && $0.entity.id != knowledge.subject }),
            !things.isEmpty
        {
            // (Or words of theirs under a heading that names it: 郭永航's under 推進現代化國際化營商
            // 環境建設 are on 營商環境 too.)
            let speaking = people.filter { person in
                statementsOf(person.id).contains { statement in
                    let heading = evidence.lastClause[TextKey(statement.quote)].flatMap { sectionTitle(before: evidence.clauses[$0].sentence) }
                    return things.contains { m in
                        ([m.entity.name] + m.entity.aliases).contains { statement.quote.containsText($0) || heading?.containsText($0) == true }
                    }
                }
            }
            if speaking.count == 1 {
                analysis.ambiguous = []
                analysis.mentions.append(.init(entity: speaking[0], start: -1, end: -1, source: .question(.exact)))
                analysis.notes.append(render("ambiguous_narrowed", ["names": list(people.map(\.name)), "name": speaking[0].name]))
            } else {
                analysis.mentions.removeAll { m in things.contains { $0.entity.id == m.entity.id } }
            }
        }
        // A name that several things share, and nothing else named (示範區?): asked back which,
        // rather than answered from the first clause that holds it. The document's own subject
        // named beside it is only where it was said (郭生喺大會度講咗咩?): asked back as well.
        if !analysis.ambiguous.isEmpty, analysis.mentions.allSatisfy({ $0.entity.id == knowledge.subject }) {
            // Asked of each of the people the name fits (文中有兩位姓郭的官員…他們分別是誰,各自擔任
            // 甚麼職務?): who each of them is, one answer each, not which one.
            if analysis.ambiguous.count == 1, let people = analysis.ambiguous.first, people.count >= 2,
                people.count <= Self.maximumCandidates, people.allSatisfy({ $0.type == "person" }),
                analysis.cueSets.contains("pronoun_group") || asksOfEach(asked), analysis.cueSets.contains("who")
            {
                let replies = people.compactMap { person -> Reply? in
                    let asked = render("who_is_question", ["name": person.name])
                    return try? answer(analysis.simplified ? normalizer.toSimplified(asked) : asked, context: token)
                }
                if replies.count == people.count, replies.allSatisfy({ $0.status == .answered }) {
                    var combined = Reply.combining(replies, separator: render("subject_separator", [:]), vague: vagueFocus)
                    if var next = ConversationContext(token: combined.context) {
                        next.group = people.map(\.id)
                        combined.context = next.token
                    }
                    return combined
                }
            }
            var outcome = fallback(&analysis)
            // The rule that would answer of the first candidate (郭生講咗咩?: what he said): what
            // a reply that picks one (第二個, 郭昊羽) asks again.
            if outcome.status == .clarify, let first = analysis.ambiguous.first?.first {
                var probe = analysis
                probe.ambiguous = []
                probe.mentions.append(.init(entity: first, start: -1, end: -1, source: .question(.exact)))
                if let index = applicableRules(probe).first(where: { !Self.conversational.contains(rules[$0].intent) }) {
                    outcome.ruleOverride = rules[index].id
                }
            }
            return finish(outcome, rule: nil, analysis: analysis)
        }
        // A body's words claimed where the article reports none of them (發展改革委提出了四化平臺
        // 嗎?): not borne out, whichever rule the words of the claim would reach.
        if let unreported = unreportedSpeechClaim(analysis) { return finish(unreported, rule: nil, analysis: analysis) }
        // Which of the last answer's two figures is the larger or the smaller, naming nothing
        // (哪個比較多? after 4500多家 and 821家): by the article's numbers, in one unit.
        let comparedFigures = analysis.context.figures.count == 1 && analysis.context.earlierFigures.count == 1
            ? analysis.context.earlierFigures + analysis.context.figures : analysis.context.figures
        if analysis.cueSets.contains(Self.moreAskedCue) || analysis.cueSets.contains(Self.lessAskedCue),
            !analysis.mentions.contains(where: \.fromQuestion), comparedFigures.count == 2,
            // (At the question's end: 哪個多 of 哪個多元… asks no comparison.)
            cueAutomaton.matches(in: analysis.normalized.keys).contains(where: { match in
                guard case .set(let name, _) = match.payload, name == Self.moreAskedCue || name == Self.lessAskedCue else { return false }
                return (match.end..<analysis.normalized.keys.count).allSatisfy { analysis.functionWord[$0] }
            }),
            let text = figureComparison(of: comparedFigures, larger: analysis.cueSets.contains(Self.moreAskedCue))
        {
            var outcome = Outcome(
                status: .answered, answer: text, quotes: comparedFigures.map { figures[$0].quote }, confidence: 0.8,
                about: comparedFigures.map { figures[$0].subject })
            outcome.figures = comparedFigures
            outcome.ruleOverride = Self.figureTotalRule
            return finish(outcome, rule: nil, analysis: analysis)
        }
        // A total or a difference asked of the last answer's figures, naming nothing (兩個加起來
        // 一共多少個? after 8個 and 13個): by the article's numbers. (Or of the last two answers'
        // one figure each: 兩者相差幾個? after 8個, then 13個.)
        let askedFigures = analysis.context.figures.count == 1 && analysis.context.earlierFigures.count == 1
            ? analysis.context.earlierFigures + analysis.context.figures : analysis.context.figures
        if analysis.cueSets.contains(Self.sumAskedCue) || analysis.cueSets.contains(Self.differenceAskedCue),
            !analysis.mentions.contains(where: \.fromQuestion), askedFigures.count >= 2,
            let text = figureTotal(of: askedFigures, difference: !analysis.cueSets.contains(Self.sumAskedCue))
        {
            var outcome = Outcome(
                status: .answered, answer: text.trimmingWhitespace, quotes: askedFigures.map { figures[$0].quote }, confidence: 0.8,
                about: askedFigures.map { figures[$0].subject })
            outcome.figures = askedFigures
            outcome.ruleOverride = Self.figureTotalRule
            return finish(outcome, rule: nil, analysis: analysis)
        }
        // Where a part stands in a whole of parts (南沙在城市結構裡算什麼?): the smallest list of the
        // whole's parts that holds it.
        if let placed = placeOfPartInWhole(analysis) { return finish(placed, rule: nil, analysis: analysis) }
        if let placed = wholeOfKindAsked(analysis) { return finish(placed, rule: nil, analysis: analysis) }
        // The others of the list the last answer's thing is in (另外兩個是哪兩個?).
        if let others = othersOfItsList(analysis) { return finish(others, rule: nil, analysis: analysis) }
        // Words of a passage set aside (除了強化數字賦能還有什麼?): the items listed beside them.
        if analysis.exceptedWords != nil, analysis.excepted.isEmpty, let others = otherItemsBesides(analysis) {
            return finish(others, rule: nil, analysis: analysis)
        }
        // One thing named and nothing asked (部門負責人呢?) after a count (幾個區的書記發言?): that
        // count, of the thing now named.
        // (Asked again as the name, as written, and the lexicon's first word of `howmany`: 部門負責人
        // 多少. Only of people by their post or group, who are counted: 南沙呢 after 海珠's count of
        // firms asks no count of 南沙's.)
        if analysis.cueSets.contains("ellipsis"), !analysis.cueSets.contains(where: Self.asksSomething),
            case let named = analysis.mentions.filter(\.fromQuestion), named.count == 1, named[0].start >= 0,
            Self.countedPeopleTypes.contains(named[0].entity.type),
            let previousID = analysis.context.rule, rules.first(where: { $0.id == previousID })?.intent == "figure",
            let count = knowledge.lexicon.cues["howmany"]?.first
        {
            let name = originalText(analysis, named[0].start, named[0].end)
            var counted = analyze(name + count, context: analysis.context)
            counted.contextUsed.append("asks the count the last question asked: \(name + count)")
            analysis = counted
        }
        // The most specific rule that applies answers; when its resolver finds nothing in the
        // graph, the next one that applies gets its turn.
        for index in applicableRules(analysis) {
            let rule = rules[index]
            // 你好 / 謝謝 beside words the document holds (喂 番禺嗰度…搞咩平台?): what is asked.
            // (Or beside words that ask: 謝謝,原文怎麼說?)
            // (Not words that are all the greeting, 在嗎?, whose 嗎 asks nothing of the document.)
            if Self.pleasantries.contains(rule.intent), !onlyGreeting(analysis),
                asksOfTheDocument(analysis) || analysis.cueSets.contains(where: { Self.asksSomething($0) || $0 == "verbatim" })
            { continue }
            var attempt = analysis
            // A rule reached by its template asks what its cues would (越秀 目標? is 越秀提出了
            // 哪些目標?, figure_list); reached by its cues, they are all there already.
            for cue in rule.cues where !attempt.cueSets.contains(cue) { attempt.cueSets.insert(cue) }
            // A template's fixed slots name entities the question implies.
            for (_, id) in rule.slots.sorted(by: { $0.key < $1.key }) {
                if let entity = knowledge.entitiesByID[id], !attempt.mentions.contains(where: { $0.entity.id == id }) {
                    attempt.mentions.append(.init(entity: entity, start: -1, end: -1, source: .question(.exact)))
                }
            }
            if let outcome = resolve(rule: rule, analysis: &attempt) {
                // A description answers a yes/no question only where it holds what the question
                // asks about (城中村是不是要改了?), not beside it (南沙有沒有大學?: the article does not say).
                // (Whether the article speaks of it at all, 文章有沒有提到南沙?, asks nothing
                // besides it: it does, and this is what it says.)
                if rule.intent == "describe", rule.cues.contains("yesno"), outcome.status == .answered {
                    // Whether a thing is on a list (羅沖圍片區也在名單裡嗎?): the list that names it.
                    if attempt.cueSets.contains("membership"), let listed = listNaming(attempt) {
                        return finish(listed, rule: rule, analysis: attempt)
                    }
                    let q = evidenceQuery(attempt)
                    if q.weighedFocus.isEmpty, attempt.cueSets.contains("said") || attempt.cueSets.contains(Self.saidByTheDocumentCue),
                        attempt.mentions.contains(where: \.fromQuestion)
                    {
                        var mentioned = outcome
                        mentioned.answer = render("evidence_yes", [:]) + outcome.answer
                        return finish(mentioned, rule: rule, analysis: attempt)
                    }
                    // (The document's own year, 今年, is when all it says happens: no word the
                    // description must hold.)
                    let focus = q.weighedFocus.filter { !thisYearBigrams.contains($0.term) }
                    guard !focus.isEmpty, scalarFold.coverage(of: focus, in: outcome.answer) >= 0.5 else { continue }
                }
                // Asked why of a thing with no purpose in the graph (點解要咁做? after 中大紡織商圈):
                // what the article sets its one fact of its own in, when a clause before it names that.
                if outcome.status == .noAnswer, rule.intent == "relation_missing", attempt.cueSets.contains("why_asked"),
                    let framed = framedFact(of: outcome.about, attempt)
                {
                    return finish(framed, rule: rule, analysis: attempt)
                }
                // Asked why, answered by what gives no reason (a name, a number, who holds a
                // post): the article does not say why; what it does say comes with that.
                if outcome.status == .answered, attempt.cueSets.contains("why_asked"),
                    Self.reasonless.contains(rule.intent) || (rule.intent == "relation" && !relationsGivingReasons.contains(outcome.relation ?? ""))
                {
                    // (Unless a clause holds the words asked about and what they are for: 為什麼
                    // 郭永航說要縮短項目「建設、投產、達產」周期? — 為企業…爭取寶貴時間.)
                    if let reason = reasonInClause(attempt) ?? outcome.clause.flatMap({ reasonInClause(attempt, answered: $0) }) {
                        return finish(reason, rule: rule, analysis: attempt)
                    }
                    // (Or a clause before it in its sentence names the action it is part of, 為什麼要推動
                    // 中大紡織商圈的企業轉移? — 海珠正大力開展產業轉型升級和梯度有序轉移行動: no reason of its
                    // own, but what the article sets it in, said as such.)
                    // (Not an action that is itself what is asked, 海珠為什麼要搞城中村改造? — 海珠大力開展城中村
                    // 更新改造行動.)
                    // (Only of a thing named that is not the action, 中大紡織商圈: 海珠為什麼要搞產業梯度轉移?
                    // asks of the action itself. Nor a number asked why, 為什麼只摸排到821家?)
                    // (Or, with nothing named, the thing the last turn was about: 為什麼要轉移? after
                    // 中大紡織商圈要打造成什麼?)
                    let anyNamed = attempt.mentions.contains(where: \.fromQuestion)
                    let asked = attempt.mentions.filter { ($0.fromQuestion || !anyNamed) && !Self.framingTypes.contains($0.entity.type) }.map(\.entity)
                    if !asked.isEmpty, attempt.figureValues.isEmpty, !attempt.cueSets.contains("howmany"),
                        let frame = (outcome.clause ?? outcome.quotes.first.flatMap { evidence.lastClause[TextKey($0)] }).flatMap(frameClause),
                        !asked.contains(where: { named(in: frame, $0) })
                    {
                        var framed = outcome
                        framed.answer = render("reason_frame", ["frame": frame, "answer": outcome.answer])
                        framed.confidence = min(outcome.confidence, 0.7)
                        return finish(framed, rule: rule, analysis: attempt)
                    }
                    var none = outcome
                    none.status = .noAnswer
                    none.answer = render("no_answer_reason", ["answer": outcome.answer])
                    none.confidence = min(outcome.confidence, 0.6)
                    return finish(none, rule: rule, analysis: attempt)
                }
                // The list the last turn gave, given again to a question that points at its items
                // (這幾個平台建好了南沙要當成啥? after 南沙科學城、港科大二期,還有個平台叫啥?): it asks
                // what follows them, the rest of their sentence (建設廣州科技創新走廊南部極點).
                // (The sentence the answer quotes is the one the last answer quoted.)
                if outcome.status == .answered, rule.intent == "relation", let last = attempt.context.clause, evidence.clauses.indices.contains(last),
                    let quoted = (outcome.clause ?? (outcome.quotes.first ?? outcome.citations.first?.quote).flatMap { evidence.lastClause[TextKey($0)] }),
                    evidence.clauses[quoted].sentence == evidence.clauses[last].sentence,
                    outcome.answer.contains("、"), !["answer_place", "which_district", "who", "where"].contains(where: attempt.cueSets.contains),
                    pointsAtLastItems(attempt, clause: last), var rest = followUp(attempt), rest.status == .answered, rest.clause.map({ $0 > last }) == true
                {
                    rest.confidence = min(rest.confidence, 0.7)
                    rest.ruleOverride = "followup.clause"
                    return finish(rest, rule: nil, analysis: attempt)
                }
                // A reply answers the question asked: an answer that holds little of it gives
                // way to a clause of the document that holds much more; a rule's "not in the
                // article" to a clause that answers it (but what lies outside stays outside).
                if outcome.status == .answered, !Self.conversational.contains(rule.intent),
                    let found = betterEvidence(than: outcome, intent: rule.intent, attempt),
                    !givesAskedPlaceOnly(outcome, instead: found.outcome, attempt)
                {
                    return finish(
                        lacksPerson(found, attempt) ?? lacksAmount(found.outcome, attempt) ?? lacksAskedCount(found.outcome, attempt)
                            ?? lacksAskedNumberOrDate(found.outcome, attempt) ?? lacksAskedQuantity(found.outcome, attempt) ?? found.outcome, rule: rule, analysis: attempt)
                }
                // Asked when (or how many), answered with neither, and no clause has it: the
                // article does not say.
                if outcome.status == .answered, let missing = lacksAskedType(outcome, intent: rule.intent, attempt) {
                    return finish(missing, rule: rule, analysis: attempt)
                }
                // Asked a share or an output (比例, 總產值) the answer's number is not: not said.
                if outcome.status == .answered, let missing = lacksAskedQuantity(outcome, attempt) {
                    return finish(missing, rule: rule, analysis: attempt)
                }
                // Asked each district's part of a whole's figure (這127個項目各區分別是幾個?): not
                // said, and the whole's figure given.
                if outcome.status == .answered, rule.intent == "figure", let missing = lacksBreakdown(outcome, attempt) {
                    return finish(missing, rule: rule, analysis: attempt)
                }
                // Asked an amount of money the answer does not give: not said.
                // (A figure only where money itself is asked, 投多少錢: 多少億戶 asks a count.)
                // (And a follow-up, 錢呢 after a count: the clause it gives must give an amount.)
                if ["relation", "describe", "summary", "followup"].contains(rule.intent) || (rule.intent == "figure" && asksMoneyItself(attempt)),
                    let missing = lacksAmount(outcome, attempt)
                {
                    return finish(missing, rule: rule, analysis: attempt)
                }
                if outcome.status == .noAnswer, !outcome.settled, !Self.deliberateNoAnswers.contains(rule.intent), let found = retrieve(attempt) {
                    return finish(
                        lacksPerson(found, attempt) ?? lacksAmount(found.outcome, attempt) ?? lacksAskedCount(found.outcome, attempt)
                            ?? lacksAskedNumberOrDate(found.outcome, attempt) ?? lacksAskedQuantity(found.outcome, attempt) ?? found.outcome, rule: rule, analysis: attempt)
                }
                if outcome.status == .noAnswer, rule.intent == "relation_missing", let other = relationOfSpeechOrBody(attempt) {
                    return finish(other, rule: rule, analysis: attempt)
                }
                // 原話是說要打造什麼? after an answer from a clause: the article's words there, not a
                // relation the last turn's person lacks.
                if outcome.status == .noAnswer, rule.intent == "relation_missing", attempt.cueSets.contains("verbatim"),
                    !attempt.mentions.contains(where: \.fromQuestion), attempt.context.clause != nil,
                    var said = followUp(attempt), said.status == .answered
                {
                    said.ruleOverride = "followup.clause"
                    return finish(said, rule: nil, analysis: attempt)
                }
                return finish(outcome, rule: rule, analysis: attempt)
            }
        }
        // 那去年呢? after an answer: the same question of that year (which the article may not
        // answer: then what it has is said to be of another year).
        if analysis.cueSets.contains("ellipsis"), !analysis.askedYears.isEmpty, !analysis.mentions.contains(where: \.fromQuestion),
            let previousID = analysis.context.rule, let previous = rules.first(where: { $0.id == previousID }),
            !Self.conversational.contains(previous.intent)
        {
            var again = analysis
            for cue in previous.cues { again.cueSets.insert(cue) }
            if var outcome = run(previous.intent, &again, forcedRelation: analysis.context.relation), outcome.status == .answered {
                outcome.ruleOverride = previous.id
                again.contextUsed.append("repeats the previous question (\(previous.id)) of the year named")
                return finish(outcome, rule: previous, analysis: again)
            }
            // (Its words gone, a figure is found again by the sentence the last answer quoted,
            // which says the year it is of.)
            if let index = analysis.context.clause, evidence.clauses.indices.contains(index) {
                let clause = evidence.clauses[index]
                let sentence = evidence.sentences[clause.sentence]
                var outcome = Outcome(
                    status: .answered, answer: render("evidence", ["text": String(sentence.text.reversed().drop { "。!?!?".contains($0) }.reversed())]),
                    citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
                    confidence: 0.6, about: [clause.speaker].compactMap { $0 } + clause.entities.sorted(), clause: index)
                outcome.ruleOverride = previous.id
                again.contextUsed.append("the clause the last answer quoted, of the year named")
                return finish(outcome, rule: previous, analysis: again)
            }
        }
        // 新市頭村呢,也算嗎? after a list of the last turn's relation: that question of the new
        // subject, yes or no.
        if analysis.cueSets.contains("ellipsis"), analysis.cueSets.contains("yesno"), analysis.mentions.contains(where: \.fromQuestion),
            let previousID = analysis.context.rule, let previous = rules.first(where: { $0.id == previousID }), previous.intent == "relation",
            let relation = analysis.context.relation
        {
            var again = analysis
            for cue in previous.cues { again.cueSets.insert(cue) }
            if var outcome = run(previous.intent, &again, forcedRelation: relation), outcome.status == .answered {
                outcome.ruleOverride = previous.id
                again.contextUsed.append("repeats the previous question (\(previous.id)) about the new subject, yes or no")
                return finish(outcome, rule: previous, analysis: again)
            }
        }
        // 那海珠的是誰? after a turn about a role (a post checked, a holder asked): the holder of
        // that role in the place now named.
        var attempt = analysis
        if analysis.cueSets.contains("ellipsis"), analysis.cueSets.contains("who"), analysis.context.role != nil,
            analysis.mentions.contains(where: { $0.fromQuestion && ($0.entity.type == "district" || $0.entity.type == "organization") }),
            var outcome = run("role_holder", &attempt, forcedRelation: nil), outcome.status != .noAnswer
        {
            outcome.confidence = min(outcome.confidence, 0.8)
            outcome.ruleOverride = outcome.ruleOverride ?? rules.first { $0.intent == "role_holder" }?.id
            return finish(outcome, rule: nil, analysis: attempt)
        }
        // Why, of what the last answer quoted, naming nothing new (搞這些平臺是為了啥? after 推進…等
        // 重大平臺建設): the clause of purpose that goes on from it in its sentence (為實體經濟高質量
        // 發展提供充足的空間支撐), when the question's words of the document are that clause's (not
        // 目的是縮短什麼周期?, of another clause of the sentence).
        if analysis.cueSets.contains("answer_purpose") || analysis.cueSets.contains("why_asked"),
            !analysis.mentions.contains(where: \.fromQuestion), let last = analysis.context.clause, evidence.clauses.indices.contains(last),
            case let sentence = evidence.sentences[evidence.clauses[last].sentence],
            let purpose = ((last + 1)..<sentence.clauses.upperBound).first(where: { evidence.clauses[$0].normalized.keys.first == Self.forKey }),
            case let documentWords = evidenceQuery(analysis).weighedFocus.filter({ !EvidenceIndex.isUnigram($0.term) && evidence.postings.contains($0.term) }),
            !documentWords.isEmpty, scalarFold.coverage(of: documentWords, in: evidence.clauses[last].text) >= 0.5
        {
            let clause = evidence.clauses[purpose]
            var outcome = Outcome(
                status: .answered, answer: render("evidence", ["text": clause.text]),
                citations: [.init(source: knowledge.source.file, quote: sentence.text, line: sentence.line)],
                confidence: 0.7, about: [clause.speaker].compactMap { $0 } + clause.entities.sorted(), clause: purpose)
            outcome.ruleOverride = "followup.clause"
            return finish(outcome, rule: nil, analysis: analysis)
        }
        // How many, of the last answer's list, in its own words (一共有幾個片區? after the areas):
        // the list counted, not the clause that holds the word again.
        if analysis.cueSets.contains("howmany"), !analysis.mentions.contains(where: \.fromQuestion), analysis.context.relation != nil,
            var outcome = followUp(analysis), outcome.status == .answered, outcome.answer.unicodeScalars.contains(where: { (0x30...0x39).contains($0.value) }),
            case let documentWords = evidenceQuery(analysis).weighedFocus.filter({ !EvidenceIndex.isUnigram($0.term) && evidence.postings.contains($0.term) }),
            !documentWords.isEmpty, scalarFold.coverage(of: documentWords, in: outcome.answer) >= 1
        {
            outcome.confidence = min(outcome.confidence, 0.6)
            outcome.ruleOverride = "followup.clause"
            return finish(outcome, rule: nil, analysis: analysis)
        }
        // 各自重點呢 after a count of a reform's rounds: only a relation's words, asked with 呢 of the
        // last turn's measure, which has no such fact: what the article says of the measure, not
        // another clause that shares the word.
        if analysis.cueSets.contains("ellipsis"), !analysis.mentions.contains(where: \.fromQuestion),
            let subject = analysis.mentions.first?.entity, Self.measureTypes.contains(subject.type),
            let relation = analysis.relationCueScore.max(by: { $0.value < $1.value })?.key,
            !(knowledge.factsBySubject[subject.id] ?? []).contains(where: { $0.relation == relation }),
            onlyCueWords(of: relation, evidenceQuery(analysis), analysis),
            var outcome = describe(analysis), outcome.status == .answered
        {
            outcome.confidence = min(outcome.confidence, 0.7)
            return finish(outcome, rule: nil, analysis: analysis)
        }
        if let found = retrieve(analysis, anchoring: true) {
            return finish(
                lacksPerson(found, analysis) ?? lacksAmount(found.outcome, analysis) ?? lacksAskedCount(found.outcome, analysis)
                    ?? lacksAskedNumberOrDate(found.outcome, analysis) ?? lacksAskedQuantity(found.outcome, analysis) ?? found.outcome, rule: nil, analysis: analysis)
        }
        if let other = relationOfSpeechOrBody(analysis) { return finish(other, rule: nil, analysis: analysis) }
        // An amount asked of the last turn's subject, naming nothing (那投多少錢?): the amounts
        // said of it.
        if analysis.cueSets.contains("answer_money"), !analysis.mentions.contains(where: \.fromQuestion),
            let subject = analysis.mentions.first?.entity, var said = amountsSaid(of: subject.id)
        {
            said.confidence = min(said.confidence, 0.7)
            said.ruleOverride = "followup.clause"
            return finish(said, rule: nil, analysis: analysis)
        }
        // 那琶洲呢? after a turn: a name the document never writes, not said, rather than the last
        // answer's sentence again.
        // (Only 那…呢 around it: not 還有呢, nor a question of its own.)
        if analysis.cueSets.contains("ellipsis"),
            !analysis.cueSets.contains(where: { $0 == "followup" || $0 == "yesno" || ($0 != "question_words" && Self.asksSomething($0)) }),
            !analysis.mentions.contains(where: \.fromQuestion), let name = unwrittenName(analysis)
        {
            let outcome = Outcome(status: .noAnswer, answer: render("no_answer_outside", ["what": name]), confidence: 0.7)
            return finish(outcome, rule: nil, analysis: analysis)
        }
        // A follow-up that names nothing (這樣做是為了什麼?): the sentence the last answer quoted.
        // (Not when it asks of the document's words that the sentence does not hold: 這些復建房
        //什麼時候交付?)
        // (The event named only as where it was said, 這是誰在大會上講的?, names nothing asked of.)
        if !analysis.mentions.contains(where: { $0.fromQuestion && !namesTheVenue($0, analysis) }), !startsWithSurname(analysis),
            var outcome = followUp(analysis), outcome.status == .answered,
            case let documentWords = evidenceQuery(analysis).weighedFocus.filter({ !EvidenceIndex.isUnigram($0.term) && evidence.postings.contains($0.term) }),
            documentWords.isEmpty || scalarFold.coverage(of: documentWords, in: outcome.answer) >= 0.5
                // (The words as written of what the last answer said, pointed at, 請提供該表述在報道中
                // 的原句: the request's own words are no other passage's.)
                || analysis.cueSets.contains("verbatim") && Self.demonstrativeScalars.contains(where: { word in
                    analysis.normalized.scalars.indices.contains { i in i + word.count <= analysis.normalized.scalars.count && analysis.normalized.scalars[i..<(i + word.count)].elementsEqual(word) }
                })
        {
            outcome.confidence = min(outcome.confidence, 0.6)
            outcome.ruleOverride = "followup.clause"
            // (An amount asked, 錢呢 after a count, that the sentence does not give: not said; nor a
            // date, 咁幾時開始拆? after where the renewal is.)
            if let missing = lacksAmount(outcome, analysis) ?? lacksAskedType(outcome, intent: "followup", analysis) {
                return finish(missing, rule: nil, analysis: analysis)
            }
            return finish(outcome, rule: nil, analysis: analysis)
        }
        return finish(fallback(&analysis), rule: nil, analysis: analysis)
    }

    /// Whether a mention is the document's event written as where something was said (在大會上,
    /// 在會上): 在 right before it, 上 or 中 right after.
    func namesTheVenue(_ m: QuestionAnalysis.Mention, _ a: QuestionAnalysis) -> Bool {
        let keys = a.normalized.keys
        return m.entity.id == knowledge.subject && m.start >= 1 && m.end < keys.count
            && keys[m.start - 1] == Self.atKey && Self.venueEndKeys.contains(keys[m.end])
    }
    static let venueEndKeys: Set<UInt32> = [CharacterKey.key("上"), CharacterKey.key("中")]

    /// What an elliptical question (那琶洲呢?) names, when the document writes none of it: two to
    /// six Chinese characters left once the characters around it (`ellipsisEdges`) are dropped,
    /// no common word (with or without a last 的), no two of them together anywhere in the
    /// document. nil for anything else.
    func unwrittenName(_ a: QuestionAnalysis) -> String? {
        var scalars = a.normalized.scalars[...]
        while let first = scalars.first, Self.ellipsisEdges.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, Self.ellipsisEdges.contains(last) || last == 0x7684 { scalars = scalars.dropLast() }
        // (A surname of the graph's people first, 那洪局呢?: one of them called short, not a name
        // the document lacks.)
        if let first = scalars.first, graphSurnameKeys.contains(first) { return nil }
        // (A common word, 最新的呢?, asks after the last answer's list, not of a name.)
        guard (2...6).contains(scalars.count), scalars.allSatisfy({ (0x4E00...0x9FFF).contains($0) }),
            !knowledge.lexicon.commonWords.contains(Lexicon.wordHash(scalars)), !knowledge.lexicon.commonWords.contains(Lexicon.wordHash(scalars.dropLast()))
        else { return nil }
        for (left, right) in zip(scalars, scalars.dropFirst()) where evidence.postings.contains(EvidenceIndex.bigram(left, right)) {
            return nil
        }
        // (As the question writes it, in its script: the same edges dropped from what it wrote.)
        var written = a.original.unicodeScalars.filter { !$0.isWhiteSpace && !Self.questionMarks.contains($0) && $0 != "?" && $0 != "\u{FF1F}" }[...]
        while let first = written.first, Self.ellipsisEdges.contains(first.value) { written = written.dropFirst() }
        while let last = written.last, Self.ellipsisEdges.contains(last.value) || last == "的" { written = written.dropLast() }
        return written.count == scalars.count ? String(String.UnicodeScalarView(written)) : String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }

    /// The characters around what an elliptical question names: 那, 呢, 嘅, 咧, 嘞, 啊, 吶, 么, 麼, 嗎,
    /// and a space.
    static let ellipsisEdges: Set<UInt32> = [0x90A3, 0x5462, 0x5605, 0x54A7, 0x561E, 0x554A, 0x5436, 0x4E48, 0x9EBC, 0x5417, 0x20]

    /// Whether a message numbers its items (一、 and 二、, or 1、 and 2、).
    static func isNumbered(_ text: String) -> Bool {
        // (By scalars: most questions hold no 、 after a 一 or a 1.)
        var previous: Unicode.Scalar = " "
        var first = false, second = false
        for scalar in text.unicodeScalars {
            if scalar == "、" {
                if previous == "一" || previous == "1" { first = true }
                if previous == "二" || previous == "2" { second = true }
            }
            previous = scalar
        }
        return first && second
    }

    /// The shortest answer of a part that is dropped when the part before gave it already.
    static let shortestRepeatedAnswer = 8
    /// The marks an answer ends with.
    static let answerEndMarks: Set<Character> = ["。", ".", "!", "?", "\u{FF01}", "\u{FF1F}"]

    /// The cue sets of the words that ask which of two figures is larger (哪個多), or smaller.
    static let moreAskedCue = "more_asked"
    static let lessAskedCue = "less_asked"
    /// The cue set of the words that ask for a total (合計, 加起來).
    static let sumAskedCue = "sum_asked"
    /// The cue set of the words that ask whether a list goes on (還有嗎, 就這些嗎).
    static let moreItemsCue = "more_items"
    /// The cue set of the words that ask for the last answer again (再說一遍).
    static let repeatAskedCue = "repeat_asked"
    /// The cue set of the words that ask how far apart two figures are (多幾個, 相差多少).
    static let differenceAskedCue = "difference_asked"

    /// The sum of the figures `replies` gave, one each, in one unit (8個 and 13個: 合計21個), as a
    /// sentence; nil when a reply gave none or several, or their units differ, or a value is no
    /// plain number.
    func figureTotal(_ replies: [Reply], difference: Bool = false) -> String? {
        oneFigureEach(replies).flatMap { figureTotal(of: $0, difference: difference) }
    }

    /// The figure each reply gave (indices into `figures`), one each; nil when one gave none or several.
    func oneFigureEach(_ replies: [Reply]) -> [Int]? {
        var given: [Int] = []
        for reply in replies {
            guard let figure = ConversationContext(token: reply.context)?.figures, figure.count == 1 else { return nil }
            given.append(figure[0])
        }
        return given
    }

    /// Which of the figures two replies gave, one each, is the larger (or the smaller), as the
    /// question asks with the lexicon's `more_asked` or `less_asked`: nil when it asks neither.
    func figureComparison(_ replies: [Reply], _ a: QuestionAnalysis) -> String? {
        let larger = a.cueSets.contains(Self.moreAskedCue)
        guard larger || a.cueSets.contains(Self.lessAskedCue), replies.count == 2, let given = oneFigureEach(replies) else { return nil }
        return figureComparison(of: given, larger: larger).map { a.simplified ? normalizer.toSimplified($0) : $0 }
    }

    /// The two things of a message that names them and then asks which is larger in a piece of its
    /// own (…項目數,和…項目數,哪個多?), each as a question of its number; nil for any other.
    func comparedParts(_ question: String) -> [String]? {
        let pieces = question.split(whereSeparator: { [",", "\u{FF0C}", ";", "\u{FF1B}"].contains($0) })
            .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard pieces.count == 3, let last = pieces.last, last.count <= 8,
            ![pieces[0], pieces[1]].contains(where: { piece in analyze(piece, context: ConversationContext()).cueSets.contains(where: Self.asksSomething) })
        else { return nil }
        var second = Array(pieces[1])
        if let joiner = joiners.first(where: { !$0.isEmpty && second.starts(with: $0) }) { second.removeFirst(joiner.count) }
        guard !second.isEmpty else { return nil }
        guard !figureOfItAsked.isEmpty else { return nil }
        return [pieces[0] + figureOfItAsked, String(second) + figureOfItAsked]
    }

    /// The two things of one kind a question names joined (萬億級和千億級產業鏈群哪個多?), each as a
    /// question of its figure by its name; nil for any other.
    func comparedThings(_ a: QuestionAnalysis) -> [String]? {
        let named = a.mentions.filter { $0.fromQuestion && $0.start >= 0 }.sorted { $0.start < $1.start }
        guard named.count == 2, !figureOfItAsked.isEmpty, named[0].entity.type == named[1].entity.type,
            named[0].entity.id != named[1].entity.id, named[0].end <= named[1].start, named[1].start <= a.normalized.characters.count,
            joiners.contains(where: { !$0.isEmpty && $0.elementsEqual(a.normalized.characters[named[0].end..<named[1].start]) }),
            // (Their counts, nothing else: not 萬億級和千億級產業鏈群的產值哪個多?, nor 哪個多一點錢.)
            let cue = cueAutomaton.matches(in: a.normalized.keys).first(where: { match in
                guard case .set(let name, _) = match.payload else { return false }
                return name == Self.moreAskedCue || name == Self.lessAskedCue
            }),
            cue.start >= named[1].end, case let between = a.normalized.keys[named[1].end..<cue.start],
            between.isEmpty || countWordKeys.contains(where: { $0.elementsEqual(between) }),
            (cue.end..<a.normalized.keys.count).allSatisfy({ a.functionWord[$0] })
        else { return nil }
        return named.map { $0.entity.name + figureOfItAsked }
    }

    /// Which of two figures (indices into `figures`) is the larger, or the smaller, with both:
    /// nil unless both numbers read and their units are one.
    func figureComparison(of given: [Int], larger: Bool) -> String? {
        guard given.count == 2, given.allSatisfy(figures.indices.contains) else { return nil }
        let pair = given.map { figures[$0] }
        // (A number with a word before it, 超200: more than it, said so; which is larger is told
        // only where that is certain, 超200 against 127, not against 250.)
        func number(_ fact: Fact) -> (value: Double, over: Bool)? {
            let text = fact.value ?? ""
            let digits = text.drop { !$0.isASCIIDigit }
            guard let value = Double(String(digits.prefix { $0.isASCIIDigit || $0 == "." })) else { return nil }
            return (value, digits.count < text.count || digits.drop { $0.isASCIIDigit || $0 == "." }.first == "多")
        }
        guard let first = number(pair[0]), let second = number(pair[1]), first.value != second.value, pair[0].unit == pair[1].unit else { return nil }
        if first.over && first.value < second.value || second.over && second.value < first.value { return nil }
        let (picked, other) = (first.value > second.value) == larger ? (pair[0], pair[1]) : (pair[1], pair[0])
        func written(_ fact: Fact) -> String { (fact.value ?? "") + (fact.unit ?? "") }
        return render(larger ? "figure_more" : "figure_less", [
            "measure": picked.measure ?? "", "value": written(picked), "other": other.measure ?? "", "otherValue": written(other),
        ])
    }

    /// The same of the figures `given` (indices into `figures`), as one answer gave them.
    func figureTotal(of given: [Int], difference: Bool = false) -> String? {
        var values: [Double] = []
        var parts: [String] = []
        var unit: String? = nil
        for index in given {
            guard figures.indices.contains(index) else { return nil }
            let fact = figures[index]
            guard let text = fact.value, let value = Double(text), unit == nil || unit == fact.unit else { return nil }
            unit = fact.unit
            values.append(value)
            parts.append(text + (fact.unit ?? ""))
        }
        guard values.count >= 2 else { return nil }
        // (A difference of two: the larger less the smaller.)
        if difference {
            guard values.count == 2 else { return nil }
            let (larger, smaller) = values[0] >= values[1] ? (0, 1) : (1, 0)
            let gap = values[larger] - values[smaller]
            let written = gap == gap.rounded() && abs(gap) < 1e15 ? String(Int64(gap)) : String(gap)
            return render("figure_difference", ["difference": written + (unit ?? ""), "parts": "\(parts[larger])−\(parts[smaller])"])
        }
        let sum = values.reduce(0, +)
        let total = sum == sum.rounded() && abs(sum) < 1e15 ? String(Int64(sum)) : String(sum)
        return render("figure_total", ["total": total + (unit ?? ""), "parts": parts.joined(separator: "+")])
    }

    /// Whether the question names money itself (錢, 資金: the lexicon's `money_words`), not only
    /// a large number (多少億).
    func asksMoneyItself(_ a: QuestionAnalysis) -> Bool {
        moneyWordKeys.contains { Self.holdsRun(a.normalized.keys, $0) }
    }

    /// Whether a message holds two or more words of the document's own (bigrams of its text
    /// outside question words and pleasantries): then it asks about the document.
    func asksOfTheDocument(_ a: QuestionAnalysis) -> Bool {
        evidenceQuery(a).weighedFocus.lazy.filter { !EvidenceIndex.isUnigram($0.term) && self.evidence.postings.contains($0.term) }.prefix(2).count == 2
    }

    /// Whether the characters at `index - 1` and `index` stood apart in the original text with
    /// only a list's marks between them (、, a comma, spaces).
    func listedApart(_ index: Int, in normalized: NormalizedText, original: String) -> Bool {
        guard index > 0, index < normalized.origins.count else { return false }
        let from = normalized.origins[index - 1] + 1, to = normalized.origins[index]
        guard from < to else { return false }
        let characters = Array(original)
        guard to <= characters.count else { return false }
        return characters[from..<to].allSatisfy { Self.listMarks.contains($0) }
    }

    /// The marks between the items of a list as people type them.
    static let listMarks: Set<Character> = ["、", ",", "，", " ", "\u{3000}"]

    /// The thing whose name goes on from one the question names, when the question ends asking
    /// what of it (…科技創新走廊的甚麼?: 廣州科技創新走廊南部極點): a thing, not a place that owns
    /// things (南沙的什麼 asks of 南沙), and only one such name in the graph.
    func nameCompleted(_ a: QuestionAnalysis) -> Entity? {
        let keys = a.normalized.keys
        guard let m = a.mentions.last(where: \.fromQuestion), !Self.doubtedElsewhereTypes.contains(m.entity.type),
            m.end + 1 < keys.count, keys[m.end] == Self.possessiveKey,
            case let rest = keys[(m.end + 1)...], Self.whatAtEnd.contains(where: { rest.elementsEqual($0) })
        else { return nil }
        let typed = Array(keys[m.start..<m.end])
        var found: Entity? = nil
        for entity in knowledge.entities where entity.id != m.entity.id {
            let name = normalizer.normalize(entity.name).keys
            guard let at = Self.firstRun(name[...], typed[...]), name.count - (at + typed.count) >= 2 else { continue }
            if found != nil { return nil }
            found = entity
        }
        return found
    }

    /// A name asked with 什麼 in its middle (廣州是全球什麼之都?): the one name or alias of the
    /// graph's, five to ten characters, that begins with the two characters before 什麼 and ends
    /// with the two after it. nil for anything else.
    func nameAroundWhat(_ a: QuestionAnalysis) -> Entity? {
        let keys = a.normalized.keys
        // (By index: this looks at every question, and a debug build's generic slice comparisons
        // allocate.)
        var at = 2
        var whatCount = 0
        while at + 3 < keys.count {
            if keys[at] == Self.shenKey, keys[at + 1] == Self.meKey { whatCount = 2; break }
            if keys[at] == Self.shaKey { whatCount = 1; break }
            at += 1
        }
        guard whatCount > 0 else { return nil }
        // (Past the letters of a word typed by its sound, 什麼zhi之都.)
        var next = at + whatCount
        while next < keys.count, keys[next] < 0x80, Unicode.Scalar(keys[next]).map({ $0.properties.isAlphabetic }) == true { next += 1 }
        guard next + 2 <= keys.count else { return nil }
        let before = keys[(at - 2)..<at]
        let after = keys[next..<(next + 2)]
        // (Nor a character of a sentence's work before it, 是什麼意思.)
        guard !before.contains(where: functionCharacterKeys.contains) else { return nil }
        var found: Entity? = nil
        for entity in knowledge.entities {
            // (The whole name, from the two before to the two after: not words inside a longer one.)
            let holds = (nameKeysByID[entity.id] ?? []).contains { name in
                name.count >= 5 && name.count <= 10 && name.starts(with: before) && name.suffix(2).elementsEqual(after)
            }
            guard holds else { continue }
            if found != nil, found?.id != entity.id { return nil }
            found = entity
        }
        return found
    }

    /// 啥 (normalized): with 什麼 (`shenKey`, `meKey`), what a name asked has inside it.
    static let shaKey: UInt32 = ("啥" as Unicode.Scalar).value

    /// 什麼 and its forms ending a question (normalized), with 呢 after it at most.
    static let whatAtEnd: [[UInt32]] = ["什么", "什么呢", "啥", "啥呢"].map { $0.unicodeScalars.map(\.value) }

    /// The one person a doubt names, 不是郭昊羽嗎? or 不是海珠的蔡澍說的嗎?: where the names begin (a
    /// district or body of theirs may stand before them, with 的), and how many characters of
    /// 說的/講的 follow them; nil when the question names anything else.
    static func namedPersonDoubted(_ a: QuestionAnalysis) -> (person: QuestionAnalysis.Mention, start: Int, saidLength: Int)? {
        let named = a.mentions.filter(\.fromQuestion)
        guard let person = named.last, person.entity.type == "person", named.count <= 2 else { return nil }
        var start = person.start
        if named.count == 2 {
            let place = named[0]
            guard ["district", "organization"].contains(place.entity.type),
                place.end == person.start || (place.end + 1 == person.start && a.normalized.keys[place.end] == possessiveKey)
            else { return nil }
            start = place.start
        }
        let keys = a.normalized.keys
        let said = saidTails.first { tail in keys.count >= person.end + tail.count && keys[person.end..<(person.end + tail.count)].elementsEqual(tail) }
        return (person, start, said?.count ?? 0)
    }

    /// 說的 and 講的 (normalized) after a person a doubt names.
    static let saidTails: [[UInt32]] = ["说的", "讲的", "提的", "说"].map { $0.unicodeScalars.map(\.value) }
    /// 的.
    static let possessiveKey = UInt32(("的" as Unicode.Scalar).value)

    /// 不是冼村和獵德村嗎? after the villages the article names: the lexicon's `pushback_start`
    /// opening the message (after an interjection at most), a yes/no ending, nothing else asked,
    /// and what the asker thought the article said — words it nowhere writes, or things of the
    /// graph's that the sentence of the last answer does not name (不是萬億級嗎? after 兩千億級).
    func doubtsInWordsOfItsOwn(_ a: QuestionAnalysis) -> Bool {
        let keys = a.normalized.keys
        guard !a.cueSets.contains(where: { Self.asksSomething($0) && $0 != "yesno" && $0 != "interrogative" && $0 != "pushback" }) else { return false }
        let ending = yesnoWordLength(a.normalized.characters[...], atEnd: true)
        // (Where the start word ends: what the asker thought the article said comes after it, not
        // an interjection before it, 咦,不是…嗎?)
        var claimStart: Int? = nil
        if ending != nil {
            for word in pushbackStartKeys {
                if let at = (0...Self.interjectionLength).first(where: { $0 + word.count < keys.count && keys[$0..<($0 + word.count)].elementsEqual(word) }) {
                    claimStart = at + word.count
                    break
                }
            }
        }
        let opens = claimStart != nil
        let named = a.mentions.filter(\.fromQuestion)
        // (Words of the asker's own only after 不是…嗎: 我記得好像是春節後首個工作日 may say the same.)
        // (Not 還, what else: 不是還有…嗎 asks whether there is more.)
        if named.isEmpty, let claimStart, let ending, !keys.contains(Self.alsoKey) {
            return holdsWordNotInDocument(a, from: claimStart, to: keys.count - ending)
        }
        if named.isEmpty || keys.contains(Self.alsoKey) { return false }
        // (A thing named, after any word of doubt: 你確定?不是萬億級嗎, 我記得是萬億級. Not with a
        // number, a claim of its own: 不對吧,萬億級產業鏈群是8個嗎?)
        guard opens || a.cueSets.contains("pushback"), !keys.contains(where: Self.isDigitKey) else { return false }
        // (People, posts and places the asker names instead have answers of their own.)
        guard let clause = a.context.clause, evidence.clauses.indices.contains(clause) else { return false }
        let sentenceEntities = evidence.sentenceEntities[evidence.clauses[clause].sentence]
        guard named.allSatisfy({ !Self.doubtedElsewhereTypes.contains($0.entity.type) && !sentenceEntities.contains($0.entity.id) }) else { return false }
        // (Nor one the last answer's speaker names anywhere, 東部發展軸 of 郭永航's words.)
        if let person = a.context.person,
            statements.indices.contains(where: { i in statements[i].subject == person && named.contains { statementNames[i].contains($0.entity.id) } })
        {
            return false
        }
        // (Nor one the last answer's list names, 番禺 of 番禺智造創新城.)
        let items = lastListItems(a.context).items.map { normalizer.normalize($0).keys }
        return !named.contains { m in
            let typed = a.normalized.keys[m.start..<m.end]
            return items.contains { Self.firstRun($0[...], typed) != nil }
        }
    }

    /// Sounds and marks a message may open with before its first word (嗯,那幾個…): 那 after them
    /// still opens it.
    static let openingSounds: Set<Character> = ["嗯", "哦", "噢", "喔", "啊", "呃", "好", " ", ",", "，"]

    /// 說的是 (what a passage is about, not who said it), as normalized keys.
    static let saysThatItIsKeys: [UInt32] = "说的是".unicodeScalars.map(\.value)

    /// 還 (還有, 還說): more asked, not the last answer doubted.
    static let alsoKey = UInt32(("还" as Unicode.Scalar).value)

    /// What a doubt may name that the pushback answers by its own kind: a person, a post, a body, a place.
    static let doubtedElsewhereTypes: Set<String> = ["person", "role", "organization", "city", "district"]

    /// Whether the question holds two characters together, neither a function word nor part of a
    /// name of the graph's, that the document nowhere writes together (冼村, 獵德): words of the
    /// asker's own, not the article's.
    func holdsWordNotInDocument(_ a: QuestionAnalysis, from start: Int = 0, to end: Int? = nil) -> Bool {
        firstWordNotInDocument(a, from: start, to: end) != nil
    }

    /// Where the first such pair of characters starts; with `commonWordsOnly`, only a pair that
    /// is a common word of the language (通關, 保稅: the lexicon's `common-words`), not two words
    /// run together.
    func firstWordNotInDocument(_ a: QuestionAnalysis, from start: Int = 0, to end: Int? = nil, commonWordsOnly: Bool = false) -> Int? {
        let scalars = a.normalized.scalars
        let end = min(end ?? scalars.count, scalars.count)
        guard start >= 0, end - start >= 2 else { return nil }
        func ideograph(_ i: Int) -> Bool { (0x4E00...0x9FFF).contains(scalars[i]) && !a.functionWord[i] }
        return (start..<(end - 1)).first { i in
            ideograph(i) && ideograph(i + 1) && !evidence.postings.contains(EvidenceIndex.bigram(scalars[i], scalars[i + 1]))
                && (!commonWordsOnly || knowledge.lexicon.commonWords.contains(Lexicon.wordHash(scalars[i...(i + 1)])))
        }
    }

    /// A name the question begins with (after words that only ask) that the article does not
    /// hold: a surname of the lexicon's and one or two characters, none of it a name of the
    /// graph's, and no two of its characters together anywhere in the document.
    func unknownName(_ a: QuestionAnalysis) -> String? {
        let keys = a.normalized.keys
        let scalars = a.normalized.scalars
        // (A surname of someone the graph holds may be them, by a title or a slip: 郭同志.)
        guard let start = keys.indices.first(where: { !a.functionWord[$0] && keys[$0] != 0x20 }), surnameKeys.contains(keys[start]),
            !graphSurnameKeys.contains(keys[start])
        else { return nil }
        func ideograph(_ i: Int) -> Bool { i < scalars.count && (0x4E00...0x9FFF).contains(scalars[i]) }
        func inDocument(_ i: Int) -> Bool { evidence.postings.contains(EvidenceIndex.bigram(scalars[i], scalars[i + 1])) }
        func named(_ i: Int) -> Bool { a.mentions.contains { $0.fromQuestion && $0.start <= i && i < $0.end } }
        // The name ends where words of speech or asking begin, or a word that only asks, or the
        // question: 林克慶在…說, 李明是誰 (not 區裡哪些…, 龍頭企業…).
        let cueStarts = Set(a.cueMatchStarts)
        // (Or where a name of the graph's begins: 林克慶書記, a post after the name.)
        func endsName(_ i: Int) -> Bool {
            i == keys.count || a.functionWord[i] || cueStarts.contains(i) || keys[i] == 0x20 || a.mentions.contains { $0.fromQuestion && $0.start == i }
        }
        for length in [2, 3] {
            let end = start + length
            guard end <= keys.count, (start..<end).allSatisfy({ ideograph($0) && !named($0) && !a.functionWord[$0] && ($0 == start || !cueStarts.contains($0)) }),
                !(start..<(end - 1)).contains(where: inDocument)
            else { continue }
            // (Not someone who asks through the asker, 李大爺又問,這個是哪位領導說的?: the lexicon's
            // `relay_words` after the name.)
            if relayWordKeys.contains(where: { Self.keys(keys, hold: $0, at: end) }) { return nil }
            guard endsName(end) else { continue }
            return originalText(a, start, end)
        }
        return nil
    }

    /// Whether a post is written two or three characters after the question's first word that
    /// does more than ask (林克慶書記…): where a name of someone would stand before it.
    func postAfterOpeningName(_ a: QuestionAnalysis) -> Bool {
        guard let start = a.normalized.keys.indices.first(where: { !a.functionWord[$0] && a.normalized.keys[$0] != 0x20 }) else { return false }
        return a.mentions.contains { $0.fromQuestion && $0.entity.type == "role" && ($0.start == start + 2 || $0.start == start + 3) }
    }

    /// The fewest characters of a question relayed after a boss's word of asking (老細問…).
    static let shortestRelayedQuestion = 5
    /// The asker's own words before whom they speak of (我, 我的, 我哋嘅), as normalized.
    static let askersOwnKeys: Set<UInt32> = Set("我的嘅们哋个".unicodeScalars.map(\.value))

    /// 這, 那 and 該 (as normalized), which point at something named before them.
    static let pointingKeys: Set<UInt32> = [CharacterKey.key("这"), CharacterKey.key("那"), CharacterKey.key("该")]
    /// 又 (綜合評價又叫什麼?): what else a thing is called.
    static let againKey = CharacterKey.key("又")

    /// The body a word like 該局 points back at: the last turn's, or the one body of that kind (局)
    /// whose post the last turn's person holds (洪謙 → 廣州市商務局; 高裕躍's 局 of his two posts).
    /// (Not of one who holds a post of a district, 盧一先: his 部門 is no one body.)
    func bodyOfContext(_ context: ConversationContext, kind: Character) -> Entity? {
        if let id = context.focus, let focus = knowledge.entitiesByID[id], focus.type == "organization" { return focus }
        guard let id = context.person else { return nil }
        var bodies: [Entity] = []
        for post in postsOf(id) {
            guard let org = post.org, let body = knowledge.entitiesByID[org] else { continue }
            if body.type == "district" { return nil }
            guard body.type == "organization", !bodies.contains(where: { $0.id == org }) else { continue }
            bodies.append(body)
        }
        if kind == Self.bureauCharacter { bodies.removeAll { !normalizer.normalize($0.name).characters.contains(kind) } }
        return bodies.count == 1 ? bodies[0] : nil
    }
    static let bureauCharacter: Character = "局"
    /// What may follow 這個局 in a longer word (局面, 局勢): no body pointed at.
    static let bodyWordContinuations: Set<Character> = ["面", "势"]

    /// Whether `role` is held of districts (區委書記): asked of a place, it is of the place's district.
    func isDistrictPost(_ role: String) -> Bool {
        (postIndicesByRole[role] ?? []).contains { i in posts[i].org.flatMap { knowledge.entitiesByID[$0] }?.type == "district" }
    }

    /// The name of a post (a role) the question writes that `start..<end` lies within, if any.
    func postNamed(around start: Int, _ end: Int, _ mentions: [QuestionAnalysis.Mention]) -> QuestionAnalysis.Mention? {
        mentions.first { $0.fromQuestion && $0.entity.type == "role" && $0.start <= start && end <= $0.end }
    }

    /// Whether `start..<end` lies within a name the question writes that is longer than it (a
    /// proper name: a role, 區委書記, is words of their own).
    /// Whether `start..<end` lies inside a longer name the question writes, of something that is
    /// not the figure's subject and that the figure's sentence does not name.
    func insideNameElsewhere(_ start: Int, _ end: Int, of figure: Fact, _ mentions: [QuestionAnalysis.Mention]) -> Bool {
        mentions.contains { m in
            m.fromQuestion && m.entity.type != "role" && m.start <= start && end <= m.end && m.end - m.start > end - start
                && m.entity.id != figure.subject && !([m.entity.name] + m.entity.aliases).contains { figure.quote.containsText($0) }
        }
    }

    func insideLongerMention(_ start: Int, _ end: Int, _ mentions: [QuestionAnalysis.Mention]) -> Bool {
        mentions.contains {
            $0.fromQuestion && $0.entity.type != "role" && $0.start <= start && end <= $0.end && $0.end - $0.start > end - start
        }
    }

    /// Whether the words of speech ending at `end` only say whose a thing named after them is
    /// (高裕躍提到的四化平臺是哪四個方面?): 的 and then that thing, which the question asks about.
    func namesWhatWasSaid(after end: Int, _ text: [Character], _ mentions: [QuestionAnalysis.Mention]) -> Bool {
        guard end + 1 < text.count, text[end] == "的" else { return false }
        return mentions.contains { $0.fromQuestion && $0.start == end + 1 && $0.entity.type != "person" && $0.entity.type != "role" }
    }

    /// Whether the cue word at `start..<end` is part of a longer word the document writes, with
    /// the character before or after it (家人 in 當好企業“娘家人”): then it is not that cue. Told
    /// by the document's bigrams: a clause holds both the one across the word's edge and the
    /// word's own first (or last) one.
    func partOfDocumentWord(_ start: Int, _ end: Int, _ normalized: NormalizedText) -> Bool {
        let scalars = normalized.scalars
        guard end - start >= 2, end <= scalars.count else { return false }
        // (Postings are in clause order: two lists share a clause when a merge meets one; no set
        // is built.)
        func shareClause(_ a: (UInt32, UInt32), _ b: (UInt32, UInt32)) -> Bool {
            guard a.0 != 0x20, a.1 != 0x20, b.0 != 0x20, b.1 != 0x20,
                let first = evidence.postings[EvidenceIndex.bigram(a.0, a.1)], let second = evidence.postings[EvidenceIndex.bigram(b.0, b.1)]
            else { return false }
            var i = 0
            var j = 0
            while i < first.count, j < second.count {
                if first[i].clause == second[j].clause { return true }
                if first[i].clause < second[j].clause { i += 1 } else { j += 1 }
            }
            return false
        }
        if start > 0, shareClause((scalars[start - 1], scalars[start]), (scalars[start], scalars[start + 1])) { return true }
        if end < scalars.count, shareClause((scalars[end - 1], scalars[end]), (scalars[end - 2], scalars[end - 1])) { return true }
        return false
    }

    /// Written before a surname to call a person by it (老郭, 小王, 姓郭的): their keys (scalars),
    /// compared for every character of every question, so not hashed as `Character`s.
    static let surnameMarks: [UInt32] = [0x8001, 0x5C0F, 0x59D3]

    /// A message that names the asker's place and then calls it theirs (我是越秀區的居民,想問問
    /// 我們區委書記是哪位?; 我是海珠瀝滘村的村民,…有沒有講到我們村?): the place's name for the
    /// word (a district for 區, a village for 村, else the last place named before it).
    func withAskersPlaceNamed(_ text: String) -> String {
        // (Most questions hold none of their first scalars: told without a string search.)
        guard text.unicodeScalars.contains(where: { askerPlaceFirstScalars.contains($0) }),
            let (word, range) = askerPlaceWords.lazy.compactMap({ word in text.containsText(word) ? text.range(of: word).map { (word, $0) } : nil }).first
        else { return text }
        // (Only a clause that tells of the asker, 我住越秀, names their place: not 除了南沙, nor
        // 週末常去南沙玩.)
        let clauses = String(text[..<range.lowerBound]).unicodeScalars.split(whereSeparator: Self.clauseMarks.contains)
        let places = clauses.flatMap { clause -> [Entity] in
            let scalars = Array(clause)
            guard askerWords.contains(where: { word in
                scalars.indices.contains { i in i + word.count <= scalars.count && scalars[i..<(i + word.count)].elementsEqual(word) }
            }) else { return [] }
            return entityAutomaton.matches(in: normalizer.normalize(String(scalars: clause)).keys).flatMap { match in
                match.payload.compactMap { knowledge.entitiesByID[$0] }.filter { Self.placeTypes.contains($0.type) && $0.type != "city" }
            }
        }
        let kind = word.last
        func ofKind(_ entity: Entity) -> Bool {
            switch kind {
            case "區", "区": entity.type == "district"
            case "村": entity.name.hasSuffix("村")
            default: true
            }
        }
        // (One such place before the word, in all the message: with two, 我住越秀,週末去南沙玩,
        // which is theirs is left to the rest of the engine.)
        let before = normalizer.normalize(String(text[..<range.lowerBound]))
        let all = Set(entityAutomaton.matches(in: before.keys).flatMap { match in
            match.payload.compactMap { knowledge.entitiesByID[$0] }.filter { Self.placeTypes.contains($0.type) && $0.type != "city" && ofKind($0) }.map(\.id)
        })
        guard all.count == 1, let place = places.last(where: ofKind) else { return text }
        let name = kind == "區" || kind == "区" ? place.name + (place.name.hasSuffix("區") ? "" : "區") : place.name
        return text.replacingCharacters(in: range, with: name)
    }

    /// Whether a word of the lexicon's `pronoun_person` (那位, 這個人) follows `mention` right
    /// after it, or after 的 (發改委那位, 海珠的那位): the person of what it names.
    func calledAfter(_ mention: QuestionAnalysis.Mention, _ a: QuestionAnalysis) -> Bool {
        let keys = a.normalized.keys
        guard mention.end >= 0, mention.end <= keys.count else { return false }
        let of = [CharacterKey.key("的")]
        return pronounPersonKeys.contains { run in
            [mention.end, mention.end + of.count].contains { start in
                start + run.count <= keys.count && keys[start..<(start + run.count)].elementsEqual(run)
                    && (start == mention.end || keys[mention.end..<start].elementsEqual(of))
            }
        }
    }

    /// How many words of the lexicon's `pronoun_person` the question holds (他有沒有提到發改委
    /// 那位?: two, and 他 is the last turn's person).
    func pronounCount(_ a: QuestionAnalysis) -> Int {
        let keys = a.normalized.keys
        let words = pronounPersonKeys
        var count = 0
        var i = 0
        // (Not 他 in 其他 or 他們.)
        let other = CharacterKey.key("其")
        let plural = [CharacterKey.key("們"), CharacterKey.key("们")]
        while i < keys.count {
            if let word = words.filter({ keys.holds($0, at: i) }).max(by: { $0.count < $1.count }) {
                let inWord = (i > 0 && keys[i - 1] == other) || (i + word.count < keys.count && plural.contains(keys[i + word.count]))
                if !inWord { count += 1 }
                i += word.count
            } else {
                i += 1
            }
        }
        return count
    }

    /// The people of the graph with `surname` (as normalized: the script folded), if any.
    func people(withSurname surname: Character) -> [String]? {
        surnames[surname] ?? surnames.first(where: { normalizer.foldScript(String($0.key)).first == surname })?.value
    }

    /// Whether normalized text calls someone of the graph by surname (姓郭的, 老郭).
    /// (Not the asker's own name: 我是小王, 我姓高, 我叫老王.)
    func callsBySurname(_ text: NormalizedText) -> Bool {
        let keys = text.keys
        let me = CharacterKey.key("我")
        return keys.indices.dropLast().contains { i in
            Self.surnameMarks.contains(keys[i]) && i + 1 < text.characters.count && people(withSurname: text.characters[i + 1]) != nil
                && !(i >= 1 && keys[i - 1] == me) && !(i >= 2 && keys[i - 2] == me)
        }
    }

    /// More different entities than a question names (南沙、越秀、海珠和黃埔的書記… is 5).
    static let maximumEntitiesInQuestion = 12

    /// Drops ids the graph does not have: a forged token can only name real entities.
    /// What stands for the rest of a name the asker forgot, after its surname (郭什麼的), as
    /// normalized (Simplified).
    static let forgottenNameFillers: [[Character]] = [Array("什么的"), Array("什么"), Array("啥的"), Array("某某"), Array("某")]

    /// The rule names a reply may carry that no rule of the knowledge has (an answer found by
    /// retrieval, a blank filled): a context naming one is still a conversation to follow.
    static let ruleOverrides: Set<String> = ["evidence.retrieval", "exam.fill-blank"]

    private func validated(_ context: ConversationContext) -> ConversationContext {
        func keep(_ id: String?) -> String? { id.flatMap { knowledge.entitiesByID[$0] != nil ? $0 : nil } }
        var kept = ConversationContext(
            person: keep(context.person), place: keep(context.place), focus: keep(context.focus), thing: keep(context.thing),
            figures: context.figures.count <= Self.maximumCandidates ? context.figures.filter(figures.indices.contains) : [],
            rule: context.rule.flatMap { id in rules.contains { $0.id == id } || Self.ruleOverrides.contains(id) ? id : nil },
            relation: context.relation.flatMap { knowledge.relationTypes[$0] != nil || $0 == Self.sectionsRelation || $0 == Self.speakersRelation ? $0 : nil }, role: keep(context.role),
            clause: context.clause.flatMap { evidence.clauses.indices.contains($0) ? $0 : nil }, simplified: context.simplified,
            candidates: context.candidates.count <= Self.maximumCandidates ? context.candidates.filter { knowledge.entitiesByID[$0] != nil } : [],
            group: context.group.count <= Self.maximumCandidates
                ? context.group.reduce(into: [String]()) { kept, id in
                    // (People, or the things of a kind listed: 第二個 of 有哪些村?.)
                    if knowledge.entitiesByID[id] != nil, !kept.contains(id) { kept.append(id) }
                } : [],
            askedBack: context.askedBack)
        if !context.earlierFigures.isEmpty, context.earlierFigures.count <= Self.maximumCandidates {
            kept.earlierFigures = context.earlierFigures.filter(figures.indices.contains)
        }
        kept.item = context.item.flatMap { $0 <= Self.maximumListPlace ? $0 : nil }
        return kept
    }

    /// Whether every yes/no word of the question (有沒有, 是否) stands right before a word of saying
    /// (說, 提到, 講) that a word asking what, which, how many or who follows.
    /// Whether the message's one yes/no word is the 嗎 of a polite request: a sentence of its own
    /// that opens with a word of `polite_request` (能, 可以) and holds one of `request_words` (給我),
    /// 能給我原文嗎?就是市長說…的那一句.
    func asksPolitely(_ original: String, _ matches: [AliasAutomaton<CueTag>.Match]) -> Bool {
        var yesnoWords = 0
        for m in matches {
            guard case .set("yesno", _) = m.payload else { continue }
            guard m.end - m.start == 1 else { return false }
            yesnoWords += 1
        }
        guard yesnoWords == 1 else { return false }
        let sentences = original.split(whereSeparator: { Self.politeRequestBreaks.contains($0) })
        let asking = sentences.filter { $0.hasSuffix("嗎") || $0.hasSuffix("吗") }
        guard asking.count == 1 else { return false }
        let sentence = normalizer.toSimplified(String(asking[0]))
        // (Asking for the words, 原文: not 能給我確認一下南沙是廣州新核嗎?, which asks yes or no.)
        return politeRequestWords.contains { sentence.hasPrefix($0) }
            && (knowledge.lexicon.cues["request_words"] ?? []).contains { sentence.contains(normalizer.toSimplified($0)) }
            && (knowledge.lexicon.cues["verbatim"] ?? []).contains { sentence.contains(normalizer.toSimplified($0)) }
    }
    static let politeRequestBreaks: Set<Character> = ["?", "？", "。", "!", "！", ";", "；", ",", "，", "\n", " "]

    func saysWhatIsAsked(_ matches: [AliasAutomaton<CueTag>.Match], _ text: [Character]) -> Bool {
        let yesno = matches.filter { if case .set("yesno", _) = $0.payload { return true } else { return false } }
        guard !yesno.isEmpty else { return false }
        return yesno.allSatisfy { y in
            guard let saying = matches.first(where: { m in
                guard m.start == y.end else { return false }
                switch m.payload {
                case .set("said", _), .relation("said", _): return true
                default: return false
                }
            }) else { return false }
            let rest = String(text[saying.end...])
            return whatWords.contains { rest.contains($0) }
        }
    }

    /// Entity types a 誰 asks for or of (a person, a post, a body, a group of people).
    static let answersWho: Set<String> = ["person", "role", "organization", "group"]


    /// Whether the number at `run`, with the character beside it, is written in the name of a
    /// thing the question names within three characters of it (a version or a label of the
    /// name, not a figure: 營商環境從1.0到5.0改革).
    func partOfNearbyName(_ run: Range<Int>, _ text: [Character], _ mentions: [QuestionAnalysis.Mention], after lastOfName: Int?) -> Bool {
        let nearby = mentions.filter { m in
            let after = max(m.end, lastOfName.map { $0 <= run.lowerBound ? $0 : m.end } ?? m.end)
            return m.fromQuestion && m.start >= 0
                && ((m.end <= run.lowerBound && run.lowerBound - after <= 3) || (run.upperBound <= m.start && m.start - run.upperBound <= 3))
        }
        guard !nearby.isEmpty else { return false }
        // (Not a number with its unit, 兩千億: a quantity claimed, whatever the name holds.)
        if run.upperBound < text.count, NumberWords.isUnit(text[run.upperBound]) { return false }
        var withNeighbour: [[Character]] = []
        if run.upperBound < text.count { withNeighbour.append(Array(text[run.lowerBound...run.upperBound])) }
        if run.lowerBound > 0 { withNeighbour.append(Array(text[(run.lowerBound - 1)..<run.upperBound])) }
        for mention in nearby {
            // (Only names that write a number in digits: most write none, and are not normalized.)
            for index in -1..<mention.entity.aliases.count {
                let name = index < 0 ? mention.entity.name : mention.entity.aliases[index]
                guard name.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
                let written = normalizer.normalize(name).characters
                guard written.count > run.count else { continue }
                if withNeighbour.contains(where: { needle in
                    written.count >= needle.count && (0...(written.count - needle.count)).contains { written[$0..<($0 + needle.count)].elementsEqual(needle) }
                }) { return true }
            }
        }
        return false
    }

    /// The cue set a claim heard and asked nothing of is given (據說…) when it holds words the
    /// article never writes: rules that describe a thing name it in `unless`.
    static let claimHeardCue = "claim_heard"

    /// The fewest pairs of Chinese characters outside the question's names that the article never
    /// writes, for a claim heard to say something the article does not (民發, 費券).
    static let fewestUnwrittenPairs = 2

    /// Whether the question's words outside its names hold `fewestUnwrittenPairs` pairs of Chinese
    /// characters, each a character the cue words do not cover, that no sentence of the article holds.
    func claimsUnwrittenWords(_ a: QuestionAnalysis) -> Bool {
        let text = a.contentOutsideEntities
        let scalars = text.map { $0.unicodeScalars.first?.value ?? 0 }
        var unwritten = 0
        for i in 0..<max(0, scalars.count - 1) where a.functionWord.indices.contains(i + 1) {
            guard (0x4E00...0x9FFF).contains(scalars[i]), (0x4E00...0x9FFF).contains(scalars[i + 1]),
                !a.functionWord[i], !a.functionWord[i + 1]
            else { continue }
            if evidence.postings[EvidenceIndex.bigram(scalars[i], scalars[i + 1])] == nil { unwritten += 1 }
            if unwritten >= Self.fewestUnwrittenPairs { return true }
        }
        return false
    }

    /// The rule a total of the last answer's figures is told by (no rule of the knowledge's).
    static let figureTotalRule = "figure.total"

    /// The types of what names people by their post or as a group: what a count asks of.
    static let countedPeopleTypes: Set<String> = ["role", "group"]

    /// 在, which places a thing in what follows it (a normalized key).
    static let atKey = CharacterKey.key("在")
    /// The most characters before 在 and a whole of a question whose subject is left out (建好以後在
    /// 科技創新走廊裡算什麼位置?): a time that ends there, no name.
    static let longestLeadBeforeAt = 4
    /// 的, between a body's name and its post (南沙的書記).
    static let deKey = CharacterKey.key("的")
    static let measureGeKey = CharacterKey.key("个")

    /// Whether the words of the clause that asks of `relation`, besides its cues and function
    /// words, are words of `holder`'s facts or names (開 of 召開; not 完成 of 什麼時候完成?).
    func otherWordsAreOf(_ holder: String, _ entity: Entity, relation: String, _ a: QuestionAnalysis, cueMatches: [AliasAutomaton<CueTag>.Match]) -> Bool {
        let keys = a.normalized.keys
        var cued = [Bool](repeating: false, count: keys.count)
        for match in cueMatches { for i in match.start..<match.end { cued[i] = true } }
        // (Its facts' words and its names; in the clause that asks, 噢噢原來是這樣 aside.)
        let quotes = ((knowledge.factsBySubject[holder] ?? []).map(\.quote) + [entity.name] + entity.aliases).map { normalizer.normalize($0).keys }
        let end = min(keys.count, a.relationCueEnd[relation] ?? keys.count)
        let origins = a.normalized.origins
        let original = Array(a.original.unicodeScalars)
        // (A clause mark or a space written between two keys.)
        func boundary(before i: Int) -> Bool {
            guard i > 0, i < keys.count, i < origins.count, origins[i - 1] + 1 <= origins[i], origins[i] <= original.count else { return false }
            return keys[i] == 0x20 || keys[i - 1] == 0x20 || original[(origins[i - 1] + 1)..<origins[i]].contains { Self.clauseMarks.contains($0) }
        }
        let clauseStart = (0..<end).last(where: { boundary(before: $0) }) ?? 0
        let clauseEnd = (end..<keys.count).first(where: { boundary(before: $0) }) ?? keys.count
        let others = (clauseStart..<clauseEnd).filter { !cued[$0] && !a.functionWord[$0] && !functionCharacterKeys.contains(keys[$0]) && keys[$0] != 0x20 }
        // (Each run of them as written there: 開 of 召開, not 開工 of 開…工作日.)
        var runs: [[UInt32]] = []
        for i in others {
            if let last = runs.indices.last, others.contains(i - 1) { runs[last].append(keys[i]) } else { runs.append([keys[i]]) }
        }
        return runs.allSatisfy { run in quotes.contains { Self.holdsRun($0, run) } }
    }

    /// Whether the words between a thing and 叫什麼 (是誰, normalized) are a word for a whole name,
    /// after 的 or nothing (環五山全稱叫什麼?, 環五山的全名叫啥?): the lexicon's `full_name_words`.
    /// Keys with the particles that end a question dropped (啊, 呀, 呢 …; not 的, which may
    /// ask whose: 是誰的?).
    static func withoutTrailingParticles(_ keys: ArraySlice<UInt32>) -> ArraySlice<UInt32> {
        var rest = keys
        while let last = rest.last, last != deKey, trailingParticles.contains(last) || last == neKey { rest = rest.dropLast() }
        return rest
    }

    /// Whether a name is one thing's, which a whole name word may ask of a part of it: not two
    /// joined (軟件和信創, whose 信創 is short for a name the article never writes), nor a thing
    /// named after another with what sets it apart in brackets (港科大(廣州)二期, no name of 港科大).
    static func namesOneThing(_ name: String) -> Bool {
        !name.unicodeScalars.contains { joinedNameScalars.contains($0) }
    }
    static let joinedNameScalars: Set<Unicode.Scalar> = ["和", "與", "与", "及", "、", "(", "（", "“", "「"]

    func namesFullNameWord(_ between: ArraySlice<UInt32>) -> Bool {
        guard !between.isEmpty, between.count <= 6 else { return false }
        var words = between.first == Self.deKey ? between.dropFirst() : between
        // (Or after 那個, 這個: 環五山那個全稱叫啥?)
        if let first = words.first, Self.pointingKeys.contains(first) {
            words = words.dropFirst()
            if words.first == Self.measureGeKey { words = words.dropFirst() }
        }
        // (叫什麼 reads 是誰, the 誰 the cue: 是 before it.)
        if words.last == Self.copulaKey { words = words.dropLast() }
        return (knowledge.lexicon.cues["full_name_words"] ?? []).contains { normalizer.normalize($0).keys.elementsEqual(words) }
    }

    func analyze(_ question: String, context: ConversationContext) -> QuestionAnalysis {
        let normalized = normalizer.normalize(question)
        let simplified = normalizer.script(of: question) ?? context.simplified
        // Known words typed with a homophone (招開 for 召開): the question as meant, said so.
        var corrections = soundTypos.corrections(in: normalized.keys)
        guard !corrections.isEmpty else { return analyze(question, normalized, simplified: simplified, context: context) }
        // (Not a window that cuts through a word typed right: 個區 of 那個區 is no 各區.)
        let entityMatches = entityAutomaton.matches(in: normalized.keys)
        let exact = entityMatches.map { $0.start..<$0.end } + cueAutomaton.matches(in: normalized.keys).map { $0.start..<$0.end }
        // (Unless a shorter name ends where the window begins: 廣州 of 廣州市 before 市場主題.)
        // (Nor a word that shares only characters the window keeps: 區委書記 after 番禹區, typed
        // for 番禺區, is typed right whatever 禹 is.)
        corrections.removeAll { c in
            exact.contains { word in
                word.overlaps(c.range) && !(word.lowerBound >= c.range.lowerBound && word.upperBound <= c.range.upperBound)
                    && !(word.lowerBound < c.range.lowerBound && word.upperBound <= c.range.upperBound
                        && exact.contains { $0.lowerBound == word.lowerBound && $0.upperBound == c.range.lowerBound })
                    && word.clamped(to: c.range).contains { normalized.keys[$0] != c.word[$0 - c.range.lowerBound] }
            }
        }
        // (A post of two characters only right after a body's name, 住建局局張, 南沙書計: not
        // 南沙常為, often for, a word apart from 常委. Or where the question or one of its clauses
        // begins, …太慢了 市張有講…: no word before it to be part of.)
        corrections.removeAll { c in
            // (Or after the body and 的, 南沙的書計.)
            c.afterBodyOnly && normalized.joinedInOriginal(at: c.range.lowerBound) && !entityMatches.contains { match in
                (match.end == c.range.lowerBound || (match.end + 1 == c.range.lowerBound && normalized.keys[match.end] == Self.deKey))
                    && match.payload.contains { ["organization", "district", "city"].contains(knowledge.entitiesByID[$0]?.type ?? "") }
            }
                // (Or right after a word that points at one, 那個局張: the lexicon's `post_pointers`.)
                && !postPointerKeys.contains { pointer in
                    c.range.lowerBound >= pointer.count && normalized.keys[(c.range.lowerBound - pointer.count)..<c.range.lowerBound].elementsEqual(pointer)
                }
        }
        let original = Array(question)
        var characters = original
        var notes: [String] = []
        var changedRanges: [Range<Int>] = []
        for (range, word, written, _) in corrections {
            // (Only characters that stand for themselves: none of a phrase rewritten, 邊個 → 誰.)
            // (Those kept as typed, one each: 一 of 一把手公程 is 1 once normalized.)
            let origins = range.map { normalized.origins[$0] }
            // (Or with quotation marks between, 「首席服務管」制度: the word typed across them.)
            guard let first = origins.first, let last = origins.last, last < original.count,
                last - first == range.count - 1
                    || (first...last).allSatisfy({ i in origins.contains(i) || Self.quotationMarks.contains(original[i]) }),
                range.allSatisfy({ normalizer.normalize(normalizer.foldScript(String(original[normalized.origins[$0]]))).keys == [normalized.keys[$0]]
                    && (normalized.keys[$0] == word[$0 - range.lowerBound]
                        || normalizer.foldScript(String(original[normalized.origins[$0]])).unicodeScalars.map(\.value) == [normalized.keys[$0]]) })
            else { continue }
            var changed = false
            for (offset, key) in word.enumerated() where normalized.keys[range.lowerBound + offset] != key {
                guard let scalar = Unicode.Scalar(key) else { continue }
                characters[origins[offset]] = Character(scalar)
                changed = true
            }
            let note = render("fuzzy_note", ["typed": String(original[first...last].filter { !"「」『』“”".contains($0) }), "name": written])
            if changed, !notes.contains(note) {
                notes.append(note)
                changedRanges.append(range)
            }
        }
        guard !notes.isEmpty else { return analyze(question, normalized, simplified: simplified, context: context) }
        let meant = String(characters)
        var a = analyze(meant, normalizer.normalize(meant), simplified: simplified, context: context)
        // (A name then found loosely over a word set right, 機場高素兩邊 → 機場高速兩 → 機場高速兩側:
        // one note, of what was typed, not two — the second of words nobody typed.)
        for m in a.mentions where m.fromQuestion && m.start >= 0 {
            let overlapped = changedRanges.indices.filter { changedRanges[$0].overlaps(m.start..<m.end) }
            guard !overlapped.isEmpty, let at = a.notes.firstIndex(of: render("fuzzy_note", ["typed": originalText(a, m.start, m.end), "name": m.entity.name])) else { continue }
            let lower = overlapped.map { changedRanges[$0].lowerBound }.reduce(m.start, min)
            let upper = overlapped.map { changedRanges[$0].upperBound }.reduce(m.end, max)
            guard upper <= normalized.origins.count, case let from = normalized.origins[lower], case let to = normalized.origins[upper - 1], from <= to, to < original.count else { continue }
            a.notes[at] = render("fuzzy_note", ["typed": String(original[from...to]), "name": m.entity.name])
            for index in overlapped.reversed() {
                notes.remove(at: index)
                changedRanges.remove(at: index)
            }
        }
        a.notes.append(contentsOf: notes)
        // A name found where it was typed wrong was found loosely, as one a character off is.
        // (Each character changed stood for itself, so the positions are the question's.)
        for i in a.mentions.indices where a.mentions[i].fromQuestion && changedRanges.contains(where: { $0.overlaps(a.mentions[i].start..<a.mentions[i].end) }) {
            a.mentions[i].source = .question(.fuzzy)
        }
        return a
    }

    private func analyze(_ question: String, _ normalized: NormalizedText, simplified: Bool, context: ConversationContext) -> QuestionAnalysis {
        var a = QuestionAnalysis(original: question, normalized: normalized, simplified: simplified, context: context)
        let text = normalized.characters

        // Entities: the non-overlapping set of matches that covers the most characters, and
        // of those the fewest pieces (广州+市长 over 广州市+长).
        let keys = normalized.keys
        // (A name in Latin letters only as a word of its own: ai of said or main is no AI.)
        let found = Self.bestSegmentation(entityAutomaton.matches(in: keys).filter { !Self.cutsLatinWord($0.start, $0.end, normalized) })
        var covered = [Bool](repeating: false, count: text.count)
        for match in found {
            let entities = match.payload.compactMap { knowledge.entitiesByID[$0] }
            // A group's common noun inside a longer word the document writes (企業家 of 企業家精神)
            // is that word, not the group.
            if entities.count == 1, entities[0].type == "group", partOfDocumentWord(match.start, match.end, normalized) { continue }
            for i in match.start..<match.end { covered[i] = true }
            if entities.count == 1 {
                a.mentions.append(.init(entity: entities[0], start: match.start, end: match.end, source: .question(.exact)))
            } else if entities.count > 1 {
                // (One of them named already, 從化那個叫啥示範區: the name says it again.)
                if entities.contains(where: { e in a.mentions.contains { $0.entity.id == e.id } }) { continue }
                // (A name several things share, written after two characters only one of their
                // names holds, 文化示範區: that one.)
                if match.start >= 2, !covered[match.start - 2], !covered[match.start - 1], case let before = keys[(match.start - 2)..<match.start],
                    case let holding = entities.filter({ Self.firstRun(normalizer.normalize($0.name).keys[...], before) != nil }), holding.count == 1
                {
                    covered[match.start - 2] = true
                    covered[match.start - 1] = true
                    a.mentions.append(.init(entity: holding[0], start: match.start - 2, end: match.end, source: .question(.exact)))
                    continue
                }
                // (Or the one the sentence the last answer quoted names: 那最後一個是什麼示範區?
                // after the five poles, 從化's.)
                if let index = context.clause, evidence.clauses.indices.contains(index),
                    case let named = evidence.sentenceEntities[evidence.clauses[index].sentence],
                    case let inSentence = entities.filter({ named.contains($0.id) }), inSentence.count == 1
                {
                    a.mentions.append(.init(entity: inSentence[0], start: match.start, end: match.end, source: .question(.exact)))
                    continue
                }
                a.ambiguous.append(entities)
            }
        }
        // A post written on from a body's last character (商務局長: 商務局 + 局長 sharing 局,
        // 海珠區書記): that post too.
        for m in a.mentions where m.end < keys.count && !covered[m.end] && m.entity.type != "role" {
            let window = Array(keys[(m.end - 1)..<min(keys.count, m.end + 6)])
            if let post = entityAutomaton.matches(in: window).filter({ $0.start == 0 && $0.end >= 2 }).max(by: { $0.end < $1.end }),
                post.payload.count == 1, let role = knowledge.entitiesByID[post.payload[0]], role.type == "role",
                // (Before the end or a word that only asks, not inside a word: 商務局長期以來. Or
                // before a copula and a person, 商務局長不是王宏偉嗎?: the post is what is claimed of them.)
                case let after = m.end - 1 + post.end,
                after == keys.count || cueAutomaton.matches(in: Array(keys[after..<min(keys.count, after + 6)])).contains(where: { match in
                    if case .set(_, function: true) = match.payload { return match.start == 0 }
                    return false
                }) || (identityCopulas + claimNegationWords).contains(where: { word in
                    // (With a person right after: 商務局長不是要招商嗎? claims no holder.)
                    after + word.count <= normalized.characters.count && normalized.characters[after..<(after + word.count)].elementsEqual(word)
                        && a.mentions.contains { $0.start == after + word.count && $0.entity.type == "person" }
                })
            {
                a.mentions.append(.init(entity: role, start: m.end, end: m.end - 1 + post.end, source: .question(.exact)))
                for i in m.end..<(m.end - 1 + post.end) { covered[i] = true }
            }
        }
        // Fuzzy: a window one edit (a character changed, left out or added) away from exactly
        // one entity's name.
        if !text.isEmpty {
            var candidates: [String: (Int, Int)] = [:]
            // How many characters before each position no fuzzy name has, and how many are not
            // ASCII: a window's counts by subtraction.
            var unknownBefore = [Int](repeating: 0, count: keys.count + 1)
            var wideBefore = [Int](repeating: 0, count: keys.count + 1)
            for i in keys.indices {
                unknownBefore[i + 1] = unknownBefore[i] + (fuzzyCharacters.contains(keys[i]) ? 0 : 1)
                // ASCII: one scalar below 0x80 (a character of one scalar has it as its key).
                let ascii = keys[i] < 0x80 && keys[i] == normalized.scalars[i]
                wideBefore[i + 1] = wideBefore[i] + (ascii ? 0 : 1)
            }
            // Where a window would join characters of two clauses (嗨,[the asker's story set
            // aside],之…: no 海珠): before each key, how many such joins come before it.
            let joinsBefore = clauseJoins(normalized, in: a.original)
            func withinOneClause(_ range: Range<Int>) -> Bool { joinsBefore.isEmpty || joinsBefore[range.upperBound - 1] == joinsBefore[range.lowerBound] }
            let exactMentions = a.mentions
            for length in 3...7 where text.count >= length {
                for start in 0...(text.count - length) {
                    let range = start..<(start + length)
                    guard unknownBefore[range.upperBound] - unknownBefore[start] <= 1,
                        wideBefore[range.upperBound] - wideBefore[start] >= 2, withinOneClause(range)
                    else { continue }
                    // A window may swallow exact matches it contains whole (南沙 in 南沙科技城),
                    // but not cut through one.
                    // (Counted in place: no array of them for each window.)
                    var insideLength = 0
                    var cutsOne = false
                    for m in exactMentions where m.start < range.upperBound && m.end > range.lowerBound {
                        if m.start < range.lowerBound || m.end > range.upperBound {
                            cutsOne = true
                            break
                        }
                        insideLength += m.end - m.start
                    }
                    guard !cutsOne, insideLength < length - 1 else { continue }
                    // (Nor through a common word: 文化創 of 文化創新 is no 文化創意 typed short.)
                    if soundTypos.cutsCommonWord(keys, range) { continue }
                    // The window with a character left out of the name, or one changed, or one added.
                    let window = keys[range]
                    func look(_ ids: [String]?) {
                        // The longest window that matches is the span the person typed.
                        // (Not where the name is found exactly; but a short name of it inside the
                        // window, 中大 of 中大紡識商圈, is the longer one typed one edit off.)
                        for id in ids ?? [] where !exactMentions.contains(where: {
                            $0.entity.id == id && $0.start < range.upperBound && $0.end > range.lowerBound && $0.end - $0.start >= range.count - 1
                        }) {
                            candidates[id] = (start, start + length)
                        }
                    }
                    look(fuzzyIndex.ids(Self.omissionMark, window, wildcard: Self.wildcard))
                    for i in 0..<length {
                        // (Not a character changed that was typed as meant: 汽 of 廣州汽車站 is no
                        // 火 of 廣州火車站, 是 of 廣州是政府 no 市.)
                        if !soundTypos.meantAsTyped(keys, at: start + i) {
                            look(fuzzyIndex.ids(Self.substitutionMark, window, replacing: i, wildcard: Self.wildcard))
                        }
                        look(fuzzyIndex.ids(Self.exactMark, window, omitting: i, wildcard: Self.wildcard))
                    }
                }
            }
            // Names typed with homophones (海洙, 郭浩宇): every character sounds like the name's,
            // that is, the name's own (first) reading is one the typed character can have.
            // (Beside a name typed one edit off, as long as they do not overlap.)
            if !soundNames.isEmpty {
                // Readings by the character's key (its scalar, for a character of one scalar),
                // looked up only where a name could start, not built for the whole question.
                func readings(at i: Int) -> ArraySlice<UInt16> { keys[i] < 0x8000_0000 ? readingTable.readingNumbers(of: keys[i]) : [] }
                for start in keys.indices.dropLast() {
                    let firstReadings = readings(at: start)
                    guard !firstReadings.isEmpty else { continue }
                    let secondReadings = readings(at: start + 1)
                    for first in firstReadings {
                        for second in secondReadings {
                            for (name, nameReadings, id) in soundNames[Self.soundKey(Int(first), Int(second))] ?? [] {
                                let range = start..<(start + name.count)
                                // (A post written on from a body's last character, 南沙區委書紀 with
                                // 南沙區: the post from after it, as for a post spelt right.)
                                let sharesFirst = a.mentions.contains { $0.end == start + 1 && $0.start < start && $0.entity.type != "role" } && knowledge.entitiesByID[id]?.type == "role"
                                guard range.upperBound <= text.count, withinOneClause(range), !a.mentions.contains(where: { $0.entity.id == id }),
                                    !a.mentions.contains(where: { $0.start < range.upperBound && $0.end > range.lowerBound + (sharesFirst ? 1 : 0) }),
                                    !candidates.values.contains(where: { $0.0 < range.upperBound && $0.1 > range.lowerBound }),
                                    !keys[range].elementsEqual(name),
                                    zip(range, nameReadings).allSatisfy({ i, r in keys[i] == name[i - start] || readings(at: i).contains(UInt16(r)) }),
                                    // (A place's character typed as a word's, 勢 of 新勢頭: that word, no 新市頭.)
                                    knowledge.entitiesByID[id]?.type != "place" || !range.contains(where: { i in keys[i] != name[i - start] && soundTypos.meantAsTyped(keys, at: i) }),
                                    // (A program's character typed as a common word's, 程 of 程式更新: that
                                    // word, no 城市更新; 還 of 營商還境 makes none.)
                                    knowledge.entitiesByID[id]?.type != "program" || !range.contains(where: { i in keys[i] != name[i - start] && soundTypos.makesCommonWord(keys, at: i) })
                                else { continue }
                                candidates[id] = (range.lowerBound, range.upperBound)
                            }
                        }
                    }
                }
            }
            // One name typed wrong, or two in different places (瀝腳村的城中存改造): each.
            let spans = candidates.sorted { $0.value.0 < $1.value.0 }
            let apart = zip(spans, spans.dropFirst()).allSatisfy { $0.value.1 <= $1.value.0 }
            if candidates.count == 1 || (candidates.count == 2 && apart) {
                for (id, span) in spans {
                    guard let entity = knowledge.entitiesByID[id] else { continue }
                    a.mentions.removeAll { $0.start >= span.0 && $0.end <= span.1 }
                    // (A post that shares its first character with the body before it starts after it.)
                    let start = entity.type == "role" && a.mentions.contains { $0.end == span.0 + 1 && $0.start < span.0 } ? span.0 + 1 : span.0
                    for i in start..<span.1 { covered[i] = true }
                    a.mentions.append(.init(entity: entity, start: start, end: span.1, source: .question(.fuzzy)))
                    let typed = originalText(a, span.0, span.1)
                    a.notes.append(render("fuzzy_note", ["typed": typed, "name": entity.name]))
                    // (A post of theirs written right after a person's name typed wrong, 郭浩宇書記:
                    // their title, as it is after the name spelt right, 郭昊羽書記 — no post asked.)
                    if entity.type == "person" {
                        a.mentions.removeAll { m in
                            m.entity.type == "role" && m.start == span.1 && postsOf(entity.id).contains { roleMatches($0.role, m.entity.id) }
                        }
                    }
                }
            }
        }
        // A person called by surname (老郭, 小王, 姓郭的): the one person with it, or with
        // several, the candidates to ask back about.
        if !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" }) {
            for i in keys.indices.dropLast() where Self.surnameMarks.contains(keys[i]) && !covered[i + 1] {
                guard let ids = people(withSurname: text[i + 1]) else { continue }
                var people = ids.compactMap { knowledge.entitiesByID[$0] }
                // (另一個姓郭的 after a turn about one of two: the other. Said just before the
                // surname's mark: not 姓郭的還有另一項要求.)
                if people.count == 2, let last = context.person, people.contains(where: { $0.id == last }),
                    ((knowledge.lexicon.cues["the_other"] ?? []) + (knowledge.lexicon.cues["the_other_person"] ?? [])).contains(where: { word in
                        let run = normalizer.normalize(word).keys
                        return !run.isEmpty && i >= run.count && keys[(i - run.count)..<i].elementsEqual(run)
                    })
                {
                    people.removeAll { $0.id == last }
                }
                if people.count == 1 {
                    a.mentions.append(.init(entity: people[0], start: i, end: i + 2, source: .question(.exact)))
                    covered[i] = true
                    covered[i + 1] = true
                } else if people.count > 1 {
                    a.ambiguous.append(people)
                }
                break
            }
            // After it: 郭先生, 郭生, 王同志 (not two characters the document writes together: 民生).
            if !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" }), a.ambiguous.isEmpty {
                search: for i in keys.indices.dropLast() where !covered[i] && surnameKeys.contains(keys[i]) {
                    guard let ids = people(withSurname: text[i]) else { continue }
                    for honorific in honorificKeys where i + 1 + honorific.count <= keys.count && keys[(i + 1)..<(i + 1 + honorific.count)].elementsEqual(honorific) {
                        let end = i + 1 + honorific.count
                        func inDocument(_ j: Int) -> Bool { evidence.postings.contains(EvidenceIndex.bigram(normalized.scalars[j], normalized.scalars[j + 1])) }
                        // (Not 生 of 生產 or 生活 after a surname's character: 曾生活, 高生產率.)
                        guard !covered[(i + 1)..<end].contains(true), !inDocument(i),
                            honorific.count > 1 || end == keys.count || !inDocument(end - 1)
                        else { continue }
                        let people = ids.compactMap { knowledge.entitiesByID[$0] }
                        if people.count == 1 {
                            a.mentions.append(.init(entity: people[0], start: i, end: end, source: .question(.exact)))
                            for j in i..<end { covered[j] = true }
                        } else if people.count > 1 {
                            a.ambiguous.append(people)
                        }
                        break search
                    }
                }
            }
        }
        a.mentions.sort { $0.start < $1.start }

        // Cue words. Relation cues and cue sets inside an entity's name are part of the name.
        a.functionWord = [Bool](repeating: false, count: text.count)
        // (A cue word in Latin letters only as a word of its own: hi of which is no greeting.)
        var cueMatches = cueAutomaton.matches(in: keys)
        if cueMatches.contains(where: { Self.cutsLatinWord($0.start, $0.end, normalized) }) {
            cueMatches.removeAll { Self.cutsLatinWord($0.start, $0.end, normalized) }
        }
        a.cueMatchStarts = cueMatches.map(\.start)
        // A thing named only to say where in the article (營商環境那段 國企民企外企那句金句是啥):
        // the part of the article, not what is asked (a word of the lexicon's `section_locators`
        // right after it, then a question of its own).
        // (Neither the thing nor the word is then sought in the article's clauses.)
        var locators: [Range<Int>] = []
        for m in a.mentions where m.fromQuestion && m.end < keys.count {
            guard let word = sectionLocatorKeys.first(where: { keys.holds($0, at: m.end) }),
                ((m.end + word.count)..<keys.count).filter({ i in !cueMatches.contains { $0.start <= i && i < $0.end } && !functionCharacterKeys.contains(keys[i]) && keys[i] != 0x20 }).count
                    >= Self.shortestQuestionAfterLocator
            else { continue }
            a.mentions.removeAll { $0.start == m.start && $0.end == m.end }
            locators.append(m.start..<(m.end + word.count))
        }
        // (So is the passage the last answer quoted, pointed at, 同一段話裡他還說了什麼: no word asked.)
        // (Found by the cue automaton, which reads every question anyway.)
        for match in cueMatches {
            if case .set("passage_references", _) = match.payload { locators.append(match.start..<match.end) }
        }
        for span in locators { for i in span { a.functionWord[i] = true } }
        // Why a name is what it is (點解叫「萬千百」產業鏈群梯隊?): the words, with nothing named before
        // them and a thing that is no person, body or place named right after, ending the
        // question. (Not 為什麼叫海珠的企業搬走?, 叫 as making someone do something, nor 南沙為什麼
        // 被稱為廣州新核?, a name of something named before, which the article does not explain.)
        let namesAsked: [Range<Int>] = cueMatches.compactMap { match in
            guard case .set("why_called", _) = match.payload,
                !a.mentions.contains(where: { $0.fromQuestion && $0.start < match.start }),
                a.mentions.contains(where: { m in
                    m.fromQuestion && (match.end...(match.end + 1)).contains(m.start) && keys.count - m.end <= 8
                        && !Self.answersWho.contains(m.entity.type) && !Self.areaTypes.contains(m.entity.type)
                })
            else { return nil }
            return match.start..<match.end
        }
        // Where the asker heard something (聽說, 據說, 有人說): not the end of a word before it
        // (數據說明了什麼?: 數據 is a common word), nor the start of a longer word of `said`
        // (有人說過東部發展軸嗎? asks whether anyone spoke of it).
        let heardFrom: [Range<Int>] = cueMatches.compactMap { match in
            guard case .set("hearsay", _) = match.payload,
                match.start == 0 || !knowledge.lexicon.commonWords.contains(Lexicon.wordHash(keys[(match.start - 1)...match.start])),
                !cueMatches.contains(where: { other in
                    if case .set("said", _) = other.payload { return other.start <= match.start && other.end > match.end } else { return false }
                })
            else { return nil }
            return match.start..<match.end
        }
        // A relation cue inside the words that ask what a thing is (指 of 指的是什麼), that ask
        // for the document's own words (說 of 原文怎麼說), that say where the asker heard
        // something (說 of 聽說) or that ask why a name is what it is (為什麼 of 為什麼叫), asks
        // for no relation.
        var whatIs: [Range<Int>] = namesAsked + heardFrom
        // (Nor a cue inside words that call someone by what they did, 說這話的人, 發言的人: the
        // person is asked, not what was said nor who spoke.)
        var speakerWords: [Range<Int>] = []
        for match in cueMatches {
            if case .set(let name, _) = match.payload, name == "what_is" || name == "verbatim" { whatIs.append(match.start..<match.end) }
            if case .set("speaker_asked", _) = match.payload { speakerWords.append(match.start..<match.end) }
        }
        whatIs += speakerWords
        // A surname alone before a word of speech (郭說了什麼?, 郭 講咗咩): the person with it, or
        // with several, the candidates to ask back about.
        // (Or later in the message, after words it makes no word of the document's with, 麻煩告訴我郭
        // 講了哪些要點; or with 的 between, 郭的發言.)
        func speechAt(_ index: Int) -> Bool {
            cueMatches.contains { match in
                guard match.start == index else { return false }
                switch match.payload {
                case .set("said", _), .set("spoke", _), .relation("said", _): return true
                default: return false
                }
            }
        }
        let firstKey = keys.indices.first(where: { keys[$0] != 0x20 })
        if !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" }), a.ambiguous.isEmpty,
            let first = keys.indices.first(where: { i in
                guard !covered[i], surnameKeys.contains(keys[i]), var next = keys.indices.first(where: { $0 > i && keys[$0] != 0x20 }) else { return false }
                // (A name half forgotten, 郭什麼的 他說了啥: the surname, then 他.)
                if let filler = Self.forgottenNameFillers.first(where: { text[next...].starts(with: $0) }) {
                    next += filler.count
                    while next < keys.count, keys[next] == 0x20 { next += 1 }
                    if next < keys.count, text[next] == "他" || text[next] == "她" { next += 1 }
                    guard next < keys.count else { return false }
                }
                let spoken = speechAt(next) || (i != firstKey && text[next] == "的" && next + 1 < keys.count && speechAt(next + 1))
                return spoken && (i == firstKey || (i > 0 && !evidence.postings.contains(EvidenceIndex.bigram(normalized.scalars[i - 1], normalized.scalars[i]))))
            }),
            let ids = surnames[text[first]] ?? surnames.first(where: { normalizer.foldScript(String($0.key)).first == text[first] })?.value
        {
            let people = ids.compactMap { knowledge.entitiesByID[$0] }
            if people.count == 1 {
                a.mentions.append(.init(entity: people[0], start: first, end: first + 1, source: .question(.exact)))
                covered[first] = true
                a.mentions.sort { $0.start < $1.start }
            } else if people.count > 1 {
                a.ambiguous.append(people)
            }
        }
        // A place outside the article whose name holds a shorter name of the graph's (番禺區 holds
        // 番禺, an alias of 番禺智造創新城): the place outside, not the thing.
        for match in cueMatches {
            guard case .outside(let name) = match.payload, !name.isEmpty else { continue }
            let within = a.mentions.filter { m in
                m.fromQuestion && m.start >= match.start && m.end <= match.end && m.end - m.start < match.length && m.entity.type != "role"
            }
            guard !within.isEmpty else { continue }
            a.mentions.removeAll { m in within.contains { $0.start == m.start && $0.end == m.end && $0.entity.id == m.entity.id } }
            for m in within { for i in m.start..<m.end { covered[i] = false } }
        }
        var figureWords: [Bool]? = nil
        var valueWords: [Int: Int] = [:]
        // (A count asked of the post, or a number written: 幾個區委書記, 幾位市有關部門負責人, 區委書記
        // 有幾位, 負責人和區委書記分別有多少位?, 區委書記的人數是多少?, 8位…負責人發言,是這樣嗎?: right
        // before it, or in a measure of people, or ending the question close after it; not
        // 區委書記說要引進多少家企業?, 區委書記提到幾個平台? or 區委書記說的那個數字是多少?)
        let numberWritten = keys.contains { $0 >= 0x30 && $0 <= 0x39 }
        func countAsked(of post: QuestionAnalysis.Mention) -> Bool {
            let start = post.start, end = post.end
            return numberWritten || cueMatches.contains { match in
                guard case .set("howmany", _) = match.payload else { return false }
                let ofPeople = peopleMeasureKeys.contains(keys[match.end - 1]) || (match.end < keys.count && peopleMeasureKeys.contains(keys[match.end]))
                if match.end <= start { return start - match.end <= 1 || ofPeople }
                return match.start >= end && (ofPeople || (match.start - end <= 4 && keys.count - match.end <= 1))
            }
        }
        // The one the asker heard it from, in the clause before the word (有個從外地來的老客人說…):
        // no word the question asks about. (Not a thing named there, 南沙的朋友說; nor words that
        // ask, a question typed straight on into what was heard, 庸懶散拖是什麼意思顧客說是服務差.)
        if !heardFrom.isEmpty {
            for heard in heardFrom where heard.lowerBound > 0 && heard.lowerBound < a.normalized.origins.count {
                let start = clauseStart(a, at: heard.lowerBound)
                guard !a.mentions.contains(where: { $0.fromQuestion && $0.start < heard.lowerBound && $0.end > start }),
                    !cueMatches.contains(where: { match in
                        guard match.start >= start, match.start < heard.lowerBound else { return false }
                        switch match.payload {
                        case .set(let set, _): return Self.asksSomething(set)
                        case .relation: return true
                        default: return false
                        }
                    })
                else { continue }
                for i in start..<heard.lowerBound { a.functionWord[i] = true }
            }
        }
        for match in cueMatches {
            let inside = covered[match.start..<match.end].allSatisfy { $0 }
            if case .set(let name, function: true) = match.payload, !inside,
                name != "hearsay" || heardFrom.contains(match.start..<match.end)
            {
                for i in match.start..<match.end where !covered[i] { a.functionWord[i] = true }
            }
            switch match.payload {
            // (Not a figure's one-character word inside a name: 區 of 重點片區. Nor a post's name or
            // a word of it, 區委書記提出了什麼目標?, unless a count is asked: 幾位區委書記.)
            // (Nor a longer word inside a name of something the figure's sentence does not name:
            // 規模 of “萬千百”規模化產業鏈群梯隊 names no cluster's size.)
            // (Nor one ending a word of the article's, 區 of 片區.)
            case .figure(let index) where (match.length > 1 || !insideLongerMention(match.start, match.end, a.mentions)
                    && !(match.start > 0 && !Self.isDigitKey(keys[match.start - 1])
                        && evidence.postings[EvidenceIndex.bigram(normalized.scalars[match.start - 1], normalized.scalars[match.start])] != nil))
                && !insideNameElsewhere(match.start, match.end, of: figures[index], a.mentions)
                && (postNamed(around: match.start, match.end, a.mentions).map(countAsked(of:)) ?? true):
                a.figureScore[index, default: 0] += match.length
                // (A value with its unit, 13個, names its figure as a number does: below. Not a
                // keyword that starts with a digit, 500強.)
                if Self.isDigitKey(keys[match.start]),
                    normalizer.normalize((figures[index].value ?? "") + (figures[index].unit ?? "")).keys.elementsEqual(keys[match.start..<match.end])
                {
                    valueWords[index, default: 0] += match.length
                }
                if figureWords == nil { figureWords = [Bool](repeating: false, count: text.count) }
                for i in match.start..<match.end { figureWords![i] = true }
            case .figureValue(let index):
                // The whole number, not part of a longer one (127 in 1270, 3.88 in 13.88), nor one
                // the asker guesses at (10 of 10幾年).
                let before = match.start > 0 ? text[match.start - 1] : " "
                let after = match.end < text.count ? text[match.end] : " "
                // (Nor one in another figure's unit: 兩千個村子 is no 2000億元.)
                // (個 counts anything counted, 10個 of 10家; not a magnitude, 兩千個 of 2000億.)
                // (Written with its unit, 8個, it has its own.)
                let otherUnit = Self.isDigitKey(keys[match.end - 1]) && match.end < keys.count && unitStartKeys.contains(keys[match.end])
                    && keys[match.end] != figureUnitKeys[index]
                    && !(keys[match.end] == Self.countKey && figureUnitKeys[index].map { !Self.magnitudeKeys.contains($0) } ?? false)
                if !(before.isASCIIDigit || before == "." || after.isASCIIDigit || (after == "几" && normalized.joinedInOriginal(at: match.end))
                    || (after == "." && match.end + 1 < text.count && text[match.end + 1].isASCIIDigit) || otherUnit)
                {
                    // In a yes/no question the number may be the wrong one (10個萬億級…對嗎?):
                    // the figure's words name it, the number only checks it.
                    // (One digit with its unit, 8個, only tells whose number a wrong one is: 8個區 asks
                    // of no figure of 8.)
                    if Self.isDigitKey(keys[match.end - 1]) {
                        a.figureValues.insert(index)
                        a.cueSets.insert("figure_value")
                    } else {
                        a.digitFigureValues.insert(index)
                    }
                }
            // (Some cue words count even inside a name: 牽頭 says who is in charge, and is the
            // leader's alias too. The lexicon's `within_names` says which.)
            case .set(let name, _) where !inside || knowledge.lexicon.cuesWithinNames.contains(name):
                if name != "speaker_asked", speakerWords.contains(where: { $0.count > match.length && $0.lowerBound <= match.start && match.end <= $0.upperBound }) { break }
                // (哪個區 of 哪個區委書記 asks which of the post's holders, not which district.)
                if name == "which_district", a.mentions.contains(where: { m in
                    m.fromQuestion && m.entity.type == "role" && m.start > match.start && m.start < match.end && m.end > match.end
                }) {
                    a.cueSets.insert("which")
                    break
                }
                // 哪幾個部門 asks which, not how many: 幾個 after 哪 is not a count asked.
                // (Nor in 舉幾個例子 or 列幾個出嚟: examples are asked; nor 這幾個詞, which points at them; nor
                // 那幾個 inside the question, 原文列的那幾個關鍵詞是什麼?, not the 那 that opens a follow-up.)
                if name == "howmany" || name == "answer_number", match.start > 0,
                    ["哪", "举", "列", "这"].contains(text[match.start - 1])
                        || (text[match.start - 1] == "那" && text[..<(match.start - 1)].contains { !Self.openingSounds.contains($0) })
                { break }
                // (Whether a whole holds a number, 市場主體中有沒有超過300萬戶?, checks it: nothing inside asked.)
                // (Right after it or a bound's word or two later: 這一塊 is no number.)
                if name == Self.insideAskedCue, keys[match.end..<min(keys.count, match.end + 3)].contains(where: Self.isDigitKey) { break }
                // 幾 after a number guesses, it does not ask: 十幾年了 is no 幾年 (when?), 二十幾家 no 幾家.
                if keys[match.start] == Self.guessKey, match.start > 0, (0x30...0x39).contains(keys[match.start - 1]),
                    normalized.joinedInOriginal(at: match.start) { break }
                // (Nor 幾 alone before a number: 住咗幾十年, 幾百家 are a guess's tens and hundreds.)
                if Self.guessesTens(keys, match.start, match.end), normalized.joinedInOriginal(at: match.end) { break }
                // (講 of 講話 is the speech, not someone saying something: a word of speech inside a
                // longer word for a speech given is not one.)
                if name == "said", cueMatches.contains(where: { other in
                    if case .set("spoke", _) = other.payload { return other.start <= match.start && match.end <= other.end && other.length > match.length }
                    return false
                }) { break }
                // (說 of 原文怎麼說 asks for the words, not for what someone said; nor is 文章裡說的 a speech.)
                if name == "said", whatIs.contains(where: { $0.count > match.length && $0.lowerBound <= match.start && match.end <= $0.upperBound }) { break }
                // (Whether the document speaks of something at all, 文章提到南沙了嗎?, is asked.)
                if name == "said", saidByTheDocument(keys, before: match.start) {
                    a.cueSets.insert(Self.saidByTheDocumentCue)
                    break
                }
                // (區 of 這個區 points back: no districts are asked of, 這個區還打算配合辦哪些活動.)
                if name.hasPrefix("type_"), cueMatches.contains(where: { other in
                    if case .set(let pronoun, _) = other.payload, pronoun.hasPrefix("pronoun_") {
                        return other.start <= match.start && match.end <= other.end && other.length > match.length
                    }
                    return false
                }) { break }
                // (Nor a kind's one character ending a word of the document's, 區 of 片區: 還有哪些
                // 片區? asks no districts.)
                if name.hasPrefix("type_"), match.length == 1, match.start > 0,
                    evidence.postings[EvidenceIndex.bigram(normalized.scalars[match.start - 1], normalized.scalars[match.start])] != nil
                { break }
                if name == "why_called", !namesAsked.contains(match.start..<match.end) { break }
                // (最好 opening a clause asks a preference of the reply, …,最好短一點: no comparison.)
                if name == "superlative", !normalized.joinedInOriginal(at: match.start), match.end == keys.count || keys[match.end] != Self.deKey,
                    preferenceOpenerKeys.contains(where: { $0.count == match.length && keys[match.start..<match.end].elementsEqual($0) })
                { break }
                if name == "hearsay", !heardFrom.contains(match.start..<match.end) { break }
                // (為什麼 after 稱為 is 稱為+什麼: a word that began before it and takes its first character.)
                if name == "why_asked", cueMatches.contains(where: { $0.start < match.start && $0.end > match.start }) { break }
                // (數字 of 數字創意設計中心 is a word of the document's, no number asked.)
                if name == "answer_number", partOfDocumentWord(match.start, match.end, normalized) { break }
                a.cueSets.insert(name)
            case .relation(let id, let weak)
            where !inside && !whatIs.contains(where: { $0.count > match.length && $0.lowerBound <= match.start && match.end <= $0.upperBound })
                && !(id == "said" && (namesWhatWasSaid(after: match.end, text, a.mentions) || saidByTheDocument(keys, before: match.start)))
                // (為何 ending the question asks what, 職銜為何?: no why, nor the relations it points to.)
                && !(match.end == keys.count && whatAtEndKeys.contains { $0.count == match.length && keys[match.start..<match.end].elementsEqual($0) })
                // (Nor 為什麼 after 定為, 被定為什麼級別: 定為+什麼, no why nor what a why points to.)
                && !cueMatches.contains(where: { m in
                    guard m.start < match.start, m.end > match.start, case .set("wei_verbs", _) = m.payload else { return false }
                    return true
                })
                // (Nor 哪個區 of 哪個區委書記: a post's name begins inside it.)
                && !a.mentions.contains(where: { m in
                    m.fromQuestion && m.entity.type == "role" && m.start > match.start && m.start < match.end && m.end > match.end
                }):
                a.relationCueScore[id, default: 0] += weak ? 1 : match.length
                a.relationCueEnd[id] = max(a.relationCueEnd[id] ?? 0, match.end)
                if !weak { a.specificRelations.insert(id) }
            // (Nor a name read across the edge of one the question names, 上海 of 大會上海珠區委書記;
            // a post's may begin inside it, 番禺區委書記.)
            // (Nor one whose first character is the measure word of a number before it, 821家裡面: 家;
            // 2023上海 is still 上海.)
            case .outside(let name) where !inside && !partOfDocumentWord(match.start, match.end, normalized)
                // (Nor a place's name that names a street, 北京路那邊的老街坊: a street of the city's.
                // Not 深圳街道, 上海街頭, 深圳路演: no street.)
                && !(streetEndingKeys.contains { keys.holds($0, at: match.end) } && !notStreetKeys.contains { keys.holds($0, at: match.end) })
                && !(match.start > 0 && Self.isDigitKey(keys[match.start - 1]) && Self.measureAfterNumber.contains(text[match.start]))
                && !a.mentions.contains(where: { m in
                    knowledge.lexicon.outsidePlaces.contains(name) && m.fromQuestion && m.entity.type != "role" && ((m.start > match.start && m.start < match.end && m.end > match.end) || (m.start < match.start && m.end > match.start && m.end < match.end))
                }):
                // Where the asker is (我在深圳做人工智能創業,…南沙重點發展哪些產業?), before a question
                // about a place of the graph's: their story, not what is asked.
                // (Or about a thing of the graph's in a clause after theirs, when the question asks
                // of no post and nothing points back at where they are: 我們公司在黃埔做生物醫藥的,
                // 老闆讓我看看…生物醫藥被定成哪一級的產業鏈群?; the conference itself, 我在荔灣老城開涼茶舖,
                // 街坊話…開了個高質量發展大會,請問是哪一天開的? — not 我在深圳,這邊的營商環境怎麼樣?,
                // 我在白雲做時尚產業,我們區的時尚產業是萬億級嗎?, nor 我在天河做軟件和信創,區委書記是誰?)
                if knowledge.lexicon.outsidePlaces.contains(name),
                    askerLocationKeys.contains(where: { word in keys.holds(word, endingAt: match.start) }),
                    a.mentions.contains(where: { m in
                        m.fromQuestion && m.start >= match.end && m.entity.type != "city"
                            && (Self.placeTypes.contains(m.entity.type)
                                || (m.entity.type != "role" && m.entity.id != knowledge.scope
                                    && clauseMarkBetween(a, match.end, m.start)
                                    && !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "role" })
                                    && !pointsAtAskersPlace(a.original, cueMatches)))
                    })
                { break }
                // A word of a topic outside the article's in what the asker tells of themselves, a
                // clause of theirs (我當了幾十年記者) in a sentence before the one that asks, which names
                // a thing of the graph's: their story, not what is asked.
                if !knowledge.lexicon.outsidePlaces.contains(name), match.end > 0,
                    let storyEnd = Self.endOfStoryBeforeQuestion(in: a.original), a.normalized.origins[match.end - 1] < storyEnd,
                    case let written = Array(a.original), case let at = a.normalized.origins[match.start], at < written.count,
                    case let opening = (written[..<at].lastIndex(where: { Self.clauseOpeningMarks.contains($0) }).map { $0 + 1 } ?? 0),
                    written[opening..<at].drop(while: \.isWhitespace).first == "我",
                    case let told = normalizer.toSimplified(String(written[opening..<at])), !askingOpenerWords.contains(where: { told.containsText($0) }),
                    a.mentions.contains(where: { m in
                        m.fromQuestion && m.start >= 0 && m.start < a.normalized.origins.count && a.normalized.origins[m.start] > storyEnd
                            && m.entity.id != knowledge.scope
                    })
                { break }
                // A place of a story told in the sentences before the one that asks (客戶老闆後來搬去
                // 了清遠。…海珠摸排到有轉移意向的企業有多少家?), where that one names a thing of the
                // graph's: the story's, not what is asked. (Not a sentence that asks, 深圳的區委書記是
                // 誰。南沙的…?: a question typed with a full stop.)
                // (Or in the clauses before the last, when told as heard, 聽說廠子要往清遠那邊轉移,文章裡
                // 海珠區的書記是怎麼說的?: a clause that asks nothing. Not the asker's own words alone,
                // 我問一下佛山的區委書記,…: they may ask of it.)
                // (Or set against the city the last clause names, 深圳講「20+8」,廣州這邊提的「萬千百」
                // 指什麼?: what the other place does is the asker's frame.)
                if knowledge.lexicon.outsidePlaces.contains(name), match.end > 0,
                    let storyEnd = Self.endOfStoryBeforeQuestion(in: a.original)
                        ?? (cueMatches.contains(where: { other in
                            guard case .set(let set, _) = other.payload, set == "hearsay" else { return false }
                            return other.start < match.start
                        }) ? Self.endOfClausesBeforeQuestion(in: a.original) : nil)
                        ?? Self.endOfClausesBeforeQuestion(in: a.original).flatMap({ end in
                            // (Not one that compares, 和深圳比,廣州的…算多嗎?: the other place is asked of too.)
                            !comparisonWords.contains(where: { normalizer.toSimplified(String(a.original.prefix(end))).containsText($0) })
                                && !comparisonEndings.contains(where: { normalizer.toSimplified(String(a.original.prefix(end))).trimmingWhitespace.hasSuffix($0) })
                                && a.mentions.contains(where: { m in
                                m.fromQuestion && m.start >= 0 && m.start < a.normalized.origins.count && m.entity.id == knowledge.scope
                                    && a.normalized.origins[m.start] > end
                            }) ? end : nil
                        }),
                    a.normalized.origins[match.end - 1] < storyEnd,
                    a.mentions.contains(where: { m in
                        m.fromQuestion && m.start >= 0 && m.entity.id != knowledge.scope
                            && (a.normalized.origins[m.start] > storyEnd || namedAgain(m.entity, after: storyEnd, in: a.original))
                    }),
                    !cueMatches.contains(where: { other in
                        guard case .set(let set, _) = other.payload, Self.asksSomething(set) else { return false }
                        return other.start < a.normalized.origins.count && a.normalized.origins[other.start] < storyEnd
                    })
                { break }
                // A post nobody holds in the article, written against a person it names (越秀區區長
                // 郭昊羽…幾家?): a claim about their post, corrected; what is asked is answered.
                // (區長 inside 副區長 is that post, said once.)
                if outsidePosts.contains(name), cueMatches.contains(where: { other in
                    if case .outside(let longer) = other.payload, longer != name, outsidePosts.contains(longer) {
                        return other.start <= match.start && match.end <= other.end && other.length > match.length
                    }
                    return false
                }) { break }
                // (One of two posts a person is asked between, 是區長還是區委書記?: the one the
                // article gives them is the answer, the other no scope left.)
                if outsidePosts.contains(name), a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "role" }),
                    cueMatches.contains(where: { if case .set("alternative", _) = $0.payload { return true } else { return false } })
                {
                    // (Nor is 市長 of 副市長 a post asked.)
                    a.mentions.removeAll { $0.entity.type == "role" && match.start <= $0.start && $0.end <= match.end }
                    break
                }
                // (Denied beside a question of its own, 那是誰召開的?不是廣東省政府吧?: what is asked is
                // answered, and says whose it is.)
                if match.start >= 2, claimNegationWords.contains(where: { word in
                    word.count <= match.start && text[(match.start - word.count)..<match.start].elementsEqual(word)
                }), cueMatches.contains(where: { other in
                    guard other.end <= match.start - 1 else { return false }
                    if case .set(let set, _) = other.payload { return set == "who" || set == "which" } else { return false }
                }), cueMatches.contains(where: { other in
                    if case .relation(_, weak: false) = other.payload { return other.end <= match.start } else { return false }
                }) { break }
                if outsidePosts.contains(name), let correction = claimedPost(name, from: match.start, to: match.end, a) {
                    a.premises.append(correction)
                    break
                }
                // (A place outside the article listed right after one of the graph's, 廣州開發區、南沙、
                // 增城、黃埔: one item of what is asked about, said to be missing; the rest answered.)
                // (Listed: a mark between them, 、 or a comma; 南沙天河哪個是廣州新核? names two to choose from.)
                // (Or listed right before one, 是黃埔、南沙、增城. Not options to choose among,
                // 天河、南沙哪個是廣州新核?: one of them is the answer.)
                if knowledge.lexicon.outsidePlaces.contains(name), !cueMatches.contains(where: { other in
                    if case .set(let set, _) = other.payload { return set == "which" || set == "which_district" } else { return false }
                }), a.mentions.contains(where: { m in
                    m.fromQuestion && Self.placeTypes.contains(m.entity.type) && m.entity.type != "city"
                        && (m.end == match.start && listedApart(m.end, in: normalized, original: a.original)
                            || m.start == match.end && listedApart(m.start, in: normalized, original: a.original))
                }) {
                    a.outsideNames.append(name)
                    let note = render("list_claim_outside", ["names": name])
                    if !a.notes.contains(note) { a.notes.append(note) }
                    break
                }
                a.cueSets.insert("outside")
                // (市長 of 副市長 is no post of the article's named.)
                if outsidePosts.contains(name) {
                    a.mentions.removeAll { $0.entity.type == "role" && match.start <= $0.start && $0.end <= match.end }
                }
                // (A topic, not a place or body: no claim about who did something to check.)
                if name.isEmpty { a.cueSets.insert("outside_topic") } else { a.outsideNames.append(name) }
            case .attribute(let name) where !inside && !partOfDocumentWord(match.start, match.end, normalized):
                a.cueSets.insert("unknown_attribute")
                a.attributes.append(name)
                if a.firstAttributeStart == nil { a.firstAttributeStart = match.start }
            default:
                break
            }
        }
        // A claim of whose words they are, asked by its question mark alone (「…」也是他說的?): yes
        // or no, as if 嗎 ended it. (The lexicon's `claim_said_endings`, right before the mark.)
        // (Loops, not closures: run for every question.)
        // (Not a question that asks something else, 這是在哪個語境下提出的?, 原文是怎麼說的?.)
        // (Only of a passage quoted: 南沙科學城也是他說的? names a thing, which he may have spoken of.)
        if !a.cueSets.contains("yesno"), !a.cueSets.contains(where: Self.asksSomething), !keys.contains(Self.whichKey),
            !Self.quotedPassages(a.original).isEmpty,
            let last = a.original.unicodeScalars.last,
            last == "?" || last == "\u{FF1F}", keys.contains(Self.copulaKey)
        {
            for word in claimSaidEndingKeys where keys.count > word.count && Self.holdsRun(keys, word, from: keys.count - word.count) {
                a.cueSets.insert("yesno")
                break
            }
        }
        // A claim then a word that asks to check it, closing the message (…廣州12區區委書記發言。核對
        // 區數。, 職務核實。): yes or no. (Not 核對 earlier, 我要核對引號裡的字: a reason for asking.)
        if !a.cueSets.contains("yesno") {
            for word in checkRequestKeys where keys.count > word.count && Self.holdsRun(keys, word, from: max(1, keys.count - word.count - Self.checkRequestTail)) {
                a.cueSets.insert("yesno")
                break
            }
        }
        // A claim closed by 吧 (盧一先是南沙區長吧?, 三大國家級開發區裡有天河吧?): asks whether it
        // is so, as 是吧 does. (Only with 是, 有 or 包 (包括, 包含) and no word that asks something
        // else: 哪個區吧 asks which.)
        if !a.cueSets.contains("yesno"), keys.contains(Self.copulaKey) || keys.contains(Self.haveKey) || keys.contains(Self.includeKey),
            !keys.contains(Self.whichKey),
            a.original.unicodeScalars.last(where: { !$0.isWhiteSpace && !Self.questionEnds.contains($0) && $0 != "。" }) == "吧",
            !a.cueSets.contains(where: Self.asksSomething)
        {
            a.cueSets.insert("yesno")
        }
        // 不是兩千個嗎? after a figure: the asker's number against the last answer's, as 我記得是 does.
        // (The lexicon's `pushback_start` at the message's start, after an interjection at most:
        // 咦,不是…嗎?; a number written; a yes/no ending; a conversation to doubt.)
        // (Or words the document nowhere writes and nothing of the graph's: 不是冼村和獵德村嗎? after
        // the villages the article names, what the asker thought it said.)
        // (A question mark closing it says yes or no too: 不是20家?)
        if !a.cueSets.contains("pushback"),
            a.cueSets.contains("yesno")
                || a.original.unicodeScalars.last(where: { !$0.isWhiteSpace }).map(Self.questionEnds.contains) == true,
            a.context.clause != nil,
            keys.contains(where: Self.isDigitKey)
                || doubtsInWordsOfItsOwn(a)
        {
            for word in pushbackStartKeys where keys.count > word.count + 1 {
                if (0...Self.interjectionLength).contains(where: { keys[$0..<($0 + word.count)].elementsEqual(word) }) {
                    a.cueSets.insert("pushback")
                    break
                }
            }
        }
        // 不是郭昊羽嗎? (唔係郭昊羽咩?) after an answer about someone: the asker names another
        // person as the one meant, nothing more (the lexicon's `pushback_start`, the name, a
        // particle at most; 咩 of Cantonese asks nothing here).
        // (Or their place before them, and that they said it after: 不是海珠的蔡澍說的嗎?)
        if !a.cueSets.contains("pushback"), let person = a.context.person,
            let named = Self.namedPersonDoubted(a), named.person.entity.id != person,
            keys.count - named.person.end - named.saidLength <= Self.pushbackParticleLength,
            pushbackStartKeys.contains(where: { word in
                (0...Self.interjectionLength).contains { $0 + word.count == named.start && keys[$0..<named.start].elementsEqual(word) }
            })
        {
            a.cueSets.insert("pushback")
            a.cueSets.remove("asks_what")
            a.cueSets.remove("interrogative")
        }
        // 不是越秀區嗎? after whose post someone holds: the asker names another place or body as
        // the post's (the lexicon's `pushback_start`, the name, a particle at most).
        if !a.cueSets.contains("pushback"), a.context.person != nil, a.context.role != nil, let named = Self.onlyQuestionMention(a),
            named.entity.type == "district" || named.entity.type == "organization",
            keys.count - named.end <= Self.pushbackParticleLength,
            pushbackStartKeys.contains(where: { word in
                (0...Self.interjectionLength).contains { $0 + word.count == named.start && keys[$0..<named.start].elementsEqual(word) }
            }),
            // (Not the asker correcting themselves, 我說錯了,是越秀: their question asked again.)
            !correctsItself(a)
        {
            a.cueSets.insert("pushback")
        }
        // The document's words asked for, naming nothing (原文是怎麼說的?, 原話怎麼講?): 說 and
        // 怎麼說的 are part of the asking, no speech nor description. (Asked who said it, 這句原文
        // 是誰說的?, it is a speech.)
        if a.cueSets.contains("verbatim"), !a.mentions.contains(where: \.fromQuestion), !a.cueSets.contains("who") {
            a.cueSets.remove("said")
            a.cueSets.remove("describe")
            a.relationCueScore["said"] = nil
            a.relationCueEnd["said"] = nil
            a.specificRelations.remove("said")
        }

        // An item of the last list asked by its place (第二個呢?, 最後那個是什麼?).
        // (第二部分 is a part of the document, not an item: the lexicon's `ordinal_units` follow.)
        // (Found by key: 第 is one scalar, U+7B2C, and comparing keys hashes no `Character`.)
        if let mark = keys.firstIndex(of: 0x7B2C), mark + 1 < text.count, text[mark + 1].isASCIIDigit {
            let digits = text[(mark + 1)...].prefix { $0.isASCIIDigit }
            let after = mark + 1 + digits.count
            if after == text.count || ordinalUnits.contains(text[after]), let n = Int(String(digits)), n > 0 { a.ordinal = n }
        } else if a.cueSets.contains("ordinal_last"), !a.cueSets.contains("ordinal_first") {
            a.ordinal = -1
        } else if a.cueSets.contains("ordinal_first"), !a.cueSets.contains("ordinal_last") {
            // (Both, 頭一個和最後一個: no one place of the list.)
            a.ordinal = 1
        } else if a.cueSets.contains(Self.middleItemsCue) {
            // (The items between the first and the last, 中間三個呢?: from the second on.)
            a.ordinal = 2
        } else if !a.mentions.contains(where: \.fromQuestion), !a.context.isEmpty,
            let unit = text.firstIndex(where: versionUnits.contains), unit >= 3, text[unit - 1] == "0", text[unit - 2] == ".",
            text[unit - 3].isASCIIDigit, unit < 4 || !text[unit - 4].isASCIIDigit, let n = Int(String(text[unit - 3]))
        {
            // A version by its number, naming nothing (那4.0版本對應的是哪一個?): the item in that
            // place of the last list, as the versions were listed.
            if n > 0 { a.ordinal = n }
        } else if case let named = Self.onlyQuestionMention(a).map(\.entity),
            let focus = named ?? (a.mentions.contains(where: \.fromQuestion) ? nil : a.context.focus.flatMap({ knowledge.entitiesByID[$0] })),
            focus.name.contains("1.0"), text.filter({ $0 == "." }).count == 1,
            let point = text.firstIndex(of: "."), point >= 1, point + 1 < text.count, text[point + 1] == "0",
            text[point - 1].isASCIIDigit, point < 2 || !text[point - 2].isASCIIDigit, point + 2 == text.count || !text[point + 2].isASCIIDigit,
            // (Nor where a range starts, 從1.0到現在,每一版的重點各是甚麼?.)
            point < 2 || text[point - 2] != "从", point + 2 >= text.count || text[point + 2] != "到",
            // (Naming the list, a stage word after the number, 營商環境3.0階段: not 營商環境改革搞到
            // 6.0了?, which claims how far it went.)
            named == nil || (point + 2 < text.count && versionUnits.contains(text[point + 2]))
                || (point + 3 < text.count && text[point + 2] == "的" && versionUnits.contains(text[point + 3])),
            let n = Int(String(text[point - 1])), n > 0
        {
            // (Without the word 版本, after a list whose name numbers its versions, 1.0到5.0改革:
            // 那4.0是哪一個? — one version, not 從1.0到5.0, a range of them. Or naming that list,
            // 營商環境3.0階段之主題為何?.)
            a.ordinal = n
        }
        if a.ordinal != nil { a.cueSets.insert("ordinal") }
        // Something heard, and nothing asked of it (據說越秀要引進10家500強央企子公司): whether it
        // is so is asked.
        if a.cueSets.contains("hearsay"), !a.cueSets.contains(where: Self.asksSomething) {
            a.cueSets.insert("yesno")
            // (One that holds words the article never writes is a claim a thing's description
            // does not answer, 聽說大會上宣佈每個市民發一千元消費券?; not 聽說過南沙科學城.)
            if claimsUnwrittenWords(a) { a.cueSets.insert(Self.claimHeardCue) }
        }
        // (A true/false item, 判斷對錯:…, asks yes or no of its claim.)
        if a.cueSets.contains("true_false"), !a.cueSets.contains("yesno") { a.cueSets.insert("yesno") }
        // Ending with 為何 (三大國家級開發區為何?): in the written language that asks what it is,
        // not why (the lexicon's `what_at_end`); so does asking why a thing bears its name.
        if whatAtEndKeys.contains(where: { keys.count > $0.count && keys.suffix($0.count).elementsEqual($0) }) || a.cueSets.contains("why_called") {
            for why in ["why_asked", "answer_purpose", "interrogative"] { a.cueSets.remove(why) }
            a.cueSets.insert("what_is")
        }

        // Two figures' words joined (市場主體數量及同比增幅): a joining word with a figure's word
        // before it and after it, not inside one (同 of 同比).
        if let figureWords, cueMatches.contains(where: { match in
            guard case .set("joiner", _) = match.payload, match.start > 0, match.end < text.count,
                !figureWords[match.start..<match.end].contains(true)
            else { return false }
            return figureWords[..<match.start].contains(true) && figureWords[match.end...].contains(true)
        }) {
            a.cueSets.insert("figures_joined")
        }
        // A yes/no question naming two things one fact holds together, as its subject and an
        // object or as two objects (康鷺片區係咪要搞城中村改造?).
        // (Or one thing, asked whether it is in the list the last answer gave, 那廣州南站周邊呢
        // 有沒有?: with the whole that list is of.)
        // (The list of what the last answer was about, or the list its clause gave.)
        if a.cueSets.contains("yesno"), a.specificRelations.isEmpty, context.focus != nil || context.clause != nil,
            let named = Self.onlyQuestionMention(a), named.entity.id != context.focus,
            // (Of what the last answer was about when that has a list: 生物醫藥 is in no 萬億級 list,
            // whatever list its clause also gives.)
            case let focusHasList = (knowledge.factsBySubject[context.focus ?? ""] ?? []).contains(where: { Self.listRelations.contains($0.relation) }),
            let list = (factsByObject[named.entity.id] ?? []).first(where: { fact in
                Self.listRelations.contains(fact.relation) && fact.objects.contains(named.entity.id)
                    && (fact.subject == context.focus || (!focusHasList && context.clause != nil && evidence.lastClause[TextKey(fact.quote)] == context.clause))
            }),
            let whole = knowledge.entitiesByID[list.subject]
        {
            a.mentions.append(.init(entity: whole, start: -1, end: -1, source: .pronoun))
            a.cueSets.insert("two_named")
            a.cueSets.insert(Self.inLastListCue)
            a.contextUsed.append("in the last list → \(whole.name)")
        } else if a.cueSets.contains("yesno"), a.specificRelations.isEmpty, let focus = context.focus,
            let named = Self.onlyQuestionMention(a), named.entity.id != focus, named.start >= 0,
            // (A few words besides the name, 番禺算不算?: asked of the last list, not a question of its own.)
            a.normalized.keys.count - (named.end - named.start) <= Self.longestMemberClaimRest,
            let list = (knowledge.factsBySubject[focus] ?? []).first(where: { Self.listRelations.contains($0.relation) && $0.objects.count >= 2 }),
            !list.objects.contains(named.entity.id), let whole = knowledge.entitiesByID[list.subject],
            case let kinds = Set(list.objects.compactMap { knowledge.entitiesByID[$0].map { Self.siteKind($0.type) } }),
            kinds.contains(Self.siteKind(named.entity.type)),
            // (Nor a part of one item's name, 集成電路 of 半導體和集成電路, 新能源汽車 of 智能網聯與新能源
            // 汽車: maybe that item.)
            case let typed = normalizer.toSimplified(originalText(a, named.start, named.end)),
            !list.objects.contains(where: { id in
                let item = normalizer.toSimplified(knowledge.entitiesByID[id]?.name ?? id)
                return item.containsText(typed) || item.containsText(normalizer.toSimplified(named.entity.name))
            }),
            // (Nor one another list of a whole of the same kind holds, its name sharing words with
            // this one's, 半導體 after the 萬億級 list, in the 千億級 one: the rules after say where.)
            case let wholeWords = Self.bigrams(normalizer.normalize(whole.name).characters),
            !(factsByObject[named.entity.id] ?? []).contains(where: { other in
                Self.listRelations.contains(other.relation) && other.subject != list.subject
                    && knowledge.entitiesByID[other.subject].map { otherWhole in
                        otherWhole.type == whole.type && Self.shared(wholeWords, Self.bigrams(normalizer.normalize(otherWhole.name).characters)) > 0
                    } == true
            })
        {
            // Not one of the last list's items (番禺算不算? after the three national zones): not in it.
            a.mentions.append(.init(entity: whole, start: -1, end: -1, source: .pronoun))
            a.cueSets.insert("two_named")
            a.cueSets.insert(Self.notInLastListCue)
            a.contextUsed.append("not in the last list → \(whole.name)")
        }
        if a.cueSets.contains("yesno"), !a.cueSets.contains(Self.inLastListCue) {
            let named = Set(a.mentions.filter(\.fromQuestion).map(\.entity.id))
            if named.count >= 2, named.contains(where: { id in
                (factsByObject[id] ?? []).contains { fact in
                    fact.relation != "said" && fact.relation != "figure" && Self.holdsTogether(fact, named, knowledge.entitiesByID)
                }
            }) || nameHoldsClaim(a) != nil {
                a.cueSets.insert("two_named")
            }
        }

        // A passage pointed at and asked whose words it is (……南部極點。這句話是哪個區的書記說的?):
        // who said it is asked, whatever else its words name.
        // (Not 說的是, what it is about: 這句話說的是哪個區?)
        if a.cueSets.contains("this_passage"), a.cueSets.contains("said"), Self.firstRun(keys[...], Self.saysThatItIsKeys[...]) == nil {
            a.cueSets.insert("this_passage_said")
        }

        // Nothing but a figure's keywords, names and numbers (市場主體 增速, 市場主體 2022).
        // (Not which of that many, 13個千億級產業鏈群是哪13個?: the list.)
        if let figureWords, !a.cueSets.contains("which_numbered"),
            text.indices.allSatisfy({ i in
                figureWords[i] || covered[i] || a.functionWord[i] || Self.isDigitKey(keys[i]) || text[i] == "年" || text[i] == " "
            })
        {
            a.cueSets.insert("keywords_only")
        }

        // A number that names one figure while the words name another (10個萬億級…?): the
        // words decide, and the number only checks. (So does a value written with its unit: in
        // 13個萬億級產業鏈群 the words name 萬億級's figure, and 13個 is 千億級's number only.)
        let named = !a.figureScore.isEmpty
        // (The scores passed, not read from `a`: a local function that captures `a` puts it in
        // a box, and every call that passes `a` on then copies all of it.)
        func namedByWords(_ index: Int, in scores: [Int: Int]) -> Int { (scores[index] ?? 0) - (valueWords[index] ?? 0) }
        let scoresByWords = a.figureScore
        // (Less well: only in a claim checked, and only where the figure the words name best could
        // have had that number, counted in the same unit by the same speaker: 3.88% is no wrong
        // number of 315.55萬戶, nor 王宏偉's 127個 a wrong one of 郭昊羽's 超200個. And 127個 項目,
        // no claim, asks what the number is: the number names it.)
        let bestNamed = a.cueSets.contains("yesno") ? scoresByWords.keys.map { namedByWords($0, in: scoresByWords) }.max() ?? 0 : 0
        func outnamed(_ index: Int) -> Bool {
            bestNamed > 0 && namedByWords(index, in: scoresByWords) < bestNamed && scoresByWords.keys.contains { other in
                namedByWords(other, in: scoresByWords) == bestNamed && figures[other].unit == figures[index].unit && figures[other].speaker == figures[index].speaker
            }
        }
        let demoted = Set(scoresByWords.keys.filter(outnamed))
        for (index, length) in valueWords where demoted.contains(index) {
            a.figureScore[index]! -= length
            if a.figureScore[index] == 0 { a.figureScore[index] = nil }
        }
        for index in a.figureValues {
            let weak = demoted.contains(index) || named && a.figureScore[index] == nil
            a.figureScore[index, default: 0] += weak ? 1 : Self.valueNamingScore
        }
        // A count asked beside a number the asker already gives of another figure (她寫會上有11區
        // 區委書記發言,另外還有幾位市有關部門主要負責人發言?; 幾個萬億級產業鏈群?同學寫13個): the
        // figure of the number is what they know, not what they ask, when the words name another.
        // (Only a number written in another clause than the count: 這127個項目各區分別是幾個? asks
        // of the 127.)
        if !a.cueSets.contains("yesno"), a.cueSets.contains("howmany"), !a.figureValues.isEmpty,
            case let scores = a.figureScore, case let values = a.figureValues,
            scores.keys.contains(where: { !values.contains($0) && namedByWords($0, in: scores) > 0 }),
            let counting = countingClause(a.original)
        {
            for index in a.figureValues where !(figures[index].value.map { counting.contains($0) } ?? true) { a.figureScore[index] = nil }
        }

        // The numbers the question writes: not a digit of a name (盧一先 reads 盧1先), nor a lone
        // 1 the question wrote 一 (核實一下, 一些): those are no number asked about.
        var digits: [Character]? = nil
        var original: [Character]? = nil
        var writesOne: Bool? = nil
        var anyDigit = false
        for i in keys.indices where Self.isDigitKey(keys[i]) {
            anyDigit = true
            let lone = (i == 0 || !Self.isDigitKey(keys[i - 1])) && (i + 1 == keys.count || !Self.isDigitKey(keys[i + 1]))
            // (Nor the N of 第N個: a place in a list.)
            var blank = a.mentions.contains(where: { $0.fromQuestion && $0.start <= i && i < $0.end })
                || (i > 0 && text[i - 1] == "第") || (i > 1 && text[i - 2] == "第" && Self.isDigitKey(keys[i - 1]))
            if !blank, lone, keys[i] == 0x31 {
                // Without a 1 written as a digit, a lone 1 was written 一 (the common case, told
                // from the scalars alone); with both, by the character it came from.
                if writesOne == nil { writesOne = a.original.unicodeScalars.contains { $0 == "1" || $0 == "１" } }
                if writesOne! {
                    if original == nil { original = Array(a.original) }
                    let from = i < normalized.origins.count ? normalized.origins[i] : -1
                    blank = from >= 0 && from < original!.count && original![from] == "一"
                } else {
                    blank = true
                }
            }
            if blank {
                if digits == nil { digits = text }
                digits![i] = " "
            }
        }
        // A number the asker only guesses at (做生意十幾年了, 二十幾家, 住咗幾十年): no figure is claimed.
        if anyDigit {
            var i = 0
            while i < text.count {
                guard text[i].isASCIIDigit else { i += 1; continue }
                var end = i
                while end < text.count, text[end].isASCIIDigit { end += 1 }
                if (end < text.count && text[end] == "几" && normalized.joinedInOriginal(at: end))
                    || (i > 0 && text[i - 1] == "几" && normalized.joinedInOriginal(at: i))
                {
                    if digits == nil { digits = text }
                    for k in i..<end { digits![k] = " " }
                }
                i = end
            }
        }
        // A number that is part of the name of a thing named beside it, where the question named
        // it by a shorter alias (營商環境從1.0到5.0改革: 營商環境 is the mention, 1.0 and 5.0 are
        // of its name 營商環境1.0到5.0改革): no figure asked about.
        if anyDigit {
            let source = digits ?? text
            var i = 0
            var lastOfName: Int? = nil
            while i < source.count {
                guard source[i].isASCIIDigit else { i += 1; continue }
                var end = i
                while end < source.count, source[end].isASCIIDigit || (source[end] == "." && end + 1 < source.count && source[end + 1].isASCIIDigit) { end += 1 }
                // (Each number of 1.0到5.0 beside the mention or beside the one before.)
                if partOfNearbyName(i..<end, text, a.mentions, after: lastOfName) {
                    if digits == nil { digits = text }
                    for k in i..<end { digits![k] = " " }
                    lastOfName = end
                }
                i = end
            }
        }
        if anyDigit { a.numbers = Self.numbers(in: digits ?? text) }
        if !a.numbers.isEmpty { a.cueSets.insert("number_written") }
        // 文章有沒有說…要搞什麼? asks what it says, not whether it says: a yes/no word right before a
        // word of saying, and a word that asks what after that.
        // (有沒有 is an interrogative word too: not when that is all it asks.)
        // 能給我原文嗎? asks for the words, not whether it can: a polite request's 嗎.
        // (Not a summary asked so, 能幫我總結一下…嗎: that reading has its own step.)
        if a.cueSets.contains("yesno"), !a.cueSets.contains("summary"), holdsRequest(a.normalized.keys), asksPolitely(a.original, cueMatches) {
            a.cueSets.remove("yesno")
        }
        if a.cueSets.contains("yesno"), saysWhatIsAsked(cueMatches, text) {
            a.cueSets.remove("yesno")
            let yesnoSpans = cueMatches.compactMap { m -> Range<Int>? in
                if case .set("yesno", _) = m.payload { return m.start..<m.end } else { return nil }
            }
            if !cueMatches.contains(where: { m in
                if case .set("interrogative", _) = m.payload { return !yesnoSpans.contains(m.start..<m.end) } else { return false }
            }) {
                a.cueSets.remove("interrogative")
            }
        }
        // A claim with a number and a question mark, and no word that asks (海珠計劃推進127個城中村
        // 改造項目?): asks whether it is so.
        // (Not a year, 2022年市場主體增速?, nor keywords or a follow-up: 市場主體 2022?, 2023年呢?)
        if !a.numbers.isEmpty, !a.cueSets.contains("yesno"),
            let last = a.original.unicodeScalars.last(where: { !$0.isWhiteSpace }), last == "?" || last == "\u{FF1F}",
            !a.cueSets.contains(where: { Self.asksSomething($0) || $0 == "ellipsis" || $0 == "ordinal" || $0 == "keywords_only" }),
            Self.numbersBesideYears(in: text) > 0,
            // (哪 before a number asks which: 是哪三個? reads 是哪3个, which no cue word spells.)
            !keys.contains(Self.whichKey)
        {
            a.cueSets.insert("yesno")
        }

        // A person the article does not name, asked about (林克慶在大會上說了什麼?): outside it.
        // (Or written with a post right after the name, 林克慶書記作了哪些部署?, whatever is asked.)
        if !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "person" }),
            a.cueSets.contains("said") || a.cueSets.contains("spoke") || a.cueSets.contains("summary") || a.cueSets.contains("who")
                || a.relationCueScore["holds_post"] != nil || postAfterOpeningName(a),
            let name = unknownName(a)
        {
            a.cueSets.insert("outside")
            a.outsideNames.append(name)
        }

        // A year the article does not speak of puts the question outside it; one it speaks of
        // (written, or named from the document's own: 去年) is the year the answer must be of.
        var namedYears = Self.years(inKeys: keys)
        // (And a year written without 年 right before an event's name: the 2024 高質量發展大會.)
        for m in a.mentions where m.fromQuestion && m.start >= 4 && knowledge.entitiesByID[m.entity.id]?.type == "event" {
            var end = m.start
            if keys[end - 1] == 0x20 { end -= 1 }
            // (19xx or 20xx: not 1500 of 1500 高質量發展大會代表.)
            guard end >= 4, (end - 4..<end).allSatisfy({ Self.isDigitKey(keys[$0]) }), end == 4 || !Self.isDigitKey(keys[end - 5]),
                (keys[end - 4] == 0x32 && keys[end - 3] == 0x30) || (keys[end - 4] == 0x31 && keys[end - 3] == 0x39)
            else { continue }
            namedYears.insert(String(decoding: keys[(end - 4)..<end].map { UInt8($0) }, as: UTF8.self))
        }
        for (year, offset) in yearsNamed(relativelyIn: keys) where offset != 0 { namedYears.insert(year) }
        // (In a claim of a figure by its own number, 截至2021年底…315.55萬戶,對嗎?, a wrong year
        // the figure's check answers: not so, of 2022.)
        let claimsFigure = a.cueSets.contains("yesno") && !a.figureValues.isEmpty
        for year in namedYears.subtracting(documentYears).sorted() {
            if !claimsFigure { a.cueSets.insert("outside") }
            a.outsideYears.append(year + "年")
        }
        a.askedYears = namedYears.intersection(documentYears).sorted()

        // Context: pronouns name the previous turn's person or place.
        // After a turn about a role (局長說了啥? asked back which), a body named by the first two
        // characters of its name (商務的那個) is the one body of that role's holders that starts so.
        // (Only a short question that points back, 商務的那個 / 那商務的呢: not 工業發展有什麼目標?)
        if let roleID = context.role, !a.mentions.contains(where: \.fromQuestion), a.normalized.characters.count <= 8,
            a.cueSets.contains("ellipsis") || a.cueSets.contains("pronoun_person") || a.cueSets.contains("one_of")
        {
            let text = a.normalized.characters
            var found: [(Entity, Range<Int>)] = []
            for org in Set(postsMatching(role: roleID, scope: nil).compactMap(\.org)).sorted() {
                guard let entity = knowledge.entitiesByID[org] else { continue }
                let starts = Set(([entity.name] + entity.aliases).map { normalizer.normalize($0).characters }.filter { $0.count >= 3 }.map { Array($0.prefix(2)) })
                if let at = starts.lazy.compactMap({ text.firstRun(of: $0) }).first { found.append((entity, at)) }
            }
            if found.count == 1 {
                a.mentions.append(.init(entity: found[0].0, start: found[0].1.lowerBound, end: found[0].1.upperBound, source: .question(.exact)))
                a.mentions.sort { $0.start < $1.start }
            }
        }
        // An event named by a word of two characters right after a word asking which, beside a
        // relation's word (配合辦好哪些大會?): which events are asked, not this one. (Not 這篇文章
        // 報道的是什麼會議?, which asks which this one is.)
        // (The text read before `a.mentions` is changed: no access to `a` inside the closure.)
        let asked = a.normalized.characters
        let relationAsked = !a.specificRelations.isEmpty
        a.mentions.removeAll { m in
            relationAsked && m.fromQuestion && m.end - m.start <= 2 && m.entity.type == "event"
                && Self.whichBeforeEvent.contains { asked[..<m.start].suffix($0.count).elementsEqual($0) }
        }
        // A boss who asks through the asker (老細問…, 我老闆想知道…): no post asked about, when the
        // word of asking follows at once and only the asker's own words stand before it.
        let askedKeys = a.normalized.keys
        a.mentions.removeAll { m in
            guard m.fromQuestion, m.entity.type == "role", m.start >= 0, m.end < askedKeys.count,
                // (And a question of its own after it: not 市長問了什麼?.)
                relayWordKeys.contains(where: { Self.keys(askedKeys, hold: $0, at: m.end) && askedKeys.count - m.end - $0.count >= Self.shortestRelayedQuestion })
            else { return false }
            var i = m.start
            while i > 0, Self.askersOwnKeys.contains(askedKeys[i - 1]), a.normalized.joinedInOriginal(at: i) { i -= 1 }
            return i == 0 || !a.normalized.joinedInOriginal(at: i)
        }
        // Where the asker is, told in a sentence before the question (我在海珠瀝滘村有兩棟出租屋。…
        // 廣州今年計劃推進多少個城中村改造項目?), when the question's own sentence names the city:
        // their story, the city what is asked. (Not when it points back at their place, 我在南沙。
        // 廣州對這邊有什麼規劃?)
        // (Or the city's one post, 市長在會上有沒有說審批這塊怎麼配合企業?, which is the city's.)
        let solePosts = knowledge.lexicon.cues["sole_posts"] ?? []
        func namesCity(_ m: QuestionAnalysis.Mention) -> Bool {
            m.fromQuestion && (m.entity.type == "city" || (m.entity.type == "role" && solePosts.contains(m.entity.name)))
        }
        if a.mentions.contains(where: namesCity),
            let storyEnd = Self.endOfStoryBeforeQuestion(in: a.original), case let origins = a.normalized.origins,
            a.mentions.contains(where: { m in
                namesCity(m) && m.start >= 0 && m.start < origins.count && origins[m.start] > storyEnd
            }),
            !pointsAtAskersPlace(a.original, cueMatches),
            // (Nor when a post many hold is asked, 我住海珠。廣州這次大會上,區委書記講了什麼?: of their
            // place. The city's one post, 市長, is the city's.)
            !a.mentions.contains(where: { m in
                m.fromQuestion && m.entity.type == "role" && !solePosts.contains(m.entity.name)
            })
        {
            let told = askersPlace(a, before: storyEnd)
            if !told.isEmpty {
                a.mentions.removeAll { m in told.contains { $0.start == m.start && $0.entity.id == m.entity.id } }
                a.contextUsed.append("set aside, as where the asker is: \(told.map(\.entity.name).joined(separator: "、"))")
            }
        }
        // Or the question points back at that place (我住海珠區瀝滘村,…。報道裡有沒有提到我們村?): the
        // place it points at is asked, and the address it was told in is their story.
        // (Told in the question's own sentence too, 我家在海珠沥滘村…,有没有提到我们村?: named again after.)
        // (Only when a place is named twice: this runs on every question.)
        if Self.namesAPlaceTwice(a.mentions),
            case let told = askersPlace(a, before: Self.endOfStoryBeforeQuestion(in: a.original) ?? Int.max),
            let place = told.last(where: { Self.placeTypes.contains($0.entity.type) }),
            a.mentions.contains(where: { m in m.fromQuestion && m.entity.id == place.entity.id && m.start >= place.end })
        {
            a.mentions.removeAll { m in told.contains { $0.start == m.start && $0.entity.id == m.entity.id } }
            a.contextUsed.append("set aside, as where the asker is, pointed back at: \(told.map(\.entity.name).joined(separator: "、"))")
        }
        // A place written as the address of what it holds (海珠區瀝滘村), asked to describe (是什麼
        // 情況?): that thing is described, the place only says where it is. (Not when a post is
        // asked, 海珠區瀝滘村歸哪個區委書記管?, nor anything else: the place's own words about it
        // answer 有沒有說法.)
        if a.cueSets.contains("describe"), a.mentions.count >= 2, !a.mentions.contains(where: { $0.fromQuestion && $0.entity.type == "role" }) {
            let named = a.mentions.filter(\.fromQuestion)
            let addresses = named.filter { outer in
                named.contains { inner in
                    inner.start == outer.end && (thingsIn[outer.entity.id]?.contains(inner.entity.id) ?? false)
                }
            }
            if !addresses.isEmpty {
                a.mentions.removeAll { mention in addresses.contains { $0.start == mention.start && $0.entity.id == mention.entity.id } }
                a.contextUsed.append("set aside, as where what is asked about is: \(addresses.map(\.entity.name).joined(separator: "、"))")
            }
        }
        // 除了市有關部門負責人和區委書記,還有誰發言了?: what the question sets aside is not what it
        // asks about.
        if let (start, end) = exceptedSpan(normalized) {
            a.exceptedWords = start..<end
            let before = a.mentions.count
            a.excepted = a.mentions.filter { $0.fromQuestion && $0.start >= start && $0.end <= end }.map(\.entity.id)
            a.mentions.removeAll { $0.fromQuestion && $0.start >= start && $0.end <= end }
            if a.mentions.count < before { a.contextUsed.append("set aside, as what the question excepts: \(originalText(a, start, end))") }
        }
        let questionMentions = a.mentions
        // 他們之中誰是市委常委? after an answer that named several: who among them, not 他.
        let whoAmongGroup = a.cueSets.contains("pronoun_group") && (a.cueSets.contains("who") || a.cueSets.contains("which")) && context.group.count >= 2
            && questionMentions.contains { $0.entity.type == "role" }
        // 另一位 after a turn about one of the two people the turn before named: the other one.
        if a.cueSets.contains("the_other_person"), !questionMentions.contains(where: { $0.entity.type == "person" }), context.group.count == 2,
            let last = context.person, context.group.contains(last), let otherID = context.group.first(where: { $0 != last }),
            let other = knowledge.entitiesByID[otherID]
        {
            a.mentions.append(.init(entity: other, start: -1, end: -1, source: .pronoun))
            a.contextUsed.append("另一位 → \(other.name)")
        } else if a.cueSets.contains("pronoun_person"), !whoAmongGroup, !questionMentions.contains(where: { $0.entity.type == "person" }) {
            // 住建那位, 海珠那個人: the one person with a post in the body or district named,
            // rather than the last turn's.
            let bodies = questionMentions.filter { $0.entity.type == "organization" || $0.entity.type == "district" }
            // (With a role named too, a post of that role: 廣州市委書記 is not its 常委.)
            let roles = questionMentions.filter { $0.entity.type == "role" }.map(\.entity.id)
            let holders = Set(bodies.flatMap { m in
                (postIndicesByOrg[m.entity.id] ?? []).filter { i in roles.allSatisfy { roleMatches(posts[i].role, $0) } }.map { posts[$0].subject }
            })
            // (他 after a person is that person: 他對住建局有什麼要求?)
            if bodies.count == 1, holders.count == 1, a.cueSets.contains("one_of") || context.person == nil,
                let person = knowledge.entitiesByID[holders.first!]
            {
                a.mentions.append(.init(entity: person, start: -1, end: -1, source: .pronoun))
                a.contextUsed.append("那位 → \(person.name)")
            } else if bodies.isEmpty, let role = questionMentions.first(where: { $0.entity.type == "role" }),
                case let held = Set(posts.indices.filter { roleMatches(posts[$0].role, role.entity.id) }.map { posts[$0].subject }), held.count == 1,
                pronounRightAfter(role.end, a.normalized.keys),
                let person = knowledge.entitiesByID[held.first!]
            {
                // 那位市長,他姓什麼? — 他 after a post one person holds: that person, not the last turn's.
                a.mentions.append(.init(entity: person, start: -1, end: -1, source: .pronoun))
                a.contextUsed.append("他/她 → \(person.name), the \(role.entity.name)")
            } else if a.cueSets.contains("pronoun_group"), bodies.count == 1, bodies[0].entity.type == "organization" {
                // 他們 beside a body named (發改委那邊呢?他們講了什麼): the body's people, not 他.
            } else if a.cueSets.contains("pronoun_group"), context.group.isEmpty, questionMentions.isEmpty,
                let id = context.focus, let body = knowledge.entitiesByID[id], body.type == "organization"
            {
                // 他們 after a turn about a body (發改委那邊呢?他們講了什麼): the body.
                a.mentions.append(.init(entity: body, start: -1, end: -1, source: .pronoun))
                a.contextUsed.append("他們 → \(body.name)")
            } else if a.cueSets.contains("pronoun_group"), context.group.isEmpty, !questionMentions.isEmpty,
                questionMentions.allSatisfy({ $0.entity.type == "role" && isDistrictPost($0.entity.id) }),
                let id = context.place, let place = knowledge.entitiesByID[id],
                // (Or the district of a village the turn was about, 瀝滘村.)
                let district = place.type == "district" ? place
                    : (knowledge.factsBySubject[id] ?? []).lazy.filter({ $0.relation == "located_in" }).flatMap(\.objects)
                        .compactMap({ self.knowledge.entitiesByID[$0] }).first(where: { $0.type == "district" })
            {
                // 他們區委書記 after a turn about a district's villages: that district's.
                a.mentions.append(.init(entity: district, start: -1, end: -1, source: .pronoun))
                a.contextUsed.append("他們 → \(district.name)")
            } else if let id = context.person, questionMentions.allSatisfy({ $0.entity.type != "person" }),
                a.exceptedWords.map({ a.normalized.keys[$0].contains(where: Self.personPronounKeys.contains) }) == true
                    || a.normalized.keys.indices.dropLast().contains(where: { a.normalized.keys[$0] == Self.exceptKey && Self.personPronounKeys.contains(a.normalized.keys[$0 + 1]) })
            {
                // 除他之外,還有哪位提到? — 他 is the one set aside, not the one asked about.
                a.excepted.append(id)
                a.contextUsed.append("set aside, as what the question excepts: 他/她 → \(name(id))")
            } else if questionMentions.isEmpty, context.group.count >= 2, context.person == nil || context.group.first == context.person,
                !a.cueSets.contains("pronoun_group"), context.rule.map({ $0.hasPrefix("speakers.") }) == true,
                case let people = context.group.compactMap({ knowledge.entitiesByID[$0] }), people.count == context.group.count,
                people.allSatisfy({ $0.type == "person" })
            {
                // 他 after an answer that named several speakers, none of them first of its own
                // accord (城市更新那部分是誰介紹的? — three): which one is asked back.
                a.ambiguous.append(people)
                a.contextUsed.append("他/她 → one of \(people.map(\.name).joined(separator: "、"))")
            } else if !(bodies.count == 1 && holders.isEmpty && calledAfter(bodies[0], a) && pronounCount(a) == 1),
                // (Nor 他 after a post of a body that nobody the article names holds, 那市委書記呢他講了啥?
                // after the mayor: the post's holder, whom the article does not name.)
                // (Not 他不是發改委主任嗎?, a post claimed of the last turn's person: 他 comes first.)
                !(bodies.count == 1 && holders.isEmpty && questionMentions.contains { m in
                    m.entity.type == "role" && firstPersonPronoun(in: a.normalized.keys).map { m.end <= $0 } == true
                }),
                let id = context.person, let person = knowledge.entitiesByID[id]
            {
                // (Not 發改委那位, the one of a body the article names nobody of: asked of it.)
                // (他點名了哪些? after a turn about a list the person gave, 千億級產業鏈群: its items,
                // which the person only says who named.)
                // (Asked as its last words, nothing after 哪些 and no 還: 他還提到了哪些?, 他說了哪些
                // 要求? ask what else he said.)
                if questionMentions.isEmpty, a.cueSets.contains("which"), a.cueSets.contains("said") || a.cueSets.contains("mentioned"),
                    !a.cueSets.contains("who"), Self.endsAskingWhich(a.normalized.keys), !a.normalized.keys.contains(Self.stillKey),
                    let focusID = context.focus, focusID != id, let focus = knowledge.entitiesByID[focusID],
                    focus.type != "person",
                    (knowledge.factsBySubject[focusID] ?? []).contains(where: { fact in
                        Self.listRelations.contains(fact.relation) && fact.objects.count >= 2 && (fact.speaker == nil || fact.speaker == id)
                    })
                {
                    a.mentions.append(.init(entity: focus, start: -1, end: -1, source: .pronoun))
                    a.contextUsed.append("他/她 → \(person.name), who named the items of \(focus.name)")
                } else {
                    a.mentions.append(.init(entity: person, start: -1, end: -1, source: .pronoun))
                    a.contextUsed.append("他/她 → \(person.name)")
                }
                // 這位書記 after a turn about a district's secretary: the post only says who 這位 is.
                // (Not where who holds it is asked: 那位市長,他姓什麼叫什麼?)
                let keys = a.normalized.keys
                if !a.cueSets.contains("who"), !a.cueSets.contains("name_asked") { a.mentions.removeAll { m in
                    m.fromQuestion && m.entity.type == "role" && postsOf(id).contains { roleMatches($0.role, m.entity.id) }
                        && pronounPersonKeys.contains { run in m.start >= run.count && keys[(m.start - run.count)..<m.start].elementsEqual(run) }
                } }
            } else if context.person == nil, bodies.isEmpty, let role = questionMentions.first(where: { $0.entity.type == "role" }),
                // (One place in play: not after two, 越秀和海珠分別在做什麼?, whose secretaries are two.)
                context.place == nil || context.focus == nil || context.place == context.focus, context.group.isEmpty,
                let id = context.place ?? context.focus, let place = knowledge.entitiesByID[id], ["district", "organization"].contains(place.type),
                case let held = Set((postIndicesByOrg[id] ?? []).filter { roleMatches(posts[$0].role, role.entity.id) }.map { posts[$0].subject }),
                held.count == 1, let person = knowledge.entitiesByID[held.first!]
            {
                // 這位書記 after a turn about a district and no person (南沙的定位? → 這位書記提到哪些
                // 產業?): the one who holds the post there.
                a.mentions.append(.init(entity: person, start: -1, end: -1, source: .pronoun))
                a.contextUsed.append("這位 → \(person.name), the \(role.entity.name) of \(place.name)")
                // (The post only says who 這位 is: 這位書記還提到了什麼? asks of him, not of the post.)
                let keys = a.normalized.keys
                if !a.cueSets.contains("who"), !a.cueSets.contains("name_asked") { a.mentions.removeAll { m in
                    m.fromQuestion && m.entity.id == role.entity.id
                        && pronounPersonKeys.contains { run in m.start >= run.count && keys[(m.start - run.count)..<m.start].elementsEqual(run) }
                } }
            } else if context.person == nil, questionMentions.isEmpty, context.group.isEmpty, !a.cueSets.contains("pronoun_group"),
                a.normalized.keys.contains(Self.stillKey), let id = context.focus, let person = soleSpeaker(of: id)
            {
                // 他還… after turns about a body or a thing, and no person (商務局對企業有什麼承諾? →
                // 他還說了什麼): the one who spoke for it, asked what else. (Not 他說要實現甚麼「三脈」?
                // after 東部發展軸: what the thing is to do, which he said.)
                a.mentions.append(.init(entity: person, start: -1, end: -1, source: .pronoun))
                a.contextUsed.append("他/她 → \(person.name), who spoke of \(name(id))")
            }
        }
        // (這個區 beside a place that is no district, 這個區在科技創新走廊裡是什麼定位?: still the district;
        // not beside one in a district, 這個區的瀝滘村, which says which district it is.)
        let districtPronoun = a.cueSets.contains("pronoun_district")
        // (那裡 opening the question, its subject, before a place it names: still the last turn's
        // place, 那裡要建設成廣州科技創新走廊的哪個極點?.)
        // (Not 那裡的瀝滘村, a place of its own named as in it.)
        let placePronounOpens = a.cueSets.contains("pronoun_place") && ordinalPlaceWords.contains { word in
            a.normalized.characters.count > word.count && a.normalized.characters[..<word.count].elementsEqual(word)
                && !Self.afterPlacePointerInside.contains(a.normalized.characters[word.count])
        }
        if a.cueSets.contains("pronoun_place"),
            !questionMentions.contains(where: { m in
                districtPronoun
                    ? m.entity.type == "district" || (knowledge.factsBySubject[m.entity.id] ?? []).contains { $0.relation == "located_in" }
                    : Self.placeTypes.contains(m.entity.type)
                        && !(placePronounOpens && m.start > 0 && !(knowledge.factsBySubject[m.entity.id] ?? []).contains { $0.relation == "located_in" })
                        // (Unless asked whether a thing that is in some district is there, 那裡有沒有
                        // 大學的項目?: 那裡 is still the last turn's place.)
                        && !(a.cueSets.contains("yesno") && !["district", "city"].contains(m.entity.type)
                            && (knowledge.factsBySubject[m.entity.id] ?? []).contains { $0.relation == "located_in" })
            }),
            let id = context.place ?? context.focus, var place = knowledge.entitiesByID[id],
            // (Nor after a body named, 發改委那邊: its side, not another place.)
            !questionMentions.contains(where: { $0.entity.type == "organization" }),
            // (After a person, 這個區 is the district of their post: 盧一先 → 南沙; no person is a place.)
            place.type != "person" || {
                guard let district = postsOf(place.id).compactMap({ $0.org }).compactMap({ knowledge.entitiesByID[$0] }).first(where: { $0.type == "district" })
                else { return false }
                place = district
                return true
            }()
        {
            // 這個區 after a village or platform: the district it is in; so is 那裡 asked of a post
            // of districts (瀝滘村 → 那裡的區委書記是誰?; not 那裡的市長是誰?).
            if a.cueSets.contains("pronoun_district") || questionMentions.contains(where: { $0.entity.type == "role" && isDistrictPost($0.entity.id) }),
                place.type != "district", let district = district(of: place.id)
            {
                place = district
            }
            a.mentions.append(.init(entity: place, start: -1, end: -1, source: .pronoun))
            a.contextUsed.append("那裡/這個區 → \(place.name)")
        } else if let whole = questionMentions.first, questionMentions.count == 1, whole.start >= 1, whole.start <= Self.longestLeadBeforeAt + 1,
            keys[whole.start - 1] == Self.atKey,
            // (Nothing before 在, or a time that ends there, 建好以後: not a subject of its own, 總部在越秀裡.)
            whole.start == 1 || subordinateTimeKeys.contains(where: { time in
                whole.start - 1 >= time.count && keys[(whole.start - 1 - time.count)..<(whole.start - 1)].elementsEqual(time)
            }),
            Self.placeTypes.contains(whole.entity.type), Self.closesWhole(a.normalized.characters, from: whole.end, reach: Self.wordsAfterTheWhole),
            let id = context.place ?? context.focus, id != whole.entity.id, let place = knowledge.entitiesByID[id], place.type != "person"
        {
            // The subject left out before 在…裡 (在科創走廊裡 定位?): the last turn's place or
            // thing, as if called 這個區.
            a.mentions.append(.init(entity: place, start: -1, end: -1, source: .pronoun))
            a.contextUsed.append("在…裡 → \(place.name)")
        }
        // 該局, 這個部門 after a turn about a body or one of its people (商務局局長是哪位? → 該局在服務
        // 企業方面有何承諾?): that body. (Not beside a body named: 這個局 of 住建局這個局.)
        if a.cueSets.contains("pronoun_body"), !questionMentions.contains(where: { $0.entity.type == "organization" }),
            let span = cueMatches.first(where: { if case .set("pronoun_body", _) = $0.payload { return true } else { return false } }),
            // (Nor a post's first word, 那個局長: that post's holder; nor 這個局面.)
            !questionMentions.contains(where: { $0.fromQuestion && $0.start < span.end && $0.end > span.start }),
            span.end == a.normalized.characters.count || !Self.bodyWordContinuations.contains(a.normalized.characters[span.end]),
            let body = bodyOfContext(context, kind: a.normalized.characters[span.end - 1])
        {
            a.mentions.append(.init(entity: body, start: -1, end: -1, source: .pronoun))
            a.contextUsed.append("該局/這個部門 → \(body.name)")
        }
        // The reply to an asking back (郭永航 or 郭昊羽? — 區委書記那位): the one candidate that
        // holds the role, or a post in the body or district, the reply names.
        // (After a rule asked back which holder of a role, its own repeat picks, 商務局的那個: that
        // asking back leaves no candidates.)
        if !context.candidates.isEmpty, !questionMentions.contains(where: { $0.entity.type == "person" }) {
            var named = questionMentions.filter { ["role", "organization", "district"].contains($0.entity.type) }.map(\.entity)
            var picked = named.isEmpty ? [] : context.candidates.filter { id in
                named.allSatisfy { entity in
                    postsOf(id).contains { entity.type == "role" ? roleMatches($0.role, entity.id) : $0.org == entity.id }
                }
            }
            // (Or by something one of them spoke of, 提數字政府2.0信用走廊的那位: the one whose words
            // name it.)
            if named.isEmpty, let thing = questionMentions.first(where: { m in
                m.fromQuestion && !Self.speakingTypes.contains(m.entity.type)
            })?.entity {
                let spoke = context.candidates.filter { id in
                    (factsBySpeaker[id] ?? []).contains { $0.objects.contains(thing.id) || $0.about.contains(thing.id) }
                        || (statementsBySubject[id] ?? []).contains { $0.about.contains(thing.id) }
                }
                if spoke.count == 1 {
                    named = [thing]
                    picked = spoke
                }
            }
            // (Or by the level of their post, 區裡那個 or 市裡的: the one whose post is of a district,
            // or the one whose is not.)
            // (Only a reply that picks, asking nothing of its own: 市裡今年計劃推進多少個項目? asks.)
            if named.isEmpty, picked.isEmpty, context.askedBack, !a.cueSets.contains(where: Self.asksSomething),
                a.cueSets.contains("level_district") != a.cueSets.contains("level_city")
            {
                let district = a.cueSets.contains("level_district")
                let cue = district ? "level_district" : "level_city"
                let level = context.candidates.filter { id in
                    postsOf(id).contains { post in (post.org.flatMap { knowledge.entitiesByID[$0]?.type } == "district") == district }
                        && (district || !postsOf(id).contains { post in post.org.flatMap { knowledge.entitiesByID[$0]?.type } == "district" })
                }
                if level.count == 1, let person = knowledge.entitiesByID[level[0]],
                    let span = cueMatches.first(where: { if case .set(cue, _) = $0.payload { return true } else { return false } })
                {
                    a.mentions.removeAll { $0.source == .pronoun && $0.entity.type == "person" }
                    a.mentions.append(.init(entity: person, start: span.start, end: span.end, source: .question(.exact)))
                    a.mentions.sort { $0.start < $1.start }
                    a.contextUsed.append("the candidate picked by the level of their post → \(person.name)")
                }
            }
            // It stands for the words that picked it: the question is then about that one.
            if picked.count == 1, let person = knowledge.entitiesByID[picked[0]], let first = questionMentions.first(where: { m in
                named.contains { $0.id == m.entity.id }
            }) {
                // (那位 stands for the one picked, not for the last turn's person.)
                a.mentions.removeAll { m in
                    (m.fromQuestion && named.contains { $0.id == m.entity.id }) || (m.source == .pronoun && m.entity.type == "person")
                }
                a.mentions.append(.init(entity: person, start: first.start, end: first.end, source: .question(.exact)))
                a.mentions.sort { $0.start < $1.start }
                a.contextUsed.append("\(originalText(a, first.start, first.end)) → \(person.name)")
            }
        }
        // The reply to an asking back that only picks one: by its place among the candidates
        // (第一個, 最後那個), that one; by any means (盧一先, 南沙的, 第一個), the question asked
        // back asked again of it, where a rule asked back (書記說了什麼? — 盧一先).
        if context.askedBack, !context.candidates.isEmpty, !a.cueSets.contains(where: Self.asksSomething) {
            if let n = a.ordinal, !a.mentions.contains(where: \.fromQuestion),
                case let index = n == -1 ? context.candidates.count - 1 : n - 1, context.candidates.indices.contains(index),
                let picked = knowledge.entitiesByID[context.candidates[index]]
            {
                a.mentions.removeAll { $0.source == .pronoun && $0.entity.type == picked.type }
                a.mentions.append(.init(entity: picked, start: 0, end: text.count, source: .question(.exact)))
                a.ordinal = nil
                a.cueSets.remove("ordinal")
                a.contextUsed.append("the candidate picked by its place → \(picked.name)")
            }
            if context.rule != nil, a.mentions.contains(where: { $0.fromQuestion && context.candidates.contains($0.entity.id) }) {
                a.cueSets.insert("ellipsis")
            }
        }
        // A name and 的 alone after a question (工信局的, 我想問工信局的 after 商務局局長叫什麼):
        // the question asked again of it, as 工信局的呢 asks. (With 我 or 那 before it at most.)
        if context.rule != nil, !a.cueSets.contains("ellipsis"), !a.cueSets.contains(where: Self.asksSomething),
            case let asked = a.mentions.filter(\.fromQuestion), asked.count == 1,
            case let keys = a.normalized.keys, keys.last == Self.possessiveKey, asked[0].end == keys.count - 1,
            keys[..<asked[0].start].allSatisfy(Self.leadBeforeFragmentKeys.contains)
        {
            a.cueSets.insert("ellipsis")
            a.contextUsed.append("a name and 的 alone: the previous question asked of it")
        }
        // 其中海珠那個叫什麼? after a list: the one item of it in the district named, asked with a
        // word of the lexicon's `list_item_pointers` (其中, 那個), as if by its place in the list.
        // (Not an item named itself, nor a district with several items or none.)
        if !context.askedBack, a.ordinal == nil, case let named = questionMentions.filter(\.fromQuestion), named.count == 1,
            named[0].entity.type == "district", listItemPointerKeys.contains(where: { Self.holdsRun(keys, $0) }),
            case let items = lastListItems(context).items, items.count >= 2,
            case let inDistrict = items.indices.filter({ index in
                let found = Set(Self.bestSegmentation(entityAutomaton.matches(in: normalizer.normalize(items[index]).keys)).flatMap(\.payload))
                return found.count == 1 && found.first != named[0].entity.id && (knowledge.factsBySubject[found.first!] ?? []).contains { fact in
                    fact.relation == "located_in" && fact.objects.contains(named[0].entity.id)
                }
            }), inDistrict.count == 1
        {
            a.ordinal = inDistrict[0] + 1
            a.cueSets.insert("ordinal")
            a.mentions.removeAll { $0.entity.id == named[0].entity.id }
            a.contextUsed.append("the item of the last list in \(named[0].entity.name) → item \(inDistrict[0] + 1)")
        }
        // 第二個的區委書記是誰? after a list: the question asks its other words of that item,
        // when the item names one thing and the question names nothing of its kind.
        // (Only of the item, 第二個的…: 第二個發言的局長 is the order of speaking.)
        if !context.askedBack, let n = a.ordinal, !questionMentions.isEmpty || !a.specificRelations.isEmpty,
            ordinalOwnsWhatFollows(text, last: n == -1),
            case let items = lastListItems(context).items, items.count >= 2,
            case let index = n == -1 ? items.count - 1 : n - 1, items.indices.contains(index),
            // (The item's longest names: 廣州開發區, not 廣州 inside it.)
            case let named = Set(Self.bestSegmentation(entityAutomaton.matches(in: normalizer.normalize(items[index]).keys)).flatMap(\.payload)),
            named.count == 1, let item = knowledge.entitiesByID[named.first!],
            !questionMentions.contains(where: { $0.entity.type == item.type })
        {
            a.mentions.append(.init(entity: item, start: -1, end: -1, source: .pronoun))
            a.ordinal = nil
            a.cueSets.remove("ordinal")
            a.contextUsed.append("item \(n) of the last list → \(item.name)")
        }
        // 它: the thing last talked about, or else the place.
        // (The document's own place named as who does it, 為什麼廣州要這樣做?, is no other subject:
        // the thing is what is asked about, and answers first.)
        let onlyScope = !questionMentions.isEmpty && questionMentions.allSatisfy { $0.entity.id == knowledge.scope }
        let action = a.cueSets.contains("pronoun_action")
        // (Or 它 first, before what the question names, 它在科技創新走廊裡的定位?: its subject.)
        let pointsFirst = a.cueSets.contains("pronoun_thing") && !questionMentions.isEmpty
            && !questionMentions.contains(where: { $0.entity.type == "person" || $0.entity.type == "role" }) && {
            let keys = a.normalized.keys
            let first = questionMentions.map(\.start).min() ?? 0
            return (knowledge.lexicon.cues["pronoun_it"] ?? []).contains { word in
                let run = normalizer.normalize(word).keys
                return !run.isEmpty && run.count <= first && (0...(first - run.count)).contains { keys[$0..<($0 + run.count)].elementsEqual(run) }
            }
        }()
        // (這項 right before a figure's words, 這項投資目標是哪位官員介紹的?, says which figure: the
        // words name it, not the last turn's thing.)
        let pointsAtFigure = cueMatches.contains { pointer in
            guard case .set("pronoun_thing", _) = pointer.payload else { return false }
            return cueMatches.contains { if case .figure = $0.payload { return $0.start == pointer.end } else { return false } }
        }
        if a.cueSets.contains("pronoun_thing") || action, !pointsAtFigure, questionMentions.isEmpty || onlyScope || pointsFirst,
            // (The thing the last question asked of, before the place or person its answer was about.)
            case let focusType = knowledge.entitiesByID[context.focus ?? ""]?.type ?? "",
            let id = ([Self.areaTypes.contains(focusType) || focusType == "person" ? context.thing : nil, context.focus, context.place])
                .compactMap({ $0 }).first(where: { id in
                guard let type = knowledge.entitiesByID[id]?.type, type != "person", !(onlyScope && id == knowledge.scope) else { return false }
                return !action || a.cueSets.contains("pronoun_thing") || !Self.placeTypes.contains(type)
            }),
            let thing = knowledge.entitiesByID[id], !a.mentions.contains(where: { $0.entity.id == id })
        {
            a.mentions.append(.init(entity: thing, start: -1, end: -1, source: .pronoun))
            a.contextUsed.append("它 → \(thing.name)")
        }
        // 這個級別: the one group that counts the last turn's thing among its members (千億級產業
        // 鏈群 after 生物醫藥及高端醫療器械).
        if a.cueSets.contains("pronoun_tier"), questionMentions.allSatisfy({ $0.entity.id == knowledge.scope }),
            let id = [context.thing, context.focus].compactMap({ $0 }).first(where: { (factsByObject[$0] ?? []).contains { $0.relation == "has_member" } }),
            case let groups = Set((factsByObject[id] ?? []).filter({ $0.relation == "has_member" && knowledge.entitiesByID[$0.subject]?.type == "industry_group" }).map(\.subject)),
            groups.count == 1, let group = knowledge.entitiesByID[groups.first!]
        {
            a.mentions.append(.init(entity: group, start: -1, end: -1, source: .pronoun))
            a.contextUsed.append("這個級別 → \(group.name)")
        }
        // 另外一個: the one other thing of its kind the clause the last answer quoted names,
        // beside the one it was about (新市頭村 after 瀝滘村).
        if a.cueSets.contains("the_other"), questionMentions.isEmpty, let focusID = context.focus,
            let focus = knowledge.entitiesByID[focusID], let clause = context.clause, evidence.clauses.indices.contains(clause),
            case let others = evidence.clauses[clause].entities.filter({ $0 != focusID && knowledge.entitiesByID[$0]?.type == focus.type }),
            others.count == 1, let other = knowledge.entitiesByID[others.first!]
        {
            a.mentions.append(.init(entity: other, start: -1, end: -1, source: .pronoun))
            a.contextUsed.append("另外一個 → \(other.name)")
            a.cueSets.insert(Self.theOtherFoundCue)
        }
        // 總數呢? after a rate: a count asked with no figure's word, of the one figure beside it in
        // the same sentence of the same subject that is no rate (315.55萬戶 after 同比增長3.88%).
        // (Or the count the last answer gave beside the rate.)
        if a.cueSets.contains("howmany"), a.cueSets.contains("ellipsis"), questionMentions.isEmpty, a.figureScore.isEmpty,
            !context.figures.isEmpty, context.figures.count <= 2, context.figures.allSatisfy(figures.indices.contains),
            let rate = context.figures.first(where: { figures[$0].unit == "%" }), case let last = figures[rate],
            case let others = Set(context.figures + (figureIndicesByQuote[TextKey(last.quote)] ?? [])).filter({
                figures[$0].subject == last.subject && figures[$0].unit != "%" && figures[$0].quote == last.quote
            }).sorted(),
            others.count == 1
        {
            a.figureScore = [others[0]: 10]
            a.cueSets.insert("figure_keyword")
            a.contextUsed.append("a count after a rate → the count of the sentence (\(figures[others[0]].measure ?? ""))")
        }
        // 那另一個呢? after a figure: the one other figure the same sentence gives of the same
        // subject (10家 of 500強央企子公司 after 越秀's 超200個 projects).
        if a.cueSets.contains("the_other"), questionMentions.isEmpty, a.figureScore.isEmpty, context.figures.count == 1,
            figures.indices.contains(context.figures[0]), case let last = figures[context.figures[0]],
            case let others = (figureIndicesByQuote[TextKey(last.quote)] ?? []).filter({ $0 != context.figures[0] && figures[$0].subject == last.subject }),
            others.count == 1
        {
            a.figureScore = [others[0]: 10]
            a.cueSets.insert("figure_keyword")
            a.cueSets.insert("howmany")
            a.contextUsed.append("另一個 → the other figure of the sentence (\(figures[others[0]].measure ?? ""))")
        }
        // A relation only one thing has, asked of nothing but the document's place (哪天開的?,
        // 那是上午還是下午開的呢? after a turn about the city): that thing's, when the question's
        // other words are words of its fact (開 of 召開), not of something else (什麼時候完成?).
        // (Only the thing the document reports, 大會; never over a conversation about something
        // else, nor for a number or a list of a kind asked.)
        if !a.mentions.contains(where: \.fromQuestion), a.ambiguous.isEmpty,
            a.mentions.allSatisfy({ $0.entity.id == knowledge.scope || $0.entity.type == "city" }),
            (context.focus ?? context.place ?? context.person).map({ $0 == knowledge.scope }) ?? true,
            !keys.contains(where: Self.isDigitKey), !a.cueSets.contains("aggregate"), !a.cueSets.contains("aggregate_which"),
            // (The best cued of them, then by name: a set's order differs from run to run.)
            let relation = a.specificRelations.filter({ soleHolders[$0] != nil && soleHolders[$0] == knowledge.subject })
                .min(by: { (a.relationCueScore[$0] ?? 0, $1) > (a.relationCueScore[$1] ?? 0, $0) }),
            let holder = soleHolders[relation], let entity = knowledge.entitiesByID[holder]
        {
            if otherWordsAreOf(holder, entity, relation: relation, a, cueMatches: cueMatches) {
                a.mentions.removeAll { $0.source != .question(.exact) && ($0.entity.id == knowledge.scope || $0.entity.type == "city") }
                a.mentions.append(.init(entity: entity, start: -1, end: -1, source: .implicit))
                a.contextUsed.append("the one thing with \(relation) → \(entity.name)")
            }
        }
        // A relation only the document's place has, asked of nothing named (獲批過什麼稱號?, after
        // a turn about a thing of the city's with none): the place's. (Not over what the last turn
        // was about when that has the relation too.)
        if !a.specificRelations.isEmpty, a.ambiguous.isEmpty, let scope = knowledge.scope,
            !a.mentions.contains(where: { $0.fromQuestion || $0.entity.id == scope }),
            let relation = a.specificRelations.lazy.filter({ self.soleHolders[$0] == scope })
                .min(by: { (a.relationCueScore[$0] ?? 0, $1) > (a.relationCueScore[$1] ?? 0, $0) }),
            !a.mentions.contains(where: { m in (knowledge.factsBySubject[m.entity.id] ?? []).contains { $0.relation == relation } }),
            (context.focus ?? context.place ?? context.person).map({ id in !(knowledge.factsBySubject[id] ?? []).contains { $0.relation == relation } }) ?? true,
            // (Nor a count asked, 企業滿意度具體是多少?, which no list answers; and only when the
            // question's other words are the place's facts', not 物流補貼's.)
            !a.cueSets.contains("howmany"), !a.cueSets.contains("answer_number"), !keys.contains(where: Self.isDigitKey), context.figures.isEmpty,
            let entity = knowledge.entitiesByID[scope], otherWordsAreOf(scope, entity, relation: relation, a, cueMatches: cueMatches)
        {
            a.mentions.append(.init(entity: entity, start: -1, end: -1, source: .implicit))
            a.contextUsed.append("the one place with \(relation) → \(entity.name)")
        }
        // A relation only the document's place has, asked of a thing named that has no fact of it
        // but whose words the place's fact writes (營商環境口碑方面有沒有第三方評價? — 萬家民營企業評
        // 營商環境中,廣州位列最佳口碑城市前列): the place's, the thing only its topic.
        if let scope = knowledge.scope, a.ambiguous.isEmpty, !a.specificRelations.isEmpty,
            case let named = a.mentions.filter(\.fromQuestion), named.count == 1, let thing = named.first,
            !Self.placeTypes.contains(thing.entity.type), !Self.answersWho.contains(thing.entity.type), thing.entity.id != scope,
            let relation = a.specificRelations.lazy.filter({ self.soleHolders[$0] == scope })
                .min(by: { (a.relationCueScore[$0] ?? 0, $1) > (a.relationCueScore[$1] ?? 0, $0) }),
            !(knowledge.factsBySubject[thing.entity.id] ?? []).contains(where: { $0.relation == relation }),
            !a.cueSets.contains("howmany"), !a.cueSets.contains("answer_number"),
            // (Nor a question that leans on the last turn's, 營商環境方面呢?也是 pilot city?)
            !a.cueSets.contains("ellipsis"),
            case let written = String(a.normalized.characters[thing.start..<thing.end]), written.count >= 2,
            (knowledge.factsBySubject[scope] ?? []).contains(where: { $0.relation == relation && normalizer.normalize($0.quote).string.contains(written) }),
            let entity = knowledge.entitiesByID[scope]
        {
            a.mentions.removeAll { $0.fromQuestion && $0.entity.id == thing.entity.id }
            a.mentions.append(.init(entity: entity, start: -1, end: -1, source: .implicit))
            a.contextUsed.append("the one place with \(relation), of which \(thing.entity.name) is the topic → \(entity.name)")
        }
        // The words asked as written of nothing but the city (廣州的結果原文怎麼講? after the survey):
        // the city holds no passage of its own to quote; they are the last answer's, as 原文怎麼講?
        // alone asks.
        if a.cueSets.contains("verbatim"), a.ambiguous.isEmpty, !a.mentions.isEmpty, a.mentions.allSatisfy({ $0.entity.id == knowledge.scope }),
            context.clause != nil
        {
            a.mentions.removeAll()
            a.contextUsed.append("the words of the last answer, the city aside")
        }
        // (A date or an amount asked after where a thing is, 幾時落成? 投資幾多? after 港科大(廣州)二期
        // 係邊個區嘅?: of the thing, not of the district the answer named.)
        let thingAsked = context.thing != nil && context.relation == "located_in" && Self.areaTypes.contains(knowledge.entitiesByID[context.focus ?? ""]?.type ?? "")
            && (a.cueSets.contains("answer_date") || a.cueSets.contains("answer_money"))
        // (A relation the question's own words ask that the last answer's thing has none of, but
        // its place or speaker has, 大項目分幾個檔次? after 盧一先's 南部極點: theirs.)
        let holder = thingAsked || !a.mentions.isEmpty ? nil : contextHolderOfAskedRelation(context, a)
        if a.mentions.isEmpty, a.ambiguous.isEmpty, let id = holder ?? (thingAsked ? context.thing : nil) ?? context.focus ?? context.place ?? context.person,
            let entity = knowledge.entitiesByID[id]
        {
            // (The thing as if called 它: what is asked must be its own.)
            a.mentions.append(.init(entity: entity, start: -1, end: -1, source: thingAsked && id == context.thing ? .pronoun : .implicit))
            if thingAsked, id == context.thing { a.contextUsed.append("a date or an amount after where a thing is → \(entity.name)") }
            if holder != nil { a.contextUsed.append("the one of the last answer with the relation asked → \(entity.name)") }
        }

        // A question that names more things than any question does (a pasted list of names):
        // what follows grows with the square of the names, and no rule answers such a list.
        let namedIDs = a.mentions.filter(\.fromQuestion).map(\.entity.id)
        if Set(namedIDs).count > Self.maximumEntitiesInQuestion {
            a.overloaded = true
            return a
        }
        // Computed cue sets. With no relation cue word, a fact is pointed to only by another
        // entity the question names among its objects: with no other, none is.
        if !a.relationCueScore.isEmpty || a.mentions.contains(where: { m in namedIDs.contains { $0 != m.entity.id } }) {
            var pointed = false
            var specific = false
            // (The closure reads a copy of what it needs: one that read `a` itself would have the
            // whole analysis copied for each call.)
            let specificRelations = a.specificRelations
            for m in a.mentions {
                pointedRelations(for: m.entity, in: a) { relation in
                    pointed = true
                    if specificRelations.contains(relation) { specific = true }
                }
            }
            if pointed { a.cueSets.insert("relation_cue") }
            if specific { a.cueSets.insert("specific_relation_cue") }
        }
        if a.specificRelations.contains(where: { relation in
            a.mentions.contains { relationsByType[$0.entity.type]?.contains(relation) == true }
        }) {
            a.cueSets.insert("relation_asked")
        }
        // A post of a district the question names, which someone of that district holds (海珠區委書記,
        // not 市長 beside 海珠): its holder's district is what a relation asked is of.
        // (Index loops: a debug build's generic iterators allocate at every step.)
        if a.cueSets.contains("relation_cue") {
            var districtPost = false
            var r = 0
            while r < a.mentions.count, !districtPost {
                let role = a.mentions[r]
                r += 1
                guard role.fromQuestion, role.entity.type == "role" else { continue }
                var d = 0
                while d < a.mentions.count, !districtPost {
                    let district = a.mentions[d]
                    d += 1
                    guard district.fromQuestion, district.entity.type == "district", let indices = postIndicesByOrg[district.entity.id] else { continue }
                    var p = 0
                    while p < indices.count, !districtPost {
                        districtPost = roleMatches(posts[indices[p]].role, role.entity.id)
                        p += 1
                    }
                }
            }
            if districtPost { a.cueSets.insert("district_post") }
        }
        // Which things of a relation a post named before 哪些 asks (市長點名了哪些審批事項?): the
        // words of a relation after 哪, not which holders of the post.
        if a.cueSets.contains("aggregate_which"), !a.specificRelations.isEmpty,
            let role = a.mentions.first(where: { $0.fromQuestion && $0.entity.type == "role" }),
            let which = a.normalized.keys[role.end...].firstIndex(of: Self.whichKey),
            a.specificRelations.contains(where: { id in id != "said" && id != "speakers" && (a.relationCueEnd[id] ?? 0) > which + 1 }),
            // (Of a post one person holds: of several, 書記作了哪些部署?, which of them is asked back.)
            Set(postsMatching(role: role.entity.id, scope: nil).map(\.subject)).count == 1
        {
            a.cueSets.insert("which_of_relation")
        }
        if !a.figureScore.isEmpty { a.cueSets.insert("figure_keyword") }
        // (A figure's words and 呢 after an answer that gave a figure, 增速呢?: that figure asked.)
        if !a.figureScore.isEmpty, a.cueSets.contains("ellipsis"), !context.figures.isEmpty || context.clause != nil, !a.cueSets.contains(where: Self.asksSomething),
            !a.mentions.contains(where: \.fromQuestion)
        {
            a.cueSets.insert("howmany")
        }
        // (Another thing and 呢 after a count given with its list, 萬億級產業鏈群有幾個?分別是哪些 →
        // 千億級的呢?: its count and its list of the same relation.)
        if a.cueSets.contains("ellipsis"), !context.figures.isEmpty, context.rule?.hasPrefix("figure") == true,
            let relation = context.relation, relation != "figure", !Self.broadRelations.contains(relation),
            !a.cueSets.contains(where: Self.asksSomething),
            a.mentions.contains(where: { m in m.fromQuestion && (knowledge.factsBySubject[m.entity.id] ?? []).contains { $0.relation == relation } })
        {
            a.cueSets.insert("aggregate_which")
        }
        // (這個數字 points at the last answer's figure only when it gave one; with nothing before
        // it, the reply asks what is meant.)
        if context.figures.isEmpty, !context.isEmpty { a.cueSets.remove("this_figure") }
        // 是誰 (叫什麼, normalized) right before a thing that is no person, post or body
        // (這些合起來叫什麼梯隊?): the thing's name is asked.
        if a.cueSets.contains("who"), cueMatches.contains(where: { match in
            guard case .set("who", _) = match.payload else { return false }
            return a.mentions.contains { $0.fromQuestion && $0.start == match.end && !Self.answersWho.contains($0.entity.type) }
        }) {
            a.cueSets.insert("thing_name_asked")
        }
        // 是誰 (叫什麼) after a thing written by a part of its name and a few words that point (那,
        // 這: 番禺那一極叫什麼?, after the five poles), ending the question or with a word for a
        // name (叫什麼名字): its whole name is asked. (Not 這個大會是誰召開的?, nor 科學城是誰建的?)
        if a.cueSets.contains("who"), let who = cueMatches.last(where: { match in
            if case .set("who", _) = match.payload { return true } else { return false }
        }), let thing = a.mentions.last(where: { $0.fromQuestion && $0.end <= who.start }),
            // (Or right before it, 綜合評價叫什麼?, or with 又 between, 綜合評價又叫什麼?.)
            !Self.answersWho.contains(thing.entity.type),
            // (叫什麼 reads 是誰, the 誰 the cue: 是, or 又是, between.)
            keys[thing.end..<who.start].elementsEqual([Self.copulaKey]) || keys[thing.end..<who.start].elementsEqual([Self.againKey, Self.copulaKey])
                || ((1...4).contains(who.start - thing.end) && Self.pointingKeys.contains(keys[thing.end]))
                || (namesFullNameWord(keys[thing.end..<who.start]) && Self.namesOneThing(thing.entity.name)),
            // (A particle after it is no word of its own: 叫什麼城啊?)
            case let after = Self.withoutTrailingParticles(keys[who.end...]),
            after.isEmpty || (knowledge.lexicon.cues["name_asked"] ?? []).contains(where: { normalizer.normalize($0).keys.elementsEqual(keys[who.end...]) })
                // (Or a word for its whole name after it, 那個示範區叫什麼,全稱.)
                || namesFullNameWord(after)
                // (Or the word its name ends with, 番禺那個叫什麼城?: the kind of name asked; not
                // a word that names a thing itself, 讀懂中國叫什麼會議?, whose 會議 is another.)
                || (after.count <= 3 && !a.mentions.contains(where: { $0.fromQuestion && $0.start >= who.end })
                    && normalizer.normalize(thing.entity.name).keys.reversed().starts(with: after.reversed())),
            !a.mentions.contains(where: { $0.fromQuestion && $0.start >= thing.end && $0.start < who.start })
        {
            let name = normalizer.normalize(thing.entity.name).keys
            let typed = Array(keys[thing.start..<thing.end])
            if typed.count < name.count, Self.holdsInOrder(name, typed) { a.cueSets.insert("part_name_asked") }
        }
        // A word for its whole name and 是什麼 ending the question, after a thing written by a
        // part of its name (環五山的全稱是什麼?): that whole name asked, as 叫什麼 asks it.
        if a.cueSets.contains("what_is"), let what = cueMatches.last(where: { match in
            if case .set("what_is", _) = match.payload { return Self.withoutTrailingParticles(keys[match.end...]).isEmpty } else { return false }
        }), let thing = a.mentions.last(where: { $0.fromQuestion && $0.end < what.start }),
            !Self.answersWho.contains(thing.entity.type), namesFullNameWord(keys[thing.end..<what.start]), Self.namesOneThing(thing.entity.name),
            case let name = normalizer.normalize(thing.entity.name).keys, case let typed = Array(keys[thing.start..<thing.end]),
            typed.count < name.count, Self.holdsInOrder(name, typed)
        {
            a.cueSets.insert("part_name_asked")
        }
        // 哪一項 (哪個) right before a thing written by another of its names, ending the question
        // (是哪一項評選?, after the city's ranking): its whole name is asked, as 叫什麼 asks it.
        // (One thing, 哪一項; not the items 哪幾條 asks for, 要推動哪幾條鏈融合?; nor a name read
        // as near another, fuzzily.)
        if a.cueSets.contains("which"), let thing = a.mentions.last(where: \.fromQuestion), thing.end == keys.count,
            case .question(.exact) = thing.source, !Self.answersWho.contains(thing.entity.type),
            cueMatches.contains(where: { match in
                guard case .set("which", _) = match.payload else { return false }
                return match.end <= thing.start && thing.start - match.end <= 2
                    && !keys[match.start..<match.end].contains(where: { Self.pluralWhichKeys.contains($0) })
            }),
            !normalizer.normalize(thing.entity.name).keys.elementsEqual(keys[thing.start..<thing.end])
        {
            a.cueSets.insert("part_name_asked")
        }
        // Or right after it with 是 between, ending the question (科學城是哪個?): the same.
        if a.cueSets.contains("which"), !a.cueSets.contains("part_name_asked"), keys.contains(Self.copulaKey),
            let which = cueMatches.last(where: { match in
                guard case .set("which", _) = match.payload else { return false }
                return Self.withoutTrailingParticles(keys[match.end...]).isEmpty
                    && !keys[match.start..<match.end].contains(where: { Self.pluralWhichKeys.contains($0) })
            }),
            which.start >= 1, keys[which.start - 1] == Self.copulaKey,
            let thing = a.mentions.last(where: { $0.fromQuestion && $0.end == which.start - 1 }),
            case .question(.exact) = thing.source, !Self.answersWho.contains(thing.entity.type),
            case let name = normalizer.normalize(thing.entity.name).keys, case let typed = Array(keys[thing.start..<thing.end]),
            typed.count < name.count, Self.holdsInOrder(name, typed)
        {
            a.cueSets.insert("part_name_asked")
            // (A word of saying before it only says where it was named, 大會上提到要建的科學城是
            // 哪個?: no one's words are asked.)
            // (Not when someone is named as who said it, 市長提到的科學城是哪個?: whether they did is
            // asked too.)
            if !cueMatches.contains(where: { match in
                if case .set("said", _) = match.payload { return match.end > thing.start } else { return false }
            }), !a.mentions.contains(where: { $0.fromQuestion && ($0.entity.type == "person" || $0.entity.type == "role") }) {
                a.cueSets.remove("said")
            }
        }
        // (Each worked out before it is stored: `a.x = f(a)` copies the whole analysis for `f`.)
        let wrongPosts = wrongPosts(a)
        a.premises += wrongPosts
        let wrongValues = wrongExclusiveValues(a)
        a.wrongValues = wrongValues
        if a.cueSets.contains("yesno"), listClaim(a) != nil { a.cueSets.insert("list_claim") }
        if a.cueSets.contains("yesno"), !a.cueSets.contains("list_claim"), memberClaim(a) != nil { a.cueSets.insert("member_claim") }
        // (Not a relation the place itself has, asked of it, 南沙那邊有哪些重點產業? after the three
        // zones: its own industries, not the zones in it.)
        if a.cueSets.contains("which"), let found = listInPlace(a),
            !a.specificRelations.contains(where: { relation in (knowledge.factsBySubject[found.place.id] ?? []).contains { $0.relation == relation } })
        {
            a.cueSets.insert("list_in_place")
        }
        if a.cueSets.contains("which") || a.cueSets.contains("aggregate_which"), let kind = kindItems(a) {
            a.cueSets.insert(Self.kindAskedCue)
            // (A name several of them share, 哪幾個示範區: the kind asked, not which one is meant.)
            // (Or one of them set aside, 除了從化綠色發展示范區,還有哪些示範區?.)
            let excepted = a.excepted
            a.ambiguous.removeAll { $0.allSatisfy { shared in kind.named.contains { $0.id == shared.id } || excepted.contains(shared.id) } }
        }
        // (A thing of the last turn called by the end of its name, 這個增長極: pointed at, as 它 is.)
        if !a.cueSets.contains("pronoun_thing"),
            a.mentions.contains(where: { !$0.fromQuestion && !Self.areaTypes.contains($0.entity.type) && nameEndingCalled($0.entity, in: a.normalized.scalars) != nil })
        {
            a.cueSets.insert("pronoun_thing")
        }
        let query = makeEvidenceQuery(a)
        a.evidenceQuery = query
        return a
    }

    /// The correction of a post the article names nobody to, written right before or after a
    /// person it names as their title (區長郭昊羽, 郭昊羽區長; with the place before the post:
    /// 越秀區區長郭昊羽), from the posts that person holds; nil when no such person is beside it.
    /// (Beside it as written, no mark between: not 郭昊羽,區長是誰?. A claim checked, 郭昊羽是
    /// 區長嗎?, is the post checks' to answer.)
    func claimedPost(_ post: String, from start: Int, to end: Int, _ a: QuestionAnalysis) -> String? {
        let origins = a.normalized.origins
        func adjacent(_ left: Int, _ right: Int) -> Bool {
            left > 0 && right < origins.count && origins[right] == origins[left - 1] + 1
        }
        guard let person = a.mentions.first(where: { m in
            m.fromQuestion && m.entity.type == "person" && ((m.start == end && adjacent(end, end)) || (m.end == start && adjacent(start, start)))
        })
        else { return nil }
        let own = postsOf(person.entity.id)
        guard !own.isEmpty else { return nil }
        // (The place may share the post's first character: 越秀區長.)
        let scope = a.mentions.first { m in
            m.fromQuestion && (m.entity.type == "district" || m.entity.type == "organization") && (m.end == start || m.end == start + 1) && m.start < start
        }
        let asked = Self.joined(scope?.entity.name ?? "", post)
        return render("post_correction", ["person": person.entity.name, "asked": asked, "posts": list(own.compactMap(\.value))])
    }

    /// A post the question gives a person that they do not hold (海珠區委書記盧一先…): said
    /// before the answer, with their posts and who holds the one named.
    func wrongPosts(_ a: QuestionAnalysis) -> [String] {
        // (Most questions name no person right after a role.)
        guard a.mentions.contains(where: { $0.entity.type == "person" }), a.mentions.contains(where: { $0.entity.type == "role" })
        else { return [] }
        let named = a.mentions.filter(\.fromQuestion)
        var corrections: [String] = []
        let keys = a.normalized.keys
        let alternative = a.cueSets.contains("alternative")
        for (i, m) in named.enumerated() where m.entity.type == "person" {
            // The post written before the name (海珠區委書記盧一先…), or after it and 是, as what
            // the asker takes for granted before what they ask (聽說盧一先是海珠區委書記,他說…:
            // not the whole question, which a post check answers, nor one post of two asked between).
            let role: QuestionAnalysis.Mention
            let scope: Entity?
            if i > 0, named[i - 1].entity.type == "role", named[i - 1].end == m.start {
                role = named[i - 1]
                let before = i >= 2 ? named[i - 2] : nil
                scope = before.flatMap { b in
                    b.end == role.start && (b.entity.type == "district" || b.entity.type == "organization") ? b.entity : nil
                }
            } else if !alternative, m.end < keys.count, keys[m.end] == Self.copulaKey, i + 1 < named.count {
                let next = named[i + 1]
                let place = next.start == m.end + 1 && (next.entity.type == "district" || next.entity.type == "organization") ? next.entity : nil
                guard let after = place == nil ? next : (i + 2 < named.count ? named[i + 2] : nil), after.entity.type == "role",
                    after.start == (place == nil ? m.end + 1 : next.end), after.end < keys.count,
                    yesnoWordLength(a.normalized.characters[after.end...], atEnd: false) == nil,
                    a.mentions.contains(where: { $0.fromQuestion && $0.start > after.end }) || a.cueSets.contains("said")
                else { continue }
                // (Only a post they hold of another place, 盧一先是海珠區委書記: a post they do not
                // hold by that name, 市政府一把手 of the mayor, may be theirs in other words.)
                guard let place, postsOf(m.entity.id).contains(where: { roleMatches($0.role, after.entity.id) && $0.org != place.id }) else { continue }
                role = after
                scope = place
            } else {
                continue
            }
            let own = postsOf(m.entity.id)
            guard !own.isEmpty, !own.contains(where: { roleMatches($0.role, role.entity.id) && (scope == nil || $0.org == scope!.id) })
            else { continue }
            let asked = Self.joined(scope?.name ?? "", role.entity.name)
            var correction = render("post_correction", ["person": m.entity.name, "asked": asked, "posts": list(own.compactMap(\.value))])
            // Who holds it: in the body or district named, or, of a post one person holds (the
            // lexicon's `sole_posts`: 廣州市長郭昊羽… → 市長 is 郭永航), its holder; not one of a
            // post many hold that the article names only one of (市委常委).
            let holders = Set(postsMatching(role: role.entity.id, scope: scope).map(\.subject))
            let sole = (knowledge.lexicon.cues["sole_posts"] ?? []).contains(role.entity.name)
            if let holder = scope == nil ? (sole && holders.count == 1 ? holders.first : nil) : postsMatching(role: role.entity.id, scope: scope).first?.subject {
                correction += render("post_holder", ["asked": asked, "holder": name(holder)])
            }
            corrections.append(correction)
        }
        return corrections
    }

    /// The relation of each fact `relationFacts(for:in:)` gives, with no facts copied: a fact
    /// scores when a cue word points to its relation or another entity the question names is
    /// among its objects.
    func pointedRelations(for entity: Entity, in a: QuestionAnalysis, _ body: (String) -> Void) {
        // A few ids: compared, not hashed.
        let others = a.mentions.filter { $0.fromQuestion && $0.entity.id != entity.id }.map(\.entity.id)
        // (The relations the question's words point to are a few: compared, not hashed for each
        // fact visited.)
        let cued = Array(a.relationCueScore.keys)
        func visit(_ fact: Fact) {
            guard fact.relation != "figure" else { return }
            if cued.contains(fact.relation)
                || (!others.isEmpty && !cuedOnlyRelations.contains(fact.relation) && fact.objects.contains(where: others.contains))
                || statesValue(fact, a)
            {
                body(fact.relation)
            }
        }
        for fact in knowledge.factsBySubject[entity.id] ?? [] { visit(fact) }
        for fact in factsByObject[entity.id] ?? [] where isAbout(fact, entity) { visit(fact) }
        for fact in factsOfThingsIn(entity, a) { visit(fact) }
        for fact in factsOfCoSubjects(entity, a) { visit(fact) }
        if entity.type == "person", a.cueSets.contains("said") {
            for fact in factsBySpeaker[entity.id] ?? [] where fact.subject != entity.id { visit(fact) }
        } else if entity.type == "person", !Self.asksOfSpeech(a) {
            // (A relation only what they said holds, named by the question's words: `relationFacts`.)
            let broad = broadRelationOfSpeaker(entity, a)
            for fact in factsBySpeaker[entity.id] ?? []
            where fact.subject != entity.id && cued.contains(fact.relation)
                && (Self.broadRelations.contains(fact.relation) ? fact.relation == broad : a.specificRelations.contains(fact.relation))
            {
                body(fact.relation)
            }
        }
    }

    /// The broad relation other than what they said (計劃) that the question's words name of a
    /// person more than any relation of their own (高裕躍要做什麼?: the plan he spoke for, not
    /// his post; 高裕躍是做什麼的? his post), if there is one.
    /// Only of a person the question names, and only with nothing but function words after the
    /// relation's words (not 郭昊羽打算引進什麼類型的企業?, which asks of what he said, nor 工作重點).
    func broadRelationOfSpeaker(_ person: Entity, _ a: QuestionAnalysis) -> String? {
        guard a.mentions.contains(where: { $0.fromQuestion && $0.entity.id == person.id }) else { return nil }
        // (Of one body or place: the mayor's plans are of the city and of an axis both, his
        // speech's points rather.)
        var subject: String? = nil
        for fact in factsBySpeaker[person.id] ?? [] where Self.broadRelations.contains(fact.relation) && fact.relation != "said" && fact.subject != person.id {
            if subject == nil { subject = fact.subject } else if subject != fact.subject { return nil }
        }
        let own = (knowledge.factsBySubject[person.id] ?? []).compactMap { a.relationCueScore[$0.relation] }.max() ?? 0
        let count = a.normalized.keys.count
        var found: String? = nil
        for relation in Self.broadRelations where relation != "said" {
            guard let score = a.relationCueScore[relation], score > own, let end = a.relationCueEnd[relation], end <= count,
                a.functionWord.count == count, (end..<count).allSatisfy({ a.functionWord[$0] })
            else { continue }
            found = relation
        }
        return found
    }

    /// A place asked what only something in it has, by words of that relation's own (海珠的企業
    ///要搬去哪裡?: its textile district's move): the facts of the things in it of a relation the
    /// question points to and the place has no fact of.
    func factsOfThingsIn(_ place: Entity, _ a: QuestionAnalysis) -> [Fact] {
        // (Asked: keywords alone, 海珠 轉移 企業, name a figure rather.)
        guard Self.placeTypes.contains(place.type), !a.specificRelations.isEmpty, let things = thingsIn[place.id],
            a.cueSets.contains(where: Self.asksSomething)
        else { return [] }
        let own = Set((knowledge.factsBySubject[place.id] ?? []).map(\.relation))
        return things.flatMap { thing in
            (knowledge.factsBySubject[thing] ?? []).filter {
                $0.relation != "located_in" && !own.contains($0.relation) && a.specificRelations.contains($0.relation)
            }
        }
    }

    /// The last answer's place, or its person as the speaker of a fact, that has a fact of a
    /// relation the question's own words ask, when its thing has none; nil when the thing has
    /// one, or neither does.
    static let strongRelationCueScore = 4
    /// The one value all of `values` are, if there is one.
    static func only(_ values: [String]) -> String? {
        guard let first = values.first, values.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    func contextHolderOfAskedRelation(_ context: ConversationContext, _ a: QuestionAnalysis) -> String? {
        guard !a.specificRelations.isEmpty, let focus = context.focus else { return nil }
        // (The lists of parts and of members are one: 裡面有 asks either.)
        let asksList = a.specificRelations.contains(where: Self.listRelations.contains)
        func asked(_ relation: String) -> Bool { a.specificRelations.contains(relation) || (asksList && Self.listRelations.contains(relation)) }
        // (Only a relation asked in words of its own, more than a generic word or two: 檔次, 大項目.)
        func askedStrongly(_ relation: String) -> Bool { (a.relationCueScore[relation] ?? 0) >= Self.strongRelationCueScore }
        guard !(knowledge.factsBySubject[focus] ?? []).contains(where: { asked($0.relation) }) else { return nil }
        if let place = context.place, place != focus,
            (knowledge.factsBySubject[place] ?? []).contains(where: { asked($0.relation) && askedStrongly($0.relation) })
        {
            return place
        }
        // (A person's by what they said of other things only: their own post is not what 首席啥官
        // asks after their words.)
        if let person = context.person, person != focus,
            (factsBySpeaker[person] ?? []).contains(where: { $0.subject != person && asked($0.relation) && askedStrongly($0.relation) })
        {
            return person
        }
        // (Unless the question calls them by what they did, 提出的人是什麼職務?: theirs; the one
        // who said the last answer's words, or the one speaker of the thing.)
        if a.cueSets.contains("speaker_asked"),
            let person = context.clause.flatMap({ $0 < evidence.clauses.count ? evidence.clauses[$0].speaker : nil })
                ?? Self.only(statements.filter({ $0.about.contains(focus) }).map(\.subject)) ?? context.person,
            person != focus,
            (knowledge.factsBySubject[person] ?? []).contains(where: { asked($0.relation) && askedStrongly($0.relation) })
        {
            return person
        }
        return nil
    }

    /// A relation asked of a thing that only another thing of one of its facts has (最佳口碑城市
    /// 誰評的?: the ranking is in the survey, and the survey is run by 全國工商聯): the facts of
    /// the things a fact of it is also about, of a relation the question's own words point to and
    /// the thing has no fact of.
    func factsOfCoSubjects(_ entity: Entity, _ a: QuestionAnalysis) -> [Fact] {
        guard !a.specificRelations.isEmpty, entity.id != knowledge.scope || !a.mentions.contains(where: \.fromQuestion) else { return [] }
        // (Walked in place, no list of the thing's facts built: run for every relation asked.)
        let subjectFacts = knowledge.factsBySubject[entity.id] ?? []
        let objectFacts = factsByObject[entity.id] ?? []
        func hasOwn(_ relation: String) -> Bool {
            subjectFacts.contains { $0.relation == relation } || objectFacts.contains { $0.relation == relation && isAbout($0, entity) }
        }
        var found: [Fact] = []
        func visit(_ fact: Fact) {
            // (Not what someone said: a statement is about its topics, not made of them.)
            guard fact.relation != "said" else { return }
            for other in fact.about where other != entity.id && other != fact.subject {
                for candidate in knowledge.factsBySubject[other] ?? []
                where a.specificRelations.contains(candidate.relation) && !hasOwn(candidate.relation) && !found.contains(candidate) {
                    found.append(candidate)
                }
            }
        }
        // (Only facts of another subject that are about the thing, 廣州's ranking for 最佳口碑城市:
        // the subject's own facts name what it does, not who does what of it — 廣州的城市更新誰做?
        // is not the survey's conductor. Its own fact the last answer gave is, asked of with nothing
        // named: 那是誰辦的評選? after 廣州's ranking.)
        if !a.mentions.contains(where: \.fromQuestion), let given = a.context.relation {
            for fact in subjectFacts where fact.relation == given { visit(fact) }
        }
        for fact in objectFacts where isAbout(fact, entity) { visit(fact) }
        return found
    }

    /// Facts of another subject that say they are about `entity` (廣州's ranking in the survey
    /// 萬家民營企業評營商環境): asked of it, they answer as its own do.
    func factsAbout(_ entity: Entity) -> [Fact] {
        (factsByObject[entity.id] ?? []).filter { isAbout($0, entity) }
    }

    func isAbout(_ fact: Fact, _ entity: Entity) -> Bool {
        fact.subject != entity.id && fact.relation != "said" && fact.about.contains(entity.id)
    }

    /// The facts of `entity` whose relation a cue of the question points to.
    /// Relations too broad to be what a person is asked of when only their words hold them (計劃,
    /// 說了什麼): 具體要做到什麼? after 郭永航 asks of his words, not of every plan he spoke of.
    static let broadRelations: Set<String> = ["plan", "said"]

    /// Whether the question asks of a speech as such (發言重點, 講話): its words are not a
    /// relation of what was spoken of.
    static func asksOfSpeech(_ a: QuestionAnalysis) -> Bool { a.cueSets.contains("spoke") || a.cueSets.contains("summary") }

    func relationFacts(for entity: Entity, in a: QuestionAnalysis, forced: String? = nil) -> [(fact: Fact, score: Int)] {
        var facts = (knowledge.factsBySubject[entity.id] ?? []) + factsAbout(entity)
        if forced == nil { facts += factsOfThingsIn(entity, a) + factsOfCoSubjects(entity, a) }
        // What a person said about other subjects is reached by asking what they said (他提到了哪些產業?).
        if entity.type == "person", a.cueSets.contains("said") {
            facts += (factsBySpeaker[entity.id] ?? []).filter { $0.subject != entity.id }
        } else if entity.type == "person", let forced, !facts.contains(where: { $0.relation == forced }) {
            // The last turn's relation asked again of a person (他說要推進哪幾個平臺? — 那郭昊羽呢?):
            // what they said of that relation, when they hold none of it themselves.
            facts += (factsBySpeaker[entity.id] ?? []).filter { $0.subject != entity.id && $0.relation == forced }
        } else if entity.type == "person", forced == nil, !Self.asksOfSpeech(a) {
            // A relation the question's words name that only what they said holds (盧一先想簽什麼
            //級別的項目?: the tiers of 南沙's projects, in his words).
            let broad = broadRelationOfSpeaker(entity, a)
            facts += (factsBySpeaker[entity.id] ?? []).filter { fact in
                fact.subject != entity.id && a.relationCueScore[fact.relation] != nil && !facts.contains { $0.relation == fact.relation }
                    && (Self.broadRelations.contains(fact.relation) ? fact.relation == broad : a.specificRelations.contains(fact.relation))
            }
        }
        // Another entity of the question among a fact's objects points to that fact too
        // (海珠 + 城中村改造 → 海珠's renewal), even where its name hides the cue words.
        let others = Set(a.mentions.filter { $0.fromQuestion && $0.entity.id != entity.id }.map(\.entity.id))
        return facts.compactMap { fact in
            guard fact.relation != "figure" else { return nil }
            // (Not for 在哪: a question that names the place is not asking where it is.)
            let named = others.isEmpty || cuedOnlyRelations.contains(fact.relation) ? 0 : 2 * Self.shared(others, fact.objects)
            // (Written with a number wrong, it is that fact the question checks as well.)
            let stated = statesValue(fact, a) || missesValue(fact, a) ? 2 : 0
            let score = fact.relation == forced ? 1000 : (a.relationCueScore[fact.relation] ?? 0) + named + stated
            return score > 0 ? (fact, score) : nil
        }
    }

    /// The most candidates a context token carries back.
    static let maximumCandidates = 8

    /// Whether a question ends with 哪些 or 哪幾個 (and particles): nothing named after it.
    static func endsAskingWhich(_ keys: [UInt32]) -> Bool {
        var end = keys.count
        while end > 0, trailingParticles.contains(keys[end - 1]) || keys[end - 1] == neKey { end -= 1 }
        let which: [[UInt32]] = ["哪些", "哪几个", "哪几", "哪几项"].map { $0.unicodeScalars.map(\.value) }
        return which.contains { keys.holds($0, endingAt: end) }
    }
    /// 還 (still, else), normalized.
    static let stillKey: UInt32 = 0x8FD8
    static let forKey: UInt32 = 0x4E3A  // 为

    /// The clause of a question that asks a count (幾, 多少), normalized (its numbers as digits);
    /// nil when none or several do.
    func countingClause(_ question: String) -> String? {
        let clauses = question.split(whereSeparator: { ",，?？。!！;；、".contains($0) }).map { normalizer.normalize(String($0)).string }
        let counting = clauses.filter { $0.contains("几") || $0.contains("多少") }
        return counting.count == 1 ? counting[0] : nil
    }

    /// A person called in English by a title and the surname of their name in Latin letters
    /// (Mr. Guo, of Guo Yonghang's): the surname in the document's script with the title's word
    /// (郭先生), as the lexicon's `courtesy_titles` pairs them (mr.:先生).
    static func courtesyTitlePhrases(_ knowledge: KnowledgeBase) -> [(from: String, to: String)] {
        let titles = (knowledge.lexicon.cues["courtesy_titles"] ?? []).compactMap { pair -> (String, String)? in
            let parts = pair.split(separator: ":", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
        var phrases: [(from: String, to: String)] = []
        func add(_ from: String, _ to: String) { if !phrases.contains(where: { $0.from == from }) { phrases.append((from, to)) } }
        for person in knowledge.entities where person.type == "person" {
            guard let surname = person.name.first else { continue }
            for alias in person.aliases where alias.unicodeScalars.allSatisfy({ $0.isASCII }) && alias.contains(" ") {
                guard let latin = alias.split(separator: " ").first?.lowercased() else { continue }
                for (title, word) in titles {
                    // (The whole name after the title is the person: Mr. Guo Yonghang.)
                    add("\(title) \(alias.lowercased())", person.name)
                    add("\(title) \(latin)", "\(surname)\(word)")
                }
                // (What they said, asked in English: What did Hong Qian say?, What did Mr. Hong say?)
                add("what did \(alias.lowercased()) say", "\(person.name)說了什麼")
                for (title, word) in titles {
                    add("what did \(title) \(alias.lowercased()) say", "\(person.name)說了什麼")
                    add("what did \(title) \(latin) say", "\(surname)\(word)說了什麼")
                }
            }
        }
        // (Longest first, as the normalizer reads them.)
        return phrases.sorted { $0.from.count > $1.from.count }
    }

    /// The names of two characters of districts, the graph's and those outside it (從化 of 從化區):
    /// typed with a homophone anywhere, 丛化 for 從化.
    static func districtNamesOfTwo(_ knowledge: KnowledgeBase, _ normalizer: TextNormalizer) -> [(keys: [UInt32], written: String)] {
        let own = knowledge.entities.filter { $0.type == "district" }.flatMap { [$0.name] + $0.aliases }
        // (Only those of districts, named with 區 too: not cities, 中山 or 珠海.)
        let outside = knowledge.lexicon.outsidePlaces.compactMap { place in
            place.count == 3 && (place.hasSuffix("區") || place.hasSuffix("区")) ? String(place.dropLast()) : nil
        }
        return (own + outside).map { (normalizer.normalize($0).keys, $0) }.filter { $0.0.count == 2 }
    }

    /// The district a place or thing is in: the one its `located_in` names, else the one district
    /// whose facts list it (越秀's platforms: 粵港澳大灣區文化融合發展示范區). Nil when none or several.
    func district(of id: String) -> Entity? {
        if let located = (knowledge.factsBySubject[id] ?? []).lazy.filter({ $0.relation == "located_in" }).flatMap(\.objects)
            .compactMap({ self.knowledge.entitiesByID[$0] }).first(where: { $0.type == "district" })
        {
            return located
        }
        // (Only of a place: an event a district helps run, or a system it carries out, is not in it.)
        guard let entity = knowledge.entitiesByID[id], Self.placeTypes.contains(entity.type) else { return nil }
        let holders = Set((factsByObject[id] ?? []).filter { $0.relation != "said" && $0.objects.contains(id) }.map(\.subject))
            .compactMap { knowledge.entitiesByID[$0] }.filter { $0.type == "district" }
        return holders.count == 1 ? holders[0] : nil
    }
    /// The largest place in a list a context token may carry (no list of the article is longer).
    static let maximumListPlace = 64

    static func isDigitKey(_ key: UInt32) -> Bool { key >= 0x30 && key <= 0x39 }

    /// The one thing the question names, if it names exactly one (found without building a list).
    static func onlyQuestionMention(_ a: QuestionAnalysis) -> QuestionAnalysis.Mention? {
        var only: QuestionAnalysis.Mention? = nil
        for m in a.mentions where m.fromQuestion {
            if only != nil { return nil }
            only = m
        }
        return only
    }

    /// What tells nothing of what a part of a combined reply was about: the document's own place.
    var vagueFocus: Set<String> { knowledge.scope.map { [$0] } ?? [] }

    /// The values of the things the question names that it writes as another word of their
    /// exclusive group (大會是…上午召開的,有哪裡不對?: 下午), with their corrections.
    func wrongExclusiveValues(_ a: QuestionAnalysis) -> [(value: String, correction: String)] {
        // (Most questions hold no word of a group: told by their first keys.)
        let text = a.normalized.keys
        guard writesExclusiveWord(text) else { return [] }
        var found: [(value: String, correction: String)] = []
        for m in a.mentions where m.fromQuestion {
            for fact in knowledge.factsBySubject[m.entity.id] ?? [] {
                for value in fact.values where !found.contains(where: { $0.value == value }) {
                    guard let keys = valueKeys[TextKey(value)], !Self.holds(text, keys),
                        let group = exclusiveValueGroups.first(where: { $0.contains(keys) }),
                        let written = group.first(where: { $0 != keys && written($0, of: m.entity.id, a) })
                    else { continue }
                    let asked = String(scalars: written.compactMap(Unicode.Scalar.init))
                    found.append((value, render("value_correction", ["asked": asked, "value": value, "quote": fact.quote])))
                }
            }
        }
        return found
    }

    /// Whether `text` holds any word of an exclusive group at all (most questions hold none:
    /// the first keys tell most of them without a search).
    func writesExclusiveWord(_ text: [UInt32]) -> Bool {
        text.contains(where: exclusiveFirstKeys.contains)
            && exclusiveValueGroups.contains { group in group.contains { Self.holdsRun(text, $0) } }
    }

    /// Whether the question writes `run` after naming `subject`, in the same clause (大會是…
    /// 上午召開的: not 我上午讀了文章,大會…, nor 早上看新聞說大會…).
    func written(_ run: [UInt32], of subject: String, _ a: QuestionAnalysis) -> Bool {
        let keys = a.normalized.keys
        let origins = a.normalized.origins
        let original = Array(a.original)
        guard !run.isEmpty else { return false }
        for m in a.mentions where m.fromQuestion && m.entity.id == subject && m.end > 0 && m.end <= origins.count {
            var i = m.end
            while i + run.count <= keys.count {
                defer { i += 1 }
                guard keys[i..<(i + run.count)].elementsEqual(run), i < origins.count else { continue }
                let from = origins[m.end - 1] + 1
                let to = origins[i]
                guard from <= to, to <= original.count else { continue }
                if !original[from..<to].contains(where: { $0.unicodeScalars.count == 1 && Self.clauseMarks.contains($0.unicodeScalars.first!) }) { return true }
            }
        }
        return false
    }

    /// Whether a yes/no question writes one of a fact's values with one number in it changed
    /// (大年初8 for 大年初7, 2023年1月29日 for 2023年1月28日): a claim the fact says is wrong.
    func missesValue(_ fact: Fact, _ a: QuestionAnalysis) -> Bool {
        guard a.cueSets.contains("yesno"), !fact.values.isEmpty else { return false }
        let text = a.normalized.keys
        // (Or writes, not the value, another word of its exclusive group: 上午 for 下午.)
        let writesOther = writesExclusiveWord(text) && fact.values.contains { value in
            guard let keys = valueKeys[TextKey(value)], !Self.holds(text, keys) else { return false }
            return exclusiveValueGroups.contains { group in
                group.contains(keys) && group.contains { $0 != keys && written($0, of: fact.subject, a) }
            }
        }
        if writesOther { return true }
        return fact.values.contains { value in
            guard let keys = valueKeys[TextKey(value)], keys.count >= 3, keys.count <= text.count else { return false }
            for start in 0...(text.count - keys.count) {
                var differing = 0
                var digits = true
                for j in keys.indices where text[start + j] != keys[j] {
                    differing += 1
                    digits = digits && Self.isDigitKey(text[start + j]) && Self.isDigitKey(keys[j])
                    if differing > 1 { break }
                }
                // One character differs, a digit for a digit, and the window is the whole number
                // written (not 10億 inside 110億).
                let before = start > 0 ? text[start - 1] : 0x20
                let after = start + keys.count < text.count ? text[start + keys.count] : 0x20
                // (Nor another of the fact's own values: 10億級 beside 50億級 of 百億級、50億級、10億級.)
                if differing == 1, digits, !(Self.isDigitKey(keys[0]) && Self.isDigitKey(before)),
                    !(Self.isDigitKey(keys[keys.count - 1]) && Self.isDigitKey(after)),
                    !fact.values.contains(where: { other in valueKeys[TextKey(other)].map { text[start..<(start + keys.count)].elementsEqual($0) } ?? false })
                {
                    return true
                }
            }
            return false
        }
    }

    /// A yes/no question that writes one of a fact's values (…是2023年1月28日召開的,對嗎?) is
    /// checking that fact, whatever other relation its words point to (召開).
    func statesValue(_ fact: Fact, _ a: QuestionAnalysis) -> Bool {
        guard a.cueSets.contains("yesno"), !fact.values.isEmpty else { return false }
        return fact.values.contains { value in
            guard let keys = valueKeys[TextKey(value)] else { return false }
            return keys.count >= 2 && Self.holds(a.normalized.keys, keys)
        }
    }

    /// For each key of `normalized`, how many times before it two neighbouring keys stood in
    /// different clauses of `original`: a clause mark (,。?!) or more than one dropped character
    /// (a passage blanked) between them; empty when no character was dropped between keys (one
    /// clause), and `original` is walked only when some were.
    func clauseJoins(_ normalized: NormalizedText, in original: String) -> [Int] {
        let origins = normalized.origins
        // (Empty when nothing was dropped between keys: one clause, nothing to count.)
        guard origins.indices.dropFirst().contains(where: { origins[$0] - origins[$0 - 1] > 1 }) else { return [] }
        var joins = [Int](repeating: 0, count: origins.count)
        var characters = original.makeIterator()
        var position = -1
        var count = 0
        for i in origins.indices.dropFirst() where origins[i] - origins[i - 1] > 1 {
            // (The characters dropped: a mark ends a clause, and so do two spaces or more, a
            // passage blanked; one space does not, nor a word the normalizer folded away.)
            var spaces = 0
            var ends = false
            while position < origins[i] - 1, let next = characters.next() {
                position += 1
                guard position > origins[i - 1], let scalar = next.unicodeScalars.first else { continue }
                if scalar.isWhiteSpace { spaces += 1 }
                if next.unicodeScalars.count == 1, scalar != ".", Self.clauseMarks.contains(scalar) { ends = true }
            }
            if ends || spaces >= 2 { count += 1 }
            joins[i] = count
        }
        // (Each key after a join counts it.)
        for i in joins.indices.dropFirst() { joins[i] = max(joins[i], joins[i - 1]) }
        return joins
    }

    func originalText(_ a: QuestionAnalysis, _ start: Int, _ end: Int) -> String {
        originalText(a, start, end, in: Array(a.original.lowercased()))
    }

    /// `originalText` with the characters of the question lower-cased, worked out once for
    /// several spans.
    func originalText(_ a: QuestionAnalysis, _ start: Int, _ end: Int, in chars: [Character]) -> String {
        guard start >= 0, end > start, end - 1 < a.normalized.origins.count else { return "" }
        let from = a.normalized.origins[start]
        let to = a.normalized.origins[end - 1]
        guard from <= to, to < chars.count else { return "" }
        return String(chars[from...to])
    }

    /// The rules that apply (their indices in `rules`), best first: those with a template that matches the whole
    /// question, then those whose cue words and entity types are present, each by specificity.
    func applicableRules(_ a: QuestionAnalysis) -> [Int] {
        let fillers = CompiledPattern.slotFillers(a)
        let keys = a.normalized.keys
        // (After a word that only leads in, 其中住建局的是誰?, a template may match the rest.)
        let start = leadInKeys.first { keys.count > $0.count && keys.starts(with: $0) }?.count ?? 0
        let shape = CompiledPattern.Shape(keys, fillers, from: start)
        // (Index loops here and below, not `contains(where:)` and `filter`: this runs for every rule
        // of every question, and a generic iterator's every step allocates in a debug build.)
        var templated = [Bool](repeating: false, count: rules.count)
        for i in 0..<rules.count {
            let patterns = rulePatterns[i]
            var j = 0
            while j < patterns.count, !(patterns[j].mayMatch(shape) && patterns[j].matches(keys, fillers, from: start)) { j += 1 }
            templated[i] = j < patterns.count
        }
        // The cue sets present, by number.
        var cuesPresent = [Bool](repeating: false, count: cueSetNumbers.count)
        for name in a.cueSets {
            if let number = cueSetNumbers[name] { cuesPresent[number] = true }
        }
        // Fixed slots belong to the templates: without one matching, such a rule does not apply.
        var applicable: [Int] = []
        for i in 0..<rules.count where templated[i] { applicable.append(i) }
        for i in 0..<rules.count where !templated[i] && rules[i].slots.isEmpty && cuesApply(i, cuesPresent, a) { applicable.append(i) }
        return applicable
    }

    /// Whether every number of `numbers` (`all`), or any (`!all`), is present.
    private static func present(_ numbers: [Int], in present: [Bool], all: Bool) -> Bool {
        var i = 0
        while i < numbers.count {
            if present[numbers[i]] != all { return !all }
            i += 1
        }
        return all
    }

    private func cuesApply(_ index: Int, _ present: [Bool], _ a: QuestionAnalysis) -> Bool {
        let cues = ruleCues[index]
        guard Self.present(cues.all, in: present, all: true) else { return false }
        if !cues.any.isEmpty, !Self.present(cues.any, in: present, all: false) { return false }
        if Self.present(cues.unless, in: present, all: false) { return false }
        let rule = rules[index]
        func usable(_ m: QuestionAnalysis.Mention) -> Bool {
            switch m.source {
            case .question: return true
            case .pronoun: return rule.usesContext
            case .implicit: return rule.usesContext && !rule.cues.isEmpty
            }
        }
        return rule.requires.allSatisfy { type in
            type == "any" ? a.mentions.contains(where: usable) : a.mentions.contains { usable($0) && $0.entity.type == type }
        }
    }

    // MARK: - Rendering helpers

    func render(_ name: String, _ values: [String: String]) -> String {
        templates[name]?.render(values) ?? name
    }

    func list(_ items: [String]) -> String {
        // Lists are short: each item compared with those kept, no hashing of long values.
        var kept: [String] = []
        kept.reserveCapacity(items.count)
        for item in items where !kept.contains(item) { kept.append(item) }
        return kept.joined(separator: render("list_separator", [:]))
    }

    func citation(_ quote: String) -> Reply.Citation {
        Reply.Citation(source: knowledge.source.file, quote: quote, line: quoteLines[TextKey(quote)] ?? 0)
    }

    func name(_ id: String) -> String { knowledge.entitiesByID[id]?.name ?? id }

    /// A person's name after the posts the article gives them (廣州市商務局局長洪謙), as the
    /// article introduces a speaker; anyone or anything else by name alone.
    func titled(_ id: String) -> String {
        let posts = postsOf(id).compactMap(\.value)
        return posts.isEmpty ? name(id) : list(posts) + name(id)
    }

    /// The values of a relation's template for `subject`: its name, and its posts where the
    /// template asks for them (`{titled}`).
    func subjectValues(_ template: String, _ subject: String) -> [String: String] {
        var values = ["subject": name(subject)]
        if templates[template]?.uses("titled") == true { values["titled"] = titled(subject) }
        return values
    }
}

extension Character {
    /// 0–9 only: `isNumber` is also true of 億 and 萬, which are words here.
    /// (By its UTF-8 bytes: one byte, 0x30–0x39; `isASCII` and `isNumber` look up Unicode tables.)
    var isASCIIDigit: Bool {
        let bytes = utf8
        guard let first = bytes.first, (0x30...0x39).contains(first) else { return false }
        return bytes.count == 1
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
            let last = scalars.lastIndex(where: { !$0.isWhiteSpace })
        else { return "" }
        return String(scalars[first...last])
    }
}

extension QAEngine {
    /// Facts whose values or objects their own quote does not contain: provenance that does
    /// not support the fact. Compared after normalization (script, punctuation, numerals).
    static func unsupportedFacts(_ knowledge: KnowledgeBase, normalizer: TextNormalizer) -> [KnowledgeIssue] {
        var issues: [KnowledgeIssue] = []
        func normalized(_ text: String) -> String { normalizer.normalize(text).string }
        func named(_ id: String, in quote: String) -> Bool {
            guard let entity = knowledge.entitiesByID[id] else { return true }
            return ([entity.name] + entity.aliases).contains { quote.contains(normalized($0)) }
        }
        for fact in knowledge.facts where fact.relation != "said" {
            let quote = normalized(fact.quote)
            var missing: [String] = []
            if fact.relation == "figure" {
                let digits = normalized(fact.value ?? "").filter { $0.isASCIIDigit || $0 == "." }
                if !digits.isEmpty, !quote.contains(digits) { missing.append(fact.value ?? "") }
            } else if fact.relation == "holds_post" {
                for id in [fact.role, fact.org].compactMap({ $0 }) where !named(id, in: quote) { missing.append(id) }
            } else {
                missing += fact.values.filter { !quote.contains(normalized($0)) }
                missing += fact.objects.filter { !named($0, in: quote) }
            }
            if !missing.isEmpty {
                issues.append(KnowledgeIssue(
                    code: "unsupported-fact", at: fact.location,
                    "the quote of `\(fact.subject) \(fact.relation)` does not contain \(missing.joined(separator: ", "))",
                    fix: "quote the sentence that says it, or split the fact so that each part has its own sentence"))
            }
        }
        return issues
    }
}

extension QAEngine {
    /// The question without control and format characters (NUL, escape, zero-width joiners, bidi
    /// overrides, byte-order marks): line breaks and tabs become spaces, the rest goes. They carry
    /// no meaning for the matcher, and an answer must never echo them.
    /// Whether a word of the lexicon's `pronoun_person` stands right at `end`, or after a mark or
    /// 的 there (那位市長,他): not further on (市長在大會上講…他沒聽清楚, the asker's 他; 市長讓他),
    /// nor as 他們.
    /// Where the first 他 or 她 (the lexicon's person pronouns, not 他們) of `keys` begins.
    func firstPersonPronoun(in keys: [UInt32]) -> Int? {
        var at = 0
        while at < keys.count {
            for run in pronounPersonKeys where at + run.count <= keys.count && keys[at..<(at + run.count)].elementsEqual(run) {
                if !(at + run.count < keys.count && Self.pluralKeys.contains(keys[at + run.count])) { return at }
            }
            at += 1
        }
        return nil
    }

    func pronounRightAfter(_ end: Int, _ keys: [UInt32]) -> Bool {
        guard end < keys.count else { return false }
        let joined = Self.isMark(Unicode.Scalar(keys[end]) ?? " ") || keys[end] == CharacterKey.key("的")
        for run in pronounPersonKeys {
            for at in joined ? [end, end + 1] : [end] where at + run.count <= keys.count && keys[at..<(at + run.count)].elementsEqual(run) {
                if !(at + run.count < keys.count && Self.pluralKeys.contains(keys[at + run.count])) { return true }
            }
        }
        return false
    }

    /// 們 in either script: 他們 is no 他.
    static let pluralKeys: Set<UInt32> = [CharacterKey.key("們"), CharacterKey.key("们")]

    /// `text` with each mark said aloud (逗號, 問號) written as the mark.
    func withMarksSpoken(_ text: String) -> String {
        guard !spokenMarkEnds.isEmpty, text.unicodeScalars.contains(where: spokenMarkEnds.contains) else { return text }
        // (Not where a word of the lexicon's `not_spoken_marks` holds it, 畫上句號, or begins with
        // its last character, 號召 of 那句號召.)
        var result = text
        for mark in spokenMarks where result.containsText(mark.from) {
            let inWord = notSpokenMarks.contains { word in
                word.containsText(mark.from) ? result.containsText(word)
                    : word.first == mark.from.last && result.containsText(mark.from + word.dropFirst())
            }
            if !inWord { result = result.replacing(mark.from, with: mark.to) }
        }
        return result
    }

    /// Whether `scalar` is a punctuation mark (what a phrase for a mark said aloud rewrites to).
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .otherPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .connectorPunctuation: true
        default: false
        }
    }

    /// A message a chat bot forwards with the chat's own marks around the question: lines that
    /// quote earlier messages (> 回复 阿明:…) and subject lines (Re: Re: 會議紀要) when another line
    /// is left, tags in square brackets ([圖片], [語音轉文字]) and hashtags (#高質量發展) — none of
    /// them what is asked.
    static func withoutChatNoise(_ message: String) -> String {
        guard hasChatMarks(message) else { return message }
        var lines = message.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        if lines.count > 1 {
            let kept = lines.filter { line in
                let text = line.drop { $0 == " " || $0 == "\u{3000}" }
                if text.hasPrefix(">") || text.hasPrefix("＞") { return false }
                return !subjectLinePrefixes.contains { text.lowercased().hasPrefix($0) }
            }
            if !kept.isEmpty { lines = kept }
        }
        var out = ""
        for line in lines {
            if !out.isEmpty { out.append("\n") }
            var rest = Substring(line)
            while let first = rest.first {
                // [圖片], 【用戶問題】: a tag of a few characters, no more.
                if first == "[" || first == "【", let close = rest.firstIndex(of: first == "[" ? "]" : "】"),
                    rest.distance(from: rest.startIndex, to: close) <= maximumChatTag
                {
                    rest = rest[rest.index(after: close)...]
                } else if first == "#" || first == "＃", let next = rest.dropFirst().first, !next.isWhitespace, !next.isNumber {
                    // #高質量發展: the word after it, to the next space.
                    rest = rest.drop { !$0.isWhitespace }
                } else {
                    out.append(first)
                    rest = rest.dropFirst()
                }
            }
        }
        return out.trimmingWhitespace.isEmpty ? message : out
    }
    /// Whether a message holds a mark `withoutChatNoise` acts on, told by its bytes: >, [, #, a line
    /// break, the full-width ＞ and ＃ (EF BC 9E, EF BC 83), or 【 (E3 80 90). Most messages hold
    /// none. (Testing the byte BC alone let through every message with a character whose last byte
    /// is BC, a third of them.)
    static func hasChatMarks(_ message: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in message.utf8 {
            switch byte {
            case 0x3E, 0x5B, 0x23, 0x0A, 0x0D: return true
            // (One pattern a case: a `where` guards only the pattern it follows.)
            case 0x9E where previous == 0xBC && beforePrevious == 0xEF: return true
            case 0x83 where previous == 0xBC && beforePrevious == 0xEF: return true
            case 0x90 where previous == 0x80 && beforePrevious == 0xE3: return true
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
    /// The longest tag in square brackets a chat puts in a message ([語音轉文字]), with its brackets.
    static let maximumChatTag = 8
    /// How a forwarded message's subject line begins (Re: Re: 會議紀要), lower-cased.
    static let subjectLinePrefixes = ["re:", "re：", "fwd:", "fw:", "回复:", "回复：", "回覆:", "回覆：", "转发:", "轉發:"]

    static func withoutControls(_ question: String) -> String {
        guard question.unicodeScalars.contains(where: isControl) else { return question }
        var scalars = String.UnicodeScalarView()
        for scalar in question.unicodeScalars {
            if !isControl(scalar) {
                scalars.append(scalar)
            } else if scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                scalars.append(" ")
            }
        }
        return String(scalars)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0: return true
        case 0x2028, 0x2029: return true
        case 0x3000...0xFFEF: return scalar.value == 0xFEFF
        case 0x20..<0x3000: return scalar.properties.generalCategory == .format
        default: return scalar.properties.generalCategory == .format
        }
    }
}

extension QAEngine {
    /// The first statement (in the graph's order) whose quote holds `text`, as
    /// `statements.first { $0.quote.contains(text) }` says, looking only at the statements that
    /// hold the rarest bigram of `text`.
    /// `where`: which statements' quotes may hold it (by default, all).
    static func firstStatement(
        containing text: String, in statements: [Fact], byBigram: [UInt64: [Int]], where allowed: (String) -> Bool = { _ in true }
    ) -> Fact? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2 else { return statements.first { allowed($0.quote) && $0.quote.contains(text) } }
        var rarest: [Int]?
        for i in scalars.indices.dropLast() {
            let key = UInt64(scalars[i].value) << 32 | UInt64(scalars[i + 1].value)
            guard let candidates = byBigram[key] else { return nil }  // no quote holds this bigram
            if rarest == nil || candidates.count < rarest!.count { rarest = candidates }
        }
        // Candidates are in the graph's order, so the first that holds the text is the first.
        for index in rarest ?? [] where allowed(statements[index].quote) && statements[index].quote.containsText(text) { return statements[index] }
        return nil
    }
}
