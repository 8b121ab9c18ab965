import Testing
@testable import SuiwenEngine

/// Claims heard and checked, the asker's rough years, a relation asked right after 什麼, a kind a
/// name already says, a thing not in the last list, 那 typed for 哪, a goal asked how.
@Suite struct ClaimsHeardAndAskedTests {
    @Test func theAskersRoughYearsAreTheirStoryNotAFigure() throws {
        #expect(!QAEngine.holdsExactNumber(Array("我在東莞設廠10幾年了".unicodeScalars), guesses: engine.numberGuessWords))
        #expect(!QAEngine.holdsExactNumber(Array("做了20多年".unicodeScalars), guesses: engine.numberGuessWords))
        #expect(QAEngine.holdsExactNumber(Array("127個項目".unicodeScalars), guesses: engine.numberGuessWords))
        let story = try engine.answer("我在東莞設廠十幾年了,想問廣州對製造業有什麼支持?")
        #expect(!story.answer.contains("東莞"), "\(story.answer)")
    }

    @Test func aRelationRightAfterAWordThatAsksIsTheOneAsked() throws {
        let post = try engine.answer("郭永航在大會上是以什麼身份發言的?")
        #expect(post.answer.contains("市長"), "\(post.answer)")
        #expect(!post.answer.contains("區委書記"), "\(post.answer)")
    }

    @Test func aKindItsOwnNameSaysIsTheNamesWhole() throws {
        let first = try engine.answer("南沙以后主要搞什么产业?")
        let cluster = try engine.answer("佢嗰个汽车产业集群系咪千亿级嘅?", context: first.context)
        #expect(cluster.status == .answered && cluster.answer.contains("两千亿级"), "\(cluster.answer)")
    }

    @Test func aClaimCheckedThenAnotherQuestionAreTwoQuestions() throws {
        let both = try engine.answer("聽朋友說廣州的市場主體去年增長超過5%,是真的嗎?總共有多少戶?")
        #expect(both.answer.contains("3.88%") && both.answer.contains("315.55萬"), "\(both.answer)")
    }

    @Test func whatNeighboursSayBeforeIsItTrueIsTheClaimChecked() throws {
        let heard = try engine.answer("我屋企喺沥滘村,街坊话复建房要加快建,系咪真嘅?")
        #expect(heard.status == .answered && heard.answer.contains("复建房"), "\(heard.answer)")
        // (A word the phrases make the document's, typed with a homophone: meant.)
        let typed = try engine.answer("我屋企喺沥滘村,街坊话复见房要加快建,系咪真嘅?")
        #expect(typed.status == .answered && typed.answer.contains("复建房"), "\(typed.answer)")
    }

    @Test func newsHeardBeforeAQuestionOfItsOwnIsSetAside() throws {
        let attitude = try engine.answer("我在白雲開廠做外貿的,今年單子少,心裡很慌。聽說年初七市裡開了個高質量發展大會,市長對企業到底是什麼態度?")
        #expect(attitude.answer.contains("郭永航") && !attitude.answer.contains("大年初七"), "\(attitude.answer)")
    }

    @Test func aThingOfTheListsKindNotInItIsSaidNotToBe() throws {
        let zones = try engine.answer("广州三大国家级开发区是哪三个")
        let panyu = try engine.answer("番禺算不算", context: zones.context)
        #expect(panyu.answer.hasPrefix("不是") && panyu.answer.contains("增城"), "\(panyu.answer)")
        let nansha = try engine.answer("南沙算不算", context: zones.context)
        #expect(!nansha.answer.hasPrefix("不是") && nansha.answer.contains("南沙"), "\(nansha.answer)")
    }

    @Test func thatTypedForWhichInAFirstQuestionIsRead() throws {
        #expect(engine.whichTypedAsThat("王宏伟说要重点推进那些片区连片改造") == "王宏伟说要重点推进哪些片区连片改造")
        let areas = try engine.answer("王宏伟说要重点推进那些片区连片改造")
        #expect(areas.answer.contains("罗冲围"), "\(areas.answer)")
    }

    @Test func aPostTypedRightAfterAPointerIsMeant() throws {
        #expect(try engine.answer("那个局张说了啥").status == .clarify)
    }

    @Test func howAGoalTheQuestionWritesOutIsReachedIsTheClausesBeforeIt() throws {
        let how = try engine.answer("市长说广州要怎样把科教人才资源优势转化为创新发展胜势?")
        #expect(how.answer.contains("良性循环"), "\(how.answer)")
    }

