import Testing
@testable import SuiwenEngine

/// Two counts asked in one breath, what words mean and what a name's parts stand for, when a
/// thing of the last turn is not said, a Cantonese doubt of a number, who leads the last turn's
/// program, and a year written without 年 before the conference.
@Suite struct RunOnCountsAndMeaningsTests {
    @Test func twoCountsAskedInOneBreathAreAnsweredEach() throws {
        let reply = try engine.answer("广州市场主体有多少户增长了多少")
        #expect(reply.answer.contains("315.55"))
        #expect(reply.answer.contains("3.88%"))
        // One count, however long: one question.
        #expect(engine.separateCountsAskedTwice("多少家企业有转移意向") == nil)
        // Marks already split a message: nothing to do here.
        #expect(engine.separateCountsAskedTwice("有多少户,增长了多少") == nil)
    }

    @Test func whatWordsOfAHeadingMeanIsTheBodysSentence() throws {
        let reply = try engine.answer("「娘家人」是什麼意思?")
        #expect(reply.answer.contains("全生命周期保姆式"))
    }

    @Test func whatANamesPartsStandForIsItsListOrNotSaid() throws {
        let ladder = try engine.answer("萬千百分別代表什麼?")
        #expect(ladder.status == .answered)
        #expect(ladder.answer.contains("千億級"))
        let evaluation = try engine.answer("“1+5+N”裡的1、5、N分別代表什麼?")
        #expect(evaluation.status == .noAnswer)
        #expect(evaluation.answer.contains("綜合評價"))
        // Asked of two things, each its own list.
        let two = try engine.answer("「雙核」與「五極」各指何者?")
        #expect(two.answer.contains("中心城區"))
        #expect(two.answer.contains("北部增長極"))
        // 是什麼 alone is no such question.
        let what = try engine.answer("1+5+N是什麼?")
        #expect(what.status == .answered)
    }

    @Test func whenAskedOfTheLastTurnsThingIsNotSaidWhereTheArticleGivesNoDate() throws {
        let move = try engine.answer("中大布匹市場係咪真係要搬?佢哋搬去邊度?")
        let when = try engine.answer("幾時搬晒?", context: move.context)
        #expect(when.status == .noAnswer)
    }

    @Test func aNumberDoubtedInCantoneseIsCheckedAgainstTheLastAnswer() throws {
        let money = try engine.answer("城市更新今年投資幾多錢?")
        let doubt = try engine.answer("唔係得1000億咩?", context: money.context)
        #expect(doubt.answer.contains("2000億"))
        #expect(doubt.answer.hasPrefix("不是"))
    }

    @Test func whoLeadsTheLastTurnsProgramIsAnsweredOfIt() throws {
        let platforms = try engine.answer("四化平臺是哪四化?")
        let who = try engine.answer("是哪個單位在負責的?", context: platforms.context)
        #expect(who.answer.contains("高裕躍"))
    }

    @Test func aYearWrittenWithoutItsCharacterBeforeTheConferenceIsOutsideIt() throws {
        let reply = try engine.answer("When will the 2024 高質量發展大會 be held?")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("2024"))
        let known = try engine.answer("2023 高質量發展大會是哪天開的?")
        #expect(known.answer.contains("1月28日"))
    }

    @Test func theWordsAskedAsWrittenOfTheCityAloneAreTheLastAnswers() throws {
        let survey = try engine.answer("萬家民營企業評營商環境是哪個機構開展的?")
        let words = try engine.answer("廣州的結果原文怎麼講?", context: survey.context)
        #expect(words.answer.contains("最佳口碑城市前列"))
    }
}
