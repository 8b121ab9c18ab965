import Foundation
import Testing
@testable import SuiwenEngine

/// Whose words a quoted passage is (a speaker's clause past their statement's quote, or the
/// article's own narration), a post asked between two, claims checked by a closing 核實, the
/// figures of two places compared, and 那裡 after a thing of a district.
@Suite struct PassagesPostsAndPlacesTests {
    @Test func aPassageIsTheWordsOfWhoseClauseHoldsIt() throws {
        // 打造大灣區創新型產業新高地 ends 盧一先's sentence, past the quote of his statement; 大灣區
        // alone would point at 郭昊羽's.
        let reply = try engine.answer("「打造大灣區創新型產業新高地」這句話,原文是誰說的?")
        #expect(reply.answer.contains("盧一先"))
        #expect(!reply.answer.contains("郭昊羽"))
        // A passage two speakers each said: both.
        let both = try engine.answer("「制造業當家」是誰說的?")
        #expect(both.answer.contains("郭永航"))
        #expect(both.answer.contains("盧一先"))
    }

    @Test func theArticlesOwnNarrationIsNobodysWords() throws {
        // Written across a comma, and with the article's quotation marks inside it (之“優”).
        let reply = try engine.answer("「以營商環境之優,促經濟之穩」是誰說的?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("報道本身的敘述"))
        #expect(!reply.answer.contains("郭昊羽"))
    }

    @Test func aPostAskedBetweenTwoIsTheOneTheyHold() throws {
        let reply = try engine.answer("郭昊羽是區長還是區委書記?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("區委書記"))
        // (市長 inside 副市長 is no post of the article's claimed.)
        let deputy = try engine.answer("盧一先是市委常委還是副市長?")
        #expect(deputy.answer.contains("市委常委"))
        #expect(!deputy.answer.contains("不是市長"))
        // Beside posts held, the one not held is what is corrected.
        let claim = try engine.answer("卢一先,广州市副市长、南沙区委书记,对吗")
        #expect(claim.answer.contains("不是副市长"))
        #expect(!claim.answer.contains("南沙市长"))
    }

    @Test func aClosingCheckRequestChecksTheClaim() throws {
        let reply = try engine.answer("卢一先,广州市副市长、南沙区委书记。职务核实。")
        #expect(reply.answer.contains("不是副市长"))
        let count = try engine.answer("报道称会上6位市有关部门主要负责人、广州12区区委书记发言。核对区数。")
        #expect(count.answer.contains("11"))
        // 核對 as the asker's reason, earlier in the message, checks nothing: the words are given.
        let words = try engine.answer("麻烦把郭永航讲“核心引擎城市”那段原话完整发我,我要核对引号里的字")
        #expect(words.answer.contains("世界水准"))
    }

    @Test func aClaimOfWhoseWordsAskedByItsMarkAlone() throws {
        let first = try engine.answer("卢一先是谁")
        let reply = try engine.answer("“把科教人才资源优势转化为创新发展胜势”也是他说的?", context: first.context)
        #expect(reply.answer.contains("郭永航"))
        #expect(reply.answer.hasPrefix("不是"))
    }

    @Test func twoPlacesEachWithAFigureOfTheirOwn() throws {
        let reply = try engine.answer("海珠摸排出的有转移意向企业数,和越秀计划引进的500强央企子公司数,哪个数字大?各是多少")
        #expect(reply.answer.contains("821"))
        #expect(reply.answer.contains("10家"))
    }

    @Test func thereAfterAThingOfADistrictIsTheDistrict() throws {
        let first = try engine.answer("南沙汽车产业有多大规模")
        let reply = try engine.answer("那里有没有大学的项目", context: first.context)
        #expect(reply.answer.contains("港科大"))
    }

    @Test func aPersonWhoOnlySaysWhoseTheThingIs() throws {
        // 高裕躍提的: whose 四化平臺 it is; its four parts are asked (哪四化).
        let reply = try engine.answer("高裕跃提的四化平台是哪四化")
        #expect(reply.answer.contains("数字化转型"))
        #expect(reply.answer.contains("绿色化提升"))
    }

    @Test func aSoleHoldersUnknownAttributeIsAskedOfThem() throws {
        let reply = try engine.answer("市长叔叔家里有没有养小狗呀")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("郭永航"))
        #expect(reply.answer.contains("家庭"))
    }

    @Test func theCitysOwnBodyAsksTheCitysFigures() throws {
        let reply = try engine.answer("請問市府統籌發展的重點產業鏈一共有幾條?在全國先行探索的製造業高質量發展綜合評價又叫什麼?")
        #expect(reply.answer.contains("21"))
        #expect(reply.answer.contains("1+5+N"))
    }
}
