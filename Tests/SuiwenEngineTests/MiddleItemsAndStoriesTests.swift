import Testing
@testable import SuiwenEngine

/// The middle items of the last list; what is inside a whole counted in the question; a typed
/// homophone of 搬; another city set against Guangzhou; the asker's story told in English, or
/// their trade in who they are; language words read from the lexicon.
@Suite struct MiddleItemsAndStoriesTests {
    @Test func theMiddleItemsOfTheLastListAreThoseBetweenTheFirstAndTheLast() throws {
        let first = try engine.answer("營商環境1.0是什麼")
        let fifth = try engine.answer("那5.0呢", context: first.context)
        let middle = try engine.answer("中間三個呢", context: fifth.context)
        #expect(middle.answer.contains("指標攻堅") && middle.answer.contains("流程再造") && middle.answer.contains("繡花功夫"), "\(middle.answer)")
        #expect(!middle.answer.contains("簡政放權") && !middle.answer.contains("激發活力"), "\(middle.answer)")
        // (With nothing before it: nothing to pick from, said so.)
        #expect(try engine.answer("中間三個呢?").status == .noAnswer)
    }

    @Test func whatIsInsideAWholeItsCountNamesGetsItsItemsNotItsCountChecked() throws {
        let cars = try engine.answer("想问下大会上说的8个万亿级产业链群里,有没有汽车这一块?")
        #expect(cars.answer.contains("智能网联与新能源汽车"), "\(cars.answer)")
        // (The count itself claimed is still checked.)
        let count = try engine.answer("广州要打造8个万亿级产业链群,是这样吗?")
        #expect(count.intent == "figure.check", "\(count.intent)")
    }

    @Test func banTypedForItsHomophoneAfterAWordOfWillIsToMove() throws {
        let moved = try engine.answer("中大布匹市场那些档口要般去哪里")
        #expect(moved.answer.contains("广清纺织服装产业园"), "\(moved.answer)")
        // (一般去, usually going, is no move.)
        #expect(!engine.normalizer.normalize("你一般去哪里买布").string.contains("转移"))
    }

    @Test func anotherCitySetAgainstGuangzhouInAClauseBeforeIsTheAskersFrame() throws {
        let tiers = try engine.answer("深圳講「20+8」產業集群,廣州這邊提的「萬千百」產業鏈群梯隊具體指什麼?")
        #expect(tiers.status == .answered && tiers.answer.contains("萬億級"), "\(tiers.answer)")
        // (Asked of the other city itself: outside the article, said so.)
        #expect(try engine.answer("深圳的區委書記是誰?").answer.contains("深圳"))
    }

    @Test func theAskersStoryInEnglishIsSetAside() throws {
        let entities = try engine.answer(
            "I teach economics at a secondary school in Hong Kong. According to the report, how many market entities did Guangzhou have at the end of 2022?")
        #expect(entities.status == .answered && entities.answer.contains("315.55"), "\(entities.answer)")
        let chains = try engine.answer("I'm a biotech researcher just back from Germany. How many key industrial chains does Guangzhou coordinate?")
        #expect(chains.answer.contains("21"), "\(chains.answer)")
        // (A number between two digits, 3.88, ends no sentence.)
        #expect(!QAEngine.endsEnglishSentence(Array("增長3.88 嗎".unicodeScalars), at: 4))
    }

    @Test func theTradeInWhoTheAskerIsIsTheirStoryWhenTheQuestionNamesItsOwn() throws {
        let chains = try engine.answer("我是做生物醫藥研究的,剛從德國回來。廣州統籌推進多少條重點產業鏈?")
        #expect(chains.answer.contains("21條"), "\(chains.answer)")
        // (The trade asked of again is what is asked.)
        let again = try engine.answer("我是做生物醫藥的,生物醫藥是千億級嗎?")
        #expect(again.answer.hasPrefix("是的"), "\(again.answer)")
    }

    @Test func languageWordsAreTheLexicons() throws {
        #expect(!engine.howWordKeys.isEmpty && !engine.howNotMeansKeys.isEmpty && !engine.askingOpenerWords.isEmpty)
        #expect(!engine.politeRequestWords.isEmpty && !engine.spokenOfWords.isEmpty && engine.whatWords.contains("谁"))
        #expect(engine.figureOfItAsked == "是多少?")
        // (Read from them: 怎麼 before a verb asks how.)
        #expect(try engine.howAskedVerb(engine.analyze("怎麼縮短周期?", context: ConversationContext())) != nil)
    }

