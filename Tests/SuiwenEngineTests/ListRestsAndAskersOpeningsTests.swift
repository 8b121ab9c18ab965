import Testing
@testable import SuiwenEngine

/// The rest of a list, a number remembered from elsewhere, a post nobody named holds of a body
/// whose people the article names, asking to ask, blanks with a question after them, and which
/// district said something with who spoke for it.
@Suite struct ListRestsAndAskersOpeningsTests {
    @Test func theOthersAfterAnItemCheckedAreTheListsOtherItems() throws {
        let checked = try engine.answer("增城係咪國家級開發區嚟㗎?")
        #expect(checked.answer.hasPrefix("是的"))
        let others = try engine.answer("另外兩個係邊?", context: checked.context)
        #expect(others.answer.contains("廣州開發區"))
        #expect(others.answer.contains("南沙"))
        #expect(others.answer.contains("除了增城"))
    }

    @Test func theRestOfAListNamedWithSomeOfItsItemsIsTheItemsNotNamed() throws {
        let reply = try engine.answer("廣州開發區、南沙,還有哪一個是三大國家級開發區?")
        #expect(reply.answer.contains("增城"))
        #expect(!reply.answer.contains("還有南沙"))
        // Naming only the list: no rest of anything.
        let whole = try engine.answer("三大國家級開發區還有哪一個?")
        #expect(!whole.answer.contains("除了"))
    }

    @Test func aNumberRememberedFromElsewhereIsSaidWhereTheArticleHasIt() throws {
        let first = try engine.answer("广州有13个万亿级产业连群对吧")
        #expect(first.answer.contains("8个"))
        let doubt = try engine.answer("不是21个吗 我记得", context: first.context)
        // One doubt, not a second reply to 我记得.
        #expect(!doubt.answer.contains("文章确实是这样说的"))
        #expect(doubt.answer.contains("21条"))
        #expect(doubt.answer.contains("重点产业链"))
        // A doubt after a question of its own is still a doubt of the last answer.
        let post = try engine.answer("郭永航是誰?")
        let asked = try engine.answer("他是什麼職位?你確定?", context: post.context)
        #expect(asked.answer.contains("市長"))
    }

    @Test func aPostNobodyHoldsIsAskedOfTheNextBodyNamed() throws {
        let first = try engine.answer("发改委主任叫啥名")
        #expect(first.status == .noAnswer)
        let next = try engine.answer("住建局的呢", context: first.context)
        #expect(next.intent == "role.holder")
        #expect(next.answer.contains("住房城乡建设局的主任"))
    }

    @Test func askingToAskIsHelpButAQuestionOfProblemsIsNot() throws {
        for question in ["你好,我是實習記者,想問幾個問題", "您好,想請教幾個問題", "哈喽~你是干嘛的?能帮我聊点啥"] {
            #expect(try engine.answer(question).intent == "chat.help", "\(question)")
        }
        #expect(try engine.answer("海珠存在幾個問題").intent != "chat.help")
        #expect(try engine.answer("你好").intent == "chat.greeting")
        #expect(try engine.answer("？？").intent != "chat.help")
    }

    @Test func blanksWithAQuestionAfterTheirSentenceAreFilled() throws {
        let reply = try engine.answer("填空核對:以營商環境之「優」,促經濟之「__」,謀發展之「__」。原文是哪兩個字?")
        #expect(reply.answer.hasPrefix("穩、進"))
    }

    @Test func whichDistrictSaidSomethingNamesWhoSpokeForIt() throws {
        let reply = try engine.answer("越秀和海珠,哪个区说要配合办好世界超高清视频产业发展大会?")
        #expect(reply.answer.contains("越秀"))
        #expect(reply.answer.contains("郭昊羽"))
        let next = try engine.answer("他还提到要落实什么制度?", context: reply.context)
        #expect(next.answer.contains("首席服务官"))
    }

    @Test func anAskersYearsAreNoFigureOfTheArticle() throws {
        let reply = try engine.answer("老朽自機關退休已逾十載,想寫廣州2023年那場高質量發展大會。這場大會究竟是在哪一天召開的?")
        #expect(!reply.answer.contains("10家"))
        let begun = try engine.answer("您好!老朽退休已逾十載,近來著手撰寫回憶錄。冒昧請教:這場大會究竟是在哪一天召開的?")
        #expect(begun.answer.contains("1月28日"))
    }

    @Test func aPlaceSaidOfRightAfterTheWordOfSayingIsWhatIsAsked() throws {
        let reply = try engine.answer("海珠區蔡澍書記說瀝滘村要做什麼")
        #expect(reply.answer.contains("復建房"))
        // Not what the speaker's place is to build: that place's words.
        let pole = try engine.answer("南沙區委書記盧一先說南沙要建設廣州科技創新走廊的哪個部分?")
        #expect(pole.answer.contains("南部極點"))
        // Nor a program said of: the district's words on it.
        let renewal = try engine.answer("海珠區委書記蔡澍在會上是怎麼說城中村改造的?")
        #expect(renewal.status == .answered)
    }

    @Test func aCountsThingRightAfterItGoesWithIt() throws {
        let reply = try engine.answer("廣州現在有幾多市場主體比上年增長了幾多")
        #expect(reply.answer.contains("315.55萬"))
        #expect(reply.answer.contains("3.88%"))
        // After a measure word, what follows is the next question's.
        let measured = try engine.answer("广州市场主体有多少户增长了多少")
        #expect(measured.answer.contains("3.88%"))
        #expect(measured.answer.contains("315.55"))
    }

    @Test func aClaimHeardIsNotAnsweredByADescription() throws {
        let reply = try engine.answer("聽說大會上宣佈每個市民發一千元消費券?")
        #expect(reply.status == .noAnswer)
        // Asked something after what was heard: answered.
        let asked = try engine.answer("聽人家說全國工商聯搞了個萬家民營企業評營商環境,那廣州在裡面是什麼結果呀?")
        #expect(asked.answer.contains("最佳口碑城市"))
    }

    @Test func wordsAskedForOfAPostSeveralHoldAsksWhich() throws {
        let reply = try engine.answer("文章里那个局长的发言,帮我摘一下原文")
        #expect(reply.status == .clarify)
        #expect(reply.answer.contains("洪谦"))
    }
}
