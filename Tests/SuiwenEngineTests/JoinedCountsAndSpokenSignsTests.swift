import Testing
@testable import SuiwenEngine

/// Two counts joined by 同 or 和 in one breath, a plus said aloud, a person's words asked through
/// 他, and English words a learner mixes in.
@Suite struct JoinedCountsAndSpokenSignsTests {
    @Test func twoCountsJoinedByAJoinerAreEachAskedOfWhatFollowsThem() throws {
        #expect(engine.separateQuestions("會上有幾多個部門負責人同幾多個區嘅區委書記發言?") == ["會上有幾多個部門負責人,", "幾多個區嘅區委書記發言?"])
        let reply = try engine.answer("會上有幾多個部門負責人同幾多個區嘅區委書記發言?")
        #expect(reply.answer.contains("6位"))
        #expect(reply.answer.contains("11"))
        // (Not a joiner inside what the second counts: both counts still asked.)
        let inside = try engine.answer("海珠走訪了多少家企業其中有轉移意向的和要轉走的有多少家")
        #expect(inside.answer.contains("4500"))
        #expect(inside.answer.contains("821"))
        // (No joiner: cut after the first count's measure word, as before.)
        #expect(engine.separateQuestions("廣州市場主體有多少戶增長了多少")?.first == "廣州市場主體有多少戶,")
    }

    @Test func aPlusSaidAloudBetweenNumbersIsTheSign() throws {
        #expect(engine.normalizer.normalize("一加五加N").characters == Array("1+5+n"))
        let reply = try engine.answer("那个一加五加N是啥")
        #expect(reply.answer.contains("1+5+N"))
        // (Not 加 beside words: 增加, 加大, 3家加5家.)
        #expect(engine.normalizer.normalize("增加5家加大").characters == Array("增加5家加大"))
        #expect(engine.normalizer.normalize("三家加五家").characters == Array("3家加5家"))
    }

    @Test func aPersonsOwnWordsAskedThroughAPronounAreTheirs() throws {
        let first = try engine.answer("洪謙說要讓招商引資怎麼樣?")
        let words = try engine.answer("那種服務他的原話怎麼形容?", context: first.context)
        #expect(words.intent == "statement.person-verbatim")
        #expect(words.answer.contains("全生命周期保姆式"))
        // Not when the words asked of are another's, nor after two people, nor after another
        // speaker's words.
        let mayor = try engine.answer("郭永航是誰")
        #expect(try engine.answer("他說要當好企業娘家人的原話是什麼?", context: mayor.context).intent != "statement.person-verbatim")
        let two = try engine.answer("洪謙和王宏偉分別是哪個局的?")
        #expect(try engine.answer("他的原話是什麼?", context: two.context).intent != "statement.person-verbatim")
        let platforms = try engine.answer("南沙要建什麼平台?", context: mayor.context)
        #expect(try engine.answer("他的原話是什麼?", context: platforms.context).intent != "statement.person-verbatim")
    }

    @Test func anEnglishTitleAsksForTheCitysTitles() throws {
        let reply = try engine.answer("廣州有咩 title?")
        #expect(reply.answer.contains("全球定制之都"))
    }
}

/// A list followed by 還有嗎, a person asked what they are to do, words only one holder of a post
/// said, and what lies outside the article.
@Suite struct ListEndsPlansAndOneHoldersWordsTests {
    @Test func moreOfAListTheLastAnswerGaveIsThatListWhole() throws {
        let list = try engine.answer("四化平台包括什么?")
        let more = try engine.answer("还有吗", context: list.context)
        #expect(more.answer.hasPrefix("文章列出的就是这些"))
        #expect(more.answer.contains("绿色化提升"))
        // (A list the article leaves open, 等: said so.)
        let open = try engine.answer("南沙的重点产业有哪些?")
        let rest = try engine.answer("还有其他的吗", context: open.context)
        #expect(rest.answer.contains("等"))
        #expect(rest.answer.contains("创新金融"))
        #expect(rest.intent != "person.profile")
    }

