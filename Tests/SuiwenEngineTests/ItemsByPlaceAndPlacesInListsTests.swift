import Testing
@testable import SuiwenEngine

/// The item after one picked by its place (第一個, then 下一個呢), a name taken back before the
/// question (郭永航 哦不對 洪謙說了什麼), the items of a list its speaker named (他點名了哪些?),
/// places the article names only inside lists, the district of a district's platform, a post
/// named in a claim of whose words, and a district's name of two characters typed by sound.
@Suite struct ItemsByPlaceAndPlacesInListsTests {
    @Test func theItemAfterOnePickedByItsPlaceIsTheNextOfTheSameList() throws {
        // (海珠's plans are no things of the graph's: the place in the list is what is kept.)
        let plans = try thread("海珠書記說要做哪幾件事", "第一個", "下一個呢", "上一個呢")
        #expect(plans[2].answer.contains("研深研透產業的留和轉"), "\(plans[2].answer)")
        #expect(plans[3].answer.contains("大力開展產業轉型升級"), "\(plans[3].answer)")
        let clusters = try thread("八大萬億級產業鏈群有哪些", "第一個是什麼", "下一個呢")
        #expect(clusters[2].answer.contains("軟件和信創"), "\(clusters[2].answer)")
        #expect(!clusters[2].answer.contains("千億級"), "\(clusters[2].answer)")
        // (Before the first: none.)
        let first = try thread("海珠書記說要做哪幾件事", "第一個", "上一個呢")
        #expect(first[2].answer.contains("第一個"), "\(first[2].answer)")
    }

    @Test func theCountAndTheLastAskedTogetherAfterAnItemByItsPlaceAreBothAnswered() throws {
        let replies = try thread("營商環境1.0到5.0改革分別是什麼?", "第三項是什麼?", "總共幾個?最後一個呢")
        #expect(replies[2].answer.contains("5個"), "\(replies[2].answer)")
        #expect(replies[2].answer.contains("激發活力"), "\(replies[2].answer)")
    }

    @Test func theContextTokenCarriesThePlaceOfThePickedItem() throws {
        var context = ConversationContext(focus: "haizhu")
        context.item = 3
        let decoded = try #require(ConversationContext(token: context.token))
        #expect(decoded.item == 3)
        // (A place no list of the article reaches is dropped, not trusted.)
        context.item = 100_000
        let far = try engine.answer("下一個呢", context: context.token)
        #expect(far.status != .answered || !far.answer.contains("第100001個"), "\(far.answer)")
    }

    @Test func aNameAloneTakenBackBeforeTheQuestionIsNotAsked() throws {
        let reply = try engine.answer("郭永航 哦不對 洪謙說了什麼")
        #expect(reply.answer.contains("洪謙"), "\(reply.answer)")
        #expect(!reply.answer.contains("郭永航"), "\(reply.answer)")
        // (A name of another kind after the mark: nothing taken back.)
        #expect(engine.withSelfCorrection("郭永航 哦不對 城中村改造有多少個項目") == nil)
    }

    @Test func theItemsOfAListItsSpeakerNamedAreAskedByHim() throws {
        let replies = try thread("郭永航說千億級產業鏈群有幾個", "他點名了哪些?")
        #expect(replies[1].answer.contains("超高清視頻"), "\(replies[1].answer)")
        // (What he said, asked with 他 alone, is still his.)
        let said = try thread("郭永航說千億級產業鏈群有幾個", "他還說了什麼")
        #expect(said[1].answer.contains("郭永航"), "\(said[1].answer)")
    }

    @Test func aPlaceNamedOnlyInListsIsDescribedByWhatTheArticleSaysOfEachList() throws {
        let station = try engine.answer("廣州火車站也要改造嗎?")
        #expect(station.answer.contains("連片改造提升"), "\(station.answer)")
        let hub = try engine.answer("東部樞紐要幹什麼")
        #expect(hub.answer.contains("重大平臺建設"), "\(hub.answer)")
        #expect(hub.answer.contains("連片改造提升"), "\(hub.answer)")
        // (Two passages of different speakers, or none's: said by no one in particular.)
        #expect(!hub.answer.contains("王宏偉表示"), "\(hub.answer)")
    }

