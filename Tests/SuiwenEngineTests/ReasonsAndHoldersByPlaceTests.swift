import Testing
@testable import SuiwenEngine

/// A why asked of someone's words that the article gives a purpose for in the same sentence, one
/// of a post's holders picked by their place in the article (第一個…的區委書記), a name's
/// meaning asked (「1+5+N」是指什麼?), a rank asked by 名次, and how someone described a thing
/// (他怎麼形容…?).
@Suite struct ReasonsAndHoldersByPlaceTests {
    @Test func aWhyOfSomeonesWordsIsAnsweredByThePurposeAfterThem() throws {
        let cycle = try engine.answer("為什麼郭永航說要最大限度縮短項目「建設、投產、達產」周期?")
        #expect(cycle.status == .answered, "\(cycle.answer)")
        #expect(cycle.answer.contains("搶抓機遇"), "\(cycle.answer)")
        let relations = try engine.answer("郭永航為什麼強調要構建親清政商關係?")
        #expect(relations.status == .answered, "\(relations.answer)")
        #expect(relations.answer.contains("有呼必應"), "\(relations.answer)")
    }

    @Test func aWhyWhoseOnlyPurposeWordIsInTheWordsAskedIsNotAnswered() throws {
        // (爭取 of 爭取全年實現… is the target asked about, not a reason for it.)
        let target = try engine.answer("郭昊羽為什麼說要引進10家500強央企子公司")
        #expect(target.status == .noAnswer, "\(target.answer)")
        let role = try engine.answer("郭永航為什麼是市長")
        #expect(role.status == .noAnswer, "\(role.answer)")
    }

    @Test func oneOfAPostsHoldersByTheirPlaceIsThatOneAndTheRestFollow() throws {
        let replies = try thread("文章裡按出現順序,第一個被報道的區委書記是哪個區的?", "第二個呢", "第三個?")
        #expect(replies[0].status == .answered, "\(replies[0].answer)")
        #expect(replies[0].answer.contains("南沙"), "\(replies[0].answer)")
        #expect(replies[1].answer.contains("郭昊羽") && replies[1].answer.contains("越秀"), "\(replies[1].answer)")
        #expect(replies[2].answer.contains("蔡澍") && replies[2].answer.contains("海珠"), "\(replies[2].answer)")
        // (Without a place asked: which of them.)
        #expect(try engine.answer("區委書記是誰").status == .clarify)
    }

    @Test func theCandidatesAskedBackAmongStayTheListAfterOneIsPickedByPlace() throws {
        let replies = try thread("區委書記是誰", "第二個呢", "第三個?")
        #expect(replies[2].answer.contains("蔡澍"), "\(replies[2].answer)")
        // (A question of its own about the one picked moves on: 第二個 next is of its answer.)
        let asked = try thread("姓郭的那位說了什麼?", "市長那位。他說要打造幾個萬億級產業鏈群?", "第二個是什麼?")
        #expect(asked[2].answer.contains("軟件和信創"), "\(asked[2].answer)")
    }

    @Test func whatANameStandsForIsWhatTheArticleSaysItIs() throws {
        let meaning = try engine.answer("「1+5+N」是指什麼?")
        #expect(meaning.status == .answered, "\(meaning.answer)")
        #expect(meaning.answer.contains("綜合評價"), "\(meaning.answer)")
        // (A part of it asked: the article does not say.)
        #expect(try engine.answer("那「1+5+N」綜合評價裡的5具體指什麼?").status == .noAnswer)
        #expect(try engine.answer("1+5+N分別指什麼").status == .noAnswer)
    }

    @Test func aRankAskedByMingciIsTheRankingTheArticleGives() throws {
        let reply = try engine.answer("文中有沒有提到廣州在萬家民營企業評營商環境裡的名次?")
        #expect(reply.status == .answered, "\(reply.answer)")
        #expect(reply.answer.contains("最佳口碑城市"), "\(reply.answer)")
    }

    @Test func howSomeoneDescribedAThingIsWhatTheySaidOfIt() throws {
        let replies = try thread("商務局長叫什麼名字?他怎麼形容商務系統的角色")
        #expect(replies[0].answer.contains("洪謙"), "\(replies[0].answer)")
        #expect(replies[0].answer.contains("娘家人"), "\(replies[0].answer)")
        let place = try engine.answer("文章怎麼形容南沙")
        #expect(place.answer.contains("廣州新核"), "\(place.answer)")
    }

    @Test func anItemOfAListByItsPlaceInEnglishIsThatItem() throws {
        let replies = try thread("13個千億級產業連群 列一下", "the second one 具體是?")
        #expect(replies[1].answer.contains("現代高端裝備"), "\(replies[1].answer)")
        let scale = try engine.answer("At what scale is Nansha's automobile industry cluster described?")
        #expect(scale.answer.contains("兩千億"), "\(scale.answer)")
    }

