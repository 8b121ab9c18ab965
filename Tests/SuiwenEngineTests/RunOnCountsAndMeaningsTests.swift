import Testing
@testable import SuiwenEngine

/// Two counts asked in one breath, what words mean and what a name's parts stand for, when a
/// thing of the last turn is not said, a Cantonese doubt of a number, who leads the last turn's
/// program, and a year written without 年 before the conference.
@Suite struct RunOnCountsAndMeaningsTests {
    @Test func twoCountsAskedInOneBreathAreAnsweredEach() throws {
        let reply = try engine.answer("广州市场主体有多少户增长了多少")
        #expect(reply.answer.contains("315.55"))
        #expect(reply.answer.contains("3.88%"))
        // One count, however long: one question.
        #expect(engine.separateCountsAskedTwice("多少家企业有转移意向") == nil)
        // Marks already split a message: nothing to do here.
        #expect(engine.separateCountsAskedTwice("有多少户,增长了多少") == nil)
    }

    @Test func whatWordsOfAHeadingMeanIsTheBodysSentence() throws {
        let reply = try engine.answer("「娘家人」是什麼意思?")
        #expect(reply.answer.contains("全生命周期保姆式"))
    }

    @Test func whatANamesPartsStandForIsItsListOrNotSaid() throws {
        let ladder = try engine.answer("萬千百分別代表什麼?")
        #expect(ladder.status == .answered)
        #expect(ladder.answer.contains("千億級"))
        let evaluation = try engine.answer("“1+5+N”裡的1、5、N分別代表什麼?")
        #expect(evaluation.status == .noAnswer)
        #expect(evaluation.answer.contains("綜合評價"))
        // Asked of two things, each its own list.
        let two = try engine.answer("「雙核」與「五極」各指何者?")
        #expect(two.answer.contains("中心城區"))
        #expect(two.answer.contains("北部增長極"))
        // 是什麼 alone is no such question.
        let what = try engine.answer("1+5+N是什麼?")
        #expect(what.status == .answered)
    }

    @Test func whenAskedOfTheLastTurnsThingIsNotSaidWhereTheArticleGivesNoDate() throws {
        let move = try engine.answer("中大布匹市場係咪真係要搬?佢哋搬去邊度?")
        let when = try engine.answer("幾時搬晒?", context: move.context)
        #expect(when.status == .noAnswer)
    }

    @Test func aNumberDoubtedInCantoneseIsCheckedAgainstTheLastAnswer() throws {
        let money = try engine.answer("城市更新今年投資幾多錢?")
        let doubt = try engine.answer("唔係得1000億咩?", context: money.context)
        #expect(doubt.answer.contains("2000億"))
        #expect(doubt.answer.hasPrefix("不是"))
    }

    @Test func whoLeadsTheLastTurnsProgramIsAnsweredOfIt() throws {
        let platforms = try engine.answer("四化平臺是哪四化?")
        let who = try engine.answer("是哪個單位在負責的?", context: platforms.context)
        #expect(who.answer.contains("高裕躍"))
    }

    @Test func aYearWrittenWithoutItsCharacterBeforeTheConferenceIsOutsideIt() throws {
        let reply = try engine.answer("When will the 2024 高質量發展大會 be held?")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("2024"))
        let known = try engine.answer("2023 高質量發展大會是哪天開的?")
        #expect(known.answer.contains("1月28日"))
    }

    @Test func theWordsAskedAsWrittenOfTheCityAloneAreTheLastAnswers() throws {
        let survey = try engine.answer("萬家民營企業評營商環境是哪個機構開展的?")
        let words = try engine.answer("廣州的結果原文怎麼講?", context: survey.context)
        #expect(words.answer.contains("最佳口碑城市前列"))
    }
}

/// A second reader's and two blind sets' findings after the run-on counts: which bodies' heads
/// spoke, whose words a named person's claim is of, a number or date the clause found lacks, a
/// typed name asked what it is called, a place's street, 幾時 of a person.
@Suite struct BodiesClaimsAndMissingKindsTests {
    @Test func whichBodiesHeadsSpokeIsAnsweredWithTheBodies() throws {
        let reply = try engine.answer("哪些市直部门的主要负责人在大会上发言?")
        #expect(reply.answer.contains("发展改革委"))
        // Which bodies the article names is still the list of them.
        let named = try engine.answer("文章提到了哪些部門?")
        #expect(named.answer.contains("全國工商聯"))
    }

    @Test func aNamedPersonClaimedOfTheLastAnswerIsCheckedAgainstItsClause() throws {
        let first = try engine.answer("“首席服务官”制度是海珠区提出要落实的吧?")
        let claim = try engine.answer("不是蔡澍说的吗?", context: first.context)
        #expect(claim.answer.contains("郭昊羽"))
        #expect(claim.answer.contains("首席服务官"))
        // 他 who told the asker a number is no speaker claimed.
        let count = try engine.answer("那500強央企子公司呢?要引進幾家?", context: try engine.answer("越秀今年的招商目標是多少?").context)
        let doubt = try engine.answer("咦,不是20家嗎?他跟我說是20家的。", context: count.context)
        #expect(doubt.answer.contains("10家"))
    }

    @Test func aNumberOrADateTheClauseFoundLacksIsNotSaid() throws {
        let satisfaction = try engine.answer("企业满意度具体是多少?")
        #expect(satisfaction.status == .noAnswer)
        // Said so, with what the article does say and where.
        #expect(satisfaction.answer.contains("不断提升"))
        #expect(!satisfaction.citations.isEmpty)
        let hub = try engine.answer("東部樞紐預計幾時建成?")
        #expect(hub.status == .noAnswer)
        // A count a list answers by its items.
        let stations = try engine.answer("广州有几个火车站在那个改造名单里")
        #expect(stations.answer.contains("广州南站"))
        // Beside a part answered, a part not said stands as its own answer.
        let tiers = try engine.answer("南沙要新签约、新开工、新建成的大项目分哪几个量级？最大的一档是多少？")
        #expect(tiers.answer.contains("50亿级"))
    }

