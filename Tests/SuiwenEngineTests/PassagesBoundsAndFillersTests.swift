import Foundation
import Testing
@testable import SuiwenEngine

/// Whether a quoted passage is the article's words, a bound claimed of a figure (破300萬), the
/// asker's words one character off the last answer's, a name half forgotten (郭什麼的), words
/// that only recall (來著), a count asked with its list, and a formal 若干 that spoils no follow-up.
@Suite struct PassagesBoundsAndFillersTests {
    @Test func aQuotedPassageIsCheckedAgainstTheArticlesWords() throws {
        let written = try engine.answer("「營商環境1.0到5.0改革」這個區間寫對了嗎?")
        #expect(written.answer.hasPrefix("是的"))
        #expect(written.answer.contains("簡政放權"))
        let changed = try engine.answer("「營商環境1.0到6.0改革」這樣寫對嗎?")
        #expect(changed.answer.hasPrefix("原文不是這樣寫的"))
        let absent = try engine.answer("「明天會更好」是原文嗎?")
        #expect(absent.answer.contains("沒有這句話"))
        // Whose words they are, claimed with the passage, is checked as such.
        let speaker = try engine.answer("說商務系統要當好企業“娘家人”的是工信局局長高裕躍,這樣寫對嗎?")
        #expect(speaker.answer.contains("洪謙"))
    }

    @Test func aBoundClaimedOfAFigureIsCompared() throws {
        let above = try engine.answer("聽說廣州市場主體破300萬了?真的假的")
        #expect(above.answer.hasPrefix("是的"))
        #expect(above.answer.contains("315.55"))
        let notAbove = try engine.answer("廣州市場主體超過400萬了嗎")
        #expect(notAbove.answer.hasPrefix("不是"))
        let below = try engine.answer("廣州市場主體不到300萬吧")
        #expect(below.answer.hasPrefix("不是"))
        let after = try engine.answer("海珠摸排了800家以上的企業嗎")
        #expect(after.answer.hasPrefix("是的"))
    }

    @Test func wordsOneCharacterOffTheLastAnswerAreNotSo() throws {
        let replies = try thread("他說南沙要建設廣州科技創新走廊的哪個極點?", "你確定嗎?我印象裡是北部極點")
        #expect(replies[0].answer.contains("南部極點"))
        #expect(replies[1].answer.hasPrefix("不是"))
        #expect(replies[1].answer.contains("南部極點"))
        // Doubt alone after an answer found by retrieval: the article's words again.
        let doubt = try thread("他說南沙要建設廣州科技創新走廊的哪個極點?", "你確定嗎?")
        #expect(doubt[1].status == .answered)
        #expect(!doubt[1].answer.hasPrefix("不是"))
    }

    @Test func fillersOfSpeechAreNotWhatIsAsked() throws {
        let surname = try engine.answer("嗯 那個 那個郭 郭什麼的 他說了啥")
        #expect(surname.status == .clarify)
        #expect(surname.answer.contains("郭永航"))
        #expect(surname.answer.contains("郭昊羽"))
        let recalled = try engine.answer("廣州那個城市結構叫什麼來着")
        #expect(recalled.answer.contains("雙核五極"))
    }

    @Test func aCountAskedWithItsListGivesBoth() throws {
        let reply = try engine.answer("廣州萬億級產業鏈群有幾個啊 列一下")
        #expect(reply.answer.contains("8個"))
        #expect(reply.answer.contains("軟件和信創"))
    }

    @Test func amountsDatesAndPartsAskedInOtherWords() throws {
        let money = try thread("城中村改幾個", "錢呢")
        #expect(money[1].answer.contains("2000億"))
        let newYear = try engine.answer("個會喺邊日開㗎?係咪過年嗰陣呀?")
        #expect(newYear.answer.contains("1月28日"))
        #expect(newYear.answer.contains("初七"))
        let areas = try engine.answer("片區改造重點推進哪些片區")
        #expect(areas.answer.contains("廣州火車站"))
        let throughput = try engine.answer("南沙港今年集裝箱吞吐量目標多少萬標箱有說嗎")
        #expect(throughput.status == .noAnswer)
        let keywords = try engine.answer("文章的關鍵詞是什麼")
        #expect(keywords.answer.contains("3部分"))
    }

