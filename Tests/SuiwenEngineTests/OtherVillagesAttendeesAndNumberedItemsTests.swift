import Testing
@testable import SuiwenEngine

/// The other one of its kind asked which (還有哪個村也在建?), who went to the conference (its
/// speakers), items numbered 1) 2) or (1) (2), and a place outside the article denied beside a
/// question of its own.
@Suite struct OtherVillagesAttendeesAndNumberedItemsTests {
    @Test func theOtherOfItsKindAskedWhichIsDescribed() throws {
        let replies = try thread("新市投村是不是在建副建房啊", "还有哪个村也在建")
        #expect(replies[1].answer.contains("沥滘村"))
        // (With no other one found, 還有哪個區 is no description of the last answer's subject.)
        let other = try thread("南沙的重點產業有哪些?", "還有哪個區也在講招商?")
        #expect(!other[1].intent.hasPrefix("followup.the-other-which"))
    }

    @Test func whoWentToTheConferenceIsWhoSpokeThere() throws {
        let replies = try thread("這個大會是哪一天開的啊", "都有誰去開會啊")
        #expect(replies[1].status == .answered)
        #expect(replies[1].answer.contains("企業經營者"))
    }

    @Test func itemsNumberedWithParenthesesAreQuestionsOfTheirOwn() throws {
        #expect(QAEngine.renumbered("批量測試 1)雙核指什麼 2)標桿是什麼") == "批量測試 1、雙核指什麼 2、標桿是什麼")
        #expect(QAEngine.renumbered("(1)南沙的書記是誰(2)海珠的書記是誰") == "1、南沙的書記是誰 2、海珠的書記是誰")
        // (One item alone, or a parenthesis of words, numbers nothing.)
        #expect(QAEngine.renumbered("城市發展標桿(四個詞)是什麼?") == nil)
        #expect(QAEngine.renumbered("1)南沙的書記是誰") == nil)
        let reply = try engine.answer("批量測試 1)“一廊一帶、雙核五極”裡的雙核指什麼 2)未來廣州要打造什麼樣的城市發展標桿(四個詞)")
        #expect(reply.answer.contains("南沙新區"))
        #expect(reply.answer.contains("嶺南風韻"))
    }

    @Test func aPlaceOutsideDeniedBesideAQuestionLeavesTheQuestionAnswered() throws {
        let reply = try engine.answer("大會是誰召開的?不是廣東省政府吧?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("市委"))
        // (Asked of it alone, it is outside the article.)
        #expect(try engine.answer("廣東省政府是誰?").status == .noAnswer)
    }
}

/// 這項 right before a figure's words (這項投資目標), and a speaker's words asked as written with
/// no 他, after their answer (那種服務原文點形容?).
@Suite struct FiguresNamedAfterAPointerAndWordsOfTheLastSpeakerTests {
    @Test func aPointerRightBeforeAFiguresWordsIsNoPronoun() throws {
        let replies = try thread("今年城市更新固定資產投資目標是多少?", "和南沙汽車產業集群的量級相比呢?", "這項投資目標是哪位官員介紹的?")
        #expect(replies[2].answer.contains("王宏偉"))
        #expect(!replies[2].answer.contains("盧一先"))
    }

    @Test func theLastSpeakersWordsAreQuotedWhenTheQuestionsWordsAreTheirs() throws {
        let replies = try thread("洪謙局長話要讓甚麼「跑」起來?", "他說商務系統要當企業的甚麼人?", "那種服務原文點形容?")
        #expect(replies[2].status == .answered)
        #expect(replies[2].answer.contains("全生命周期保姆式"))
        // (Words that are not theirs, 文章原話怎麼說的, ask for the last answer's passage instead.)
        let passage = try thread("南沙是要巩固提升三千亿级汽车产业集群对吧?", "那文章原话怎么说的?")
        #expect(passage[1].answer.contains("两千亿级汽车产业集群"))
    }
}

/// A count asked with no figure's word after a rate (總數呢?): the count beside it.
@Suite struct ACountAfterARateTests {
    @Test func aCountAskedAfterARateIsTheCountOfItsSentence() throws {
        let replies = try thread("市场主体同比增长了多少", "总数呢")
        #expect(replies[1].answer.contains("315.55"))
        #expect(!replies[1].answer.contains("3.88"))
        // (After a count that has no rate beside it, 總數呢 picks nothing of the kind.)
        let other = try thread("今年城中村改造項目計劃推進多少個?", "總數呢")
        #expect(!other[1].answer.contains("315.55"))
    }
}
