import Foundation
import Testing
@testable import SuiwenEngine

/// Claims checked together by one last piece, who spoke for a district, a post's one speaker's
/// words as written, how many of a post the article names, the total of the figures one answer
/// gives, and a piece that asks what each is.
@Suite struct ClaimsSpeakersAndTotalsTests {
    @Test func claimsCheckedTogetherAreEachChecked() throws {
        let reply = try engine.answer("稿子裡說:高裕躍是商務局局長,而且就是他說要當好企業“娘家人”。這兩點都對嗎?")
        // The post claimed is not his…
        #expect(reply.answer.contains("工業和信息化局"))
        // …and the words are 洪謙's, 他 being 高裕躍 of the claim before.
        #expect(reply.answer.contains("局長洪謙說的"))
        // Two claims with no number: neither taken for one question about both (南沙市長).
        let two = try engine.answer("郭永航是市長,南沙是雙核之一,這兩點都對嗎?")
        #expect(!two.answer.contains("南沙市長"))
        #expect(two.answer.contains("廣州市市長"))
        #expect(two.answer.contains("南沙"))
    }

    @Test func aPieceThatOnlyLeansOnTheOneBeforeIsNotAQuestionOfItsOwn() throws {
        // 所在部門是? names nothing and asks with 是 alone: it goes with whose words they are.
        let reply = try engine.answer("請核實:“商務系統要當好企業‘娘家人’”這句話是誰說的?所在部門是?")
        #expect(reply.answer.contains("洪謙"))
        #expect(!reply.answer.contains("郭永航"))
        // …分別是? asks a question of its own, answered from the turn before.
        let both = try engine.answer("廣州營商環境改革從1.0迭代到幾點零?第一版和最新一版的關鍵詞分別是?")
        #expect(both.answer.contains("5.0"))
        #expect(both.answer.contains("簡政放權"))
        #expect(both.answer.contains("激發活力"))
    }

    @Test func whoSpokeForADistrictIsItsOwnSpeaker() throws {
        let reply = try engine.answer("會上邊個代表越秀區發言?")
        #expect(reply.answer.contains("郭昊羽"))
        #expect(!reply.answer.contains("蔡澍"))
        let next = try engine.answer("佢提到要認真落實咩制度?", context: reply.context)
        #expect(next.answer.contains("首席服務官"))
    }

    @Test func aPostsOneSpeakerGivesTheirWordsAsWritten() throws {
        let reply = try engine.answer("市長原話:關於國企、民企、外企的表述。")
        #expect(reply.intent == "statement.role-verbatim")
        #expect(reply.answer.contains("郭永航"))
        #expect(reply.answer.contains("杜絕庸懶散拖行為"))
        // A post several hold who spoke: not one of them picked.
        let several = try engine.answer("區委書記講首席服務官的原話")
        #expect(several.intent != "statement.role-verbatim")
    }