    @Test func whatSomeoneSaidAskedInEnglishIsTheirWordsAndPhrasesStartWords() throws {
        let said = try engine.answer("What did the mayor say?")
        #expect(said.answer.contains("郭永航") && said.answer.contains("發言"), "\(said.answer)")
        // (say inside essay is no phrase: a word of English starts after no letter.)
        let normalizer = engine.normalizer
        #expect(normalizer.normalize("essay").string == "essay")
        #expect(normalizer.normalize("他說的 essay about it").string.contains("essay"))
    }

    @Test func theNextItemOfAListOrAMeansIsNoReason() throws {
        // (著力打造… after 一把手工程, 以…為抓手 after 試點街區: no 為 or 讓 opens them.)
        for question in ["郭永航為什麼說要落實制造業當家一把手工程?", "為什麼郭昊羽說要深化營商環境創新試點街區建設?", "為什麼郭永航說要大力發展生產性服務業和高端專業服務業?"] {
            let reply = try engine.answer(question)
            #expect(reply.status == .noAnswer, "\(question) → \(reply.answer)")
        }
    }

    @Test func somethingElseAskedOfAHolderByPlaceIsAskedOfThem() throws {
        let target = try engine.answer("第三個局長的目標是什麼?")
        #expect(target.answer.contains("127"), "\(target.answer)")
        let industries = try engine.answer("第一個區委書記所在的區有什麼重點產業")
        #expect(industries.answer.contains("集成電路"), "\(industries.answer)")
        let last = try engine.answer("最後一位局長是誰")
        #expect(last.status == .answered && last.answer.contains("王宏偉"), "\(last.answer)")
    }

    @Test func howTheArticleDescribesSomeoneIsWhoTheyAre() throws {
        let person = try engine.answer("文章怎麼形容郭永航?")
        #expect(person.answer.contains("市長"), "\(person.answer)")
        #expect(!person.answer.contains("發言要點"), "\(person.answer)")
        let place = try engine.answer("形容一下海珠")
        #expect(place.status == .answered && place.answer.contains("城中村"), "\(place.answer)")
    }

    @Test func aNameWithANumeralTypedBySoundIsTheNameMeant() throws {
        // (一 of 一把手 is 1 once normalized: the digit stands for itself, 公 for 工.)
        let reply = try engine.answer("「一把手公程」是什麼工程")
        #expect(reply.status == .answered, "\(reply.answer)")
        #expect(reply.answer.contains("制造業當家"), "\(reply.answer)")
        let bankers = try engine.answer("萬千佰是什麼意思")
        #expect(bankers.answer.contains("千億級"), "\(bankers.answer)")
    }

    @Test func aQuestionAskedAnewAfterTakingTheLastBackIsTheNewOne() throws {
        let replies = try thread("南沙汽车产业集群是多少亿级的", "哦不对 我是想问南沙要签的新项目是多大规模的")
        #expect(replies[1].answer.contains("50亿级"), "\(replies[1].answer)")
        // (Words that only say again what was asked, 我是說哪裡: one question.)
        let place = try engine.answer("「廣州科技創新走廊南部極點」是指邊度?我是說哪裡")
        #expect(place.answer.contains("南沙"), "\(place.answer)")
        #expect(engine.separateQuestions("「廣州科技創新走廊南部極點」是指邊度?我是說哪裡") == nil)
    }

    @Test func anotherOfTheLastKindThenItsNameAsksOfThatOne() throws {
        let replies = try thread("請問會上有哪幾個市級部門的負責人發言?", "第二個,工業和信息化局,由誰負責?他講了甚麼計劃?", "那另一個部門呢?住建局")
        #expect(replies[2].answer.contains("王宏偉"), "\(replies[2].answer)")
        #expect(!replies[2].answer.contains("扛起政治責任"), "\(replies[2].answer)")
        let none = try thread("商務局局長是哪位?", "那另一個部門呢?發改委的負責人講了甚麼")
        #expect(none[1].status == .noAnswer, "\(none[1].answer)")
    }