    @Test func thereOfAPlatformOneDistrictListsIsThatDistrictForItsPost() throws {
        let replies = try thread("越秀區要高標準建設的合作平臺是什麼?", "那裡的區委書記叫什麼名字")
        #expect(replies[1].answer.contains("郭昊羽"), "\(replies[1].answer)")
    }

    @Test func aPostClaimedToHaveSaidSomethingIsAnsweredByThatPostNotAMemberCheck() throws {
        let reply = try engine.answer("四化平臺是南沙區委書記提出的嗎")
        #expect(reply.answer.contains("高裕躍"), "\(reply.answer)")
        #expect(!reply.answer.contains("雙核"), "\(reply.answer)")
        // (A body asked, 工信局吗?: the wrong one is called by its post, as asked.)
        let denied = try thread("广州今年计划推进多少个城中村改造项目", "这两个数字是哪个局长说的?工信局吗")
        #expect(denied[1].answer.contains("王宏伟"), "\(denied[1].answer)")
        #expect(!denied[1].answer.contains("高裕跃"), "\(denied[1].answer)")
    }

    @Test func whatAPersonSaidOfWordsHisListLacksIsTheClauseThatHasThem() throws {
        let reply = try engine.answer("郭市长对产业用地供给有啥说法?")
        #expect(reply.answer.contains("用地用林用海"), "\(reply.answer)")
    }

    @Test func aDistrictsNameOfTwoCharactersTypedBySoundIsRead() throws {
        let reply = try engine.answer("丛化在文章里是要建成什么区啊")
        #expect(reply.answer.contains("绿色发展示范区"), "\(reply.answer)")
        // (Words of the language are no typos: 全是 stays.)
        #expect(!(try engine.answer("港科大(广州)二期 谁题的")).answer.contains("没有提到"))
    }

    @Test func theNeighbourOfANeighbourMovesOnAndStaysInTheListTheAskerSaw() throws {
        let clusters = try thread("八大萬億級產業鏈群有哪些", "第一個是什麼", "下一個呢", "下一個呢", "上一個呢")
        #expect(clusters[3].answer.contains("之後是時尚產業"), "\(clusters[3].answer)")
        #expect(clusters[4].answer.contains("時尚產業之前是軟件和信創"), "\(clusters[4].answer)")
        // (北部增長極 is the first of 五極, but the third of 雙核五極, the list shown.)
        let structure = try thread("雙核五極是什麼", "第三個", "上一個呢")
        #expect(structure[2].answer.contains("南沙新區"), "\(structure[2].answer)")
        // (Past the end, again: still past it, not another list's neighbour.)
        let plans = try thread("海珠書記說要做哪幾件事", "第五個", "下一個呢", "下一個呢")
        #expect(plans[3].answer.contains("5個"), "\(plans[3].answer)")
    }

    @Test func aNumberedQuestionOfTheMessageIsNoItemAskedByItsPlace() throws {
        let reply = try engine.answer("郭永航是誰?第二個問題,洪謙是誰")
        #expect(reply.answer.contains("市長"), "\(reply.answer)")
        #expect(reply.answer.contains("商務局"), "\(reply.answer)")
        #expect(!reply.answer.contains("文章提到"), "\(reply.answer)")
    }

    @Test func whatElseHeSaidIsNotTheListOfTheLastTurn() throws {
        let replies = try thread("郭永航說千億級產業鏈群有幾個", "他還提到了哪些?")
        #expect(!replies[1].answer.hasPrefix("千億級產業鏈群包括"), "\(replies[1].answer)")
    }

    @Test func wordsOfTheSentenceAroundATwoCharacterDistrictAreNotTypos() throws {
        for question in ["郭市長的話都講了什麼", "這些話都是誰說的?"] {
            let reply = try engine.answer(question)
            #expect(!reply.answer.contains("花都"), "\(question): \(reply.answer)")
        }
    }

    @Test func anEventOrSystemADistrictRunsIsNotInIt() throws {
        let replies = try thread("世界超高清視頻產業發展大會是什麼", "那裡的區委書記是誰")
        #expect(!replies[1].answer.contains("郭昊羽"), "\(replies[1].answer)")
    }

    @Test func aListNamedBeforeThePostStillAsksWhetherItHoldsTheThing() throws {
        let reply = try engine.answer("增城是市長提到的三大國家級開發區之一嗎")
        #expect(reply.answer.hasPrefix("是的"), "\(reply.answer)")
    }

