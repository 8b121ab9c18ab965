import Testing
@testable import SuiwenEngine

/// The list the last turn gave, pointed at and asked what follows it; two figures named and
/// compared in one message; a claim closed by 吧; how a goal is reached; an outside word in the
/// asker's own story; what the mayor said, said as his.
@Suite struct ItemsPointedAtAndFiguresComparedTests {
    @Test func theLastListPointedAtAsksWhatFollowsItInItsSentence() throws {
        let platforms = try engine.answer("南沙科学城 港科大二期 还有个平台叫啥来着")
        let next = try engine.answer("这几个平台建好了南沙要当成啥", context: platforms.context)
        #expect(next.answer.contains("南部极点"), "\(next.answer)")
        // (Where they are, asked pointing at them: where, not the rest of the sentence.)
        let place = try engine.answer("這幾個平台在哪裡?", context: platforms.context)
        #expect(place.answer.contains("在南沙") && !place.answer.contains("南部極點"), "\(place.answer)")
        // (Without a word pointing at them, the list is what is asked.)
        let again = try engine.answer("南沙推进哪些平台建设?", context: platforms.context)
        #expect(again.answer.contains("国际化人才特区"), "\(again.answer)")
    }

    @Test func twoFiguresNamedThenWhichIsLargerAskedAreCompared() throws {
        let compared = try engine.answer("越秀要新洽谈的项目数,和全市今年计划推进的城中村改造项目数,哪个多?")
        #expect(compared.answer.contains("200") && compared.answer.contains("127") && compared.answer.contains("多于"), "\(compared.answer)")
        // (Figures of different units, 個 and 家: no order told.)
        #expect(!(try engine.answer("越秀要新洽谈的项目数,和海珠走访联系的企业数,哪个多?").answer.contains("多于")))
    }

    @Test func aListClaimClosedByBaIsCheckedItemByItem() throws {
        let cores = try engine.answer("双核是天河跟南沙吧?")
        #expect(cores.status == .answered && cores.answer.contains("中心城区"), "\(cores.answer)")
        let zones = try engine.answer("三大開發區是黃埔和南沙吧?")
        #expect(zones.answer.hasPrefix("不是這樣") && zones.answer.contains("增城"), "\(zones.answer)")
    }

    @Test func howAGoalIsReachedComesWithTheClausesBeforeIt() throws {
        let how = try engine.answer("郭永航说要怎么缩短项目建设、投产、达产周期?")
        #expect(how.answer.contains("审批服务") && how.answer.contains("周期"), "\(how.answer)")
        // (Items of a list before it say no means: 融入雙區 alone.)
        #expect(!(try engine.answer("越秀怎麼融入雙區?").answer.contains("信用走廊")))
        // (怎麼樣 asks no means.)
        #expect(try engine.howAskedVerb(engine.analyze("南沙發展得怎麼樣?", context: ConversationContext())) == nil)
    }

    @Test func anOutsideWordInTheAskersOwnStoryIsNoQuestionOfIt() throws {
        // (Not a clause that asks, 我想問一下這篇的記者是誰: outside the article, said so.)
        #expect(try engine.answer("我想問一下這篇的記者是誰。還有郭永航是誰?").answer.contains("超出"))
        let reporter = try engine.answer("我做了十年記者。南沙的重點產業是什麼?")
        #expect(reporter.status == .answered && reporter.answer.contains("集成電路"), "\(reporter.answer)")
        #expect(try engine.answer("這篇報道的記者是誰?").status == .noAnswer)
    }

    @Test func whatTheMayorSaidOfAMatterIsSaidAsHis() throws {
        let approvals = try engine.answer("我们公司在南沙报个项目,立项环评来回折腾了好几个月。市长在会上有没有说审批这块怎么配合企业?")
        #expect(approvals.answer.contains("郭永航") && approvals.answer.contains("环评"), "\(approvals.answer)")
        #expect(!approvals.answer.contains("百亿级"), "\(approvals.answer)")
    }

    @Test func anEnglishQuestionBeforeChineseWordsIsOnePiece() throws {
        let gdp = try engine.answer("What was Guangzhou's 2022 GDP? 会上有提到具体数字吗")
        #expect(gdp.status == .noAnswer, "\(gdp.answer)")
    }