    @Test func aShareOfTwoCountsTheArticleGivesIsReckonedFromBoth() throws {
        // (Not given by the article: both counts as written, and the share they make, said to be
        // a reckoning — 821 of 4500多 is about 18.2%.)
        let reply = try engine.answer("海珠摸排出的转移意向企业占走访企业的比例是多少?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("4500") && reply.answer.contains("821") && reply.answer.contains("18.2%") && reply.answer.contains("粗略计算"), "\(reply.answer)")
        // (Asked whether the article gives it: it does not.)
        #expect(try engine.answer("海珠转移意向企业占走访企业的比例,文章有给吗?").status == .noAnswer)
        // (Not two numbers of different units, 315.55萬戶 and 3.88%.)
        #expect(!(try engine.answer("民营企业在全市市场主体中占比是多少?").answer.contains("3.88")))
    }

    @Test func whichHolderOfAPostSpokeOfSomethingIsTheOneWhoseWordsHoldIt() throws {
        let reply = try engine.answer("哪個區委書記談到紡織企業轉移")
        #expect(reply.answer.contains("蔡澍"), "\(reply.answer)")
        let pole = try engine.answer("哪個區委書記說要建設科技創新走廊南部極點")
        #expect(pole.answer.contains("盧一先"), "\(pole.answer)")
    }

    @Test func theCountOfAListTheArticleLeavesOpenIsItsFigure() throws {
        let replies = try thread("时尚产业算哪一级的产业链群?", "同一级的还有哪些", "一共几个")
        #expect(replies[0].answer.contains("万亿级"), "\(replies[0].answer)")
        #expect(replies[2].answer.contains("8个"), "\(replies[2].answer)")
        #expect(!replies[2].answer.contains("13个"), "\(replies[2].answer)")
    }

    @Test func whetherAThingIsOnTheListIsTheListThatNamesIt() throws {
        let reply = try engine.answer("罗冲围片区也在名单里吗")
        #expect(reply.status == .answered, "\(reply.answer)")
        #expect(reply.answer.contains("广州火车站"), "\(reply.answer)")
    }

    @Test func whoProposedWhatTheLastAnswerListedIsItsSpeaker() throws {
        let replies = try thread("南沙的重点产业有哪些", "提出这些的人是什么职务?")
        #expect(replies[1].answer.contains("卢一先") && replies[1].answer.contains("南沙区委书记"), "\(replies[1].answer)")
        let bosses = try engine.answer("會上除了當官的,有沒有企業老闆上去講話?")
        #expect(bosses.status == .answered && bosses.answer.contains("企業經營者"), "\(bosses.answer)")
    }

    @Test func aListIsOfPartsOrMembersNotThePlacesAThingIsIn() throws {
        // (康鷺片區在海珠、一軸一路 is no list 海珠 is on.)
        #expect(!(try engine.answer("海珠在名單裡嗎?").answer.contains("康鷺片區在海珠")))
        let replies = try thread("五極是哪些?", "東部樞紐也在名單裡嗎?")
        #expect(replies[1].status == .answered && replies[1].answer.contains("北部增長極"), "\(replies[1].answer)")
    }

    @Test func oneOfTheSpeakersOfAPostByPlaceIsThatOnesWords() throws {
        let last = try engine.answer("最後一位局長說了什麼?")
        #expect(last.answer.contains("王宏偉"), "\(last.answer)")
        let second = try engine.answer("第二個局長講了什麼?")
        #expect(second.answer.contains("洪謙"), "\(second.answer)")
    }

    @Test func aShareAskedOfARateIsTheRateAndACountAfterACountIsIt() throws {
        let rate = try engine.answer("市場主體同比增長的比例是多少?")
        #expect(rate.answer.contains("3.88%"), "\(rate.answer)")
        let replies = try thread("廣州有哪些重點產業鏈?", "一共幾個?")
        #expect(replies[1].answer.contains("21條"), "\(replies[1].answer)")
    }

    @Test func namesAloneAreAnsweredWithWhoSaidIt() throws {
        let reply = try engine.answer("越秀 首席服务官")
        #expect(reply.answer.contains("郭昊羽"), "\(reply.answer)")
        let attendance = try engine.answer("大会 参会人数")
        #expect(attendance.status == .noAnswer, "\(attendance.answer)")
    }

    @Test func theOthersOfAListAreSaidWithTheListsName() throws {
        let reply = try engine.answer("增城算不算国家级开发区?另外两个是哪")
        #expect(reply.answer.contains("国家级开发区") && reply.answer.contains("广州开发区"), "\(reply.answer)")
        let first = try engine.answer("全國工商聯萬家民營企業評營商環境,廣州拿第一嗎?")
        #expect(first.answer.contains("前列"), "\(first.answer)")
    }

    @Test func howManyAThingNamedIsMadeOfIsItsListCounted() throws {
        let poles = try thread("五极一共几个?第四个是什么", "第一个呢")
        #expect(poles[0].answer.contains("5个") && poles[0].answer.contains("番禺智造创新城"), "\(poles[0].answer)")
        #expect(poles[1].answer.contains("北部增长极"), "\(poles[1].answer)")
        // (A list the article leaves open: the items it names, said to be those it lists.)
        let industries = try engine.answer("南沙重点产业一共列了几个")
        #expect(industries.answer.contains("5个") && industries.answer.contains("等"), "\(industries.answer)")
        // (A count the article gives is the figure's.)
        #expect(try engine.answer("万亿级产业链群有几个").answer.contains("8个"))
    }
}
