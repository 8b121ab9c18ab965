import Testing
@testable import SuiwenEngine

/// A claim that two names name one thing, a claim the document writes word for word, the person
/// a question named carried to the next turn, a count in a measure the answer does not count in,
/// the speaker's posts when a yes/no question names them, names in Latin letters only as words
/// of their own, a claim that writes the opposite of the article's word, and one that gives a
/// thing to a district it is not in.
@Suite struct NameClaimsAndWordForWordTests {
    @Test func aClaimThatTwoNamesNameOneThingIsJudged() throws {
        let no = try engine.answer("廣州新核是海珠嗎?")
        #expect(no.answer.hasPrefix("不是"))
        #expect(no.answer.contains("南沙"))
        #expect(try engine.answer("海珠是廣州新核嗎?").answer.hasPrefix("不是"))
        #expect(try engine.answer("廣州新核是南沙嗎?").answer.hasPrefix("是的"))
        #expect(try engine.answer("广州新核系唔系南沙?").answer.hasPrefix("是的"))
        // (No other name of a thing written, or more claimed than the names: not this claim.)
        #expect(!(try engine.answer("海珠是越秀嗎?").answer.contains("指的是")))
        #expect(!(try engine.answer("南沙區有沒有大學?").answer.contains("指的是")))
        // (Part of a name is no other name of it, nor is a word the document never writes.)
        for question in ["新能源汽车是新型储能吗", "信创是软件吗", "番禺是番禺智造创新城吗", "芯片是半导体吗", "储能是新能源吗"] {
            let reply = try engine.answer(question)
            #expect(!reply.answer.hasPrefix("是的") && !reply.answer.hasPrefix("不是"), "\(question)")
        }
        // (A city and a district are things of a kind here: 廣州 is not 廣州新核.)
        #expect(try engine.answer("广州是广州新核吗").answer.hasPrefix("不是"))
    }

    @Test func aClaimTheDocumentWritesWordForWordIsConfirmed() throws {
        #expect(try engine.answer("廣州加快建設廣州開發區、南沙、增城三大國家級開發區,對嗎?").answer.hasPrefix("是的"))
        // (A number changed is no word-for-word claim, nor is one whose subject the sentence
        // names only among what is done: 南沙 of …南沙、增城三大國家級開發區.)
        #expect(!(try engine.answer("南沙加快建设广州开发区、南沙、增城三大国家级开发区吗").answer.hasPrefix("是的")))
        #expect(!(try engine.answer("南沙要鞏固提升三千億級汽車產業集群,對嗎?").answer.hasPrefix("是的")))
        let choice = try engine.answer(
            "下面哪个说法正确?A. 广州统筹31条重点产业链 B. 广州加快建设广州开发区、南沙、增城三大国家级开发区 C. 越秀要引进500强央企子公司20家 D. 南沙要巩固提升三千亿级汽车产业集群")
        #expect(choice.answer.contains("B"))
        #expect(!choice.answer.hasPrefix("按文章所说,没有一项"))
    }

    @Test func thePersonAQuestionNamedIsCarriedToTheNextTurn() throws {
        let list = try engine.answer("列一下王宏伟提到的重点推进连片改造的片区")
        #expect(list.answer.contains("罗冲围"))
        let check = try engine.answer("他是海珠区委书记对吧?", context: list.context)
        #expect(check.answer.hasPrefix("不是"))
        #expect(check.answer.contains("住房城乡建设局"))
    }

    @Test func aCountInAMeasureTheAnswerDoesNotCountInIsNotSaid() throws {
        let reply = try engine.answer("初七开的大会说要新建几家医院")
        #expect(reply.status == .noAnswer)
        #expect(try engine.answer("海珠走访了几家企业").answer.contains("4500"))
        #expect(try engine.answer("大会说要新建几家医院").status == .noAnswer)
    }

    @Test func aClaimWritingTheOppositeWordIsWrongWhateverItsNumber() throws {
        #expect(try engine.answer("广州全市实有各类市场主体同比下降3.88%吗").answer.hasPrefix("不是"))
        #expect(try engine.answer("广州加快建设三大省级开发区吗").answer.hasPrefix("不是"))
        #expect(try engine.answer("广州市场主体同比增长3.88%吗").answer.hasPrefix("是的"))
    }

    @Test func aClaimGivingAThingToADistrictItIsNotInIsWrong() throws {
        let wrong = try engine.answer("越秀推动中大纺织商圈打造成数字创意设计中心吗")
        #expect(wrong.answer.hasPrefix("不是"))
        #expect(wrong.answer.contains("海珠"))
        #expect(try engine.answer("海珠推动中大纺织商圈打造成数字创意设计中心吗").answer.hasPrefix("是的"))
    }

    @Test func aNameInLatinLettersIsAWordOfItsOwn() throws {
        // (ai of said, main or wanqianbai is no AI.)
        for question in ["what was said at the meeting?", "What does Wan-Qian-Bai mean?", "Tell me about the main points"] {
            #expect(!(try engine.answer(question).entities.contains { $0.id == "ai" }), "\(question)")
        }
        #expect(try engine.answer("Tell me about AI").entities.contains { $0.id == "ai" })
        #expect(try engine.answer("南沙的AI产业").entities.contains { $0.id == "ai" })
        #expect(try engine.answer("What does Wan-Qian-Bai mean?").answer.contains("萬億級"))
    }

    @Test func aYesNoQuestionNamingTheSpeakerGetsTheirPosts() throws {
        let reply = try engine.answer("王宏偉係咪管城中村改造嗰個?")
        #expect(reply.answer.contains("住房城鄉建設局"))
        #expect(reply.answer.contains("127"))
    }
}
