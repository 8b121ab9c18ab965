import Testing
@testable import SuiwenEngine

/// A place outside the article in a clause told as heard, four questions in one message, which
/// bodies' heads, a relation only the city has asked of nothing, and English with a Chinese word.
@Suite struct StoriesInClausesFourQuestionsAndThePlacesOwnRelationsTests {
    @Test func aPlaceOutsideTheArticleInAClauseToldAsHeardIsTheStory() throws {
        let reply = try engine.answer("我在海珠开纺织小作坊的,听说厂子要往清远那边转移,文章里海珠区的书记是怎么说的?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("广清"))
        #expect(reply.answer.contains("蔡澍"))
        // (Not a clause that asks of it, nor one no story word opens: outside still.)
        #expect(try engine.answer("清远有什么产业").status == .noAnswer)
        #expect(try engine.answer("市民是天河石牌村的租户,问石牌村在不在今年的城中村改造名单里,具体什么时候开始拆?").status == .noAnswer)
        #expect(try engine.answer("我問一下佛山的區委書記,海珠的區委書記又是誰?").answer.contains("佛山"))
    }

    @Test func fourQuestionsInOneMessageAreEachAnswered() throws {
        let reply = try engine.answer("请问一下,那天会上发言的都有哪些人?一共是几位市里部门的负责人,几个区的区委书记?有没有企业家发言?麻烦了。")
        #expect(reply.answer.contains("6位"))
        #expect(reply.answer.contains("11区"))
        #expect(reply.answer.contains("企业经营者"))
    }

    @Test func whichBodiesTheHeadsAreOfIsTheBodies() throws {
        let reply = try engine.answer("6个部门负责人是哪几个部门的")
        #expect(reply.answer.contains("发展改革委"))
        #expect(try engine.answer("帮我盘点一下文中点名发言的人,名字加职务").answer.contains("郭永航"))
    }

    @Test func aRelationOnlyTheCityHasAskedOfNothingIsTheCitys() throws {
        let evaluation = try engine.answer("它的制造业综合评价叫什么", context: try engine.answer("广州统筹发展了多少条重点产业链?").context)
        #expect(try engine.answer("还有呢?获批过什么称号", context: evaluation.context).answer.contains("全球定制之都"))
        // (Not words of something else, 物流補貼, nor a count asked.)
        #expect(try engine.answer("今年物流补帖有啥政策没").status == .noAnswer)
        #expect(try engine.answer("企业满意度具体是多少?").status == .noAnswer)
    }

    @Test func englishWithAChineseWordIsEnglishAndItsSpacesPartNothing() throws {
        let reply = try engine.answer("how many urban village (城中村) redevelopment projects is Guangzhou planning this year? And how many firms in Haizhu said they intend to relocate?")
        #expect(reply.answer.contains("127"))
        #expect(reply.answer.contains("821"))
        let growth = try engine.answer("Guangzhou 市场主体 total by end of 2022, and the year-on-year growth rate?")
        #expect(growth.answer.contains("315.55"))
        #expect(growth.answer.contains("3.88%"))
        #expect(!growth.answer.contains("不是"))
    }
}

/// Whether a plan was done asked by 沒有, a thing named by another of its names asked which, a
/// part of an industry's name asked to be in a list, and a measure word no outside word.
@Suite struct WhetherDoneWhichNamedAndPartsOfNamesTests {
    @Test func whetherAPlanWasDoneAskedBy沒有IsNotSaid() throws {
        let reply = try engine.answer("2000亿投资落实了没有?")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("2000亿元"))
        // (A claim that it is done is still checked: not so, a plan.)
        #expect(try engine.answer("127个是已完成的吗?").status == .answered)
    }

    @Test func whichOneAThingIsByAnotherOfItsNamesIsItsWholeName() throws {
        let which = try engine.answer("是哪一項口碑評比?")
        #expect(which.status == .answered)
        #expect(which.answer.contains("萬家民營企業評營商環境"))
        // (Not a word of no name of it: 首批制造強國試點示范城市 is no 評選.)
        #expect(!(try engine.answer("首批制造強國試點示范城市是哪一項評選?")).answer.contains("萬家民營企業"))
        // (Not the items asked by 哪幾條.)
        let focus = try engine.answer("卢一先说南沙要聚焦什么?")
        #expect(try engine.answer("要推动哪几条链融合?", context: focus.context).answer.contains("资金链"))
    }

    @Test func anIndustryAskedByPartOfItsNameIsInItsList() throws {
        let reply = try engine.answer("13个千亿级产业链群里 有没有装备制造")
        #expect(reply.answer.contains("现代高端装备"))
    }

    @Test func aMeasureWordAfterANumberIsNoOutsideWordButAPlaceIsOne() throws {
        let count = try engine.answer("海珠摸排出多少家有转移意向的企业")
        #expect(!(try engine.answer("這821家裡面現在已經搬走幾家了?", context: count.context)).answer.contains("家庭"))
        #expect(try engine.answer("2023上海的市長是誰?").status == .noAnswer)
        // (Nor a word that only begins like a venue's, 什麼地方開展: what is done where.)
        #expect(try engine.answer("廣州在什麼地方開展片區改造?").status == .answered)
    }

    @Test func sayItAgainAfterAnAnswerNotKeptSaysSo() throws {
        let mayor = try engine.answer("廣州市長是誰?")
        let again = try engine.answer("再說一遍", context: mayor.context)
        #expect(again.status == .noAnswer)
        #expect(!again.answer.contains("產業第一"))
    }
}

/// A count then the figure pointed at, said in one breath by voice.
@Suite struct FigurePointedAtInOneBreathTests {
    @Test func aPointerAfterACountBeginsAQuestionOfItsOwn() throws {
        #expect(engine.separateAtFigurePointer("市场主体同比增长了多少这个数是截止到啥时候的") == ["市场主体同比增长了多少,", "这个数是截止到啥时候的"])
        let reply = try engine.answer("市场主体同比增长了多少这个数是截止到啥时候的")
        #expect(reply.answer.contains("3.88%"))
        #expect(reply.answer.contains("2022年底"))
        // (No count before it: no split.)
        #expect(engine.separateAtFigurePointer("这个数是谁说的") == nil)
    }
}

/// Two districts' secretaries counted after the post, and how many items the asker wants.
@Suite struct CountsAfterThePostAndHowManyWantedTests {
    @Test func twoSecretariesCountedAfterTheirDistrictsAreEachAskedOf() throws {
        let reply = try engine.answer("海珠区与越秀区两位区委书记的发言侧重点有何不同?")
        #expect(reply.answer.contains("蔡澍"))
        #expect(reply.answer.contains("郭昊羽"))
    }

    @Test func howManyItemsTheAskerWantsIsNoQuestionOfItsOwn() throws {
        let count = try engine.answer("千億級產業鏈群有幾個?")
        let reply = try engine.answer("萬億級的有哪些?舉幾個就好", context: count.context)
        #expect(reply.answer.contains("時尚產業"))
        #expect(!reply.answer.contains("半導體和集成電路"))
    }
}

/// A name the graph adds, which the article never writes, still answered with its source.
@Suite struct NamesTheArticleNeverWritesTests {
    @Test func aNameOnlyTheGraphGivesIsAnsweredWithTheThingsSentence() throws {
        let reply = try engine.answer("是哪一個裝備制造業")
        #expect(reply.status == .answered)
        #expect(!reply.citations.isEmpty)
    }
}
