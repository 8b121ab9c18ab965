import Testing
@testable import SuiwenEngine

/// A part of a named thing the article does not have, how something is done, intentions as
/// question words, an evaluation pointed back to, a passage asked whose words it is, and an
/// ellipsis that asks in words of its own.
@Suite struct PartsElsewhereAndHowTests {
    @Test func aPartOfANamedThingInWordsTheArticleNeverWritesIsNotSaid() throws {
        // 保稅 and 通關 are words of the language the article never writes, right after 南沙.
        let part = try engine.answer("南沙綜合保稅區今年有什麼新的通關政策?")
        #expect(part.status == .noAnswer)
        #expect(!part.answer.contains("開發區"))
        // The same question of what the article says of 南沙 answers.
        let own = try engine.answer("南沙有什麼重點產業?")
        #expect(own.status == .answered)
        // A word after the question's cue words asks what the article says, in other words.
        let change = try engine.answer("广州南站周边以后会有什么变化吗？")
        #expect(change.status == .answered)
        #expect(change.answer.contains("連片改造") || change.answer.contains("连片改造"))
    }

    @Test func moneyAskedAsFundsIsNotAFigureOfAnotherThing() throws {
        let visits = try engine.answer("海珠走訪了多少家企業?")
        let funds = try engine.answer("走訪花了多少財政經費?", context: visits.context)
        #expect(funds.status == .noAnswer)
    }

    @Test func howSomeoneHelpsIsTheRestOfTheSentence() throws {
        let reply = try engine.answer("商務局局長說要怎麼幫在地企業?")
        #expect(reply.answer.contains("全鏈條幫扶在地企業"))
        #expect(reply.answer.contains("娘家人"))
        #expect(reply.answer.contains("保姆式"))
    }

    @Test func anIntentionIsAQuestionWordNotTheTopic() throws {
        for question in ["郭昊羽想引進什麼類型的企業?", "郭昊羽打算引進什麼類型的企業?"] {
            let reply = try engine.answer(question)
            #expect(reply.answer.contains("500強央企子公司"), "\(question)")
        }
    }

    @Test func thisEvaluationPointsBackToTheOneLastAnswered() throws {
        let result = try engine.answer("在萬家民營企業評營商環境中廣州表現如何?")
        let who = try engine.answer("這個評選是哪個機構開展的?", context: result.context)
        #expect(who.answer.contains("全國工商聯"))
    }

    @Test func aPassageAskedWhoseWordsItIsNamesTheSpeakerNotThePlace() throws {
        let said = try engine.answer("……建設廣州科技創新走廊南部極點。這句話是哪個區的書記說的?")
        #expect(said.answer.contains("盧一先"))
        // Asked where it is built, the place.
        let place = try engine.answer("“建設廣州科技創新走廊南部極點”是哪個區要建的?")
        #expect(place.answer.contains("南沙"))
    }

    @Test func anEllipsisWithAQuestionOfItsOwnDoesNotRepeatTheLastOne() throws {
        let visits = try engine.answer("海珠走訪聯系了多少家企業?")
        let village = try engine.answer("那瀝滘村在搞什麼?", context: visits.context)
        #expect(village.status == .answered)
        #expect(village.answer.contains("復建房"))
    }

    @Test func aCountInHouseholdsIsNotAnsweredByAClauseCountingNone() throws {
        let total = try engine.answer("廣州現在市場主體多少戶?")
        let share = try engine.answer("其中民營企業佔多少戶?", context: total.context)
        #expect(share.status == .noAnswer)
    }

    @Test func aFigureAskedOfSomeoneWhoDidNotGiveItSaysWhoseItIs() throws {
        let claim = try engine.answer("越秀區委書記是郭永航吧?")
        let figure = try engine.answer("他說全年新洽談納入市重點招商項目庫的項目目標是多少?", context: claim.context)
        #expect(figure.answer.hasPrefix("不是郭永航"))
        #expect(figure.answer.contains("郭昊羽"))
        #expect(figure.answer.contains("200"))
    }

    @Test func whoSpokeAfterThePostOnlyOneSpeakerHolds() throws {
        let next = try engine.answer("城市更新那一段,住建局局長介紹完之後,是哪位區委書記接著講?")
        #expect(next.answer.contains("蔡澍"))
        let before = try engine.answer("商務局局長前面是哪位講話?")
        #expect(before.answer.contains("郭昊羽"))
        // A post several who spoke hold: no one to follow.
        let several = try engine.answer("區委書記之後是誰發言?")
        #expect(!several.answer.contains("之後發言的是"))
    }

    @Test func thoseKeywordsInsideTheQuestionAreNoCountAsked() throws {
        let reply = try engine.answer("營商環境1.0到5.0改革,原文列的那幾個關鍵詞是什麼?")
        #expect(reply.answer.contains("簡政放權") && reply.answer.contains("激發活力"))
        #expect(!reply.answer.contains("5輪"))
    }

