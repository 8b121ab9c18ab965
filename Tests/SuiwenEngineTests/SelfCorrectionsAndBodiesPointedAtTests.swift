import Testing
@testable import SuiwenEngine

/// A name corrected in the same message (海珠書記叫啥 哦不對 越秀的), a body pointed back at (該局),
/// the post of a district pointed back at (這位書記, 該區書記), which holder of a post said
/// something named, and which district's words write a name no district's fact has.
@Suite struct SelfCorrectionsAndBodiesPointedAtTests {
    @Test func aNameCorrectedInTheSameMessageIsAskedInsteadOfTheFirst() throws {
        for (question, right, wrong) in [
            ("海珠书记叫啥 哦不对 越秀的", "郭昊羽", "蔡澍"),
            ("商務局長是誰,打錯了,住建局", "王宏偉", "洪謙"),
            ("南沙的書記是誰 不是不是 我是說海珠", "蔡澍", "盧一先"),
        ] {
            let reply = try engine.answer(question)
            #expect(reply.answer.contains(right), "\(question): \(reply.answer)")
            #expect(!reply.answer.contains(wrong), "\(question): \(reply.answer)")
        }
    }

    @Test func noCorrectionWhereTheMarkIsPartOfAYesNoQuestionOrNoNameFollows() throws {
        // (不對 of 對不對 corrects nothing: 越秀呢 is a question of its own after it.)
        #expect(engine.withSelfCorrection("海珠摸排了821家企業,對不對?越秀呢") == nil)
        // (A doubt of the last answer, 不對吧, with more than a name after it.)
        #expect(engine.withSelfCorrection("海珠區委書記是郭昊羽嗎?不對吧,我記得是蔡澍") == nil)
        // (A mark ending the message, 我說錯了, or a name or two after it: nothing to ask instead.)
        for question in ["海珠書記是誰 說錯了", "南沙書記是誰 哦不對", "海珠書記是誰 不對", "海珠 不對 越", "不對", "哦不對越秀"] {
            #expect(engine.withSelfCorrection(question) == nil, "\(question)")
            _ = try engine.answer(question)
        }
        // (Nothing of the corrected name's type before the mark.)
        #expect(engine.withSelfCorrection("城中村改造有多少個項目 哦不對 越秀") == nil)
        #expect(engine.withSelfCorrection("海珠书记叫啥 哦不对 越秀的") == "越秀书记叫啥")
    }

    @Test func messagesOfMarksNamesAndSpacesInAnyOrderNeverBreakTheCorrectionPass() throws {
        // (Pieces of corrections in a fixed pseudo-random order: each message read without a trap.)
        let pieces = ["哦不對", "不對", "不是不是", "說錯了", "打錯了", "我是說", "我想問", "應該是", "越秀", "海珠", "南沙", "商務局", "住建局",
                      "盧一先", "書記", "叫啥", "的", "吧", "才對", "想問", "?", ",", " ", "。", "呢"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for round in 0..<3000 {
            var message = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<(1 + Int(state >> 60)) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                message += pieces[Int(state >> 33) % pieces.count]
            }
            _ = engine.withSelfCorrection(message)
            if round % 6 == 0 { _ = try? engine.answer(message) }
        }
    }

    @Test func theBodyPointedBackAtIsTheLastTurnsOrItsPersonsBody() throws {
        let replies = try thread("請問廣州市商務局局長為哪位?", "該局在服務企業方面有什麼承諾?")
        #expect(replies[1].answer.contains("娘家人"), "\(replies[1].answer)")
        // (那個局長 is a post's holder, not 那個局.)
        let post = try thread("乘客问商务局那个局长叫洪什么", "乘客说的是讲城中村改造那个局长")
        #expect(post[1].answer.contains("王宏伟"), "\(post[1].answer)")
    }

