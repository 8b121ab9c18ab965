import Testing
@testable import SuiwenEngine

/// A thing's whole name asked with a word for it (全稱, 全名), the one who put something forward
/// asked by what they did (提出的人), 敝人 telling of the asker, and the tables worked out at load
/// that the answer path reads instead of working them out again.
@Suite struct FullNamesProposersAndPrecomputedTextTests {
    @Test func aWordForTheWholeNameAsksItAsJiaoShenmeDoes() throws {
        for question in ["环五山全称叫什么?", "環五山的全名叫啥?", "环五山那个全称叫啥", "環五山的全稱是什麼?"] {
            let reply = try engine.answer(question)
            #expect(reply.status == .answered, "\(question)")
            #expect(reply.answer.contains("环五山创新策源区") || reply.answer.contains("環五山創新策源區"), "\(question): \(reply.answer)")
        }
    }

    @Test func theWordTheNameEndsWithAfterJiaoShenmeAsksTheWholeName() throws {
        for question in ["番禺那个叫什么城来着", "從化那個叫什麼示範區?"] {
            let reply = try engine.answer(question)
            #expect(reply.status == .answered, "\(question)")
            #expect(reply.answer.contains("智造创新城") || reply.answer.contains("綠色發展"), "\(question): \(reply.answer)")
        }
    }

    @Test func wordsAskedWhatTheyMeanKeepTheClauseTheirsGoesOnFrom() throws {
        // (做到有呼必應、無事不擾 goes on from 要構建親清政商關系: what they are for.)
        let reply = try engine.answer("有呼必應、無事不擾是什麼意思?")
        #expect(reply.answer.contains("親清政商關系"), "\(reply.answer)")
        // (Asked who said it, not what it means: the clause itself.)
        let said = try engine.answer("有呼必應、無事不擾是誰說的?")
        #expect(said.answer.contains("郭永航"), "\(said.answer)")
    }

    @Test func aWholeNameWordNeverMakesAJoinedNameOrAThingNamedAfterAnotherTheWholeName() throws {
        // (軟件和信創 names two things: 信創's whole name is not in the article. 港科大(廣州)二期 is
        // a project named after the university, no name of it.)
        for (question, wrong) in [("信創全稱是什麼?", "指的是軟件和信創"), ("港科大全稱是什麼?", "指的是港科大(廣州)二期")] {
            let reply = try engine.answer(question)
            #expect(!reply.answer.contains(wrong), "\(question): \(reply.answer)")
        }
    }

    @Test func aKindWordThatNamesAThingOfItsOwnIsNoEndOfTheName() throws {
        // (會議 of 讀懂中國叫什麼會議? is no ending of 讀懂中國's name to be completed with the
        // conference's.)
        let reply = try engine.answer("讀懂中國叫什麼會議?")
        #expect(!reply.answer.contains("高質量發展大會"), "\(reply.answer)")
    }

    @Test func theProposerIsTheOneWhoSaidTheLastAnswerNotWhoWasAskedBefore() throws {
        let replies = try thread("高裕躍是誰?", "越秀要配合辦好哪些活動?", "提出的人是什麼職務?")
        #expect(replies[2].answer.contains("郭昊羽"), "\(replies[2].answer)")
        #expect(!replies[2].answer.contains("高裕躍是"), "\(replies[2].answer)")
    }

    @Test func theOneWhoSaidItAskedAfterAFigureIsItsSpeaker() throws {
        // (說 and 這話 inside 說這話的人 ask no words said nor a passage: the person.)
        let replies = try thread("廣州今年計劃推進多少個城中村改造項目?", "說這話的人是什麼職務?")
        #expect(replies[1].answer.contains("住房城鄉建設局局長"), "\(replies[1].answer)")
        // (發言的人 are the conference's speakers, all of them.)
        let speakers = try engine.answer("列出文中所有被點名發言的人及其職務。")
        #expect(speakers.answer.contains("郭永航") && speakers.answer.contains("蔡澍"), "\(speakers.answer)")
    }

    @Test func aParticleAfterTheNameAskedIsNoWordOfItsOwn() throws {
        for question in ["番禺那個叫什麼城啊?", "環五山全稱叫什麼呀", "環五山的全稱是什麼呢"] {
            let reply = try engine.answer(question)
            #expect(reply.answer.contains("創新"), "\(question): \(reply.answer)")
        }
    }

    @Test func anEnglishWordForIndustryReadsAsChinese() throws {
        let replies = try thread("郭昊羽計劃引進多少家500強央企子公司?", "這個區的數字政府 initiative 叫甚麼?", "他還提到要配合辦好哪個 industry conference?")
        #expect(replies[2].answer.contains("世界超高清視頻產業發展大會"), "\(replies[2].answer)")
    }

    @Test func heShiOfWrittenLanguageAsksWhat() throws {
        let replies = try thread("四化平臺賦能產業、服務企業專項行動由誰提出?", "該專項行動旨在推動何事?")
        #expect(replies[1].answer.contains("技術改造"), "\(replies[1].answer)")
    }

    @Test func aWholeNameWordAfterANameTypedWholeIsNoPartOfIt() throws {
        // (南沙 is the name itself: the article gives no longer one to answer with.)
        let reply = try engine.answer("南沙全稱叫什麼?")
        #expect(!reply.answer.contains("指的是"))
    }

    @Test func theProposerAskedByWhatTheyDidIsTheSpeakerOfTheLastAnswer() throws {
        let replies = try thread("“四化平台”具体指哪四化?", "提出的人是什么职务")
        #expect(replies[1].answer.contains("副秘书长"), "\(replies[1].answer)")
        #expect(replies[1].answer.contains("工业和信息化局局长"), "\(replies[1].answer)")
    }

    @Test func withoutTheWordsForTheProposerAPostAfterAThingIsNotTheSpeakers() throws {
        // (提出的人 is what points at the speaker: 什麼職務 alone after a program does not.)
        let replies = try thread("“四化平台”具体指哪四化?", "是什么职务")
        #expect(!replies[1].answer.contains("副秘书长"), "\(replies[1].answer)")
    }

    @Test func biRenTellsOfTheAskerAndIsSetAside() throws {
        let reply = try engine.answer("敝人從事酒店業,想了解廣州市商務局局長是哪位?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("洪謙"))
    }

    @Test func theWhiteSpaceTestWithoutPropertiesAgreesWithTheProperty() {
        for value in UInt32(0)...0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isWhiteSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func eachClauseKeepsItsTextNormalizedAsTheNormalizerGivesIt() {
        for clause in engine.evidence.clauses {
            let normalized = engine.normalizer.normalize(clause.text)
            #expect(clause.normalized == normalized)
            #expect(clause.normalizedString == normalized.string)
        }
    }
}
