import Testing
@testable import SuiwenEngine

/// Where the asker is, told before a question of the city's; a place's name that names a street;
/// the clause before the one found that holds the verb asked; a thing's parts asked each; a rank
/// claimed; a purpose opened by 實現.
@Suite struct StoriesStreetsAndNeighbourClausesTests {
    @Test func theAskersPlaceToldBeforeAQuestionOfTheCityIsTheirStory() throws {
        let landlord = try engine.answer("我在海珠瀝滘村有兩棟出租屋,最近老聽說要改造。廣州今年計劃推進多少個城中村改造項目?")
        #expect(landlord.status == .answered && landlord.answer.contains("127"), "\(landlord.answer)")
        #expect(landlord.explanation.contextUsed.contains("瀝滘村"), "\(landlord.explanation.contextUsed)")
        // (Without the city named in the question, the place stays: 海珠's count is not given.)
        #expect(!(try engine.answer("我在海珠有兩棟出租屋。今年海珠計劃推進多少個城中村改造項目?").answer.contains("127個城中村改造項目")))
        // (Nor when the question points back at their place.)
        let pointed = try engine.answer("我在南沙做芯片。廣州對我們這邊有什麼定位?")
        #expect(!pointed.explanation.contextUsed.contains("where the asker is"), "\(pointed.explanation.contextUsed)")
    }

    @Test func whoTheAskerIsBeforeAPlaceOutsideTheArticleIsTheirStory() throws {
        let manager = try engine.answer("我是天河一家做信創軟件公司的產品經理。軟件和信創在會上被列為哪一級的產業鏈群?")
        #expect(manager.status == .answered && manager.answer.contains("萬億級"), "\(manager.answer)")
        // (A post asked there is still of their place, which the article does not speak of.)
        #expect(try engine.answer("我是天河的,天河區委書記是誰?").status == .noAnswer)
    }

    @Test func aPlacesNameBeforeAStreetWordNamesTheStreet() throws {
        #expect(!(try engine.answer("北京路上的商戶能享受越秀的首席服務官服務嗎?").answer.contains("沒有提到北京。")))
        let street = try engine.answer("我家在北京路附近,越秀區說要以什麼信用走廊建設為抓手?")
        #expect(!street.answer.contains("文章沒有提到北京。"), "\(street.answer)")
        #expect(try engine.answer("北京的營商環境怎麼樣?").status == .noAnswer)
    }

    @Test func theVerbAskedInTheClauseBeforeTheOneFoundComesWithIt() throws {
        let means = try engine.answer("文中說要把科教人才資源優勢轉化為創新發展勝勢,靠打通什麼?")
        #expect(means.answer.contains("良性循環"), "\(means.answer)")
    }

    @Test func aThingsPartsAskedEachAreItsPartsNotAClauseSharingAWord() throws {
        let versions = try engine.answer("營商環境從1.0改到5.0,每一版的重點分別是什麼?")
        #expect(versions.answer.contains("簡政放權") && versions.answer.contains("激發活力"), "\(versions.answer)")
    }

    @Test func aRankClaimedIsAnsweredByTheRankTheArticleGives() throws {
        let first = try engine.answer("聽說在全國工商聯萬家民營企業評營商環境裡,廣州排全國第一,真的嗎?")
        #expect(first.answer.contains("前列"), "\(first.answer)")
    }

    @Test func aPurposeOpenedBy實現AnswersWhy() throws {
        let why = try engine.answer("郭永航為什麼強調要提速建設東部發展軸?")
        #expect(why.status == .answered && why.answer.contains("商脈"), "\(why.answer)")
    }

    @Test func theAskersPlacePointedAtOrAPostAskedThereKeepsThePlace() throws {
        let pointed = try engine.answer("我住海珠。廣州對我所在的區有什麼改造計劃?")
        #expect(pointed.answer.contains("海珠"), "\(pointed.answer)")
        let post = try engine.answer("我住海珠。廣州這次大會上,區委書記講了什麼?")
        #expect(post.answer.contains("蔡澍"), "\(post.answer)")
        // (The city's one post is the city's: the asker's place is their story.)
        let mayor = try engine.answer("我住在海珠。廣州市長是誰?")
        #expect(mayor.answer.contains("郭永航"), "\(mayor.answer)")
    }

