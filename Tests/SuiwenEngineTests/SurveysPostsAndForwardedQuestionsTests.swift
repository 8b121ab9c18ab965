import Testing
@testable import SuiwenEngine

/// Who conducted the survey (a relation asked only by its cue words), a post asked with 何職 or
/// 兼什麼職, a question forwarded from a group (群裡有人問), what a thing a speaker named means,
/// the first-batch pilot asked by 首批試點, and a relation of a place asked after a list that
/// holds it.
@Suite struct SurveysPostsAndForwardedQuestionsTests {
    @Test func whoConductedTheSurveyIsAskedOnlyByItsCueWords() throws {
        let who = try engine.answer("万家民营企业评营商环境是谁搞的?")
        #expect(who.status == .answered)
        #expect(who.answer.contains("全国工商联"))
        // (Named by who conducts it, the survey asked of the city's place: its ranking.)
        let ranked = try engine.answer("在全國工商聯的萬家民營企業評營商環境裡,廣州表現怎樣?")
        #expect(ranked.answer.contains("最佳口碑城市"))
        #expect(engine.cuedOnlyRelations == ["conducted_by", "located_in"])
        // (Asked by the name the asker gives it, 萬家民企評營商環境.)
        let short = try engine.answer("萬家民企評營商環境是由哪個機構開展的?")
        #expect(short.answer.contains("全國工商聯"))
    }

    @Test func aPostIsAskedWithHeZhiOrJian() throws {
        #expect(engine.separateQuestions("盧一先同志現任何職?南沙擬新簽約的大項目分為哪幾檔?")?.count == 2)
        let both = try engine.answer("盧一先同志現任何職?南沙擬新簽約的大項目分為哪幾檔?")
        #expect(both.answer.contains("市委常委"))
        #expect(both.answer.contains("百億級"))
        let replies = try thread("工信局局長 姓名", "兼什麼職")
        #expect(replies[1].answer.contains("副秘書長"))
    }

    @Test func aQuestionForwardedFromAGroupIsTheQuestion() throws {
        let reply = try engine.answer("群里有人问 郭永杭是干嘛的")
        #expect(reply.answer.contains("市长"))
        // (裡有 of 群裡有人 is no part asked of the thing.)
        let what = try engine.answer("群里有人问 那个“1+5+N”是什么东西")
        #expect(what.status == .answered)
    }

    @Test func whatAThingASpeakerNamedMeansIsWhatTheGraphSaysItIs() throws {
        let reply = try engine.answer("郭永航市长讲的万千百是什么意思")
        #expect(reply.answer.contains("13个千亿级"))
    }

    @Test func theFirstBatchPilotIsTheManufacturingPilotCity() throws {
        let replies = try thread("广州说是什么全球定制之都 怎么回事", "还有个什么首批试点的呢")
        #expect(replies[1].answer.contains("制造强国"))
    }

    @Test func aRelationOfAPlaceAfterAListThatHoldsItIsThePlacesOwn() throws {
        let replies = try thread("三大国家级开发区是哪三个?", "南沙那边有哪些重点产业?")
        #expect(replies[1].answer.contains("集成电路"))
        // (Which of a list's items are in a place is still asked so.)
        let inPlace = try engine.answer("連片改造的片區哪個在海珠?")
        #expect(inPlace.answer.contains("新中軸線"))
    }
}
