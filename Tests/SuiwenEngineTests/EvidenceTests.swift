import Testing
@testable import SuiwenEngine

/// Evidence retrieval, yes/no checks, aggregates, summaries and follow-ups on the last clause.
@Suite struct EvidenceTests {
    func ask(_ question: String, after previous: String = "") throws -> Reply {
        let context = previous.isEmpty ? "" : try engine.answer(previous).context
        return try engine.answer(question, context: context)
    }

    @Test func aDetailInsideAStatementIsAnsweredByItsClause() throws {
        let reply = try ask("郭永航說要在哪些供給方面出實招?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("勞動力供給"))
        #expect(reply.citations.first?.quote.contains("產業空間供給") == true)
        // Not the whole speech.
        #expect(!reply.answer.contains("萬千百"))
    }

    @Test func retrievalNeverAnswersAboutSomethingTheQuestionDoesNotName() throws {
        // The figure is Haizhu's; asked of Nansha there is no answer.
        let reply = try ask("南沙摸排了多少轉移意向企業?")
        #expect(reply.status == .noAnswer)
        #expect(!reply.answer.contains("821"))
    }

    @Test func outOfScopeStaysOutOfScope() throws {
        for question in ["廣州的GDP是多少?", "明天天氣怎麼樣?", "上海的產業重點是什麼?"] {
            #expect(try ask(question).status == .noAnswer, "\(question)")
        }
    }

    @Test func aWrongNumberInAYesNoQuestionIsCorrected() throws {
        let reply = try ask("廣州統籌發展的重點產業鏈是12條嗎?")
        #expect(reply.status == .answered)
        #expect(reply.answer.hasPrefix("不是"))
        #expect(reply.answer.contains("21"))
    }

    @Test func aggregatesListAndCount() throws {
        let heads = try ask("文章裡一共點名了哪幾位局長?")
        #expect(heads.status == .answered)
        for name in ["高裕躍", "洪謙", "王宏偉"] { #expect(heads.answer.contains(name)) }
        #expect(heads.answer.contains("3"))
        let districts = try ask("文章提到了廣州的哪些區?")
        for name in ["南沙", "越秀", "海珠"] { #expect(districts.answer.contains(name)) }
    }

    @Test func aSummaryGivesTheSpeakersPointsOnce() throws {
        let reply = try ask("總結一下郭永航的發言")
        #expect(reply.status == .answered)
        let lines = reply.answer.split(separator: "\n").filter { $0.hasPrefix("·") }
        #expect(lines.count >= 3)
        #expect(Set(lines).count == lines.count)
        #expect(try ask("這篇文章講了什麼?").answer.contains("推進城市更新"))
    }

    @Test func whoSaidItLeansOnTheLastClause() throws {
        let reply = try ask("是誰說的?", after: "哪些審批服務會全力支持配合?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("郭永航"))
        // (Not of a post many hold that the article names one of: 市委常委.)
        #expect(!(try ask("市委常委蔡澍说了什么?").answer.contains("市委常委是")))
    }

    @Test func twoSubjectsGetAnAnswerEach() throws {
        let reply = try ask("南沙和越秀的區委書記分別是誰?")
        #expect(reply.answer.contains("盧一先"))
        #expect(reply.answer.contains("郭昊羽"))
    }

    @Test func anUnknownAttributeIsNamedAsAskedWithNoEnglish() throws {
        let reply = try ask("广州2022年的GDP是多少?")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("GDP"))
        #expect(!reply.answer.contains("人口"))
        #expect(!reply.answer.contains(where: { $0.isASCII && $0.isLetter && !"GDP".contains($0) }))
    }

    @Test func anEllipticalQuestionKeepsTheConversationsScript() throws {
        let reply = try ask("那南沙呢?", after: "越秀的区委书记是谁?")
        #expect(reply.answer.contains("卢一先"))
        #expect(!reply.answer.contains("盧一先"))
    }

    @Test func aNameTypedWithHomophonesIsStillTheName() throws {
        #expect(try ask("海洙區委書記是誰?").answer.contains("蔡澍"))
        #expect(try ask("郭浩宇是哪个区的书记?").answer.contains("越秀"))
        // 哪 can be read na, as 南 can, but 南 is read nan: 哪些 is not 南沙.
        let reply = try ask("南莎的重點產業有哪些?")
        #expect(reply.answer.contains("集成電路"))
        #expect(reply.explanation.notes.first?.contains("南莎") == true)
    }

    @Test func aListClaimedOfAWholeIsJudgedItemByItem() throws {
        let right = try ask("三大國家級開發區是南沙、增城和廣州開發區嗎?")
        #expect(right.answer.hasPrefix("是的"))
        #expect(right.intent == "list.check")
        // A place the article never names, and a part left out: not so, and which.
        let wrong = try ask("广州三大国家级开发区是南沙、增城和黄埔,没错吧")
        #expect(wrong.status == .answered)
        #expect(wrong.answer.hasPrefix("不是"))
        #expect(wrong.answer.contains("广州开发区"))
        #expect(wrong.answer.contains("黄埔"))
        // A district of the article that is not a part: named as such, once, not answered apart.
        let stranger = try ask("三大國家級開發區是南沙、增城和海珠嗎?")
        #expect(stranger.answer.contains("海珠不在其中"))
        #expect(stranger.intent == "list.check")
        // Said to include them: so, though the list has one more.
        #expect(try ask("三大國家級開發區包括南沙和增城嗎?").answer.hasPrefix("是的"))
        // An item the engine does not know, after a 、: not so, and named.
        let unknown = try ask("三大國家級開發區是廣州開發區、南沙、增城、琶洲嗎?")
        #expect(unknown.answer.hasPrefix("不是"))
        #expect(unknown.answer.contains("琶洲"))
        // A list the article leaves open (等): no item is known not to be in it.
        let open = try ask("萬億級產業鏈群有時尚產業和人工智能嗎?")
        #expect(!open.answer.contains("不在其中"))
        #expect(!open.answer.hasPrefix("是的"))
        // Not a claim of the list: items asked about within the whole.
        #expect(try ask("三大國家級開發區中南沙和增城發展得好嗎?").intent != "list.check")
        // A place the article does not know before the whole, the whole at the end: no crash.
        for question in ["黃埔是三大國家級開發區嗎", "天河是不是雙核?", "天河區屬於五極嗎"] {
            #expect(try ask(question).intent != "list.check")
        }
    }

    @Test func aMultipleChoiceQuestionIsAnsweredByItsLetters() throws {
        let reply = try ask("下列说法正确的是:A.广州统筹20条重点产业链 B.广州三大国家级开发区是广州开发区、南沙、增城 C.海珠区委书记是郭昊羽")
        #expect(reply.answer.hasPrefix("答案是B。"))
        #expect(reply.citations.count >= 3)
        let wrong = try ask("以下说法错误的是（A）洪谦是商务局局长（B）王宏伟是越秀区委书记")
        #expect(wrong.answer.hasPrefix("答案是B。"))
        // The stem's subject is what each option is of.
        #expect(try ask("關於海珠區,下列說法正確的是:A.區委書記是蔡澍 B.區委書記是郭昊羽").answer.hasPrefix("答案是A。"))
        // An option of two claims, one wrong, is wrong.
        #expect(try ask("下列說法正確的是:A.南沙區委書記是盧一先,海珠區委書記是郭昊羽 B.越秀區委書記是蔡澍").answer.hasPrefix("按文章所說,沒有一項符合"))
        // Options that hold options are never parsed again (once took minutes).
        let nested = String(repeating: "A.郭永航是市長 B.", count: 24) + "南沙有大學"
        #expect(try ask(nested).intent != "choice")
        // Letters inside words are no options.
        #expect(QAEngine.choiceQuestion("5G、GDP.和A股") == nil)
        #expect(QAEngine.choiceQuestion("A.南沙 B.海珠")?.options.map(\.text) == ["南沙", "海珠"])
    }

    @Test func aClaimWhoseNumberIsInANameIsConfirmed() throws {
        #expect(try ask("广州统筹21条重点产业链对吗").answer.hasPrefix("是的"))
        #expect(try ask("广州统筹20条重点产业链对吗").answer.hasPrefix("不是"))
        // Not another claim about it, nor one that someone said it.
        #expect(!(try ask("廣州取消了21條重點產業鏈,對嗎?").answer.hasPrefix("是的")))
        #expect(!(try ask("郭永航說統籌21條重點產業鏈,對嗎?").answer.hasPrefix("是的")))
    }

    @Test func theDocumentsEventAskedWhatItSaidIsTheDocumentsOutline() throws {
        let reply = try ask("这次大会讲了啥")
        #expect(reply.intent == "summary.speaker")
        // Something of it asked, after a word that summarizes: what is asked.
        #expect(try ask("请概括一下:这次高质量发展大会是什么时候召开的?").answer.contains("1月28日"))
    }

    @Test func anotherBodyAfterASpeechIsWhatItsSpeakerSaid() throws {
        let yuexiu = try ask("不对,我问的是越秀", after: "海珠区委书记在会上讲了什么?")
        #expect(yuexiu.answer.contains("首席服务官"))
        // None of its people spoke: the article does not say, rather than everyone's list.
        let panyu = try ask("不对,我是说番禺", after: "海珠区委书记在会上讲了什么?")
        #expect(panyu.status == .noAnswer)
        #expect(!panyu.answer.contains("郭永航"))
    }

    @Test func whetherAPlanWasDoneIsNotSaidButAClaimThatItWasIsWrong() throws {
        let asked = try ask("广州2023年最后真的完成2000亿城市更新投资了吗?")
        #expect(asked.status == .noAnswer)
        #expect(asked.answer.contains("2000"))
        #expect(!asked.answer.contains("两千亿级"))
        let claimed = try ask("我記得文章說廣州在2022年已經完成了127個城中村改造項目,對吧?")
        #expect(claimed.status == .answered)
        #expect(claimed.answer.hasPrefix("不是"))
    }

    @Test func whoSpokeOfAThingIsFoundByTheThingInTheirWords() throws {
        let reply = try ask("哪个局长讲了智能化改造")
        #expect(reply.answer.contains("高裕跃"))
        // The document's own city narrows no bureau down.
        #expect(try ask("广州哪个局长在会上讲数字化转型?").answer.contains("高裕跃"))
    }

    @Test func aBodyThatSpokeUnnamedIsConfirmed() throws {
        let reply = try ask("广州市发展改革委在这次会上有人发言吗?")
        #expect(reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("发展改革委"))
    }

    @Test func moneyAskedIsAnsweredByAnAmount() throws {
        // A count is no answer to how much money.
        #expect(try ask("城中村改造投多少钱").answer.contains("2000亿元"))
        // Of the last turn's subject, naming nothing.
        #expect(try ask("那投多少钱", after: "王宏伟是谁").answer.contains("2000亿元"))
        // 多少億戶 asks a count, not money.
        #expect(try ask("广州2022年底实有市场主体大概多少亿户?").status == .answered)
    }

    @Test func whoSaidAPassageAsWrittenGivesTheWholeSentence() throws {
        let reply = try ask("“核心引擎城市”这句原文是谁说的?完整句子是什么")
        #expect(reply.answer.contains("郭永航"))
        #expect(reply.answer.contains("岭南风韵"))
        // Once, not a second answer for the second half.
        #expect(!reply.answer.contains("\n"))
        // The speaker's own sentence, not a heading that repeats the words.
        #expect(try ask("“当好企业娘家人”原话是谁说的").answer.contains("用心用情"))
    }

    /// Each part asked of a list whose parts have lists (分別指什麼), or a list that would only
    /// say again what the question names (具體指啥): each part's list.
    @Test func aListsPartsAreListedWhenEachIsAskedOrTheListRepeatsTheQuestion() throws {
        for question in ["請解釋一下“一廊一帶、雙核五極”分別指什麼。", "一廊一帶、雙核五極具體指啥?"] {
            let reply = try ask(question)
            #expect(reply.answer.contains("科技創新走廊"))
            #expect(reply.answer.contains("北部增長極"))
        }
    }

    @Test func anItemOfTheLastListAskedAgainIsInIt() throws {
        let reply = try ask("新市头村呢 也算吗", after: "海珠的城中村咋改 具体哪几个村啊")
        #expect(reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("复建房"))
    }

    @Test func twoClaimsCheckedByOneTagAreEachChecked() throws {
        let reply = try ask("听说这次大会是大年初八开的,今年还要推进217个城中村改造项目,对吗")
        #expect(reply.answer.contains("初七"))
        #expect(reply.answer.contains("127"))
    }

    @Test func anythingElseAfterPartOfASpeechIsTheRestOfIt() throws {
        let context = try engine.answer("他说要怎么帮在地企业", context: try engine.answer("管招商的商务局局长叫什么").context).context
        let reply = try engine.answer("还有别的吗", context: context)
        #expect(reply.answer.contains("娘家人"))
        #expect(reply.answer.contains("全球资源"))
    }

    @Test func anItemOfTheLastListIsWhatTheRestOfTheQuestionAsksOf() throws {
        let reply = try ask("第二个的区委书记是谁?", after: "大会提到广州加快建设的三大国家级开发区是哪三个?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("卢一先"))
        #expect(!reply.answer.contains("郭昊羽"))
        // (The item's longest name: 廣州開發區, not 廣州 inside it; and 第二個發言的 is the order
        // of speaking, not the list's item.)
        #expect(try ask("第一个的区委书记是谁?", after: "大会提到广州加快建设的三大国家级开发区是哪三个?").answer.contains("广州开发区"))
        #expect(try ask("第二个发言的局长是谁?", after: "大会提到广州加快建设的三大国家级开发区是哪三个?").status == .answered)
        // (Alone, 第二個呢? is still the item itself.)
        #expect(try ask("第二个呢?", after: "大会提到广州加快建设的三大国家级开发区是哪三个?").answer.contains("南沙"))
    }

    @Test func whoTheAskerIsIsNotWhatTheyAsk() throws {
        // 深圳 and 投資 tell of the asker, not of the question.
        let reply = try ask("我是深圳做投资的,想了解一下南沙那边重点聚焦哪些产业?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("集成电路"))
        // (A clause of 我在 that does not end as a calling does asks: 我在統計市場主體.)
        #expect(try ask("我在统计市场主体,截至2022年底有多少户?").answer.contains("315.55"))
        // (A place asked about, outside the article, still is: 深圳 there is asked.)
        #expect(try ask("我想问深圳的产业重点是什么?").status == .noAnswer)
    }

    @Test func eachAfterAnAnswerOfTwoSubjectsAsksOfBoth() throws {
        let holders = try engine.answer("越秀和海珠两个区的区委书记分别是谁?")
        #expect(ConversationContext(token: holders.context)?.group.count == 2)
        let each = try engine.answer("各自今年的工作重点是什么?", context: holders.context)
        #expect(each.answer.contains("首席服务官"))
        #expect(each.answer.contains("821"))
        // (Others' each, 各部門各自…, is not of them.)
        #expect(!(try engine.answer("各部门各自要做什么?", context: holders.context).answer.contains("郭昊羽")))
    }

    @Test func whichHolderOfARoleSaidAPassageIsTheOneWhoseClauseHoldsIt() throws {
        let reply = try ask("……建设广洲科技创新走廊南部极点。这句话是哪个区的书记说的?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("卢一先"))
        #expect(!reply.answer.contains("蔡澍"))
    }

    @Test func detailsAskedOfTheLastAnswerAreNotItsSubjectsParts() throws {
        let reply = try ask("具體指什麼?", after: "“研深研透产业的留和转”是谁说的?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("轉移") || reply.answer.contains("转移"))
        // Who said it: the speaker with their post.
        #expect(try ask("“研深研透产业的留和转”是谁说的?").answer.contains("海珠区委书记蔡澍"))
    }

    @Test func aBlankToFillIsTheDocumentsWordsInItsPlace() throws {
        let reply = try ask("填空题:截至2022年底,广州全市实有各类市场主体达____万户,同比增长____%。")
        #expect(reply.intent == "exam.fill-blank")
        #expect(reply.answer.hasPrefix("315.55、3.88"))
        #expect(try ask("广州市计划推进（ ）个城中村改造项目").answer.hasPrefix("127"))
        // (An underscore alone is no blank; nor is a blank whose words the document does not have.)
        #expect(Self.engineBlank("A_B") == nil)
        #expect(try ask("天河区今年要建____个公园").intent != "exam.fill-blank")
        // (Nor one of another person's post, 財政局局長____表示; nor blanks side by side.)
        #expect(try ask("广州市财政局局长____表示").intent != "exam.fill-blank")
        #expect(try ask("____、____、____三大国家级开发区").intent != "exam.fill-blank")
        // (A fill is the words, without the marks beside them.)
        #expect(try ask("广州是国家营商环境创新试点____。").answer.hasPrefix("城市。原句"))
    }

    static func engineBlank(_ text: String) -> BlankQuestion? { QAEngine.blankQuestion(text) }

    @Test func anOptionThatIsNoClaimIsClaimedToBeAmongTheStemsList() throws {
        let reply = try ask("以下哪一项不属于13个千亿级产业链群?A.超高清视频和新型显示 B.半导体和集成电路 C.生物医药及高端医疗器械 D.软件和信创")
        #expect(reply.answer.hasPrefix("答案是D"))
        #expect(reply.answer.contains("万亿级"))
    }

    @Test func aWrongPostIsCorrectedWithWhoHoldsIt() throws {
        let reply = try ask("广州市长郭昊羽还说了什么?")
        #expect(reply.answer.contains("不是市长"))
        #expect(reply.answer.contains("郭永航"))
        // (Not of a post many hold that the article names one of: 市委常委.)
        #expect(!(try ask("市委常委蔡澍说了什么?").answer.contains("市委常委是")))
    }

    @Test func whatTheLastTurnsPersonSaidOfAThingIsTheirClause() throws {
        let reply = try ask("他說要怎麼優化營商環境?", after: "郭昊羽是誰?")
        #expect(reply.answer.contains("試點街區"))
        #expect(!reply.answer.contains("繡花功夫"))
    }

    @Test func thisActionIsTheThingLastTalkedAbout() throws {
        let context = try engine.answer("他说的“四化平台”具体是哪四化?", context: try engine.answer("高裕跃在会上的职务是什么?").context).context
        let reply = try engine.answer("这个专项行动最后要推动什么?", context: context)
        #expect(reply.answer.contains("技术改造"))
    }

    @Test func whereTheAskerSawAWordIsNotWhatTheyAsk() throws {
        // (作業單上, 試卷上: where the term was met, no words of the article's.)
        let reply = try ask("作业单上有个词叫“工业上楼”,文章里是在讲哪个区的事?")
        #expect(reply.answer.contains("海珠"))
    }

    @Test func whoDidSomethingMayBeABody() throws {
        // A body answers 誰 as a person does (全國工商聯); the city's party secretary, whom the
        // article does not name, is still not said, nor what he said.
        #expect(try ask("万家民营企业评营商环境是谁开展的?").answer.contains("全国工商联"))
        #expect(try ask("大會由市委、市政府召開，當時的廣州市委書記是誰？他在會上講了甚麼？").status == .noAnswer)
        #expect(try ask("这次大会是谁搞的?").answer.contains("市委"))
    }
}
