import Testing
@testable import SuiwenEngine

/// Where a word of the document is written, a thing of the last turn called by the end of its
/// name (這個增長極), a summary asked of a person named with their post, a lesson's 一節, and the
/// service industries asked as a whole.
@Suite struct WordsWrittenAndThingsPointedAtTests {
    @Test func aWordAskedWhereItIsWrittenGivesEachClause() throws {
        for question in ["文章哪裡提到綠色?", "哪些內容和綠色有關?", "請問這篇報道裡有哪些內容是和「綠色」發展相關的呢?"] {
            let reply = try engine.answer(question)
            #expect(reply.status == .answered && reply.answer.contains("綠色化提升") && reply.answer.contains("從化綠色發展示范區"), "\(question): \(reply.answer)")
        }
        // (A figure of the last turn pointed at, 這個數據: its own clause, not a word searched.)
        let figure = try engine.answer("海珠走訪了多少家企業")
        let whereFigure = try engine.answer("這個數據出現在文章哪個部分?", context: figure.context)
        #expect(whereFigure.answer.contains("4500"), "\(whereFigure.answer)")
    }

    @Test func aThingCalledByTheEndOfItsNameIsPointedAt() throws {
        let pole = try engine.answer("北部增長極是什麼?")
        let context = try #require(ConversationContext(token: pole.context))
        let analysis = engine.analyze("這個增長極具體涵蓋哪幾個區呢?", context: context)
        #expect(analysis.cueSets.contains("pronoun_thing"))
        // (Its name's end is no word to look for.)
        let growth = EvidenceIndex.bigram(0x589E, 0x957F)  // 增长
        #expect(engine.evidenceQuery(analysis).focus[growth] == nil)
        // (Nor are the districts it covers the article's districts.)
        for question in ["它涵蓋哪幾個區呢?", "這個增長極具體涵蓋哪幾個區呢?"] {
            let reply = try engine.answer(question, context: pole.context)
            #expect(!reply.answer.contains("文章提到的區有"), "\(question): \(reply.answer)")
        }
    }

    @Test func theNorthOfTheCityIsItsNorthernGrowthPole() throws {
        let reply = try engine.answer("請問文章裡有提到廣州北部的發展規劃嗎?")
        #expect(reply.answer.contains("北部增長極"), "\(reply.answer)")
    }

    @Test func aSummaryAskedOfAPersonNamedWithTheirPostIsNoCheckOfThePost() throws {
        let reply = try engine.answer("帮我概括一下市长郭永航在大会上讲话的几个要点,分条列出来。")
        #expect(reply.status == .answered && reply.answer.contains("产业第一") && reply.answer.contains("核心引擎城市"), "\(reply.answer)")
        // (A post checked still is.)
        let check = try engine.answer("郭永航是越秀區委書記嗎?")
        #expect(check.answer.contains("市長"), "\(check.answer)")
    }

    @Test func aLessonsYiJieIsNoSectionOfTheArticle() throws {
        let reply = try engine.answer("我是高中政治老师,下周要上一节关于“高质量发展”的课。请帮我把这篇报道里点名发言的人全部列出来,并写上各自的职务。")
        #expect(reply.answer.contains("郭昊羽") && reply.answer.contains("蔡澍"), "\(reply.answer)")
        let section = try engine.answer("「當好企業“娘家人”」這一節中有哪些人發言?")
        #expect(section.answer.contains("洪謙") && !section.answer.contains("盧一先"), "\(section.answer)")
    }

    @Test func serviceIndustriesAskedAsAWholeAreEveryKindTheMayorNames() throws {
        for question in ["廣州要發展哪些服務業?", "服務業有哪些?"] {
            let reply = try engine.answer(question)
            #expect(reply.answer.contains("生產性服務業") && reply.answer.contains("高端專業服務業"), "\(question): \(reply.answer)")
        }
        let modern = try engine.answer("現代服務業包括哪些?")
        #expect(modern.answer.contains("金融業"), "\(modern.answer)")
    }

    @Test func aRelationsWordWithNeOfAMeasureWithoutItIsTheMeasureDescribed() throws {
        let rounds = try engine.answer("營商環境改革 幾個版本")
        let each = try engine.answer("各自重點呢", context: rounds.context)
        #expect(each.answer.contains("簡政放權") && each.answer.contains("激發活力"), "\(each.answer)")
        // (A place that has the relation still gives it.)
        let nansha = try engine.answer("南沙有什麼規劃?")
        let focus = try engine.answer("重點呢", context: nansha.context)
        #expect(focus.answer.contains("集成電路"), "\(focus.answer)")
    }

    @Test func whatAThingIsToBeChangedIntoIsWhatItIsToBecome() throws {
        let reply = try engine.answer("聽說海珠要改造中大紡織商圈,到底要改成什麼?")
        #expect(reply.answer.contains("數字創意設計中心"), "\(reply.answer)")
        // (A village the graph says no such thing of: what the article says of it.)
        let village = try engine.answer("瀝滘村要改成什麼樣?")
        #expect(village.status == .answered && village.answer.contains("復建房"), "\(village.answer)")
    }

    @Test func theFullNameOfAThingAPersonSpokeOfIsTheThings() throws {
        let reply = try engine.answer("郭昊羽書記提及的信用走廊,其全稱為何?")
        #expect(reply.answer.contains("數字政府2.0"), "\(reply.answer)")
    }
}