    @Test func aSecondReadersFindings() throws {
        // (Whether a whole holds a number is still a figure checked.)
        #expect(try engine.answer("廣州市場主體中有沒有超過300萬戶?").answer.hasPrefix("是的"))
        #expect(try engine.answer("萬億級產業鏈群裡有冇8個?").answer.hasPrefix("是的"))
        // (The asker's trade pointed back at is what is asked.)
        #expect(try engine.answer("我是做時尚產業的,我們行業是萬億級產業鏈群嗎?").answer.hasPrefix("是的"))
        // (Two things' counts compared, not what else of them is asked.)
        #expect(!(try engine.answer("萬億級和千億級產業鏈群的產值哪個多?").answer.contains("多於")))
        #expect(try engine.answer("萬億級和千億級產業鏈群的數量哪個多?").answer.contains("多於"))
        // (The middle items only as many as there are, and never the second item instead.)
        let first = try engine.answer("營商環境1.0是什麼")
        #expect(!(try engine.answer("中間兩個呢", context: first.context).answer.contains("第2個")))
        let cores = try engine.answer("雙核是什麼")
        #expect(!(try engine.answer("中間的呢", context: cores.context).answer.contains("第2個")))
        // (A title's full stop, and etc. before more of the sentence, end no sentence; a clause that
        // compares is no frame.)
        #expect(try engine.answer("Was Shenzhen mentioned by Mr. Guo Yonghang?").answer.contains("深圳"))
        #expect(try engine.answer("Compared with Shenzhen etc. how many market entities does Guangzhou have?").answer.contains("深圳"))
        #expect(try engine.answer("和深圳比,廣州的萬億級產業鏈群算多嗎?").answer.contains("深圳"))
    }

    @Test func aPostWhoseHoldersSpokeIsTheirsOfTheDistrictTheConversationIsAbout() throws {
        let haizhu = try engine.answer("海珠有什麼計劃?")
        let said = try engine.answer("區委書記在大會上是怎麼說的?", context: haizhu.context)
        #expect(said.status == .answered && said.answer.contains("蔡澍"), "\(said.answer)")
        // (With nothing before it, which of them is asked back.)
        #expect(try engine.answer("區委書記在大會上是怎麼說的?").status == .clarify)
    }

    @Test func theLastListsItemsPointedAtByTheirKindAreAskedByName() throws {
        let villages = try engine.answer("海珠的城中村改造，文章裡點名了哪幾條村？")
        let built = try engine.answer("那兩條村具體要加快建什麼？", context: villages.context)
        #expect(built.answer.contains("復建房"), "\(built.answer)")
        // (A count not theirs points at none of them.)
        #expect(engine.namingPointedItems(engine.analyze("那三條村要加快建什麼?", context: ConversationContext(token: villages.context) ?? ConversationContext())) == nil)
    }

    @Test func aThirdReadersFindings() throws {
        // (Asked of all the post's holders, after a district: all of them.)
        let haizhu = try engine.answer("海珠有什麼計劃?")
        let all = try engine.answer("有哪些區委書記發言了？", context: haizhu.context)
        #expect(all.answer.contains("盧一先") && all.answer.contains("郭昊羽"), "\(all.answer)")
        // (Uncounted, a pointer stands for every item of the list, not some that share a character.)
        let areas = try engine.answer("片區改造新模式重點推進哪些片區?")
        #expect(engine.namingPointedItems(engine.analyze("這些區域的改造目標是什麼?", context: ConversationContext(token: areas.context) ?? ConversationContext())) == nil)
        // (The asker's own city pointed back at is asked of: outside the article, said so.)
        #expect(try engine.answer("我是深圳人。我們市有多少市場主體?").answer.contains("深圳"))
        #expect(try engine.answer("I live in Shenzhen. How many market entities does my city have?").answer.contains("深圳"))
        // (An English phrase ends a word too: announced, not announcement.)
        #expect(!engine.normalizer.normalize("the announcement").string.contains("宣布"))
        #expect(engine.normalizer.normalize("who announced it").string.contains("宣布"))
    }
}
