import Testing
@testable import SuiwenEngine

/// Who mentioned a thing several speakers name (誰提到了大灣區?, 哪個區提到大灣區?), where in
/// the article it is asked as 哪些地方講到, 提 asked alone (數字經濟大會上有提嗎), and a rule's
/// list kept over the clause that sets its scene.
@Suite struct MentionsAndTheirSpeakersTests {
    @Test func whoMentionedAThingSeveralNameGetsEachOfThem() throws {
        for question in ["誰提到了大灣區?", "哪位發言人提到了大灣區?", "哪個區提到大灣區?"] {
            let reply = try engine.answer(question)
            #expect(reply.status == .answered && reply.answer.contains("盧一先") && reply.answer.contains("郭昊羽"), "\(question): \(reply.answer)")
            #expect(reply.answer.contains("創新型產業新高地") && reply.answer.contains("文化融合發展示范區"), "\(question): \(reply.answer)")
        }
        // (A thing one speaker alone names: theirs, as before.)
        let one = try engine.answer("誰提到了首席服務官制度?")
        #expect(one.answer.contains("郭昊羽") && !one.answer.contains("盧一先"), "\(one.answer)")
    }

    @Test func whereInTheArticleAskedAsWhichPlacesSpeakOfIt() throws {
        let reply = try engine.answer("哪些地方講到大灣區?")
        #expect(reply.status == .answered && reply.answer.contains("創新型產業新高地") && reply.answer.contains("文化融合"), "\(reply.answer)")
        // (各自 next: each speaker of those places, not the thing asked of.)
        let each = try engine.answer("各自要做什麼?", context: reply.context)
        #expect(each.status == .answered && each.answer.contains("南沙") && each.answer.contains("越秀"), "\(each.answer)")
    }

    @Test func mentionedAskedWithTiAloneIsAnsweredYes() throws {
        let reply = try engine.answer("數字經濟 大會上有提嗎")
        #expect(reply.status == .answered && reply.answer.contains("數字經濟"), "\(reply.answer)")
    }

    @Test func aRulesListStaysOverTheClauseThatSetsItsScene() throws {
        let reply = try engine.answer("報告裡關於重大交通樞紐周邊的片區改造,有提到哪些地方呢?")
        #expect(reply.answer.contains("機場高速兩側") && reply.answer.contains("廣州南站"), "\(reply.answer)")
    }

    @Test func whetherTheArticleMentionsAThingAfterAnotherTurnIsAskedOfIt() throws {
        let date = try engine.answer("大会是哪天开的?")
        let reply = try engine.answer("那我们增城在这篇报道里有被提到吗？是以什么身份出现的？", context: date.context)
        #expect(reply.status == .answered && reply.answer.contains("国家级开发区"), "\(reply.answer)")
    }

    @Test func howTheArticleWordsAThingIsWhatItSays() throws {
        let reply = try engine.answer("广州要打造的城市结构是怎么表述的？")
        #expect(reply.status == .answered && reply.answer.contains("一廊一带"), "\(reply.answer)")
    }

    @Test func thereOpeningTheQuestionIsStillTheLastTurnsPlace() throws {
        let claim = try engine.answer("南沙要鞏固提升的是千億級汽車產業集群,對嗎?")
        let pole = try engine.answer("那裡要建設成廣州科技創新走廊的哪個極點?", context: claim.context)
        #expect(pole.answer.contains("南部極點"), "\(pole.answer)")
    }

    @Test func aRelationNamingAnotherThingAskedOutranksTheOneAWordOfAskingPointsTo() throws {
        let reply = try engine.answer("海珠城中村改造在做什么?")
        #expect(reply.answer.contains("康鹭") || reply.answer.contains("康鷺"), "\(reply.answer)")
    }

    @Test func aPoliteRequestsMaIsNoYesOrNo() throws {
        let reply = try engine.answer("能给我原文吗?就是市长说要把科教人才资源优势转化为什么的那一句")
        #expect(!reply.answer.hasPrefix("是的") && reply.answer.contains("创新发展胜势"), "\(reply.answer)")
    }

    @Test func aThingWrittenByAPartOfItsNameAskedWhichIsItsWholeName() throws {
        for question in ["科学城是哪个?", "大会上提到要建的科学城是哪个?", "想了解一下要建的science city是哪个?"] {
            let reply = try engine.answer(question)
            #expect(reply.answer.contains("南沙科学城"), "\(question): \(reply.answer)")
        }
    }

