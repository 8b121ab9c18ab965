import Testing
@testable import SuiwenEngine

/// A post taken for granted before the question, doubt in the asker's own words, and a thing
/// named whose sentence answers rather than a sentence of its owner's that shares a word.
@Suite struct PremisesAndDoubtsTests {
    @Test func aWrongPostTakenForGrantedBeforeTheQuestionIsCorrectedThenTheQuestionAnswered() throws {
        let reply = try engine.answer("聽說盧一先是海珠區委書記,他說要鞏固提升多大規模的汽車產業集群?")
        #expect(reply.answer.hasPrefix("盧一先不是海珠區委書記"))
        #expect(reply.answer.contains("南沙區委書記"))
        #expect(reply.answer.contains("兩千億級"))
        // A post they hold: nothing to correct.
        let right = try engine.answer("聽說盧一先是南沙區委書記,他說要鞏固提升多大規模的汽車產業集群?")
        #expect(right.answer.hasPrefix("盧一先表示"))
        // The claim alone is a post check, said once.
        let check = try engine.answer("盧一先是海珠區委書記嗎?")
        #expect(check.answer.components(separatedBy: "不是海珠區委書記").count == 2)
        // One post of two asked between: the answer, no correction.
        let between = try engine.answer("盧一先是海珠區委書記還是南沙區委書記?")
        #expect(!between.answer.contains("不是"))
    }

    @Test func doubtInWordsTheArticleNowhereWritesIsAnsweredWithItsWords() throws {
        let villages = try engine.answer("海珠哪兩個村在加快復建房建設?")
        let doubt = try engine.answer("不是冼村和獵德村嗎?", context: villages.context)
        #expect(doubt.intent == "followup.pushback")
        #expect(doubt.answer.hasPrefix("不是這樣"))
        #expect(doubt.answer.contains("瀝滘村") && doubt.answer.contains("新市頭村"))
        // Words the article writes: no such doubt (a claim of its own, not "not so").
        let date = try engine.answer("大會是哪天開的?")
        let asked = try engine.answer("具體是大年初幾呢?", context: date.context)
        #expect(!asked.answer.contains("不是這樣"))
    }

    @Test func aThingNamedIsAnsweredWhereItIsNamedNotByItsOwnersSentenceSharingAWord() throws {
        let reply = try engine.answer("南沙要建成什麼的南部極點?")
        #expect(reply.answer.contains("科技創新走廊南部極點"))
        #expect(!reply.answer.contains("新建成一批"))
        // A thing named in a claim before the question does not take the answer from what is asked.
        let two = try engine.answer("廣州是國家營商環境創新試點城市;越秀區要深化哪一種試點建設?它以甚麼為抓手?")
        #expect(two.answer.contains("試點街區"))
        #expect(two.answer.contains("信用走廊"))
    }
}
