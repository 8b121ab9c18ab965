import Testing
@testable import SuiwenEngine

/// A share asked that the article never gives, the city's treatment of firms, 他 after several
/// speakers, the asker's own name asked again, a part's place in a whole of the city's, 那個
/// pointing at a thing, the other items of a list named.
@Suite struct SharesTargetsAndSpeakersPointedAtTests {
    @Test func aShareTheArticleNeverGivesIsNotSaid() throws {
        let share = try engine.answer("民营企业占广州企业的比例是多少?")
        #expect(share.status == .noAnswer && !share.answer.contains("口碑"), "\(share.answer)")
    }

    @Test func howTheCityTreatsFirmsIsItsRelationsWithThem() throws {
        let treated = try engine.answer("我是做服装批发的小老板,这两年生意难做,想知道市里说要怎么对待企业?有没有说不会老来打扰我们?")
        #expect(treated.status == .answered && treated.answer.contains("无事不扰"), "\(treated.answer)")
        // (打擾一下 is only politeness.)
        let polite = try engine.answer("打扰一下,请问市长是谁?")
        #expect(polite.answer.contains("郭永航"), "\(polite.answer)")
    }

    @Test func heAfterSeveralSpeakersIsAskedBack() throws {
        let speakers = try engine.answer("城市更新那部分是誰介紹的?")
        let post = try engine.answer("他是什麼職務", context: speakers.context)
        #expect(post.status == .clarify && post.answer.contains("王宏偉") && post.answer.contains("蔡澍"), "\(post.answer)")
        let picked = try engine.answer("王宏偉", context: post.context)
        #expect(picked.answer.contains("住房城鄉建設局"), "\(picked.answer)")
        // (Two named in turn, one of them asked: that one, as before.)
        let two = try engine.answer("南沙和越秀的區委書記分別是誰?")
        let said = try engine.answer("他說了什麼", context: two.context)
        #expect(said.status == .answered, "\(said.answer)")
    }

    @Test func aNameOfTheAskersOwnAskedAgainWithItsCityIsAsked() throws {
        let school = try engine.answer("我兒子在港科大(廣州)讀書,大會上有提到港科大嗎?")
        #expect(school.status == .answered && school.answer.contains("南沙"), "\(school.answer)")
    }

    @Test func aPartsPlaceInTheCitysWhole() throws {
        let place = try engine.answer("番禺智造創新城在全市的城市結構裡面算什麼位置?")
        #expect(place.answer.contains("五極"), "\(place.answer)")
    }

    @Test func thatThingAskedWhatItIsAsksNoLastQuestionAgain() throws {
        let first = try engine.answer("越秀區委書記今年的招商目標是什麼?")
        let events = try engine.answer("他還提到要配合辦好哪些活動", context: first.context)
        let corridor = try engine.answer("那個信用走廊是什麼?", context: events.context)
        #expect(corridor.status == .answered && corridor.answer.contains("信用走廊"), "\(corridor.answer)")
    }

    @Test func theOtherItemsOfAListNamedAfterAnotherQuestion() throws {
        let who = try engine.answer("「綠色化提升」是誰在會上提的?")
        let post = try engine.answer("他是什麼職務?", context: who.context)
        let others = try engine.answer("四化的另外三個呢", context: post.context)
        #expect(others.answer.contains("數字化轉型") && others.answer.contains("智能化改造"), "\(others.answer)")
    }
}
