import Testing
@testable import SuiwenEngine

/// Which body said something, who of a post said the last answer, a group that spoke unnamed,
/// the figures of the last two answers, which of ten or more, and Cantonese 有冇話, 叫啥.
@Suite struct BodiesAskedAndFiguresOfTwoTurnsTests {
    @Test func whichBodySaidSomethingIsItsSpeakerWithTheirPost() throws {
        let reply = try engine.answer("会上说要当好企业“娘家人”的是哪个部门?")
        #expect(reply.answer.contains("商务局"))
        #expect(reply.answer.contains("洪谦"))
        // Not a person's own body asked (高裕躍是哪個部門的?): their posts.
        let posts = try engine.answer("高裕躍是哪個部門的?")
        #expect(posts.answer.contains("工業和信息化局"))
        // Of words the question gives a speaker: theirs, not whoever else said 說.
        let his = try engine.answer("洪謙說的是哪個部門的工作?")
        #expect(his.answer.contains("商務局"))
        #expect(!his.answer.contains("郭永航"))
    }

    @Test func whoOfAPostSaidTheLastAnswerIsItsSpeaker() throws {
        let target = try engine.answer("请问广州今年城市更新固定资产投资目标是多少?")
        #expect(target.answer.contains("2000亿"))
        let who = try engine.answer("这是哪个局的局长介绍的?", context: target.context)
        #expect(who.status == .answered)
        #expect(who.answer.contains("住房城乡建设局"))
        // Without a last answer, three directors spoke: which one.
        let alone = try engine.answer("这是哪个局的局长介绍的?")
        #expect(alone.status == .clarify)
        // Words of their own asked: whose words they are, whatever the last answer was.
        let words = try engine.answer("哪个局长说要当好企业娘家人?", context: target.context)
        #expect(words.answer.contains("洪谦"))
    }

    @Test func whetherAnUnnamedGroupSpokeIsYes() throws {
        let reply = try engine.answer("有企業家發言嗎?")
        #expect(reply.status == .answered)
        #expect(reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("優秀企業經營者"))
        // Whether they said something: not said, no yes.
        let said = try engine.answer("有企業家在發言中批評政府嗎?")
        #expect(!said.answer.hasPrefix("是的"))
        // Who they were: not said.
        let names = try engine.answer("發言的優秀企業家叫什麼?")
        #expect(names.status == .noAnswer)
    }

    @Test func aDifferenceAfterTwoAnswersOfOneFigureEachIsOfBoth() throws {
        let trillion = try engine.answer("万亿级产业链群有几个?")
        let hundredBillion = try engine.answer("千亿级的呢?", context: trillion.context)
        #expect(hundredBillion.answer.contains("13个"))
        let difference = try engine.answer("两者相差几个?", context: hundredBillion.context)
        #expect(difference.answer.contains("5个"))
        let sum = try engine.answer("加起来呢?", context: difference.context)
        #expect(sum.answer.contains("21个"))
        // The token carries the earlier figures, and a forged one naming none is dropped.
        let context = try #require(ConversationContext(token: hundredBillion.context))
        #expect(context.earlierFigures.count == 1)
        // An answer with no figure between: nothing of both is left.
        let other = try engine.answer("南沙区委书记是谁?", context: hundredBillion.context)
        let after = try engine.answer("两者相差几个?", context: other.context)
        #expect(!after.answer.contains("5个"))
    }

    @Test func whichOfTenOrMoreIsTheListWhereThereIsOneElseTheFigure() throws {
        let list = try engine.answer("13個千億級產業鏈群是哪13個?")
        #expect(list.answer.contains("超高清視頻和新型顯示"))
        let wrongCount = try engine.answer("郭永航說要打造10個萬億級產業鏈群,是哪10個?")
        #expect(wrongCount.answer.contains("8個"))
        #expect(wrongCount.answer.contains("智能網聯與新能源汽車"))
        // A figure of no list (越秀's target of 10 firms): the figure, as a target.
        let target = try engine.answer("越秀已经引进了10家500强央企子公司,是哪10家?")
        #expect(target.answer.contains("目标"))
        // 哪一年 (written 哪1年) asks no list.
        let year = try engine.answer("郭永航是哪一年开始当广州市长的")
        #expect(year.status == .noAnswer)
    }

    @Test func cantoneseSaidAndNameAskedAreRead() throws {
        let said = try engine.answer("審批方面市長有冇話會快啲?")
        #expect(said.answer.contains("審批"))
        #expect(said.answer.contains("全力支持"))
        let name = try engine.answer("商务局长叫啥")
        #expect(name.answer.contains("洪谦"))
        // (叫咩 of a thing asks no person: not rewritten.)
        let thing = try engine.answer("南沙科學城叫咩?")
        #expect(thing.status == .answered)
    }
}