    @Test func aNameTypedWrongAskedWhatItIsCalledGivesItsOtherNames() throws {
        let reply = try engine.answer("南莎在這次大會上被稱作什麼?")
        #expect(reply.answer.contains("廣州新核"))
    }

    @Test func aStreetOrAnAreaTheArticleDoesNotGiveIsNotSaid() throws {
        let street = try engine.answer("信用走廊具體建在越秀哪條街?")
        #expect(street.status == .noAnswer)
        let area = try engine.answer("科學城佔地多大?")
        #expect(area.status == .noAnswer)
        // Where it is, the article does say.
        let city = try engine.answer("南沙科學城具體在哪裡?")
        #expect(city.answer.contains("南沙"))
        #expect(city.status == .answered)
    }
}

/// Three more blind sets' findings: words quoted pointed at with 這幾個, the document called 這份資料
/// or 篇文, a place in who the asker says they are, a post claimed of the last answer's words, the
/// other village, when the renewal starts.
@Suite struct QuotedWordsAskersAndWhenTests {
    @Test func wordsQuotedPointedAtWithTheseAreAskedWhatTheyAreAbout() throws {
        let reply = try engine.answer("「城脈、文脈、商脈」這幾個詞,文中是就什麼而言的?")
        #expect(reply.answer.contains("東部發展軸"))
    }

    @Test func theDocumentCalledOtherwiseIsStillTheDocument() throws {
        let about = try engine.answer("您好,請問這份資料是關於甚麼的?")
        #expect(about.answer.contains("高質量發展"))
        let mentioned = try engine.answer("咁篇文有冇提過瀝滘村?")
        #expect(mentioned.answer.contains("復建房"))
        // 這篇文章 as written.
        let article = try engine.answer("這篇文章講什麼?")
        #expect(article.answer.contains("高質量發展大會"))
    }

    @Test func aPlaceInWhoTheAskerSaysTheyAreIsTheirs() throws {
        let trader = try engine.answer("我是番禺做外贸加工的老板,会上说广州要打造几个万亿级产业链群?")
        #expect(trader.answer.contains("8个"))
        let resident = try engine.answer("我是海珠的居民,瀝滘村要做什麼?")
        #expect(resident.answer.contains("復建房"))
        // Their trade, and a place they then point back at, are what they ask of.
        let village = try engine.answer("我是沥滘村的，这篇文章有没有说到俺们村？说了啥")
        #expect(village.answer.contains("复建房"))
        // A post asked after it needs the place: 海珠's secretary, not which of three.
        let secretary = try engine.answer("我是海珠的居民,想問區委書記是誰?")
        #expect(secretary.answer.contains("蔡澍"))
        #expect(secretary.status == .answered)
    }

    @Test func aPostClaimedOfTheLastAnswersWordsIsChecked() throws {
        let quote = try engine.answer("“国企敢干、民企敢闯、外企敢投”是谁说的?")
        let claim = try engine.answer("不是商务局局长说的吗?", context: quote.context)
        #expect(claim.answer.contains("郭永航"))
        #expect(claim.answer.hasPrefix("不是"))
        // A name read with a digit (一 of 盧一先 as 1) writes no number.
        let officers = try engine.answer("首席服務官制度是誰說的?")
        let named = try engine.answer("不是盧一先說的嗎?", context: officers.context)
        #expect(named.answer.hasPrefix("不是盧一先"))
    }

    @Test func theOtherVillageAndWhenTheRenewalStarts() throws {
        let first = try engine.answer("新市投村有冇份起復建房?")
        let other = try engine.answer("仲有邊條村一齊?", context: first.context)
        #expect(other.answer.hasPrefix("瀝滘村"))
        let area = try engine.answer("康鷺片區嘅城中村改造係屬於邊個區域?")
        let when = try engine.answer("咁幾時開始拆?", context: area.context)
        #expect(when.status == .noAnswer)
        // When a speaker spoke is the conference's day, which their words need not write.
        let spoke = try engine.answer("郭永航幾時講的?")
        #expect(spoke.status == .answered)
        // After a figure the last answer dated, 幾時 asks nothing the article leaves out.
        let target = try engine.answer("越秀要引進多少家央企子公司?")
        let by = try engine.answer("幾時要做到?", context: target.context)
        #expect(by.status == .answered)
    }
}

/// The last blind sets' findings: a post confirmed with the person's other posts, 有意搬 as the
/// intent to move.
@Suite struct OtherPostsAndIntentToMoveTests {
    @Test func aPostConfirmedNamesThePersonsOtherPosts() throws {
        let reply = try engine.answer("卢一先是市委常委吗?")
        #expect(reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("南沙区委书记"))
        // One post held, one said.
        let mayor = try engine.answer("郭永航是市長嗎?")
        #expect(!mayor.answer.contains("也是"))
    }

    @Test func theFirmsThatMeanToMoveAreThoseWithTheIntent() throws {
        let market = try engine.answer("中大布匹市場係咪要搬走 搬去邊度")
        let visited = try engine.answer("佢哋搵咗幾多間企", context: market.context)
        let meaning = try engine.answer("有意搬嘅呢", context: visited.context)
        #expect(meaning.answer.contains("821"))
    }
}