    @Test func aPersonAskedWhatTheyAreToDoIsThePlanTheySpokeFor() throws {
        for question in ["高裕躍要做什麼?", "高裕躍要幹嘛?", "高裕躍的計劃是什麼?"] {
            let reply = try engine.answer(question)
            #expect(reply.answer.contains("四化平臺"), "\(question)")
        }
        // (What they do for a living is their post.)
        #expect(try engine.answer("盧一先是做什麼工作的?").answer.contains("南沙區委書記"))
        #expect(try engine.answer("高裕躍是做什麼的").answer.contains("工業和信息化局局長"))
        // (Not a question of what they said: 郭昊羽打算引進什麼類型的企業?)
        #expect(try engine.answer("郭昊羽打算引進什麼類型的企業?").answer.contains("500強央企子公司"))
        // Asked by post what was said: the plan, and whose words those are.
        let byPost = try engine.answer("商务局局长说要干嘛")
        #expect(byPost.answer.contains("洪谦"))
    }

    @Test func wordsOnlyOneHolderSaidAreTheirs() throws {
        let reply = try engine.answer("书记说要强化数字赋能还有啥")
        #expect(reply.answer.contains("工业上楼"))
        // (A word many statements share, 重點, still asks which of them.)
        #expect(try engine.answer("書記講了些什麼重點?").status == .clarify)
    }

    @Test func aComparisonWithWhatTheArticleLacksIsOutsideIt() throws {
        #expect(try engine.answer("市場主體增長3.88%,同全國平均增速比係高啲定低啲?").status == .noAnswer)
        #expect(try engine.answer("您好,請問您能提供哪些服務?").intent == "chat.help")
        #expect(try engine.answer("商務系統能提供什麼服務?").answer.contains("保姆式"))
        // 搞 before the work it stands for.
        #expect(try engine.answer("机场高速沿线要搞改造吗").answer.contains("机场高速两侧"))
    }
}

/// Lists claimed and questioned back (不是…嗎?), versions asked by number, a statement asked for as
/// written after what it said, and each part's parts.
@Suite struct ClaimsBackVersionsAndPartsOfPartsTests {
    @Test func aListClaimedBackWithNotIsChecked() throws {
        let wrong = try engine.answer("雙核不是天河跟南沙嗎?")
        #expect(wrong.answer.hasPrefix("不是這樣"))
        #expect(wrong.answer.contains("中心城區"))
        #expect(try engine.answer("雙核不是中心城區和南沙嗎?").answer.hasPrefix("是的"))
    }

    @Test func claimsCheckedTogetherKeepAListWhole() throws {
        #expect(engine.separateQuestions("三大国家级开发区是广州开发区、南沙和黄埔;另外统筹了21条重点产业链。两处都对吗?")
            == ["三大国家级开发区是广州开发区、南沙和黄埔,对吗?", "另外统筹了21条重点产业链,对吗?"])
    }

    @Test func aVersionByNumberIsTheItemInItsPlace() throws {
        let list = try engine.answer("廣州營商環境1.0到5.0改革,每一版的重點依序是什麼?")
        #expect(try engine.answer("那4.0是哪一個?", context: list.context).answer.contains("繡花功夫"))
        // (A range of versions asks for them all.)
        let all = try engine.answer("從1.0到5.0各階段的重點分別是什麼?", context: list.context)
        #expect(all.answer.contains("激發活力"))
    }

    @Test func theOrderAsWrittenAsksNoPassage() throws {
        let list = try engine.answer("王宏偉說重點推進哪些片區連片改造?依原文順序列出")
        #expect(list.answer.contains("機場高速兩側"))
        #expect(try engine.answer("第三個是哪個?", context: list.context).answer.contains("羅沖圍"))
    }

    @Test func aStatementAskedForAsWrittenIsWhole() throws {
        let said = try engine.answer("洪谦说要给企业提供什么服务")
        let whole = try engine.answer("原文呢", context: said.context)
        #expect(whole.answer.contains("娘家人"))
        #expect(whole.answer.contains("保姆式"))
    }

    @Test func eachPartsOwnPartsAreGiven() throws {
        let reply = try engine.answer("一廊一帶、雙核五極 各指什麼?")
        #expect(reply.answer.contains("科技創新走廊"))
        #expect(reply.answer.contains("中心城區"))
    }

    @Test func whenSomeoneTookOfficeIsNotSaid() throws {
        #expect(try engine.answer("郭永航哪年当的市长").status == .noAnswer)
        #expect(try engine.answer("有没有给startup的天使投资基金？规模多少亿？").status == .noAnswer)
    }
}
