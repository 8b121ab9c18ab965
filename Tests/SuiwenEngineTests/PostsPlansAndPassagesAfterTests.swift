import Testing
@testable import SuiwenEngine

/// A post asked what it plans (海珠區委書記打算做什麼?), each called what asked with 啥, 乜嘢
/// or 咩, what follows a passage quoted in the part before (…「世界水準、中國氣派」…?後面兩句是
/// 什麼?), a clause that goes on a list (以及…), and how the people of the last answer differ
/// (他們講的重點有什麼不同?).
@Suite struct PostsPlansAndPassagesAfterTests {
    @Test func aPostAskedWhatItPlansGetsThePlansNotTheHolder() throws {
        let plans = try engine.answer("海珠區委書記打算做什麼?")
        #expect(plans.status == .answered && plans.answer.contains("中大紡織商圈"), "\(plans.answer)")
        let textiles = try engine.answer("海珠區的書記在會上對中大紡織商圈是怎麼打算的?")
        #expect(textiles.answer.contains("數字創意設計中心"), "\(textiles.answer)")
        // (A post of another body beside the district, 市長對海珠有什麼打算?: not the district's
        // secretary's plans.)
        let mayor = try engine.answer("市長對海珠有什麼打算?")
        #expect(!mayor.answer.contains("中大紡織商圈"), "\(mayor.answer)")
        // (Who holds it, asked: still the holder.)
        let holder = try engine.answer("海珠區委書記是誰?")
        #expect(holder.answer.contains("蔡澍") && !holder.answer.contains("中大紡織商圈"), "\(holder.answer)")
    }

    @Test func eachCalledWhatInColloquialWordsAsksTheItems() throws {
        for question in ["一廊一帶分別叫啥?", "一廊一帶各叫乜嘢?", "一廊一帶分別叫咩?"] {
            let reply = try engine.answer(question)
            #expect(reply.status == .answered && reply.answer.contains("科技創新走廊") && reply.answer.contains("珠江高質量發展帶"), "\(question): \(reply.answer)")
        }
        let people = try engine.answer("三位局長分別叫啥名字?")
        #expect(people.answer.contains("洪謙") && people.answer.contains("王宏偉"), "\(people.answer)")
    }

    @Test func whatFollowsAPassageQuotedInThePartBefore() throws {
        let reply = try engine.answer("誰說要把廣州打造成「世界水準、中國氣派」的城市發展標桿?後面兩句是什麼?")
        #expect(reply.answer.contains("郭永航"), "\(reply.answer)")
        #expect(reply.answer.contains("灣區特色") && reply.answer.contains("嶺南風韻"), "\(reply.answer)")
        // (Asked alone, after the answer: what follows the clause that answer quoted.)
        let who = try engine.answer("誰說要把廣州打造成「世界水準、中國氣派」的城市發展標桿?")
        let after = try engine.answer("後面呢?下一句是什麼?", context: who.context)
        #expect(after.status == .answered, "\(after.answer)")
    }

    @Test func aClauseGoingOnAListIsAnsweredFromTheListsStart() throws {
        let industries = try engine.answer("那個市長說要搞什麼產業")
        #expect(industries.answer.contains("萬億級") && industries.answer.contains("千億級") && industries.answer.contains("百億級"), "\(industries.answer)")
    }

    @Test func howThePeopleOfTheLastAnswerDifferIsAskedOfEach() throws {
        let both = try engine.answer("越秀和海珠两个区的区委书记分别是谁?他们讲的重点有什么不同?")
        #expect(both.answer.contains("郭昊羽") && both.answer.contains("蔡澍"), "\(both.answer)")
        #expect(both.answer.contains("首席服务官") && both.answer.contains("中大纺织商圈"), "\(both.answer)")
        let holders = try engine.answer("越秀和海珠的區委書記分別是誰")
        let differ = try engine.answer("他們講的重點有什麼不同?", context: holders.context)
        #expect(differ.answer.contains("首席服務官") && differ.answer.contains("中大紡織商圈"), "\(differ.answer)")
    }

