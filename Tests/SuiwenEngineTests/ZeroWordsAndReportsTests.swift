import Testing
@testable import SuiwenEngine

/// 零 alone as a word, what the last retrieved sentence was about, 這個屬於, the report as the
/// document, a place's status, the asker's place pointed back at, who the asker heard it from,
/// why under what, a second relation told in two sentences.
@Suite struct ZeroWordsAndReportsTests {
    @Test func zeroAloneIsAWordNotANumber() throws {
        #expect(!engine.normalizer.normalize("汽車零部件廠").characters.contains("0"))
        // (After a point it is a number: 幾點零 asks a version.)
        #expect(engine.normalizer.normalize("5點零").characters.contains("0"))
        let labour = try engine.answer("我在番禺一間汽車零部件廠做人事,招工很頭痛。想問這次大會上,市長有沒有講到勞動力供給?")
        // (No figure checked against a 0 the asker never wrote: 汽車 then 0 was 南沙's auto cluster.)
        #expect(!labour.answer.contains("不是這樣") && !labour.answer.contains("汽車產業集群"), "\(labour.answer)")
    }

    @Test func thisOneAfterARetrievedSentenceIsTheThingTheQuestionNamed() throws {
        let first = try engine.answer("番禺在广州的城市结构里是什么定位?")
        let whole = try engine.answer("这个属于哪个城市结构布局?", context: first.context)
        #expect(whole.status == .answered && whole.answer.contains("双核五极") && whole.answer.contains("番禺智造创新城"), "\(whole.answer)")
    }

    @Test func whatTheReportHoldsIsNoQuestionOfParts() throws {
        for question in ["報道裡有沒有提到瀝滘村?", "這次高質量發展大會的報道裡有沒有提到瀝滘村?"] {
            let mentioned = try engine.answer(question)
            #expect(mentioned.status == .answered && mentioned.answer.contains("復建房"), "\(question): \(mentioned.answer)")
        }
        // (A thing's parts are still asked with 裡有: 雙核裡有哪些?)
        let parts = try engine.answer("雙核裡有哪些?")
        #expect(parts.answer.contains("南沙新區"), "\(parts.answer)")
    }

    @Test func aPlacesStatusIsItsStanding() throws {
        let status = try engine.answer("廣州在營商環境方面有什麼國家層面的身份嗎")
        #expect(status.answer.contains("國家營商環境創新試點城市"), "\(status.answer)")
        // (A person's 身份 is still their post.)
        let post = try engine.answer("郭永航什麼身份?")
        #expect(post.answer.contains("市長"), "\(post.answer)")
    }

    @Test func theAskersPlacePointedBackAtIsAskedNotTheirAddress() throws {
        let village = try engine.answer("我住海珠區瀝滘村。報道有沒有提到我們村?")
        #expect(village.status == .answered && village.answer.contains("復建房"), "\(village.answer)")
    }

    @Test func whoTheAskerHeardItFromIsNoWordAsked() throws {
        let heard = try engine.answer("有个从外地来的老客人说广州火车站那一片要改造了，问我是不是真的。那篇大会报道里有提到吗？")
        #expect(heard.status == .answered && heard.answer.contains("片区"), "\(heard.answer)")
    }

    @Test func whyAskedOfAClauseAfterUnderWhatIsThatClause() throws {
        let why = try engine.answer("為什麼說市場主體信心提升了?")
        #expect(why.answer.contains("在一系列舉措下") && why.answer.contains("業務辦理時間更短"), "\(why.answer)")
    }

    @Test func aSecondRelationToldInTwoSentencesIsListedWhole() throws {
        let both = try engine.answer("南沙想打造什麼平臺或定位?")
        #expect(both.answer.contains("南沙科學城") && both.answer.contains("廣州新核") && both.answer.contains("創新型產業新高地"), "\(both.answer)")
    }

    // What a second reader found of the first version of these steps.
    @Test func aSecondReadersMisfiresStayFixed() throws {
        // (零 after the 點 of 重點 is a word; 零點五 is 0.5.)
        #expect(!engine.normalizer.normalize("重點零部件").characters.contains("0"))
        #expect(String(engine.normalizer.normalize("增長零點五").characters).contains("0.5"))
        // (身份證 is no status of a place.)
        let card = try engine.answer("在廣州辦身份證要多久?")
        #expect(!card.answer.contains("試點城市"), "\(card.answer)")
        // (A question typed straight on into what was heard: its words are still asked.)
        let typedOn = try engine.answer("庸懶散拖是什麼意思顧客說是服務差")
        #expect(typedOn.status == .answered && typedOn.answer.contains("庸懶散拖"), "\(typedOn.answer)")
        // (Another conference's report is not the document.)
        let other = try engine.answer("世界超高清視頻產業發展大會的報道裡,是哪個區要配合辦的?")
        #expect(other.answer.contains("越秀"), "\(other.answer)")
    }

    @Test func wordsAskedOfTheArticleWithTheirSettingNamedAreFound() throws {
        let found = try engine.answer("大会讲营商环境的时候，有没有提到跨境贸易？")
        #expect(found.status == .answered && found.answer.contains("跨境贸易便利度"), "\(found.answer)")
        // (Asked of the thing named in the same clause: of it, and it does not say.)
        let ofIt = try engine.answer("增城有沒有提到跨境貿易?")
        #expect(ofIt.status == .noAnswer, "\(ofIt.answer)")
    }

    @Test func whatWasDoneBeforeAsksTheMeasures() throws {
        let why = try engine.answer("為甚麼說廣州「堅持制造業立市」?")
        let done = try engine.answer("之前做過哪些事?", context: why.context)
        #expect(done.answer.contains("鏈長制") && done.answer.contains("21條"), "\(done.answer)")
    }
}
