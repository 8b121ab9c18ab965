import Testing
@testable import SuiwenEngine

/// Homophones beside a common word or at a clause's start, the government as who tells, a
/// place named as the frame of a plan, 邊個 before a noun, and asking leave to ask.
@Suite struct TyposBesideWordsAndAskedFramesTests {
    @Test func aHomophoneAfterACommonWordIsReadWhenTheMeantCharacterMakesAKnownWordWithTheNext() throws {
        // 商務 is a common word and 劇 beside it; but 局 makes 局長 with the 長 after it.
        let reply = try engine.answer("商务剧长叫什么")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("洪谦"))
        // 海珠去年: 區 makes no word with 年, so 海珠去 stays 海珠 + 去.
        let year = try engine.answer("海珠去年做了什么")
        #expect(!year.answer.contains("理解为"))
    }

    @Test func aPostOfTwoCharactersTypedByItsSoundIsReadWhereAClauseBegins() throws {
        let reply = try engine.answer("审批太慢了 市张有讲怎么搞吗")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("市长"))
        #expect(reply.answer.contains("环评"))
        // Inside a clause, after no body's name, two characters stay as typed.
        let inside = try engine.answer("南沙常為")
        #expect(!inside.answer.contains("常委"))
    }

    @Test func whatTheGovernmentTellsIsWhatIsAsked() throws {
        let reply = try engine.answer("做服装的厂 政府叫搬去哪")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("广清"))
    }

    @Test func aPlaceNamedAsThePlansFrameIsNotWhatIsAsked() throws {
        let reply = try engine.answer("番禺在广州规划里算啥")
        #expect(reply.answer.contains("番禺智造创新城"))
        #expect(!reply.answer.contains("试点城市"))
        // A thing as the frame is what answers: the survey's ranking.
        let survey = try engine.answer("廣州營商環境在萬家民營企業評價中排名如何")
        #expect(survey.answer.contains("最佳口碑城市"))
    }

    @Test func cantoneseWhichBeforeANounIsWhichNotWho() throws {
        let reply = try engine.answer("海珠嗰邊話要加快邊個片區啲城中村更新改造呀?")
        #expect(reply.answer.contains("康鷺"))
    }

    @Test func askingLeaveToAskIsAnsweredWithWhatCanBeAsked() throws {
        let reply = try engine.answer("我想请教几个问题,可以吗?")
        #expect(reply.status == .answered)
        #expect(reply.intent == "chat.help")
    }

    @Test func aTimeAskedIsNotAnsweredByAPassageWithoutOne() throws {
        // 幾時 asks a time (though 幾 asks a number): the passage on the rebuilt homes has none.
        let when = try engine.answer("瀝滘村啲復建房幾時起好呀")
        #expect(when.status == .noAnswer)
        let plain = try engine.answer("沥滘村复建房什么时候建好")
        #expect(plain.status == .noAnswer)
        // The conference's own date is still answered.
        let date = try engine.answer("大会几时开")
        #expect(date.answer.contains("1月28日"))
    }

    @Test func thePersonWhoSpokeOfAThingFurtherBeforeItOnlySaysWhoseItIs() throws {
        let reply = try engine.answer("工信局的高裕躍局長在會上提的那個「四化平台」,具體是哪四化呀?")
        #expect(reply.answer.contains("數字化轉型"))
        #expect(reply.answer.contains("綠色化提升"))
    }

    @Test func theSubjectLeftOutBefore在裡IsTheLastTurnsPlace() throws {
        let first = try engine.answer("南沙 建哪些平台")
        let reply = try engine.answer("在科创走廊里 定位?", context: first.context)
        #expect(reply.answer.contains("南部极点"))
    }
}