    @Test func aCitysPostIsNotAskedTheConferencesRelations() throws {
        let reply = try engine.answer("市委書記林克慶同志在這次大會上作了何種具體部署?")
        #expect(reply.status == .noAnswer, "\(reply.answer)")
    }

    @Test func whatFollowsAClauseEndsWithoutAStrayQuotationMark() throws {
        let who = try engine.answer("誰說要把廣州打造成「世界水準、中國氣派」的城市發展標桿?")
        let after = try engine.answer("後面呢?", context: who.context)
        #expect(after.status == .answered && !after.answer.contains("”。"), "\(after.answer)")
    }

    @Test func howAThingIsPlacedAsksWhatItIsWhenItHasNoPlacing() throws {
        let structure = try engine.answer("广州的城市结构是怎么定位的?")
        #expect(structure.status == .answered && structure.answer.contains("一廊一带"), "\(structure.answer)")
        // (A district the article places: its placing.)
        let nansha = try engine.answer("南沙是怎么定位的?")
        #expect(nansha.answer.contains("南部极点"), "\(nansha.answer)")
    }

    @Test func whatPathIsAskedOfThePathsTheArticleWrites() throws {
        let called = try engine.answer("南沙是不是被叫做广州新核?")
        let path = try engine.answer("走的什么路径?", context: called.context)
        #expect(path.status == .answered && path.answer.contains("四链融合"), "\(path.answer)")
    }

    @Test func aDistrictCalledItIsWhoseSentencesAnswer() throws {
        let nansha = try engine.answer("南沙走的是甚麼基本路徑?")
        let built = try engine.answer("它要打造成什麼?", context: nansha.context)
        #expect(!built.answer.contains("中大紡織商圈"), "\(built.answer)")
    }

    @Test func theStrikingLinesComeOneASpeakerWithWhoSaidThem() throws {
        let all = try engine.answer("这次大会上的金句有哪些")
        for name in ["郭永航", "卢一先", "洪谦", "蔡澍"] {
            #expect(all.answer.contains(name), "\(name): \(all.answer)")
        }
        #expect(all.answer.contains("娘家人"), "\(all.answer)")
        let his = try engine.answer("郭永航講了哪些金句?")
        #expect(his.status == .answered && his.answer.contains("郭永航") && !his.answer.contains("洪謙"), "\(his.answer)")
        // (Of one called 他: theirs, and 他 of the next turn is still them.)
        let who = try engine.answer("當好企業「娘家人」是誰說的?")
        let more = try engine.answer("他還有什麼金句?", context: who.context)
        #expect(more.answer.contains("洪謙") && !more.answer.contains("郭永航"), "\(more.answer)")
        let body = try engine.answer("他是哪個部門的?", context: more.context)
        #expect(body.answer.contains("商務局"), "\(body.answer)")
        // (Of a topic named: not everyone's lines.)
        let topic = try engine.answer("給我一句廣州營商環境的金句")
        #expect(!topic.answer.contains("蔡澍"), "\(topic.answer)")
    }

    @Test func whichNAfterAListOfNIsThatList() throws {
        let areas = try engine.answer("城市更新方面,廣州重點推進哪些片區的連片改造提升?")
        let eight = try engine.answer("哪八個?麻煩給我完整名單", context: areas.context)
        #expect(eight.status == .answered && eight.answer.contains("環五山") && eight.answer.contains("廣州南站"), "\(eight.answer)")
        // (A number the clause does not list that many of: not that clause.)
        let three = try engine.answer("哪三個?", context: areas.context)
        #expect(!three.answer.contains("環五山"), "\(three.answer)")
    }

    @Test func anIndustryByItsEnglishInitialsIsTheArticlesWords() throws {
        let reply = try engine.answer("NEV這塊算萬億級還是千億級的產業鏈群?")
        #expect(reply.answer.contains("萬億級") && reply.answer.contains("新能源汽車"), "\(reply.answer)")
    }
}
