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

    @Test func aSecondReadersMisfiresStayFixed() throws {
        // A measure word after a figure's number is still that number (821間 is 821家).
        #expect(try engine.answer("821間企業係咩數嚟?").answer.contains("821家"))
        // Words as written asked for earlier in a message are the asker's story, not a request.
        #expect(try engine.answer("我看過原文,增城是什麼?").intent != "entity.verbatim")
        // A quoted claim with its number is still checked.
        #expect(try engine.answer("原文說越秀引進20家500強央企子公司?").answer.contains("10家"))
        // A number pushed back names another figure only of the same kind of thing.
        let clusters = try engine.answer("萬億級產業鏈群有幾個?")
        let ten = try engine.answer("不是10個嗎?", context: clusters.context)
        #expect(!ten.answer.contains("500強"))
        // The rest of a list with its items joined by 和: one answer.
        let rest = try engine.answer("南沙和增城是國家級開發區,還有哪一個?")
        #expect(rest.answer.contains("廣州開發區"))
        #expect(!rest.answer.contains("除了南沙,"))
        // Not the rest of a list the article gives only some of.
        #expect(!(try engine.answer("千億級產業鏈群裡面有新能源,另外幾個呢?").answer.contains("除了")))
        // After a whole list, no item is set aside as the one asked of.
        let whole = try engine.answer("三大國家級開發區是哪三個?")
        #expect(!(try engine.answer("另外兩個呢?", context: whole.context).answer.contains("除了")))
        // Chatting about the conference is no request for help.
        #expect(try engine.answer("大家在會上聊些什麼?").intent != "chat.help")
        // Two counts in one breath, the second's words right after the first count.
        let both = try engine.answer("今年要推進多少城市更新投資多少")
        #expect(both.answer.contains("127"))
        #expect(both.answer.contains("2000"))
    }

    @Test func aClaimHeardIsNotAnsweredByADescription() throws {
        let reply = try engine.answer("聽說大會上宣佈每個市民發一千元消費券?")
        #expect(reply.status == .noAnswer)
        // A thing heard of, with nothing claimed of it the article does not write: described.
        #expect(try engine.answer("聽說過南沙科學城").status == .answered)
        #expect(try engine.answer("據說有個四化平臺").status == .answered)
        // Asked something after what was heard: answered.
        let asked = try engine.answer("聽人家說全國工商聯搞了個萬家民營企業評營商環境,那廣州在裡面是什麼結果呀?")
        #expect(asked.answer.contains("最佳口碑城市"))
    }

    @Test func wordsAskedForOfAPostSeveralHoldAsksWhich() throws {
        let reply = try engine.answer("文章里那个局长的发言,帮我摘一下原文")
        #expect(reply.status == .clarify)
        #expect(reply.answer.contains("洪谦"))
    }

    @Test func aFollowUpOnTheFiguresGivenAsksWhoGaveThem() throws {
        let figures = try engine.answer("今年廣州市計劃推進多少個城中村改造項目?")
        let who = try engine.answer("該數字由哪位官員介紹?", context: figures.context)
        #expect(who.answer.contains("王宏偉"))
        // A figure the article gives as no one's: not said who.
        let counted = try engine.answer("截至2022年底,廣州市場主體有多少?")
        #expect(try engine.answer("這個數據是誰提供的?", context: counted.context).status == .noAnswer)
        let mayor = try engine.answer("他说几个万亿级", context: try engine.answer("广州市长叫啥").context)
        let next = try engine.answer("那千亿的呢", context: mayor.context)
        #expect(next.answer.contains("13个"))
        let visited = try engine.answer("海珠走訪了多少企業")
        let moving = try engine.answer("要轉走的呢", context: visited.context)
        #expect(moving.answer.contains("821"))
    }

    @Test func aPersonCalledByTheirPostAndAskedOfSomethingElseIsNoPostCheck() throws {
        let reply = try engine.answer("海珠區委書記蔡澍對中大紡織商圈有什麼規劃?")
        #expect(reply.answer.contains("數字創意設計中心"))
        #expect(!reply.answer.hasPrefix("蔡澍是"))
        // Cantonese 話 for said, with the market's everyday name and the asker's story after it.
        let market = try engine.answer("海珠區委書記蔡樹話中大布匹市場要變成咩嘢啊?我阿姐喺嗰度賣布㗎")
        #expect(market.answer.contains("品牌孵化總部基地"))
        // Who it is, asked with what they are in charge of: still who.
        let who = try engine.answer("嗯那个海竹区的书记叫啥啊就是姓蔡的那个管城中村改造的")
        #expect(who.answer.contains("蔡澍"))
        // A post checked is still checked.
        #expect(try engine.answer("王宏偉是越秀區委書記嗎?").answer.hasPrefix("不是"))
    }

    @Test func aDistrictTheArticleDoesNotSpeakOfIsTheOptionNotInTheList() throws {
        let reply = try engine.answer("南沙、增城、番禺,哪个不是三大国家级开发区?")
        #expect(reply.answer.hasPrefix("是番禺"))
    }

    @Test func aRankPressedForAfterTheArticlesWordsIsNotAnswered() throws {
        let first = try engine.answer("广州在全国工商联万家民营企业评营商环境里表现怎么样?")
        #expect(first.answer.contains("前列"))
        let pressed = try engine.answer("具体排第几名?", context: first.context)
        #expect(pressed.status == .noAnswer)
        #expect(pressed.answer.contains("前列"))
        // Asked with the survey named: what the article says, answered.
        #expect(try engine.answer("萬家民營企業評營商環境,廣州排第幾?").status == .answered)
    }

    @Test func aSecondReadersSecondRoundStaysFixed() throws {
        // A post not the person's, with something else asked: corrected.
        #expect(try engine.answer("蔡澍作為南沙區委書記,對中大紡織商圈有什麼規劃?").answer.hasPrefix("蔡澍不是南沙區委書記"))
        // Which district asked of a person named with a thing: their post.
        #expect(try engine.answer("管南沙科學城的盧一先是哪個區的區委書記?").answer.contains("南沙區委書記"))
        // 番禺 first among the options: still the list the question names.
        #expect(try engine.answer("番禺、南沙、增城,哪個不是三大國家級開發區?").answer.hasPrefix("是番禺"))
        // The words as written asked for in a clause of the asker's own.
        #expect(try engine.answer("我需要原文,關於南沙科學城的那句").answer.contains("南沙科學城"))
        #expect(try engine.answer("我需要原文,關於南沙科學城的那句").intent != "entity.describe")
        // A telephone meeting is no word of saying.
        #expect(try engine.answer("大會是電話會議嗎?").status == .noAnswer)
        // 821 of firms after 10 of subsidiaries: not the same kind by the city's name alone.
        let firms = try engine.answer("越秀引進多少500強央企子公司?")
        #expect(!(try engine.answer("不是127個嗎?", context: firms.context).answer.contains("城中村")))
    }

    @Test func aConnectiveOpeningAQuestionAndAMoveTypedWithThatAreHeard() throws {
        // 另外 opening the second question of a message: besides, no content.
        let both = try engine.answer("請核對:截至2022年底廣州實有各類市場主體315.55萬戶,同比增長3.88%,這組數據對嗎?另外「萬家民營企業評營商環境」是哪個機構開展的?")
        #expect(both.answer.contains("全國工商聯"))
        #expect(both.answer.contains("315.55萬戶"))
        // 那裡 typed for 哪裡 where a move is asked.
        let firms = try engine.answer("海珠有多少企業想轉移?")
        let whither = try engine.answer("他們要轉移到那裡?", context: firms.context)
        #expect(whither.answer.contains("廣清紡織服裝產業園"))
    }

    @Test func whatANumberStandsForAskedThenAThingIsWhatTheThingIs() throws {
        let number = try engine.answer("21条是啥")
        #expect(number.answer.contains("重点产业链"))
        let next = try engine.answer("1+5+N呢", context: number.context)
        #expect(next.status == .answered)
        #expect(next.answer.contains("综合评价"))
        // 走訪 typed with another fang, and 那裡 for 哪裡 where the conference was held.
        #expect(try engine.answer("海珠走放了幾多工廠企業").answer.contains("4500"))
        #expect(try engine.answer("大會在那裡開的 什麼會堂").status == .noAnswer)
    }
}
