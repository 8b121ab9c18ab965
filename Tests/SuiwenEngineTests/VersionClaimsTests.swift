import Testing
@testable import SuiwenEngine

/// A version a yes/no question states (數字政府3.0), why asked of what the last turn was about,
/// 會上 and 相關的說法 as no content, 廿 as a number, the conference asked after a story, a
/// district's own renewal before the city's list, another name asked (稱作).
@Suite struct VersionClaimsTests {
    @Test func aVersionTheClauseDoesNotNameIsCorrected() throws {
        let wrong = try engine.answer("越秀要以數字政府3.0信用走廊建設為抓手嗎?")
        #expect(wrong.answer.hasPrefix("不是這樣") && wrong.answer.contains("2.0"), "\(wrong.answer)")
        let right = try engine.answer("越秀要以數字政府2.0信用走廊建設為抓手嗎?")
        #expect(right.answer.hasPrefix("是的"), "\(right.answer)")
        // (No yes for what the sentence does not speak of: 番禺.)
        let elsewhere = try engine.answer("番禺以數字政府2.0信用走廊建設為抓手嗎?")
        #expect(!elsewhere.answer.hasPrefix("是的"), "\(elsewhere.answer)")
        // (A version within a range written, 1.0到5.0, is held; one beyond it is not.)
        let within = try engine.answer("廣州迭代實施了3.0改革嗎?")
        #expect(within.answer.hasPrefix("是的"), "\(within.answer)")
        let beyond = try engine.answer("廣州迭代實施了6.0改革嗎?")
        #expect(beyond.answer.hasPrefix("不是這樣"), "\(beyond.answer)")
    }

    @Test func versionsAreReadApartFromNumbers() {
        let text = Array("以數字政府2.0信用走廊建設為抓手,迭代到了6.0版本,提高3.88")
        #expect(QAEngine.versions(in: text) == ["2.0"])
        #expect(QAEngine.numbers(in: text) == ["6", "3.88"])
    }

    @Test func whyOfWhatTheLastTurnWasAboutIsTheActionItIsPartOf() throws {
        let first = try engine.answer("那裡的中大紡織商圈要打造成什麼?", context: try engine.answer("海珠區委書記是誰?").context)
        let why = try engine.answer("為什麼要轉移?轉去哪裡?", context: first.context)
        #expect(why.status == .answered && why.answer.contains("梯度有序轉移行動") && why.answer.contains("廣清"), "\(why.answer)")
    }

    @Test func atTheMeetingAndARelatedStatementAskNothingOfTheirOwn() throws {
        let foreign = try engine.answer("会上对外资企业是什么态度?有没有相关的说法")
        #expect(foreign.answer.contains("外企敢投") && !foreign.answer.contains("扛起政治责任"), "\(foreign.answer)")
    }

    @Test func nianAndSaAreNumbers() {
        #expect(String(engine.normalizer.normalize("廿幾年").characters).hasPrefix("20"))
    }

    @Test func theConferenceAskedAfterTheAskersPlaceIsAnswered() throws {
        let date = try engine.answer("我在荔灣老城開涼茶舖廿幾年,街坊話年初七市裡開了個高質量發展大會,請問是哪一天開的?是誰召開的?")
        #expect(date.answer.contains("1月28日") && date.answer.contains("市委"), "\(date.answer)")
        // (Their place pointed back at stays outside the article.)
        let own = try engine.answer("我在深圳,大會有沒有講我們這邊?")
        #expect(own.status == .noAnswer, "\(own.answer)")
    }

    @Test func whatWasHeardIsAskedWhenTheLastClauseNamesOnlyTheConference() throws {
        let platforms = try engine.answer("我在考虑从黄埔跳槽去南沙,听说南沙在搞一批科研平台,大会上提到了哪些?")
        #expect(platforms.answer.contains("南沙科学城"), "\(platforms.answer)")
    }

    @Test func aDistrictsOwnRenewalIsNotTheCitysList() throws {
        let renewal = try engine.answer("海珠的城中村改造现在重点推进哪些地方?")
        #expect(renewal.answer.contains("沥滘村") && !renewal.answer.contains("罗冲围"), "\(renewal.answer)")
    }

    @Test func theCitysStructureByOtherWords() throws {
        let structure = try engine.answer("为什么要搞这种多中心、网络化的结构?")
        #expect(structure.answer.contains("空间支撑") && !structure.answer.contains("四化"), "\(structure.answer)")
    }

    @Test func anotherNameAskedAgainOfAPostIsItsHolder() throws {
        let holder = try engine.answer("住建局局長又叫什麼名字?")
        #expect(holder.answer.contains("王宏偉"), "\(holder.answer)")
        let called = try engine.answer("文章把南沙称作什么?")
        #expect(called.answer.contains("广州新核"), "\(called.answer)")
    }
}