    @Test func whichOfTwoDistrictsAskedAfterThem() throws {
        let secretaries = try engine.answer("海珠和越秀的区委书记分别是谁?")
        let which = try engine.answer("两个区里哪个提到了城中村改造?", context: secretaries.context)
        #expect(which.answer.contains("海珠"), "\(which.answer)")
    }
}

/// A second reader's findings: words that hold the new ones, and items that hold a thing's name.
@Suite struct ClaimsHeardSecondReaderTests {
    @Test func aPartOfOneItemsNameIsNotSaidToBeOutOfTheList() throws {
        let clusters = try engine.answer("13個千億級產業鏈群包括哪些?")
        let chips = try engine.answer("集成電路算不算?", context: clusters.context)
        #expect(!chips.answer.contains("不在其中") && !chips.answer.contains("沒有集成電路"), "\(chips.answer)")
        let trillion = try engine.answer("8個萬億級產業鏈群有哪些?")
        let semis = try engine.answer("半導體算不算?", context: trillion.context)
        #expect(semis.answer.contains("千億級"), "\(semis.answer)")
    }

    @Test func wordsHoldingTheNewOnesKeepTheirMeaning() throws {
        // (出口 of 提出口號, 做出口 in the asker's story: not exports asked about.)
        #expect(try engine.answer("我們公司主要做出口,想知道商務局局長是誰").answer.contains("洪謙"))
        #expect(try engine.answer("今年廣州外貿出口的目標是多少億?").status == .noAnswer)
        // (區哪個 of 海珠區哪個村: no district asked.)
        #expect(try engine.answer("海珠區哪個村要加快復建房建設?").answer.contains("瀝滘村"))
        // (那個 of 那個會上 is that meeting, not which.)
        #expect(!(try engine.answer("那個會上市長說廣州有400萬戶市場主體").answer.hasPrefix("是在")))
        // (以企業家身份發言: who spoke, not their post; 招人才 is talent.)
        #expect(try engine.answer("有哪些人以企業家身份發言?").answer.contains("優秀企業經營者"))
        #expect(!engine.normalizer.normalize("廣州怎麼招人才?").string.contains("劳动力"))
    }
}

/// The second batch's fixes: land outside the article, a preference opening a clause, the
/// newest version, a subject left out before 在 after a time.
@Suite struct LeadersLandAndPreferencesTests {
    @Test func landSupplyIsOutsideTheArticle() throws {
        #expect(try engine.answer("今年的供地規模、土地出讓計劃有公布嗎?").status == .noAnswer)
        #expect(try engine.answer("用地審批有什麼支持?").answer.contains("用地用林用海"))
    }

    @Test func bestOpeningAClauseAsksAPreferenceOfTheReply() throws {
        let quote = try engine.answer("我在做一个营商环境短片,想要一句讲政商关系、能直接引用的话,最好短一点,谁说的也告诉我")
        #expect(quote.status == .answered && quote.answer.contains("亲清政商关系"), "\(quote.answer)")
        #expect(try engine.answer("哪個區的營商環境最好?").intent == "compare.superlative")
        // (最好的 and a noun is a superlative wherever it stands.)
        #expect(try engine.answer("南沙要做什麼,最好的項目是哪個?").answer.contains("沒有說哪一個最好"))
    }

    @Test func theNewestVersionIsTheLastItem() throws {
        let first = try engine.answer("廣州營商環境改革現在做到幾點零了")
        let each = try engine.answer("每個版本的重點分別是什麼", context: first.context)
        let newest = try engine.answer("最新那一版呢", context: each.context)
        #expect(newest.answer.contains("激發活力"), "\(newest.answer)")
    }

    @Test func aSubjectLeftOutBeforeAtIsTheLastTurns() throws {
        let platforms = try engine.answer("南沙要推進哪些平台建設?")
        let pole = try engine.answer("建好以後在科技創新走廊裡算什麼位置", context: platforms.context)
        #expect(pole.answer.contains("南部極點"), "\(pole.answer)")
        // (A subject of its own before 在, 總部在越秀裡: not the last turn's place.)
        let headquarters = try engine.answer("總部在越秀裡算什麼位置?", context: platforms.context)
        #expect(!headquarters.answer.contains("南部極點"), "\(headquarters.answer)")
    }
}