    @Test func whoseAFigureIsTheWholeCitysOrOneDistrictsIsSaid() throws {
        let city = try thread("截至2022年底市场主体多少户?同比增长多少?", "那个数字是全市的还是某个区的?")
        #expect(city[1].answer.contains("全市的数字"), "\(city[1].answer)")
        let district = try thread("海珠摸排了多少企业", "这是全市的还是海珠的数字")
        #expect(district[1].answer.contains("海珠的数字"), "\(district[1].answer)")
        #expect(district[1].answer.contains("821"), "\(district[1].answer)")
    }

    @Test func whichFiveOfAThingTheGraphListsNoPartsOfIsNotSaid() throws {
        let reply = try engine.answer("“1+5+N”制造业高质量发展综合评价里的“5”具体是哪五项?")
        #expect(reply.status == .noAnswer, "\(reply.answer)")
        // (The sentences after a passage quoted are no parts.)
        let quoted = try engine.answer("「構建親清政商關係」後面接哪兩句?")
        #expect(quoted.answer.contains("有呼必應"), "\(quoted.answer)")
    }

    @Test func aMeetingsTimeIsNoRequestForHelp() throws {
        let replies = try thread("越秀區說要配合辦好哪些大會?", "那這些會什麼時候開?")
        #expect(replies[1].intent != "chat.help", "\(replies[1].answer)")
        #expect(try engine.answer("你會什麼").intent == "chat.help")
    }

    @Test func aNumberThatCountsTheNewSubjectsListAsksItsList() throws {
        let replies = try thread("8个万亿级产业链群,文中点名的是哪几个?", "那13个千亿级的呢")
        #expect(replies[1].answer.contains("超高清视频"), "\(replies[1].answer)")
    }

    @Test func anAmountAskedThatTheClauseGivesNoNumberOfIsSaidSo() throws {
        let reply = try engine.answer("跨境贸易便利度具体提高了多少?")
        #expect(reply.status == .noAnswer, "\(reply.answer)")
    }

    @Test func englishTitlesAndTimesOfDayInAChineseQuestion() throws {
        let guo = try engine.answer("Mr. Guo 是哪個 department 的?")
        #expect(guo.status == .clarify, "\(guo.answer)")
        let hong = try engine.answer("What did Mr. Hong say?")
        #expect(hong.answer.contains("娘家人"), "\(hong.answer)")
        let time = try engine.answer("The meeting 是 morning 還是 afternoon 開的?")
        #expect(time.answer.contains("下午"), "\(time.answer)")
    }

    @Test func aTargetOrAResultAndWhoCountedAFigure() throws {
        let target = try thread("同學寫「城市更新固定資產投資目標是200億元」,對嗎?", "那個數字是今年的目標還是已經完成的?")
        #expect(target[1].answer.hasPrefix("這是目標"), "\(target[1].answer)")
        #expect(target[1].answer.contains("2000億元"), "\(target[1].answer)")
        let source = try thread("截止2022年底广州市场主体有多少户", "那个数字是哪个部门统计出来的?")
        #expect(source[1].status == .noAnswer, "\(source[1].answer)")
        #expect(source[1].answer.contains("315.55"), "\(source[1].answer)")
    }

    @Test func whoseAFigureIsAsksNothingOfAPlaceAndTakesTheFigureTheQuestionNames() throws {
        let place = try engine.answer("南沙科學城是全市的還是某個區的?")
        #expect(place.answer.contains("南沙"), "\(place.answer)")
        #expect(!place.answer.contains("請把問題說完整"), "\(place.answer)")
        let named = try thread("廣州市場主體有多少戶?", "那海珠的821家是全市的還是某個區的?")
        #expect(named[1].answer.contains("821"), "\(named[1].answer)")
        #expect(!named[1].answer.contains("315.55"), "\(named[1].answer)")
    }

    @Test func aNumberTheAskerGivesInAnotherClauseIsNotTheCountAsked() throws {
        let heads = try engine.answer("她寫說會上有11區區委書記發言,另外還有幾位市有關部門主要負責人發言?")
        #expect(heads.answer.contains("6位"), "\(heads.answer)")
        let clusters = try engine.answer("市長說要打造幾個萬億級產業鏈群?同學寫13個")
        #expect(clusters.answer.contains("8個"), "\(clusters.answer)")
        // (In the clause of the count, it is what is broken down.)
        let broken = try engine.answer("這127個項目各區分別是幾個?")
        #expect(broken.answer.contains("127"), "\(broken.answer)")
    }

