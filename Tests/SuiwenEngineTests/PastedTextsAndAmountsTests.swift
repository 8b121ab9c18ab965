import Foundation
import Testing
@testable import SuiwenEngine

/// A number in another figure's unit, a pasted quotation or forwarded text before the question,
/// 請問 after a sentence, a list the article leaves open, amounts asked item by item or beside a
/// count, what the question sets aside, a place written as an address, and a clause that tells
/// nothing the question does not.
@Suite struct PastedTextsAndAmountsTests {
    @Test func aNumberInAnotherFiguresUnitIsNotThatFigure() throws {
        // 兩千個 is no 2000億元: the last answer's 127個 is what it doubts.
        let replies = try thread("今年廣州要改造多少個城中村呀", "咦,不是兩千個嗎?我鄰居跟我說是兩千個村子呢。")
        #expect(replies[1].answer.hasPrefix("不是"))
        #expect(replies[1].answer.contains("127"))
        #expect(!replies[1].answer.contains("是的"))
        // The number of the last answer, doubted the same way: so it is.
        let same = try thread("今年廣州要改造多少個城中村呀", "不是127個嗎?")
        #expect(same[1].answer.hasPrefix("是的"))
        // 兩千億 alone is both figures written so.
        let fragment = try engine.answer("兩千億")
        #expect(fragment.answer.contains("汽車"))
    }

    @Test func aQuotationPastedBeforeTheQuestionIsSetAside() throws {
        let pasted = try engine.answer("剛在群裡看到:“高裕躍:大力實施‘四化平臺’賦能產業、服務企業專項行動” 高裕躍是哪個部門的?")
        #expect(pasted.answer.contains("工業和信息化局"))
        // One the question runs on from is what it asks about.
        let inside = try engine.answer("“四化平臺”賦能產業、服務企業專項行動是哪個部門牽頭的?")
        #expect(inside.answer.contains("高裕躍"))
        // One it points back at (這句) is asked about too.
        let pointed = try engine.answer("「堅持產業第一、制造業立市」這句話是誰說的?")
        #expect(pointed.answer.contains("郭永航"))
    }

    @Test func pleaseAskAfterASentenceBeginsTheQuestion() throws {
        let reply = try engine.answer("您好,本處正為來訪市長準備簡報資料。請問此次廣州高質量發展大會於何時召開?由哪些單位主辦?")
        #expect(reply.answer.contains("1月28日"))
        #expect(reply.answer.contains("廣州市委、市政府"))
        #expect(!reply.answer.contains("郭永航"))
        // A forwarded text then 請問 after its ellipsis.
        let forwarded = try engine.answer("[圖片] 轉發:南沙將全力以赴新簽約、新開工、新建成一批百億級、50億級、10億級大項目好項目…… 請問南沙現在的汽車產業集群是什麼規模")
        #expect(forwarded.answer.contains("兩千億級"))
        // After a comma it is part of the sentence, which may point back (這位負責人).
        let pointed = try engine.answer("您好,我看到報導說大會上有廣州市發展改革委的主要負責人發言,想請問這位負責人叫什麼名字?")
        #expect(pointed.status == .noAnswer)
    }

    @Test func aPlaceOutsideAnOpenListIsNotDenied() throws {
        let reply = try engine.answer("澳門有冇代表出席呢個大會?")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("澳門"))
        #expect(!reply.answer.hasPrefix("不是這樣"))
        // A value the article gives whole is still denied.
        let host = try engine.answer("這次大會是廣東省委、省政府召開的,對吧?")
        #expect(host.answer.hasPrefix("不是這樣"))
    }

    @Test func amountsAskedItemByItemAreNotGivenAndTotalsBesideACountAre() throws {
        let split = try engine.answer("127个城中村改造项目的投资额怎么拆分?每个项目多少钱?")
        #expect(split.status == .noAnswer)
        #expect(!split.answer.contains("越秀"))
        let both = try engine.answer("今年廣州要改造多少個城中村呀,一共要投多少錢?")
        #expect(both.status == .answered)
        #expect(both.answer.contains("127"))
        #expect(both.answer.contains("2000億"))
    }

    @Test func whatTheQuestionSetsAsideIsNotListed() throws {
        let reply = try engine.answer("除了南沙还有哪些区")
        #expect(reply.answer.contains("越秀"))
        #expect(reply.answer.contains("除了南沙"))
        #expect(!reply.answer.contains("南沙、"))
    }

    @Test func aPlaceWrittenAsAnAddressIsNotWhatIsDescribed() throws {
        let reply = try engine.answer("海珠區瀝滘村是什麼情況?")
        #expect(reply.answer.contains("復建房"))
    }

    @Test func aClauseThatTellsNothingNewTakesTheNext() throws {
        let reply = try engine.answer("截至2022年底的統計數據是什麼?")
        #expect(reply.answer.contains("315.55"))
    }

    @Test func capabilitiesAskedInCantoneseAndAWeekdayAskedOfADate() throws {
        let help = try engine.answer("你好呀後生仔,你可以答啲咩問題㗎?")
        #expect(help.intent == "chat.help")
        let replies = try thread("「大年初七」是哪一天?", "那天是星期幾?")
        #expect(replies[0].answer.contains("1月28日"))
        #expect(replies[1].status == .noAnswer)
    }

    @Test func whoHeIsAfterAPostChecked() throws {
        // The person claimed stays 他, though the reply names the post's holder last.
        let replies = try thread("海珠區委書記是盧一先嗎?", "他是哪個區的?")
        #expect(replies[0].answer.contains("蔡澍"))
        #expect(replies[1].answer.contains("盧一先"))
        // 上述內容 points back at the last answer.
        let said = try thread("請問廣州市今年計劃推進多少個城中村改造項目?", "上述內容係由哪位官員介紹?")
        #expect(said[1].answer.contains("王宏偉"))
    }
}