/// Where in the document something is said, a list claimed items first, two questions around a
/// list claim, words said twice to a voice typist, a place pushed back after a post, what follows
/// a passage that ends inside a clause, and a person's figures asked with 哪些.
@Suite struct WhereSaidListsFirstAndRepeatsTests {
    @Test func whereSomethingIsSaidIsItsSectionAndClause() throws {
        let bayArea = try engine.answer("文章在哪裡提到大灣區?")
        #expect(bayArea.status == .answered)
        #expect(bayArea.answer.contains("堅持制造業立市"))
        #expect(bayArea.answer.contains("營商環境"))
        // Of the last answer's clause, naming nothing.
        let total = try engine.answer("截至2022年底廣州市場主體有多少?")
        let growth = try engine.answer("同比增長多少", context: total.context)
        let part = try engine.answer("這個數據出現在文章哪個部分?", context: growth.context)
        #expect(part.answer.contains("營商環境"))
        // Of a figure, its own clause, not the last its quote runs to.
        let projects = try engine.answer("今年計劃推進多少個城中村改造項目?")
        let itsPart = try engine.answer("這個數據出現在文章哪個部分?", context: projects.context)
        #expect(itsPart.answer.contains("127"))
        // Two things named: where both are.
        let both = try engine.answer("文章哪裡提到海珠的城中村改造?")
        #expect(both.answer.contains("海珠大力開展城中村更新改造行動"))
        // Where a thing is, asked without the document: where it is, not where it is written.
        let pole = try engine.answer("廣州科技創新走廊南部極點出現在哪?")
        #expect(pole.explanation.rule != "document.where-mentioned")
        // Nothing named and nothing before: no section to give.
        let alone = try engine.answer("這個數據出現在文章哪個部分?")
        #expect(alone.status != .answered)
    }

    @Test func aListClaimedItemsFirstIsCheckedAgainstTheArticles() throws {
        let wrong = try engine.answer("係咪廣州開發區、南沙同黃埔係三大國家級開發區?")
        #expect(wrong.answer.hasPrefix("不是"))
        #expect(wrong.answer.contains("增城"))
        let some = try engine.answer("南沙和增城是三大國家級開發區嗎?")
        #expect(some.answer.hasPrefix("是的"))
        let stranger = try engine.answer("南沙和越秀是三大國家級開發區嗎?")
        #expect(stranger.answer.hasPrefix("不是"))
    }

    @Test func aQuestionBeforeAListClaimIsAnsweredToo() throws {
        let reply = try engine.answer("廣州有多少市場主體?三大國家級開發區包括番禺嗎?")
        #expect(reply.answer.contains("315.55"))
        #expect(reply.answer.contains("增城"))
        // A list claimed with 、 stays one question.
        let claim = try engine.answer("三大國家級開發區是南沙、增城、黃埔嗎?")
        #expect(claim.answer.hasPrefix("不是"))
    }

    @Test func wordsSaidTwiceToAVoiceTypistAreReadOnce() throws {
        #expect(QAEngine.withoutRepeatedFragments("嗯 嗯 海珠區那個城中村呀") == "嗯 海珠區那個城中村呀")
        #expect(QAEngine.withoutRepeatedFragments("走訪了幾多間企業呀 幾多間 想搬的有幾多間") == "走訪了幾多間企業呀 想搬的有幾多間")
        // A shorter word in a longer one says something: 是 不是, 新能源 新能源汽車.
        #expect(QAEngine.withoutRepeatedFragments("郭永航 是 不是 副市長") == nil)
        #expect(QAEngine.withoutRepeatedFragments("新能源 新能源汽車 是同一個產業鏈群嗎") == nil)
        #expect(QAEngine.withoutRepeatedFragments("市場主體 增速") == nil)
        #expect(QAEngine.withoutRepeatedFragments("南沙的書記是誰") == nil)
        let moved = try engine.answer("嗯 海珠那些 那些企业 要搬 搬去哪里呀")
        let counts = try engine.answer("那 走访了几多间企业呀 几多间 想搬的有几多间", context: moved.context)
        #expect(counts.answer.contains("4500"))
        #expect(counts.answer.contains("821"))
    }