    @Test func wordsThatBeginAsAStreetDoAreNoStreet() throws {
        for question in ["深圳街道今年計劃推進多少個城中村改造項目?", "深圳路演引進了多少家500強央企子公司?"] {
            let reply = try engine.answer(question)
            #expect(reply.status == .noAnswer && reply.answer.contains("深圳"), "\(question): \(reply.answer)")
        }
    }

    @Test func aClaimClosedBy吧AsksAsAQuestionOfItsOwn() throws {
        let reply = try engine.answer("郭永航是廣州的市委書記吧?南沙區委書記是誰?")
        #expect(reply.answer.contains("市長") && reply.answer.contains("盧一先"), "\(reply.answer)")
        #expect(!reply.answer.contains("不是南沙"), "\(reply.answer)")
        // (Not an opener that names a thing, 你聽說過瀝滘村吧?: what follows asks of it.)
        let opener = try engine.answer("你聽說過瀝滘村吧?那裡有什麼項目?")
        #expect(opener.answer.contains("復建房") && !opener.answer.contains("盧一先"), "\(opener.answer)")
    }

    @Test func cantonese變成點AsksHow() throws {
        let reply = try engine.answer("喂,想問吓嗰個會話要令國企、民企同外企變成點呀?")
        #expect(reply.answer.contains("敢闖"), "\(reply.answer)")
    }

    @Test func aQuestionOfItsOwnWordsAfterATopicIsAnsweredWhereTheyAre() throws {
        let replies = try thread("郭永航強調各區各部門要優先安排啲咩工作呀?", "點解要盡量縮短項目周期㗎?")
        #expect(replies[1].answer.contains("搶抓機遇"), "\(replies[1].answer)")
        // (Pointed back at a person, and someone else said it: not them, and who.)
        let pointed = try thread("蔡澍是誰?", "他有沒有講過招商引資要跑起來?")
        #expect(pointed[1].answer.hasPrefix("不是蔡澍") && pointed[1].answer.contains("洪謙"), "\(pointed[1].answer)")
        // (A follow-up in general words stays on the topic.)
        let topic = try thread("南沙的產業重點?", "那具體有哪些措施?")
        #expect(topic[1].answer.contains("南沙"), "\(topic[1].answer)")
    }

    @Test func theSourceOfAPassageAskedWithWhoSaidItIsNoFiguresDetail() throws {
        let reply = try engine.answer("「國企敢干、民企敢闖、外企敢投」這句是誰講的?麻煩附上前後文,我要給辯論隊核對出處。")
        #expect(reply.status == .answered && reply.answer.contains("郭永航"), "\(reply.answer)")
        // (A figure's detail asked with no figure before it: which number is asked back.)
        #expect(try engine.answer("單位是什麼?").explanation.rule == "followup.figure-detail")
    }

    @Test func englishAsksYesOrNoOfAClaim() throws {
        let reply = try engine.answer("I read that Guangzhou has 10 个万亿级产业链群, correct?")
        #expect(reply.answer.hasPrefix("不是") && reply.answer.contains("8"), "\(reply.answer)")
    }

    @Test func twoPeopleNamedWithTheirPlacesAreEachSummarized() throws {
        let reply = try engine.answer("越秀的郭昊羽和海珠的蔡澍,兩個人講的重點有什麼不一樣?")
        #expect(reply.answer.contains("郭昊羽的發言要點") && reply.answer.contains("蔡澍的發言要點"), "\(reply.answer)")
    }

    @Test func whyWithNoReasonIsToldWithTheActionItIsPartOf() throws {
        let framed = try engine.answer("請問海珠為什麼要推動中大紡織商圈的企業轉移?")
        #expect(framed.status == .answered && framed.answer.contains("產業轉型升級和梯度有序轉移行動"), "\(framed.answer)")
        let followUp = try thread("中大紡織商圈以後要變成乜嘢?", "咁即係我哋啲檔口冇得留?點解要咁做?")
        #expect(followUp[1].answer.contains("梯度有序轉移行動"), "\(followUp[1].answer)")
        // (Not an action that is itself what is asked; not where no clause names one.)
        #expect(try engine.answer("海珠為什麼要搞城中村改造?").status == .noAnswer)
        #expect(try engine.answer("南沙為什麼要鞏固提升汽車產業集群?").status == .noAnswer)
    }
}