    @Test func theWordsOfAPostSeveralHoldAskWhichOfThem() throws {
        let asked = try engine.answer("書記的原話是什麼?")
        #expect(asked.status == .clarify)
        let picked = try engine.answer("南沙那位", context: asked.context)
        #expect(picked.answer.contains("制造業當家"))
    }

    @Test func howARelationIsToBeKeptIsTheRestOfTheSentence() throws {
        let reply = try engine.answer("郭永航說政商關係要做到怎樣?")
        #expect(reply.answer.contains("有呼必應"))
    }

    @Test func anOutsidePlaceListedFirstIsNotedAndTheListGiven() throws {
        let reply = try engine.answer("三大國家級開發區是黃埔、南沙、增城嗎?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("廣州開發區"))
        #expect(reply.answer.contains("黃埔"))
    }

    @Test func theDocumentNamedAfterATurnAboutSomeoneIsTheDocument() throws {
        let person = try engine.answer("盧一先除了區委書記還兼什麼職?")
        let parts = try engine.answer("這篇報道分成哪幾個小標題部分?", context: person.context)
        #expect(parts.answer.contains("制造業立市"))
        // Called 他, they are still asked about.
        let said = try engine.answer("他在文章裡說了什麼?", context: person.context)
        #expect(said.answer.contains("盧一先"))
    }

    @Test func aWordThatOnlyAsksAboutAThingIsNoPartOfIt() throws {
        // (現狀, 整體 are words the article never writes, but no name of a part ends them.)
        for question in ["南沙现状怎么样", "越秀整体发展怎么样"] {
            let reply = try engine.answer(question)
            #expect(reply.status == .answered, "\(question)")
        }
        // A part named after 的, or after the city: not said.
        for question in ["南沙的保税区有什么新的通关政策?", "广州南沙综合保税区有什么新政策?"] {
            let reply = try engine.answer(question)
            #expect(reply.status == .noAnswer, "\(question)")
            #expect(!reply.answer.contains("开发区"), "\(question)")
        }
    }

    @Test func whatAPassageIsAboutIsNotWhoSaidIt() throws {
        let reply = try engine.answer("“建设广州科技创新走廊南部极点”这句话说的是哪个区?")
        #expect(reply.answer.contains("南沙"))
    }

    @Test func howSomeoneServesIsWhatTheySaid() throws {
        let reply = try engine.answer("洪谦如何服务企业?")
        #expect(reply.answer.contains("娘家人"))
    }

    @Test func theWordsOfAPostOnATopicOnlyOneOfItsHoldersSpokeOfAreTheirs() throws {
        let reply = try engine.answer("区委书记关于招商的原话是什么?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("郭昊羽"))
    }

    @Test func aMisattributedClaimWithAFigureNamesWhoSaidIt() throws {
        for question in ["郭昊羽說要打造8個萬億級產業鏈群嗎?", "郭昊羽市長說要打造8個萬億級產業鏈群?"] {
            let reply = try engine.answer(question)
            #expect(reply.answer.hasPrefix("不是郭昊羽"), "\(question)")
            #expect(reply.answer.contains("郭永航"), "\(question)")
        }
        let right = try engine.answer("郭永航說要打造8個萬億級產業鏈群嗎?")
        #expect(right.answer.hasPrefix("是的"))
    }

    @Test func aShortWordOfAFigureAskedOfSomeoneElseIsNoClaimOfIt() throws {
        let person = try engine.answer("高裕躍是誰?")
        let reply = try engine.answer("他說今年技改投資要達到多少億元?", context: person.context)
        #expect(reply.status == .noAnswer)
    }

    @Test func optionsWithAPlaceOutsideTheArticleAreNotAListClaim() throws {
        let reply = try engine.answer("天河、南沙哪個是廣州新核?")
        #expect(!reply.answer.contains("我知道南沙"))
    }

    @Test func aSectionNamedByItsHeadingQuotedListsItsSpeakers() throws {
        let reply = try engine.answer("「推進城市更新」那部分誰發言了?")
        #expect(reply.answer.contains("王宏偉") && reply.answer.contains("蔡澍"))
        #expect(!reply.answer.contains("洪謙"))
    }

    @Test func whereTheAskerIsIsTheirStoryNotTheQuestion() throws {
        let reply = try engine.answer("我在深圳做人工智能創業,想在廣州找辦公室。南沙重點發展哪些產業?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("集成電路"))
        // Asked about the place outside itself: outside.
        let outside = try engine.answer("我在深圳,深圳有什麼規劃?")
        #expect(outside.status == .noAnswer)
    }
}