    @Test func aPlacePushedBackAfterAPostIsAnsweredByThePost() throws {
        let post = try engine.answer("卢一先是哪个区的区委书记?")
        let other = try engine.answer("不是越秀区吗?", context: post.context)
        #expect(other.answer.hasPrefix("不是"))
        #expect(other.answer.contains("南沙"))
        let same = try engine.answer("不是南沙吗?", context: post.context)
        #expect(same.answer.hasPrefix("是的"))
        // The asker correcting themselves asks again.
        let haizhu = try engine.answer("海珠区委书记是谁?")
        let corrected = try engine.answer("我说错了,是越秀", context: haizhu.context)
        #expect(corrected.answer.contains("郭昊羽"))
    }

    @Test func whatFollowsAPassageEndingInsideAClauseIsTheRestOfIt() throws {
        let reply = try engine.answer("“截至2022年底,广州全市实有各类市场主体达” 后面是什么")
        #expect(reply.answer.contains("315.55"))
        #expect(reply.answer.contains("3.88%"))
    }

    @Test func aPersonsFiguresAskedWithWhichAreTheirFigures() throws {
        let reply = try engine.answer("王宏伟有哪些量化指标")
        #expect(reply.answer.contains("127"))
        #expect(reply.answer.contains("2000"))
        let listed = try engine.answer("佢講嘅13個千億級產業鏈群,可唔可以列幾個出嚟?")
        #expect(listed.answer.contains("超高清視頻"))
        let each = try engine.answer("三位局長分別是誰?")
        #expect(each.status == .answered)
        #expect(each.answer.contains("洪謙"))
        #expect(each.answer.contains("王宏偉"))
        let soundTypo = try engine.answer("羅涌圍嗰度係咪都要改造")
        #expect(soundTypo.answer.contains("羅沖圍"))
        let mainPoints = try engine.answer("文章的主要观点是什么")
        #expect(mainPoints.status == .answered)
    }
}

/// 其中哪個在海珠? after a list, 他還說… of what the last turn's speaker said on a thing named.
@Suite struct ItemsInAPlaceAndWordsOfTheLastSpeakerTests {
    @Test func whichOfTheLastListIsInADistrict() throws {
        let list = try engine.answer("片区改造新模式包括哪些片区?")
        let inHaizhu = try engine.answer("其中哪个在海珠?", context: list.context)
        #expect(inHaizhu.answer.contains("城市新中轴线"))
        // After the speaker's clause that lists them, too.
        let spoken = try engine.answer("王宏伟列了哪些重点改造片区?")
        let again = try engine.answer("其中哪个在海珠?", context: spoken.context)
        #expect(again.answer.contains("城市新中轴线"))
    }

    @Test func whatTheLastSpeakerSaidOfAThingNamedIsTheirWords() throws {
        let who = try engine.answer("谁说了“国企敢干、民企敢闯、外企敢投”?")
        let more = try engine.answer("他还说政商关系要怎么样?", context: who.context)
        #expect(more.answer.contains("有呼必应"))
        // A thing of their own facts asked: the thing's, not the speaker's other words.
        let gao = try engine.answer("高裕跃是谁?")
        let four = try engine.answer("他提的四化平台是哪四化?", context: gao.context)
        #expect(four.answer.contains("数字化转型"))
    }
}

/// Two speakers named each their own way (a person with a post, a body with one, a post alone).
@Suite struct SpeakersNamedEachTheirWayTests {
    @Test func theWordsOfEachAreAnswered() throws {
        let reply = try engine.answer("郭永航市长和商务局局长各自强调了什么?")
        #expect(reply.answer.contains("郭永航"))
        #expect(reply.answer.contains("洪谦"))
        let posts = try engine.answer("市长和商务局局长各自强调了什么?")
        #expect(posts.answer.contains("娘家人"))
    }

    @Test func mentionsThatOverlapAreNoSpeakersToSeparate() throws {
        // (Once read out of range: mentions overlapping, then words in Latin letters.)
        let reply = try engine.answer("冒昧請教,南沙區的盧一先書記在會上提到要聚焦哪些重點產業?我們的 fund 主要關注 AI 與 new energy 方向,想確認是否契合。")
        #expect(reply.answer.contains("人工智能"))
    }
}