    @Test func aPostClaimedOnlyOneAndEventsAskedWhich() throws {
        let only = try engine.answer("煩請確認:盧一先於文中所列職務,是否僅為南沙區委書記一職?")
        #expect(only.answer.hasPrefix("不只"))
        #expect(only.answer.contains("市委常委"))
        // Of one who holds one post, the claim holds.
        #expect(try engine.answer("郭昊羽只是越秀區委書記嗎").answer.hasPrefix("是的"))
        // 哪些大會 asks which events, not about this conference.
        let events = try thread("越秀區委書記是誰", "他說要配合辦好哪些大會")
        #expect(events[1].answer.contains("超高清視頻"))
        // What the article leaves out entirely: not said.
        #expect(try engine.answer("今年廣州啲老人家生果金加唔加呀?").status == .noAnswer)
    }

    @Test func chatMarksAreToldByWholeCharacters() {
        // 州, 點, 郭, 會 end in the bytes 9E or 83 of ＞ and ＃, and are no marks.
        #expect(!QAEngine.hasChatMarks("廣州的重點,郭永航在大會上說了什麼?"))
        #expect(QAEngine.hasChatMarks("＞ 轉發 南沙的產業重點?"))
        #expect(QAEngine.hasChatMarks("＃高質量發展 南沙"))
        #expect(QAEngine.hasChatMarks("【用戶問題】南沙的產業重點?"))
    }

    @Test func nearMissesOfTheNewRulesAreLeftAlone() throws {
        // The asker's words as written, beside a character of the article's: no 不是.
        let same = try thread("郭永航說要打造什麼樣的城市發展標桿?", "你確定嗎?我記得是世界水準")
        #expect(!same[1].answer.hasPrefix("不是"))
        // 以上 after a mark is the above, not a bound.
        let above = try engine.answer("海珠摸排轉移意向企業821家,以上屬實嗎?")
        #expect(above.answer.hasPrefix("是的"))
        // A figure that is itself a bound (超200個, 4500多家) is at least its number.
        #expect(try engine.answer("越秀新洽談項目超過200個嗎?").answer.hasPrefix("是的"))
        #expect(try engine.answer("海珠走訪了800家以上企業嗎?").answer.hasPrefix("是的"))
        // A passage is checked as written: a rewording is not the article's, a list is one passage.
        #expect(try engine.answer("「兔年第一個工作日」是原文嗎?").answer.hasPrefix("原文不是這樣寫的"))
        let list = try engine.answer("「廣州市委、市政府召開全市高質量發展大會」這樣寫對嗎?")
        #expect(list.answer.hasPrefix("是的"))
        #expect(!list.answer.contains("不是"))
        // 個 counts anything counted: 10個 is 10家.
        let count = try thread("越秀引進多少家500強央企子公司?", "不是10個嗎?")
        #expect(count[1].answer.hasPrefix("是的"))
        // 請問 after a sentence that names the topic the question does not: the whole.
        let topic = try engine.answer("關於海珠區。請問區委書記是誰?")
        #expect(topic.answer.contains("蔡澍"))
        // 錢呢 after a count that has no money: not said.
        let money = try thread("海珠走訪了多少家企業?", "錢呢")
        #expect(money[1].status == .noAnswer)
    }

    @Test func doubtInOtherWordsChecksTheLastFigure() throws {
        let notes = try thread("今年全市計劃推進多少個城中村改造項目?", "抱歉,我的田野筆記上記的是172個,是我記錯了嗎?")
        #expect(notes[1].answer.hasPrefix("不是"))
        #expect(notes[1].answer.contains("127"))
        let english = try thread("海珠有轉移意向的企業 how many?", "hmm 我看別的材料寫的是 812 家,you sure?")
        #expect(english[1].answer.contains("821"))
        // A bot's bracketed labels are no part of the question.
        let labelled = try engine.answer("【用戶問題】2023年廣州城市更新固定資產投資目標是多少?【補充說明】無。")
        #expect(labelled.answer.contains("2000億"))
    }

    @Test func aFormalHowManySpoilsNoFollowUp() throws {
        let formal = try engine.answer("煩請告知:截至2022年底,廣州實有各類市場主體數量為何?同比增幅若干?")
        #expect(formal.answer.contains("315.55"))
        #expect(formal.answer.contains("3.88"))
        // (若干 of the article's 若干千億級產業 is no 多少: the follow-up finds the growth.)
        let replies = try thread("截至2022年底,廣州一共有多少市場主體?", "比去年漲了多少?")
        #expect(replies[1].answer.contains("3.88"))
    }
}