    @Test func anItemByItsVersionAndTheEventsADistrictHelpsRun() throws {
        let version = try thread("广州营商环境改革搞到第几版了", "第一版主打什么")
        #expect(version[1].answer.contains("简政放权") || version[1].answer.contains("簡政放權"), "\(version[1].answer)")
        #expect(!version[1].answer.contains("激发活力"), "\(version[1].answer)")
        let events = try thread("世界超高清视频产业发展大会是哪个区要配合办好的", "那个区还要配合什么会议")
        #expect(events[1].answer.contains("读懂中国"), "\(events[1].answer)")
    }

    @Test func whichEndOfAThingIsItsNameCompleted() throws {
        let reply = try engine.answer("請問南沙將建設成廣州科技創新走廊的哪一端?")
        #expect(reply.answer.contains("南部極點"), "\(reply.answer)")
    }

    @Test func englishNamesSayAndUnknownPeople() throws {
        #expect(try engine.answer("What did Mr. Guo Yonghang say?").answer.contains("郭永航"))
        #expect(try engine.answer("What did Tim Cook say?").status != .answered)
        // (A count the article answers with its list.)
        #expect(try engine.answer("广州重点推进多少片区改造?").answer.contains("东部枢纽"))
        // (Which two of a thing whose name holds no 2: what it is said of.)
        #expect(try engine.answer("營商環境創新試點城市有哪兩個?").answer.contains("廣州"))
    }

    @Test func whoGaveOutAFigureIsItsSpeakerOrTheReportItself() throws {
        let spoken = try thread("廣州今年計劃推進多少個城中村改造項目?", "這個數字是誰公布的?")
        #expect(spoken[1].answer.contains("王宏偉"), "\(spoken[1].answer)")
        let reported = try thread("市场主体有多少户", "这个数字是谁发布的")
        #expect(reported[1].answer.contains("报道本身") || reported[1].answer.contains("報道本身"), "\(reported[1].answer)")
    }

    @Test func aListAskedWithListItBrieflyAndAPartWrittenWithDe() throws {
        #expect(try engine.answer("13个千亿级产业链群 列下").answer.contains("超高清视频"))
        let pole = try engine.answer("南沙是要建成科技創新走廊的南部極點嗎")
        #expect(pole.answer.contains("南沙"), "\(pole.answer)")
        #expect(!pole.answer.contains("沒有列出"), "\(pole.answer)")
    }

    @Test func aThirdReadersFindings() throws {
        // (The figure the follow-up writes, not the last answer's.)
        let named = try thread("今年廣州計劃推進多少個城中村改造項目?", "那2000億元是目標還是已經完成的?")
        #expect(named[1].answer.contains("2000億元") && !named[1].answer.contains("127個"), "\(named[1].answer)")
        // (Who published the article is asked of no figure.)
        let article = try thread("今年廣州計劃推進多少個城中村改造項目?", "這篇文章是誰發布的?")
        #expect(!article[1].answer.contains("在大會上介紹的"), "\(article[1].answer)")
        // (話都 is the sentence's own words at its start too; 第三輪 is no item by its place.)
        #expect(!(try engine.answer("話都說完了嗎?")).answer.contains("花都"))
        #expect(!(try engine.answer("第三輪發言的是誰?")).answer.hasPrefix("第3"))
    }

    @Test func wordsTypedAgainRightAfterACorrectionMarkAreAsked() throws {
        #expect(engine.withSelfCorrection("制造业当家一把手工成……打错了,一把手工程,是谁讲的?他啥职务") == "制造业当家一把手工程,是谁讲的?他啥职务")
        let reply = try engine.answer("制造业当家一把手工成……打错了,一把手工程,是谁讲的?他啥职务")
        #expect(reply.answer.contains("郭永航"), "\(reply.answer)")
        // (Nothing typed again: no change.)
        #expect(engine.withSelfCorrection("城中村改造有多少個項目 哦不對 越秀") == nil)
    }
}
