import Foundation
import Testing
@testable import SuiwenEngine

/// A claim that someone did not say what they said (「保姆」,不是「娘家人」), the last item by
/// its place (後面那個), what a combined reply was about kept for the next turn, a kind's one
/// character inside a word of the article's (區 of 片區), and what the article never gives
/// (how long a speech was).
@Suite struct DenialsOrdinalsAndCombinedThreadsTests {
    @Test func aPassageDeniedThatTheSpeakerSaidIsNotSo() throws {
        let denied = try engine.answer("洪謙是說要當好企業的「保姆」,而不是「娘家人」嗎?")
        #expect(denied.answer.hasPrefix("不對"))
        #expect(denied.answer.contains("娘家人"))
        #expect(denied.answer.contains("保姆式"))
        // Not denied, the same passage is confirmed.
        let confirmed = try engine.answer("洪謙說商務系統要當好企業的「娘家人」,對嗎?")
        #expect(confirmed.answer.hasPrefix("是的"))
    }

    @Test func aCombinedReplyKeepsWhatAnEarlierPartWasAbout() throws {
        // The last part is a clause about the city alone; 那天 is of the conference.
        let replies = try thread("大會是哪天開的?由誰召開?", "那天是農曆初幾?")
        #expect(replies[0].answer.contains("1月28日"))
        #expect(replies[1].status == .answered)
        #expect(replies[1].answer.contains("初七"))
    }

    @Test func theLatterOfTwoIsTheLastItem() throws {
        let replies = try thread("雙核指哪兩個?", "後面那個的區委書記是誰?")
        #expect(replies[1].answer.contains("盧一先"))
    }

    @Test func aKindsCharacterInsideTheArticlesWordAsksNoKind() throws {
        let replies = try thread("廣州火車站片區有改造嗎?", "還有哪些片區?")
        #expect(replies[1].answer.contains("羅沖圍"))
        #expect(!replies[1].answer.contains("文章提到的區有"))
        // The kind written alone still asks it.
        let districts = try engine.answer("文章提到了廣州的哪些區?")
        #expect(districts.answer.contains("越秀"))
    }

    @Test func partsCountedAndRankingsAreAskedOfTheThing() throws {
        let counted = try engine.answer("工信局局長說的四化平臺是哪四化?")
        #expect(counted.answer.contains("網絡化協同"))
        let ranked = try engine.answer("是在哪項評比裡位列最佳口碑城市前列?")
        #expect(ranked.answer.contains("萬家民營企業"))
    }

    @Test func howLongASpeechWasIsNotGiven() throws {
        let reply = try engine.answer("市長的講話有多長時間?")
        #expect(reply.status == .noAnswer)
    }
}