    @Test func howManyOfAPostTheArticleNamesIsCountedByName() throws {
        let named = try engine.answer("文中具名發言的區委書記一共幾位?分別是誰?")
        #expect(named.answer.contains("3位"))
        for name in ["盧一先", "郭昊羽", "蔡澍"] { #expect(named.answer.contains(name)) }
        // Asked without 具名, the article's own count of them.
        let all = try engine.answer("發言的區委書記有幾位?")
        #expect(all.answer.contains("11"))
    }

    @Test func aTotalAskedOfTheFiguresOneAnswerGivesIsTheirSum() throws {
        let reply = try engine.answer("郭永航提的萬億級 + 千億級產業鏈群,加起來一共多少個?")
        #expect(reply.answer.contains("21個"))
        // No total asked, none given.
        let plain = try engine.answer("郭永航提的萬億級和千億級產業鏈群各有多少個?")
        #expect(!plain.answer.contains("21個"))
    }

    @Test func theClaimPointedAtIsNoItemOfTheList() throws {
        let reply = try engine.answer("有人說廣州三大國家級開發區是廣州開發區、南沙和黃埔,這說法對嗎?")
        #expect(reply.answer.contains("增城"))
        #expect(!reply.answer.contains("說法"))
    }

    @Test func eachOfThePeopleANameFitsIsAnsweredWhenAskedOfEach() throws {
        let reply = try engine.answer("讀報時發覺文中有兩位姓郭的官員。請問他們分別是誰,各自擔任甚麼職務?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("郭永航是廣州市市長"))
        #expect(reply.answer.contains("郭昊羽是越秀區委書記"))
        // Asked of one of them, still which one.
        let one = try engine.answer("郭生講咗咩?")
        #expect(one.status == .clarify)
    }

    @Test func aThingAskedToBeInAListIsCheckedAgainstTheList() throws {
        let reply = try engine.answer("廣州火車站片區在改造名單裡嗎")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("片區改造"))
    }

    @Test func aNameTheDocumentNeverWritesAskedAfterATurnIsNotSaid() throws {
        let villages = try engine.answer("海珠那邊具體哪幾個村在加快建復建房啊?")
        let elsewhere = try engine.answer("那琶洲呢", context: villages.context)
        #expect(elsewhere.status == .noAnswer)
        #expect(elsewhere.answer.contains("琶洲"))
        // A name it writes is asked of as before; so is a common word after a list (最新的呢?).
        let nansha = try engine.answer("南沙的產業重點?")
        let car = try engine.answer("那汽車呢", context: nansha.context)
        #expect(car.status == .answered)
        let reform = try engine.answer("廣州營商環境改革迭代到幾點零?")
        let latest = try engine.answer("最新的呢?", context: reform.context)
        #expect(!latest.answer.contains("沒有提到最新"))
    }

    @Test func aHolderIsPickedByTheWordsOfTheirPost() throws {
        let reply = try engine.answer("管工業的那個局長叫什麼?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("高裕躍"))
        // Words no post holds: which of them, asked back.
        let any = try engine.answer("管招商的局長是誰?")
        #expect(any.status == .clarify)
    }

    @Test func aTrueFalseItemSaysCorrectOrWrong() throws {
        let right = try engine.answer("判斷:海珠摸排轉移意向企業821家。對還是錯?")
        #expect(right.answer.hasPrefix("正確。"))
        let wrong = try engine.answer("判斷:廣州著力打造13個萬億級產業鏈群。對還是錯?")
        #expect(wrong.answer.hasPrefix("錯誤。"))
        #expect(wrong.answer.contains("8個"))
        let post = try engine.answer("判斷對錯:盧一先是廣州市海珠區委書記。")
        #expect(post.answer.hasPrefix("錯誤。盧一先不是"))
        // A plain yes/no question keeps its own words.
        let plain = try engine.answer("海珠摸排了821家轉移意向企業嗎?")
        #expect(!plain.answer.hasPrefix("正確"))
    }

    @Test func aNumberedMessageIsAnsweredItemByItem() throws {
        let reply = try engine.answer("本人為澳門特別行政區立法會議員助理,現就貴市高質量發展大會進行比較研究,敬請釐清下列事項:一、該大會於何年何月何日召開,由何機關召開;二、會上發言者計有多少位市有關部門主要負責人,及多少個區之區委書記?")
        #expect(reply.answer.contains("1月28日"))
        #expect(reply.answer.contains("市委"))
        #expect(reply.answer.contains("6位"))
        #expect(reply.answer.contains("11"))
        // (Not 澳門 of the asker's own words, set aside with what leads up to the items.)
        #expect(reply.status == .answered)
        // One part's answer given already by the one before: said once.
        #expect(reply.answer.components(separatedBy: "由廣州市委、市政府召開").count == 2)
    }

    @Test func aPassageQuotedIsWhatIsAskedAfterAndWhoseItIs() throws {
        let next = try engine.answer("“以營商環境之優”後面還說了什麼?")
        #expect(next.answer.contains("促經濟"))
        let whose = try engine.answer("給我一句廣州營商環境的金句,“國企敢干”後面是啥?誰說的?")
        #expect(whose.answer.contains("外企敢投"))
        #expect(whose.answer.contains("郭永航"))
        #expect(!whose.answer.contains("郭昊羽"))
    }

    @Test func optionsThatOnlyNameWhatTheStemAsksForArePickedByItsAnswer() throws {
        let reply = try engine.answer("選擇題:郭永航提出推動東部發展軸與城市老中軸、新中軸融合互動,實現哪「三脈」創新發展?A.城脈、文脈、商脈 B.山脈、水脈、文脈 C.城脈、商脈、人脈 D.文脈、商脈、產脈")
        #expect(reply.answer.hasPrefix("答案是A。"))
        // Two options its answer holds: no letter picked.
        let both = try engine.answer("郭永航提出實現哪「三脈」創新發展?A.城脈 B.商脈")
        #expect(!both.answer.hasPrefix("答案是"))
    }

    @Test func detailsOfAThingNamedAfterASpeechAreTheThings() throws {
        let speech = try engine.answer("市工信局局長叫啥,他說了啥")
        let detail = try engine.answer("四化平臺,那具體呢", context: speech.context)
        #expect(detail.answer.contains("數字化轉型"))
    }

    @Test func whoseTheLastAnswersPassageIsIsCheckedByItsClause() throws {
        let quote = try engine.answer("“世界水準、中國氣派”後面兩句是啥")
        let claim = try engine.answer("這句是王宏偉說的吧?", context: quote.context)
        #expect(claim.answer.hasPrefix("不是王宏偉,是廣州市市長郭永航說的"))
        let right = try engine.answer("這句話是郭永航說的嗎?", context: quote.context)
        #expect(right.answer.hasPrefix("是的"))
    }

    @Test func aRequestToCompleteAPassageIsNoStoryOfTheAskers() throws {
        let reply = try engine.answer("幫我補全這句,太適合做標題了:“以營商環境之優,……”")
        #expect(reply.answer.contains("促經濟"))
    }

    @Test func aNumberedMessageAnswersEachItemWhateverTheOthersGet() throws {
        let five = try engine.answer("一、大會哪天開的?二、市長是誰?三、南沙區委書記是誰?四、越秀區委書記是誰?五、海珠區委書記是誰?")
        for name in ["郭永航", "盧一先", "郭昊羽", "蔡澍"] { #expect(five.answer.contains(name)) }
        let withUnknown = try engine.answer("一、大會哪天開的?二、廣州GDP多少?三、市長是誰?")
        #expect(withUnknown.answer.contains("1月28日"))
        #expect(withUnknown.answer.contains("GDP"))
        #expect(withUnknown.answer.contains("郭永航"))
    }

    @Test func twoPointsAskedOfButNotYesOrNoAreNoClaims() throws {
        let reply = try engine.answer("王宏偉提到城中村改造,還提到城市更新,這兩點有什麼區別?")
        #expect(!reply.answer.hasPrefix("是的"))
        // Figures claimed with no name first: each checked, both right.
        let figures = try engine.answer("市場主體有315.55萬戶,同比增長3.88%,這兩點都對嗎?")
        #expect(!figures.answer.contains("不是"))
    }

    @Test func anUnwrittenNameIsSaidAsTheQuestionWroteIt() throws {
        let haizhu = try engine.answer("海珠區委書記是誰?")
        let elsewhere = try engine.answer("那長隆的呢?", context: haizhu.context)
        #expect(elsewhere.answer.contains("沒有提到長隆。"))
        // A surname of the article's people, called short: not said to be absent.
        let short = try engine.answer("那洪局呢?", context: haizhu.context)
        #expect(!short.answer.contains("沒有提到洪局"))
    }

    @Test func eachOfASurnamesPeopleOnlyWhenWhoIsAsked() throws {
        let simplified = try engine.answer("两位姓郭的官员分别是谁?")
        #expect(simplified.answer.contains("郭永航是广州市市长"))
        let said = try engine.answer("姓郭的兩位分別講了什麼?")
        #expect(said.status == .clarify)
    }

    @Test func theFirstWorkingDaySaidOtherwiseIsTheArticles() throws {
        let date = try engine.answer("廣州高質量發展大會是哪天開的")
        let check = try engine.answer("是不是春節後第一個工作日", context: date.context)
        #expect(check.answer.contains("首個工作日"))
        // Not the first item of the last answer's list.
        #expect(!check.answer.contains("第1個"))
    }
}