    @Test func whichMeetingSomethingWasSaidAtIsTheDocumentsEvent() throws {
        let meeting = try engine.answer("我们公司在花都机场边上有个仓,离机场高速很近。听说机场高速两侧要搞片区改造,这是什么会上说的?")
        #expect(meeting.answer.contains("高质量发展大会") && meeting.answer.contains("王宏伟"), "\(meeting.answer)")
        let day = try engine.answer("哪天开的", context: meeting.context)
        #expect(day.answer.contains("1月28日"), "\(day.answer)")
        // (Which meeting another event is, or 邊個 before 會上: no question of where words were said.)
        #expect(!(try engine.answer("讀懂中國國際會議是哪次會議?").answer.hasPrefix("是在")))
        #expect(try engine.answer("广州市委书记是谁，会上说了啥").status == .noAnswer)
    }

    @Test func besidesHimAsksOfTheOthersWhoSaidIt() throws {
        let first = try engine.answer("「產業第一、制造業立市」是誰提出的?")
        let other = try engine.answer("「制造業當家」一語,除他之外,還有哪位提到?", context: first.context)
        #expect(other.answer.contains("盧一先") && !other.answer.contains("是廣州市市長郭永航"), "\(other.answer)")
        // (Set aside among the others too, when someone else said it first.)
        let besides = try engine.answer("除他之外,誰說過制造業當家?", context: try engine.answer("盧一先是誰?").context)
        #expect(besides.answer.contains("郭永航") && !besides.answer.contains("盧一先"), "\(besides.answer)")
        let post = try engine.answer("這位同志擔任何職?", context: other.context)
        #expect(post.answer.contains("南沙區委書記"), "\(post.answer)")
    }

    @Test func whyAfterAThingNamedIsThePurposeRightAfterItsClause() throws {
        let cycle = try engine.answer("他說要打通哪個良性循環?", context: try engine.answer("郭永航現任何職?").context)
        let why = try engine.answer("為甚麼?目的是甚麼?", context: cycle.context)
        #expect(why.answer.contains("創新發展勝勢"), "\(why.answer)")
    }

    @Test func aRelationOnlyTheCityHasAskedOfItsTopicIsTheCitys() throws {
        let reputation = try engine.answer("營商環境口碑方面有沒有第三方評價?")
        #expect(reputation.answer.contains("最佳口碑城市"), "\(reputation.answer)")
        // (A relation the thing has itself stays its own.)
        #expect(try engine.answer("營商環境改革有哪些舉措?").answer.contains("簡政放權"))
    }

    @Test func keywordsOfARelationAfterAQuestionAreAQuestionOfTheirOwn() throws {
        let both = try engine.answer("廣州營商環境改革迭代到幾點零?各階段重點?")
        #expect(both.answer.contains("5輪") && both.answer.contains("繡花功夫"), "\(both.answer)")
    }

    @Test func aMemberClaimedWithItsWholeInTheSentenceBeforeIsChecked() throws {
        let japanese = try engine.answer("広州 有 三個 國家級 開発區。 天河 是 其中 一個, 對嗎?")
        #expect(japanese.status == .answered && japanese.answer.contains("增城"), "\(japanese.answer)")
    }

    @Test func aGuessOfYearsInTheAskersStoryAsksNothing() throws {
        let stall = try engine.answer("我老伴以前擺檔,做了二十幾年。中大紡織商圈以後要變成什麼呀?")
        #expect(stall.answer.contains("數字創意設計中心"), "\(stall.answer)")
        #expect(stall.explanation.contextUsed.contains("二十幾年"), "\(stall.explanation.contextUsed)")
    }

    @Test func whereInTheirSpeechSomethingWasSaidAsksWhoSaidIt() throws {
        let who = try engine.answer("软件和信创 是哪位领导讲话里提的?")
        #expect(who.answer.contains("郭永航") && !who.answer.contains("卢一先"), "\(who.answer)")
        let place = try engine.answer("這些平臺建起來以後,南沙在廣州科技創新走廊裡算什麼位置?", context: try engine.answer("南沙有哪些平台?").context)
        #expect(place.answer.contains("南部極點"), "\(place.answer)")
        // (Someone's 位置 is their post, not a place's 定位.)
        #expect(try engine.answer("盧一先是什麼位置?").answer.contains("區委書記"))
    }
}
