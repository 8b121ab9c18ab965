import Foundation
import Testing
@testable import SuiwenEngine

/// Whose words a quoted passage is (a speaker's clause past their statement's quote, or the
/// article's own narration), a post asked between two, claims checked by a closing 核實, the
/// figures of two places compared, and 那裡 after a thing of a district.
@Suite struct PassagesPostsAndPlacesTests {
    @Test func aPassageIsTheWordsOfWhoseClauseHoldsIt() throws {
        // 打造大灣區創新型產業新高地 ends 盧一先's sentence, past the quote of his statement; 大灣區
        // alone would point at 郭昊羽's.
        let reply = try engine.answer("「打造大灣區創新型產業新高地」這句話,原文是誰說的?")
        #expect(reply.answer.contains("盧一先"))
        #expect(!reply.answer.contains("郭昊羽"))
        // A passage two speakers each said: both.
        let both = try engine.answer("「制造業當家」是誰說的?")
        #expect(both.answer.contains("郭永航"))
        #expect(both.answer.contains("盧一先"))
    }

    @Test func theArticlesOwnNarrationIsNobodysWords() throws {
        // Written across a comma, and with the article's quotation marks inside it (之“優”).
        let reply = try engine.answer("「以營商環境之優,促經濟之穩」是誰說的?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("報道本身的敘述"))
        #expect(!reply.answer.contains("郭昊羽"))
    }

    @Test func aPostAskedBetweenTwoIsTheOneTheyHold() throws {
        let reply = try engine.answer("郭昊羽是區長還是區委書記?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("區委書記"))
        // (市長 inside 副市長 is no post of the article's claimed.)
        let deputy = try engine.answer("盧一先是市委常委還是副市長?")
        #expect(deputy.answer.contains("市委常委"))
        #expect(!deputy.answer.contains("不是市長"))
        // Beside posts held, the one not held is what is corrected.
        let claim = try engine.answer("卢一先,广州市副市长、南沙区委书记,对吗")
        #expect(claim.answer.contains("不是副市长"))
        #expect(!claim.answer.contains("南沙市长"))
    }

    @Test func aClosingCheckRequestChecksTheClaim() throws {
        let reply = try engine.answer("卢一先,广州市副市长、南沙区委书记。职务核实。")
        #expect(reply.answer.contains("不是副市长"))
        let count = try engine.answer("报道称会上6位市有关部门主要负责人、广州12区区委书记发言。核对区数。")
        #expect(count.answer.contains("11"))
        // 核對 as the asker's reason, earlier in the message, checks nothing: the words are given.
        let words = try engine.answer("麻烦把郭永航讲“核心引擎城市”那段原话完整发我,我要核对引号里的字")
        #expect(words.answer.contains("世界水准"))
    }

    @Test func aClaimOfWhoseWordsAskedByItsMarkAlone() throws {
        let first = try engine.answer("卢一先是谁")
        let reply = try engine.answer("“把科教人才资源优势转化为创新发展胜势”也是他说的?", context: first.context)
        #expect(reply.answer.contains("郭永航"))
        #expect(reply.answer.hasPrefix("不是"))
    }

    @Test func twoPlacesEachWithAFigureOfTheirOwn() throws {
        let reply = try engine.answer("海珠摸排出的有转移意向企业数,和越秀计划引进的500强央企子公司数,哪个数字大?各是多少")
        #expect(reply.answer.contains("821"))
        #expect(reply.answer.contains("10家"))
    }

    @Test func thereAfterAThingOfADistrictIsTheDistrict() throws {
        let first = try engine.answer("南沙汽车产业有多大规模")
        let reply = try engine.answer("那里有没有大学的项目", context: first.context)
        #expect(reply.answer.contains("港科大"))
    }

    @Test func aPersonWhoOnlySaysWhoseTheThingIs() throws {
        // 高裕躍提的: whose 四化平臺 it is; its four parts are asked (哪四化).
        let reply = try engine.answer("高裕跃提的四化平台是哪四化")
        #expect(reply.answer.contains("数字化转型"))
        #expect(reply.answer.contains("绿色化提升"))
    }

    @Test func aSoleHoldersUnknownAttributeIsAskedOfThem() throws {
        let reply = try engine.answer("市长叔叔家里有没有养小狗呀")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("郭永航"))
        #expect(reply.answer.contains("家庭"))
    }

    @Test func theCitysOwnBodyAsksTheCitysFigures() throws {
        let reply = try engine.answer("請問市府統籌發展的重點產業鏈一共有幾條?在全國先行探索的製造業高質量發展綜合評價又叫什麼?")
        #expect(reply.answer.contains("21"))
        #expect(reply.answer.contains("1+5+N"))
    }

    @Test func aBareSaidMarkIsAClaimOnlyWhenNothingElseIsAsked() throws {
        // 這是在哪個…語境下提出的? asks which; 原文是怎麼說的? asks the words: no yes or no.
        let which = try engine.answer("郭永航說要打通“科技—產業—金融”良性循環,這是在實施哪個發展戰略的語境下提出的?")
        #expect(!which.answer.hasPrefix("是的"))
        #expect(which.answer.contains("創新驅動發展戰略"))
        let words = try engine.answer("文章中郭永航關於「國企敢干、民企敢闖、外企敢投」的原文是怎麼說的？")
        #expect(!words.answer.hasPrefix("是的"))
    }

    @Test func aPostNobodyHoldsBesideTheCityIsCorrected() throws {
        let reply = try engine.answer("盧一先是廣州市副市長吧?他在大會上代表市政府講話對不對?")
        #expect(reply.answer.contains("不是副市長"))
        #expect(reply.answer.contains("市委常委"))
    }

    @Test func aThingCalledByPartOfItsNameIsNamedWhole() throws {
        let reply = try engine.answer("綜合評價叫什麼?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("1+5+N"))
        #expect(try engine.answer("綜合評價又叫什麼?").answer.contains("1+5+N"))
    }

    @Test func theSectionsAreCountedAndPickedByTheirPlace() throws {
        let outline = try engine.answer("這篇講什麼")
        #expect(outline.answer.contains("3部分"))
        let first = try engine.answer("第一個呢", context: outline.context)
        #expect(first.answer.contains("堅持制造業立市"))
    }

    @Test func theSpeakersByTheirOrderInTheArticle() throws {
        let first = try engine.answer("文中第一個被引述講話的人是誰?")
        #expect(first.answer.contains("郭永航"))
        let last = try engine.answer("最後一個呢?", context: first.context)
        #expect(last.answer.contains("蔡澍"))
    }

    @Test func howManyAfterAListOfPeopleCountsThem() throws {
        let list = try engine.answer("有哪些人在大會上發言?")
        let count = try engine.answer("一共幾位?", context: list.context)
        #expect(count.answer.contains("7位"))
    }

    @Test func theDifferenceOfTheLastFigureAndTheOneNamed() throws {
        let first = try engine.answer("萬億級產業鏈群有幾個?")
        let reply = try engine.answer("千億級的呢?比萬億級多幾個?", context: first.context)
        #expect(reply.answer.contains("相差5個"))
        // Said once, though the last part gave it too.
        #expect(reply.answer.components(separatedBy: "相差5個").count == 2)
    }

    @Test func aForwardedChatMessageIsReadWithoutItsNoise() throws {
        let reply = try engine.answer("> 回复 阿明:洪谦那段你看了没\n> 阿明:还没\n@穗问 商务局局长说商务系统要当好企业的什么人")
        #expect(reply.answer.contains("娘家人"))
        let tagged = try engine.answer("Re: Re: 会议纪要\n@穗问 那个姓郭的领导讲了什么 #高质量发展")
        #expect(tagged.status == .clarify)
        // (@穗问 cut off, the question left is still answered in Simplified.)
        #expect(try engine.answer("@穗问 四化平台是哪四化").answer.contains("数字化转型"))
    }

    @Test func aSurnameBeforeSpeechLaterInTheMessageAsksBack() throws {
        let reply = try engine.answer("紀要要寫郭的發言,麻煩告訴我郭講了哪些要點")
        #expect(reply.status == .clarify)
        #expect(reply.answer.contains("郭永航") && reply.answer.contains("郭昊羽"))
    }

    @Test func specificsTheArticleDoesNotGiveAreNotAnsweredByAClause() throws {
        let first = try engine.answer("市长说要在哪些供给方面出实招硬招?")
        #expect(try engine.answer("那具体要新增多少个就业岗位?", context: first.context).status == .noAnswer)
        #expect(try engine.answer("這篇報道是哪家媒體、哪位記者寫的?").status == .noAnswer)
    }

    @Test func aPostWrittenRightBeforeTheRoleIsItsScope() throws {
        // 海珠區 of the stem is not the post claimed.
        let reply = try engine.answer("關於海珠區,蔡澍是南沙區委書記,對嗎?")
        #expect(reply.answer.hasPrefix("不是"))
        let choice = try engine.answer("關於海珠區,下列說法正確的是:A.已走訪聯繫企業821家 B.摸排轉移意向企業4500多家 C.加快推動紡織服裝產業向廣清紡織服裝產業園有序轉移 D.蔡澍是南沙區委書記")
        #expect(choice.answer.hasPrefix("答案是C"))
    }

    @Test func aTitleAfterANameTypedWrongIsTheirs() throws {
        let reply = try engine.answer("请问郭浩宇书记提到的量化目标有哪些?")
        #expect(reply.answer.contains("200"))
        let other = try engine.answer("另一位姓郭的呢,他提到了几个万亿级和千亿级产业链群", context: reply.context)
        #expect(other.answer.contains("8个") && other.answer.contains("13个"))
    }

    @Test func aShortFollowUpOfAnotherSentencesFigureIsNotAnswered() throws {
        // The investment's growth is not given; 市場主體's is another figure's.
        let target = try engine.answer("請問廣州今年城市更新固定資產投資的目標是多少?")
        let growth = try engine.answer("比去年增長了百分之幾?", context: target.context)
        #expect(growth.status == .noAnswer)
        #expect(!growth.answer.contains("3.88"))
        // Of the same sentence, or naming what it counts: answered.
        let count = try engine.answer("广州市场主体有多少户")
        #expect(try engine.answer("增速呢", context: count.context).answer.contains("3.88"))
        #expect(try engine.answer("那市场主体现在有多少", context: target.context).answer.contains("315.55"))
    }

    @Test func whichSentenceShowsSomethingIsAnsweredByTheSentence() throws {
        let reply = try engine.answer("文中哪句話說明了廣州的營商環境得到民營企業的認可?")
        #expect(reply.answer.contains("最佳口碑"))
    }

    @Test func anOpinionOfTheConferenceIsNotGiven() throws {
        #expect(try engine.answer("说实话 你觉得这大会是不是画大饼 有啥用").status == .noAnswer)
    }

    @Test func whichDepartmentProposedItAsksWho() throws {
        let reply = try engine.answer("廣州南站周邊 改造 哪個部門提的")
        #expect(reply.answer.contains("王宏偉"))
    }

    @Test func aJudgementOfAFigureIsNotConfirmed() throws {
        #expect(try engine.answer("315.55萬戶是不是造假?").status == .noAnswer)
        #expect(try engine.answer("8個萬億級產業鏈群是不是畫大餅?").status == .noAnswer)
        // (A number stated wrong is corrected first.)
        #expect(try engine.answer("王宏伟说今年要推进200个城中村改造项目,吹牛吧,这么多做得完?").answer.contains("127"))
    }

    @Test func aFullTitleOfTheCitysBodiesIsConfirmed() throws {
        #expect(try engine.answer("盧一先是廣州市委常委嗎?").answer.hasPrefix("是的"))
        #expect(try engine.answer("高裕躍是廣州市政府副秘書長嗎？").answer.hasPrefix("是的"))
        #expect(try engine.answer("盧一先是廣州市長嗎?").answer.hasPrefix("不是"))
    }

    @Test func aPassageTheArticleDoesNotHoldIsSaidSo() throws {
        let reply = try engine.answer("「廣州要成為全國營商環境第一城」是誰說的?")
        #expect(reply.answer.hasPrefix("文章裡沒有這句原話"))
        // A passage it holds, claimed of another: whose it is.
        let claim = try engine.answer("「打造大灣區創新型產業新高地」是郭昊羽說的嗎?")
        #expect(claim.answer.contains("盧一先"))
        #expect(claim.answer.hasPrefix("不是"))
    }

    @Test func aThingClaimedWithoutQuotesIsNoClaimOfWords() throws {
        let first = try engine.answer("郭永航說了什麼?")
        let reply = try engine.answer("南沙科學城也是他說的?", context: first.context)
        #expect(!reply.answer.hasPrefix("是的"))
    }

    @Test func itemsAfterAnEnumerationCommaAreOneClaim() throws {
        let reply = try engine.answer("判断:卢一先是广州市委常委、海珠区委书记。")
        #expect(reply.answer.hasPrefix("错误"))
    }

    @Test func aSpeakerPickedByOrderIsWhomHeMeansNext() throws {
        let first = try engine.answer("第一個講話的是誰?")
        #expect(first.answer.contains("郭永航"))
        let said = try engine.answer("他說了什麼?", context: first.context)
        #expect(said.answer.contains("萬億級"))
    }

    @Test func aSummaryOfAPostsSpeechAsksWhichThenGivesTheirs() throws {
        let ask = try engine.answer("請幫我概括一下局長的講話")
        #expect(ask.status == .clarify)
        let picked = try engine.answer("商務局那位", context: ask.context)
        #expect(picked.answer.contains("招商"))
    }
}