    @Test func thePostOfTheDistrictPointedBackAtIsItsHoldersNotEveryHolders() throws {
        for follow in ["这位书记提到的重点产业有哪些", "该区书记提到哪些重点产业"] {
            let replies = try thread("南沙在广州科技创新走廊中的定位是哪一极?", follow)
            #expect(replies[1].answer.contains("集成电路"), "\(follow): \(replies[1].answer)")
            #expect(!replies[1].answer.contains("郭昊羽"), "\(follow): \(replies[1].answer)")
        }
    }

    @Test func whichHolderOfAPostSaidSomethingNamedIsItsSpeaker() throws {
        let reply = try engine.answer("那个城中村改造是哪个局长讲的?")
        #expect(reply.answer.contains("王宏伟"), "\(reply.answer)")
        #expect(!reply.answer.contains("洪谦"), "\(reply.answer)")
    }

    @Test func whichDistrictAskedOfANameOnlyADistrictsWordsWriteIsThatDistrict() throws {
        let reply = try engine.answer("哪個區提到了超高清視頻")
        #expect(reply.status == .answered)
        #expect(reply.answer.hasPrefix("是越秀"), "\(reply.answer)")
        // (哪一區 asks which district as 哪個區 does.)
        let which = try engine.answer("「首席服務官」制度是哪一區提出?")
        #expect(which.answer.contains("越秀"), "\(which.answer)")
    }

    @Test func aSurnameWithATitleBesideATopicAsksBackWhichOfThem() throws {
        let reply = try engine.answer("請問郭先生於會上就營商環境發表了何種意見?")
        #expect(reply.status == .clarify, "\(reply.answer)")
    }
}

/// The item after or before one of a list, a version asked of the list named, a shared name
/// told apart by the characters before it, a summary asked politely, and a part asked for its
/// whole name beside another question.
@Suite struct NeighboursVersionsAndSharedNamesTests {
    @Test func theItemAfterOrBeforeOneOfAListIsItsNeighbourInTheArticlesOrder() throws {
        let reply = try engine.answer("營商環境改革中,「繡花功夫」之後的下一階段為何?其前一階段又為何?")
        #expect(reply.answer.contains("之後是激發活力") && reply.answer.contains("之前是流程再造"), "\(reply.answer)")
        let last = try engine.answer("激發活力的下一階段呢")
        #expect(last.answer.contains("最後一個"), "\(last.answer)")
        // (最後一個 holds 後一個: still the last of the list, not a neighbour.)
        let replies = try thread("營商環境1.0到5.0改革包括哪些?", "最後一個呢")
        #expect(replies[1].answer.contains("激發活力") && !replies[1].answer.contains("之後是"), "\(replies[1].answer)")
    }

    @Test func aVersionAskedOfTheListNamedIsItsItemButAClaimOfHowFarItWentIsAFigure() throws {
        #expect(try engine.answer("營商環境3.0階段之主題為何?").answer.contains("流程再造"))
        #expect(try engine.answer("营商环境1.0的时候主题是啥").answer.contains("简政放权"))
        let claim = try engine.answer("營商環境改革都搞到6.0了?")
        #expect(claim.answer.contains("5輪"), "\(claim.answer)")
    }

    @Test func aNameSeveralThingsShareIsTheOneWhoseNameHoldsTheCharactersBeforeIt() throws {
        let reply = try engine.answer("那個文化示範區叫什麼")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("粵港澳大灣區文化融合發展示范區"), "\(reply.answer)")
        #expect(try engine.answer("示範區在哪").status == .clarify)
    }

    @Test func aSummaryAskedPolitelyNamingTheConferenceIsTheDocumentsOutline() throws {
        let reply = try engine.answer("老師讓我們讀廣州高質量發展大會那篇文章,能幫我總結一下主要內容嗎?大概分幾個方面講的")
        #expect(reply.answer.contains("分3部分"), "\(reply.answer)")
    }

    @Test func aPartAskedForItsWholeNameBesideAnotherQuestionLeavesEachItsAnswer() throws {
        let reply = try engine.answer("南沙要推進哪些平台建設?另外它被定位為廣州科技創新走廊的什麼?")
        #expect(reply.answer.contains("南沙科學城") && reply.answer.contains("南部極點"), "\(reply.answer)")
    }

    @Test func theStagesOfAListAskedWhatEachIsCalledAreItsItemsNotTheCitysOtherNames() throws {
        let reply = try engine.answer("敬請說明廣州營商環境改革自1.0至5.0,各階段分別稱為何?")
        #expect(reply.answer.contains("簡政放權") && reply.answer.contains("激發活力"), "\(reply.answer)")
    }
}

