import Foundation
import Testing
@testable import SuiwenEngine

/// A claim after a fact checker's or a quiz's label (聲明:, 待核:, 判斷題:), a list claim closed by
/// 這道題答案是, a body's speech claimed when the article does not report it, a thing placed in a
/// district its sentence names before it, a claim closed by 吧, a post typed by sound right after
/// a body's name, a relation only a person's words hold, two figures claimed with one count wrong,
/// a name several people share narrowed by what they spoke of, and the passage of the last answer
/// pointed at.
@Suite struct LabelsPlacesAndNarrowedNamesTests {
    @Test func aLabelledClaimIsAskedYesOrNo() throws {
        let wrong = try engine.answer("声明:大会上发言的有5位市有关部门主要负责人和11区区委书记。")
        #expect(wrong.answer.hasPrefix("不是"))
        #expect(wrong.answer.contains("6位"))
        let right = try engine.answer("網傳:海珠摸排了821家轉移意向企業")
        #expect(right.answer.hasPrefix("是的"))
        // A label with a question of its own after it: that question.
        let asked = try engine.answer("待核:南沙區委書記是誰?")
        #expect(asked.answer.contains("盧一先"))
        // A colon that follows no label: the message as it is.
        #expect(try engine.answer("請問:南沙區委書記是誰?").answer.contains("盧一先"))
    }

    @Test func aQuizItemsWordsAfterAListClaimAreNoItem() throws {
        let reply = try engine.answer("判断题:高裕跃提出的“四化平台”包括数字化转型、网络化协同、智能化改造和国际化提升。这道题答案是对还是错?")
        #expect(reply.answer.hasPrefix("错误"))
        #expect(reply.answer.contains("绿色化提升"))
        #expect(!reply.answer.contains("这道题"))
    }

    @Test func aBodysUnreportedSpeechIsNotBorneOut() throws {
        let reply = try engine.answer("广州市发展改革委主任在会上表示2023年固定资产投资要增长10%吗?")
        #expect(reply.status == .noAnswer)
        #expect(!reply.answer.hasPrefix("是的"))
        // Whether it spoke at all: yes.
        #expect(try engine.answer("發展改革委在會上有人發言嗎?").answer.hasPrefix("是的"))
    }

    @Test func aThingIsPlacedByTheDistrictItsSentenceNamesBeforeIt() throws {
        let right = try engine.answer("瀝滘村的復建房是海珠區的對不對")
        #expect(right.answer.hasPrefix("是的"))
        #expect(right.answer.contains("海珠"))
        let wrong = try engine.answer("瀝滘村和新市頭村項目復建房建設是番禺區在推進的嗎?")
        #expect(wrong.answer.hasPrefix("不是"))
        #expect(wrong.answer.contains("海珠"))
        // Said by someone: they, with the post that names the place.
        #expect(try engine.answer("工業上樓是海珠的做法嗎?").answer.contains("海珠區委書記蔡澍"))
    }

    @Test func aClaimClosedByBaIsAskedYesOrNo() throws {
        let reply = try engine.answer("盧一先是南沙區長吧?")
        #expect(reply.status == .answered)
        #expect(reply.answer.hasPrefix("不是"))
        #expect(reply.answer.contains("區委書記"))
    }

    @Test func aPostTypedBySoundAfterABodyIsThePost() throws {
        let reply = try engine.answer("南沙书计谁")
        #expect(reply.answer.contains("卢一先"))
    }

    @Test func aRelationOnlyAPersonsWordsHold() throws {
        let reply = try engine.answer("盧一先想簽什麼級別的項目?")
        #expect(reply.answer.contains("50億級"))
        // What to do, asked after his words, is in his words, not every plan he spoke of.
        let replies = try thread("郭永航強調要構建什麼樣的政商關係?", "具體要做到什麼?")
        #expect(replies[1].answer.contains("有呼必應"))
        #expect(!replies[1].answer.contains("東部發展軸"))
    }

    @Test func aNameSeveralShareIsNarrowedByWhatTheySpokeOf() throws {
        let reply = try engine.answer("老郭讲万千百说了啥")
        #expect(reply.answer.contains("郭昊羽"))
        #expect(reply.answer.contains("郭永航"))
        #expect(reply.answer.contains("万千百"))
        // Both spoke under the heading that names it (郭永航's words under 推進現代化國際化營商
        // 環境建設): which of them.
        let both = try engine.answer("老郭讲营商环境说了啥")
        #expect(both.status == .clarify)
        #expect(both.answer.contains("郭昊羽") && both.answer.contains("郭永航"))
        // With nothing named to narrow it: asked back.
        #expect(try engine.answer("郭先生说了啥").status == .clarify)
    }

    @Test func theLastAnswersPassagePointedAtIsNoWordAsked() throws {
        let replies = try thread("「打通『科技—產業—金融』良性循環」是誰說的?", "同一段話裏他說要擦亮哪兩個品牌?")
        #expect(replies[1].answer.contains("廣州創造"))
    }

    @Test func aTaiwaneseTrillionIsTheTrillionTier() throws {
        let reply = try engine.answer("請問郭永航市長提到的8個兆元級產業鏈群,包括哪些?")
        #expect(reply.answer.contains("時尚產業"))
    }

    @Test func aPartThatGivesTheOneBeforeInFullStandsForIt() throws {
        let reply = try engine.answer("喂主持人,我係做開製衣嘅,聽講海珠中大布行嗰邊啲廠要搬,係咪真㗎?搬去邊度呀?")
        #expect(reply.answer.contains("廣清"))
        let repeated = reply.answer.components(separatedBy: "有序轉移").count - 1
        #expect(repeated == 1)
    }

    @Test func aNegatedClaimGetsNoVerdict() throws {
        let reply = try engine.answer("郭永航不是廣州市長,對嗎?")
        #expect(!reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("市長"))
        // Doubt closed by 嗎 alone, and 是不是, still get theirs.
        #expect(try engine.answer("郭永航不是廣州市長嗎?").answer.hasPrefix("是的"))
        #expect(try engine.answer("建設廣州科技創新走廊南部極點是番禺區的任務,難道不是嗎?").answer.hasPrefix("不是"))
    }

    @Test func wordsCreditedToABodyWhoseSpeechIsUnreportedAreNotBorneOut() throws {
        let reply = try engine.answer("發展改革委提出了四化平臺嗎?")
        #expect(reply.status == .noAnswer)
        #expect(!reply.answer.hasPrefix("是的"))
        // A person who said it, named: their claim, checked.
        #expect(try engine.answer("高裕躍提出了四化平臺嗎?").answer.hasPrefix("是的"))
    }
}
