import Testing
@testable import SuiwenEngine

/// A name corrected in the same message (海珠書記叫啥 哦不對 越秀的), a body pointed back at (該局),
/// the post of a district pointed back at (這位書記, 該區書記), which holder of a post said
/// something named, and which district's words write a name no district's fact has.
@Suite struct SelfCorrectionsAndBodiesPointedAtTests {
    @Test func aNameCorrectedInTheSameMessageIsAskedInsteadOfTheFirst() throws {
        for (question, right, wrong) in [
            ("海珠书记叫啥 哦不对 越秀的", "郭昊羽", "蔡澍"),
            ("商務局長是誰,打錯了,住建局", "王宏偉", "洪謙"),
            ("南沙的書記是誰 不是不是 我是說海珠", "蔡澍", "盧一先"),
        ] {
            let reply = try engine.answer(question)
            #expect(reply.answer.contains(right), "\(question): \(reply.answer)")
            #expect(!reply.answer.contains(wrong), "\(question): \(reply.answer)")
        }
    }

    @Test func noCorrectionWhereTheMarkIsPartOfAYesNoQuestionOrNoNameFollows() throws {
        // (不對 of 對不對 corrects nothing: 越秀呢 is a question of its own after it.)
        #expect(engine.withSelfCorrection("海珠摸排了821家企業,對不對?越秀呢") == nil)
        // (A doubt of the last answer, 不對吧, with more than a name after it.)
        #expect(engine.withSelfCorrection("海珠區委書記是郭昊羽嗎?不對吧,我記得是蔡澍") == nil)
        // (Nothing of the corrected name's type before the mark.)
        #expect(engine.withSelfCorrection("城中村改造有多少個項目 哦不對 越秀") == nil)
        #expect(engine.withSelfCorrection("海珠书记叫啥 哦不对 越秀的") == "越秀书记叫啥")
    }

    @Test func theBodyPointedBackAtIsTheLastTurnsOrItsPersonsBody() throws {
        let replies = try thread("請問廣州市商務局局長為哪位?", "該局在服務企業方面有什麼承諾?")
        #expect(replies[1].answer.contains("娘家人"), "\(replies[1].answer)")
        // (那個局長 is a post's holder, not 那個局.)
        let post = try thread("乘客问商务局那个局长叫洪什么", "乘客说的是讲城中村改造那个局长")
        #expect(post[1].answer.contains("王宏伟"), "\(post[1].answer)")
    }

    @Test func thePostOfTheDistrictPointedBackAtIsItsHoldersNotEveryHolders() throws {
        for follow in ["这位书记提到的重点产业有哪些", "该区书记提到哪些重点产业"] {
            let replies = try thread("南沙在广州科技创新走廊中的定位是哪一极?", follow)
            #expect(replies[1].answer.contains("集成电路"), "\(follow): \(replies[1].answer)")
            #expect(!replies[1].answer.contains("郭昊羽"), "\(follow): \(replies[1].answer)")
        }
    }

    @Test func whichHolderOfAPostSaidSomethingNamedIsItsSpeaker() throws {
        let reply = try engine.answer("那个城中村改造是哪个局长讲的?")
        #expect(reply.answer.contains("王宏伟"), "\(reply.answer)")
        #expect(!reply.answer.contains("洪谦"), "\(reply.answer)")
    }

    @Test func whichDistrictAskedOfANameOnlyADistrictsWordsWriteIsThatDistrict() throws {
        let reply = try engine.answer("哪個區提到了超高清視頻")
        #expect(reply.status == .answered)
        #expect(reply.answer.hasPrefix("是越秀"), "\(reply.answer)")
        // (哪一區 asks which district as 哪個區 does.)
        let which = try engine.answer("「首席服務官」制度是哪一區提出?")
        #expect(which.answer.contains("越秀"), "\(which.answer)")
    }

    @Test func aSurnameWithATitleBesideATopicAsksBackWhichOfThem() throws {
        let reply = try engine.answer("請問郭先生於會上就營商環境發表了何種意見?")
        #expect(reply.status == .clarify, "\(reply.answer)")
    }
}