/// A district the article names only inside one of its things, a shared name told by the
/// sentence the last answer quoted, and neighbours asked of a version.
@Suite struct PlacesNamedInsideAndSharedNamesByContextTests {
    @Test func aDistrictNamedOnlyInsideAThingsNameIsSaidToBeNamedThere() throws {
        let reply = try engine.answer("文章有沒有講到番禺區?")
        #expect(reply.answer.contains("番禺智造創新城"), "\(reply.answer)")
        #expect(reply.status == .answered)
        // (A post of it asked: still not said, with where it is named.)
        let post = try engine.answer("番禺区区委书记是谁?")
        #expect(post.status == .noAnswer)
        #expect(try engine.answer("天河區有什麼規劃").status == .noAnswer)
    }

    @Test func aSharedNameIsTheOneTheSentenceTheLastAnswerQuotedNames() throws {
        let replies = try thread("郭昊羽講了越秀哪些合作平台?", "那個示范區叫什么,全稱")
        #expect(replies[1].answer.contains("粵港澳大灣區文化融合發展示范區"), "\(replies[1].answer)")
    }

    @Test func theNeighbourOfAVersionOfTheListNamedIsTheNextItem() throws {
        let reply = try engine.answer("营商环境3.0阶段的下一阶段是什么?")
        #expect(reply.answer.contains("绣花功夫"), "\(reply.answer)")
        // (下一步 is what is to be done next, 下一個問題 the asker's next question: no neighbour.)
        #expect(!(try engine.answer("廣州開發區下一步要做什麼?").answer.contains("之後是")))
        #expect(try engine.answer("下一個問題,數字化轉型是誰提出的?").answer.contains("高裕躍"))
    }
}

/// Neighbours asked with 後面 and 前面, after an item picked by its place, in a list of another
/// relation, and in the shorter of two lists that hold the item.
@Suite struct NeighboursAfterPickedItemsTests {
    @Test func theItemAfterOnePickedByItsPlaceIsItsNeighbour() throws {
        let replies = try thread("營商環境1.0到5.0改革包括哪些?", "第三個是哪個", "它後面一個呢")
        #expect(replies[2].answer.contains("之後是繡花功夫"), "\(replies[2].answer)")
    }

    @Test func aNeighbourIsFoundInAListOfAnotherRelationAndInTheShorterOfTwoLists() throws {
        let industries = try thread("南沙聚焦的重點產業有哪些?", "人工智能後面那個是?")
        #expect(industries[1].answer.contains("生命健康"), "\(industries[1].answer)")
        let poles = try thread("重大平臺建設裡排第一個的是?", "東部樞紐前面那個呢")
        #expect(poles[1].answer.contains("國家知識中心城"), "\(poles[1].answer)")
        // (最後面那個 is the last one.)
        let last = try thread("營商環境改革有哪些階段", "最後面那個是什麼")
        #expect(last[1].answer.contains("激發活力") && !last[1].answer.contains("之後是"), "\(last[1].answer)")
    }

    @Test func theirDistrictsPostAfterATurnAboutItsVillagesIsThatDistricts() throws {
        let replies = try thread("海珠哪倆村在蓋復建房", "他們區委書記叫啥")
        #expect(replies[1].answer.contains("蔡澍"), "\(replies[1].answer)")
        #expect(!replies[1].answer.contains("郭昊羽"), "\(replies[1].answer)")
    }
}
