import Testing
@testable import SuiwenEngine

/// Which whole a part belongs to, asked by the whole's name as a kind (屬於哪個城市結構?); a
/// post's one holder asked of a topic (市長對政商關係有什麼要求?); someone's words put briefly,
/// then asked in detail; the asker's own business told before a question with a post one person
/// holds; each version of a list asked after its count; a body's survey asked of.
@Suite struct WholesByKindAndHoldersOfTopicsTests {
    @Test func aPartAskedWhichWholeOfAKindItBelongsToIsThatWholesList() throws {
        let named = try engine.answer("從化綠色發展示范區屬於哪個城市結構?")
        #expect(named.status == .answered, "\(named.answer)")
        #expect(named.answer.contains("五極") && named.answer.contains("城市結構"), "\(named.answer)")
        #expect(named.explanation.rule == "member.whole")
        let pointed = try thread("大會有沒有提到從化?", "那它是放在哪個城市結構裡講的?")
        #expect(pointed[1].status == .answered, "\(pointed[1].answer)")
        #expect(pointed[1].answer.contains("五極"), "\(pointed[1].answer)")
        // (What the whole's parts do not hold is no part of it.)
        #expect(try engine.answer("新能源屬於哪個城市結構").status == .noAnswer)
        // (A place asked what it belongs to, with no district asked: the lists that hold it.)
        let belongs = try engine.answer("從化綠色發展示范區屬於什麼?")
        #expect(belongs.status == .answered && belongs.answer.contains("五極"), "\(belongs.answer)")
        #expect(try engine.answer("北部增長極屬於哪個區").status == .noAnswer)
    }

    @Test func aPostsOneHolderAskedOfATopicIsAskedByName() throws {
        let asked = try engine.answer("市長對政商關係有什麼要求?")
        #expect(asked.status == .answered, "\(asked.answer)")
        #expect(asked.answer.contains("親清"), "\(asked.answer)")
        #expect(!asked.citations.isEmpty)
        // (Who holds it, asked: the name.)
        let who = try engine.answer("市長是誰")
        #expect(who.answer.contains("郭永航") && !who.answer.contains("親清"), "\(who.answer)")
    }

    @Test func wordsPutBrieflyAfterWhoSaidThemAreGivenWholeWhenDetailIsAsked() throws {
        let replies = try thread("當企業娘家人是誰講的", "具體點")
        #expect(replies[0].answer.contains("洪謙"), "\(replies[0].answer)")
        #expect(replies[1].status == .answered, "\(replies[1].answer)")
        #expect(replies[1].answer.contains("用心用情"), "\(replies[1].answer)")
    }

    @Test func theAskersBusinessInAPlaceIsTheirStoryBeforeAQuestionOfASolePost() throws {
        let hotel = try engine.answer("我們是從化一間溫泉酒店,準備擴建新樓,最怕審批拖很久。市長在會上有沒有講審批方面會怎樣支持企業?")
        #expect(hotel.status == .answered, "\(hotel.answer)")
        #expect(hotel.answer.contains("環評"), "\(hotel.answer)")
        // (A post many hold needs the place the asker gave.)
        let owner = try engine.answer("我是南沙的企業主,區委書記是誰?")
        #expect(owner.answer.contains("盧一先"), "\(owner.answer)")
        let learn = try engine.answer("我在從化開溫泉酒店的,想了解下這次高質量發展大會有沒有提到從化?")
        #expect(learn.status == .answered, "\(learn.answer)")
        #expect(learn.answer.contains("從化"), "\(learn.answer)")
    }

    @Test func eachVersionAskedAfterTheirCountIsTheirList() throws {
        let replies = try thread("广州营商环境改革搞到第几版了?", "每一版的重点呢")
        #expect(replies[1].status == .answered, "\(replies[1].answer)")
        #expect(replies[1].answer.contains("简政放权") && replies[1].answer.contains("激发活力"), "\(replies[1].answer)")
    }

    @Test func aBodysSurveyAskedOfIsTheRankingItGave() throws {
        let survey = try engine.answer("在全國工商聯那個評價裡表現如何?")
        #expect(survey.status == .answered, "\(survey.answer)")
        #expect(survey.answer.contains("最佳口碑城市"), "\(survey.answer)")
    }
}