/// A passage asked for as written, whether the document mentions a thing, what follows a passage
/// by two sentences, whose targets a post's holders set, and a thing's district after it.
@Suite struct PassagesMentionsAndPostsTargetsTests {
    @Test func aPassageAskedForAsWrittenIsItsSentence() throws {
        let reply = try engine.answer("「城脈、文脈、商脈」那句原文怎麼寫?")
        #expect(reply.answer.contains("東部發展軸"))
        // A thing named beside it is what is asked of: its list, not the sentence.
        let named = try engine.answer("南沙的「四鏈融合」在原文中具體是哪四條鏈?請照原文寫法列出。")
        #expect(named.answer.contains("創新鏈"))
        let after = try engine.answer("「以營商環境之優」後面兩句呢?")
        #expect(after.answer.contains("促經濟之"))
    }

    @Test func whetherTheDocumentMentionsAThingIsYesAndWhere() throws {
        let reply = try engine.answer("文中有沒有提及粵港澳大灣區?")
        #expect(reply.answer.hasPrefix("是的"))
        // Of a post it names nobody to: not said.
        let post = try engine.answer("文中有没有提到广州市委书记在会上的讲话内容?")
        #expect(post.status == .noAnswer)
        // (No yes for a post nobody is named to: not 盧一先, a 市委常委.)
        let cityParty = try engine.answer("市委書記有沒有發言?")
        #expect(!cityParty.answer.contains("盧一先"))
        // A post of one holder is located by them; posts of several, named with their bodies.
        let mayor = try engine.answer("市長的講話出現在文章哪個部分?")
        #expect(mayor.answer.contains("堅持制造業立市"))
        // Where they are written, two named: no speeches.
        let two = try engine.answer("文章哪裡提到郭永航和商務局局長?")
        #expect(two.explanation.rule == "document.where-mentioned")
        // No yes for a pairing the article does not make: 首席服務官 is 越秀's.
        let pairing = try engine.answer("文章哪裡有提到海珠的首席服務官制度嗎?")
        #expect(!pairing.answer.hasPrefix("是的"))
        #expect(!pairing.answer.contains("提到海珠"))
    }

    @Test func whatAPostsHoldersSaidOfTargetsAsksWhichOfThem() throws {
        let reply = try engine.answer("来电人问区委书记在会上说了哪些目标")
        #expect(reply.status == .clarify)
        let haizhu = try engine.answer("海珠那个", context: reply.context)
        #expect(haizhu.answer.contains("蔡澍"))
        // Which of them, asked before the post: the holders.
        let which = try engine.answer("文章提到了哪幾位區委書記?")
        #expect(which.answer.contains("郭昊羽"))
    }

    @Test func aThingsDistrictIsAskedAfterIt() throws {
        let plan = try engine.answer("請問中大紡織商圈之後要打造成什麼?")
        let district = try engine.answer("那是哪一區啊?", context: plan.context)
        #expect(district.answer.contains("海珠"))
    }
}

/// A post claimed of the wrong person, with no body or place named: who holds it, when one does.
@Suite struct PostClaimedOfTheWrongPersonTests {
    @Test func theOneHolderIsNamed() throws {
        let reply = try engine.answer("市長係咪叫郭昊羽㗎?")
        #expect(reply.answer.hasPrefix("不是"))
        #expect(reply.answer.contains("郭永航"))
        // A post of several holders: none of them named as the one.
        let several = try engine.answer("洪謙是區委書記嗎?")
        #expect(!several.answer.contains("盧一先"))
    }
}

/// What the second reader found of the speakers split, the summary words and the passage rule.
@Suite struct SpeakersSplitAndPassageLimitsTests {
    @Test func aPostBeforeANameIsOneSpeaker() throws {
        let reply = try engine.answer("市長郭永航提到了什麼?")
        #expect(!reply.explanation.rule.contains("+"))
        let secretary = try engine.answer("南沙區委書記盧一先強調了什麼?")
        #expect(!secretary.explanation.rule.contains("+"))
    }

    @Test func aListOfWhatWasSaidIsTheList() throws {
        let industries = try engine.answer("盧一先說了哪些重點產業?")
        #expect(industries.answer.contains("集成電路"))
        let chains = try engine.answer("「四鏈融合」在原文中是哪四條鏈?")
        #expect(chains.answer.contains("創新鏈"))
        #expect(chains.explanation.rule != "passage.verbatim")
    }
}

/// A number pushed back with only a question mark to ask it (不是20家?).
@Suite struct NumberPushedBackByAMarkTests {
    @Test func theArticlesNumberIsSaid() throws {
        let target = try engine.answer("越秀 500强")
        let wrong = try engine.answer("不是20家?", context: target.context)
        #expect(wrong.answer.hasPrefix("不是"))
        #expect(wrong.answer.contains("10家"))
        let right = try engine.answer("不是10家?", context: target.context)
        #expect(right.answer.hasPrefix("是的"))
    }
}
