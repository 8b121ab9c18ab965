import Foundation
import Testing
@testable import SuiwenEngine

/// A thing named only to say where in the article (營商環境那段…), the asker's purpose after the
/// question's mark, a relation only the conference has asked of nothing, a name pushed back, a
/// count said with a list checked, a wrong year or version in a figure's claim, two numbers asked
/// between, words asked as written, and a thing asked whether it is in the last list.
@Suite struct LocatorsPurposesAndSoleRelationsTests {
    @Test func aSectionNamedOnlyLocatesTheQuestion() throws {
        let replies = try thread("營商環境那段 國企民企外企那句金句是什麼", "誰說的")
        #expect(replies[0].answer.contains("敢闖"))
        #expect(replies[1].answer.contains("郭永航"))
        // A section asked about itself is still asked about.
        let section = try engine.answer("海珠那段講了什麼?")
        #expect(section.answer.contains("海珠"))
    }

    @Test func thePurposeAfterTheQuestionMarkIsSetAside() throws {
        let reply = try engine.answer("郭永航說要擦亮哪兩個品牌?要放進海報裡")
        #expect(reply.answer.contains("廣州創造"))
    }

    @Test func aRelationOnlyTheConferenceHasIsItsAskedOfNothing() throws {
        #expect(try engine.answer("幾時開的?").answer.contains("1月28日"))
        let replies = try thread("廣州今年開了一個什麼大會?", "好的,那是上午還是下午開的呢?")
        #expect(replies[1].answer.contains("下午"))
        // Words of something else are no words of the conference's.
        #expect(!(try engine.answer("什麼時候完成?").answer.contains("1月28日召開")))
    }

    @Test func anotherNamePushedBackIsNotSo() throws {
        let replies = try thread("南沙書記是誰", "佢講嘅汽車產業集群有幾大", "唔係郭昊羽咩?")
        #expect(replies[2].answer.hasPrefix("不是"))
        #expect(replies[2].answer.contains("盧一先"))
    }

    @Test func aCountSaidWithTheNamesIsAFigureGiven() throws {
        let replies = try thread("發言的市有關部門主要負責人有誰?", "我看到的是5位,你確定嗎?")
        #expect(replies[1].answer.hasPrefix("不是"))
        #expect(replies[1].answer.contains("6位"))
    }

    @Test func aWrongYearOrVersionInAFiguresClaimIsNotSo() throws {
        let year = try engine.answer("截至2020年底廣州實有市場主體315.55萬戶,是嗎?")
        #expect(year.answer.hasPrefix("不是"))
        #expect(year.answer.contains("2022"))
        let version = try engine.answer("營商環境改革實施至3.0版本,對嗎?")
        #expect(version.answer.hasPrefix("不是"))
        // Asked between two numbers: no yes or no, the figure.
        let between = try engine.answer("市場主體同比增長是3.88%還是3.8%?")
        #expect(!between.answer.hasPrefix("不是"))
        #expect(between.answer.contains("3.88%"))
    }

    @Test func wordsAskedAsWrittenAreTheWholeSentence() throws {
        let person = try engine.answer("郭永航關於親清政商關係的原文表述是什麼?")
        #expect(person.answer.contains("無事不擾"))
        let thing = try engine.answer("「全球定制之都」案例城市出自哪一句?")
        #expect(thing.answer.contains("制造強國試點示范城市"))
        let role = try engine.answer("局長表態的原話是什麼?")
        #expect(role.status == .clarify)
    }

    @Test func aThingAskedWhetherInTheLastListIsAnsweredFromIt() throws {
        let replies = try thread("重點推進哪些片區連片改造?", "廣州南站周邊呢 有沒有")
        #expect(replies[1].status == .answered)
        #expect(replies[1].answer.contains("廣州南站周邊"))
    }

    @Test func doubtsWithANumberAPlaceOrAPostAreAnswered() throws {
        let count = try thread("大會上有幾個區的區委書記發言?", "我記得是12個區,你肯定?")
        #expect(count[1].answer.hasPrefix("不是"))
        #expect(count[1].answer.contains("11"))
        let hearsay = try thread("海珠摸排到有轉移意向的企業是821家嗎?", "應該是812家才對吧")
        #expect(hearsay[1].answer.contains("821"))
        let place = try thread("港科大(廣州)二期在哪個區?", "不對吧,我記得是越秀")
        #expect(place[1].answer.hasPrefix("不是"))
        #expect(place[1].answer.contains("南沙"))
        let post = try thread("郭昊羽是海珠區委書記,對不對?", "不可能,我明明看到他是海珠的")
        #expect(post[1].answer.contains("越秀"))
        // The asker correcting themselves is no doubt of the answer.
        let corrected = try thread("海珠的書記是誰?", "我說錯了,是越秀")
        #expect(corrected[1].answer.contains("郭昊羽"))
    }

    @Test func aQuotedPassageTheSpeakerDidNotSayIsNotConfirmed() throws {
        let reply = try engine.answer("洪謙說要讓招商引資「飛」起來,對嗎?")
        #expect(!reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("跑"))
        // Bare time questions of something else are not the conference's date.
        #expect(!(try engine.answer("什麼時候開工?").answer.contains("1月28日召開")))
    }
}