    @Test func heAfterTurnsAboutABodyIsWhoSpokeForIt() throws {
        let replies = try thread("商務局對企業有什麼承諾", "保母式服務具體是指?", "他還說了什麼")
        #expect(replies[2].status == .answered && replies[2].answer.contains("匯聚全球資源"), "\(replies[2].answer)")
    }

    @Test func howTheCityDoesAThingIsOfTheThing() throws {
        let reply = try engine.answer("广州打算怎么做城市更新?")
        #expect(reply.status == .answered && reply.answer.contains("片区改造"), "\(reply.answer)")
    }

    @Test func whyOfWhatTheLastAnswerQuotedIsItsClauseOfPurpose() throws {
        let replies = try thread("有没有提到从化?", "跟它并列的重大平台还有哪些", "搞这些平台是为了啥")
        #expect(replies[2].answer.contains("空间支撑"), "\(replies[2].answer)")
    }

    @Test func whoSaidAPassageIsNoPartOfTheArticle() throws {
        let reply = try engine.answer("提速建設東部發展軸那段話是誰講的?")
        #expect(reply.answer.contains("郭永航") && reply.answer.contains("核心引擎城市"), "\(reply.answer)")
        // (A part of the article, asked who spoke in it: as before.)
        let section = try engine.answer("營商環境那部分誰講了?")
        #expect(section.answer.contains("郭昊羽") && section.answer.contains("洪謙"), "\(section.answer)")
    }

    @Test func aPassageQuotedOverClausesIsAnsweredWhole() throws {
        let reply = try engine.answer("“以营商环境之优,促经济之稳,谋发展之进”,这句话是什么意思?")
        #expect(reply.answer.contains("营商环境之") && reply.answer.contains("谋发展之"), "\(reply.answer)")
    }

    @Test func foreignInvestmentInEnglishIsTheForeignFirmsOfTheArticle() throws {
        let reply = try engine.answer("想了解廣州對 foreign investment 有什麼承諾?")
        #expect(reply.answer.contains("外企敢投"), "\(reply.answer)")
    }

    @Test func howManyMoreAfterAListIsAgainstTheListsOwnCount() throws {
        let replies = try thread("千亿级产业链群有几个", "都有哪些?", "比万亿级的多几个?")
        #expect(replies[2].answer.contains("相差5个"), "\(replies[2].answer)")
    }

    @Test func aPersonsAgeAskedPolitelyIsNotSaid() throws {
        let reply = try engine.answer("請問郭永航市長今年貴庚?")
        #expect(reply.status == .noAnswer, "\(reply.answer)")
    }

    @Test func whoElseMentionedAThingLeavesOutTheOneSetAside() throws {
        let reply = try engine.answer("除了盧一先,還有誰提到了大灣區?")
        #expect(reply.answer.contains("郭昊羽") && !reply.answer.contains("盧一先"), "\(reply.answer)")
    }

    @Test func aPoliteRequestToConfirmStillAsksYesOrNo() throws {
        let reply = try engine.answer("能給我確認一下南沙是廣州新核嗎?")
        #expect(reply.answer.hasPrefix("是的"), "\(reply.answer)")
    }

    @Test func eachAfterWhereAThingIsMentionedIsEverySpeakerOfIt() throws {
        let replies = try thread("文章哪些地方提到新能源汽車?", "各自怎麼說的?")
        #expect(replies[1].answer.contains("郭永航") && replies[1].answer.contains("盧一先"), "\(replies[1].answer)")
    }

    @Test func aThingsWordsAsWrittenAreItsQuotesNotAHeadingThatNamesIt() throws {
        let reply = try engine.answer("请把文章里讲营商环境从1.0到5.0改革的那句原话发给我")
        #expect(reply.answer.contains("1.0到5.0") && reply.answer.contains("绣花功夫"), "\(reply.answer)")
    }

    @Test func eachVersionFromTheFirstIsTheListNotItsFirstItem() throws {
        let replies = try thread("聽說廣州的營商環境改革已經搞到第幾版了?", "從1.0到現在,每一版的重點各是甚麼?")
        #expect(replies[1].answer.contains("簡政放權") && replies[1].answer.contains("激發活力"), "\(replies[1].answer)")
    }
}
