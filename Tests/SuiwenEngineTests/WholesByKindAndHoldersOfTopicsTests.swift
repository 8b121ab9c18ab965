import Testing
@testable import SuiwenEngine

/// Which whole a part belongs to, asked by the whole's name as a kind (屬於哪個城市結構?); a
/// post's one holder asked of a topic (市長對政商關係有什麼要求?); someone's words put briefly,
/// then asked in detail; the asker's own business told before a question with a post one person
/// holds; each version of a list asked after its count; a body's survey asked of.
@Suite struct WholesByKindAndHoldersOfTopicsTests {
    @Test func aPartAskedWhichWholeOfAKindItBelongsToIsThatWholesList() throws {
        let named = try engine.answer("從化綠色發展示范區屬於哪個城市結構?")
        #expect(named.status == .answered, "\(named.answer)")
        #expect(named.answer.contains("五極") && named.answer.contains("城市結構"), "\(named.answer)")
        #expect(named.explanation.rule == "member.whole")
        let pointed = try thread("大會有沒有提到從化?", "那它是放在哪個城市結構裡講的?")
        #expect(pointed[1].status == .answered, "\(pointed[1].answer)")
        #expect(pointed[1].answer.contains("五極"), "\(pointed[1].answer)")
        // (What the whole's parts do not hold is no part of it.)
        #expect(try engine.answer("新能源屬於哪個城市結構").status == .noAnswer)
        // (A place asked what it belongs to, with no district asked: the lists that hold it.)
        let belongs = try engine.answer("從化綠色發展示范區屬於什麼?")
        #expect(belongs.status == .answered && belongs.answer.contains("五極"), "\(belongs.answer)")
        #expect(try engine.answer("北部增長極屬於哪個區").status == .noAnswer)
    }

    @Test func aPostsOneHolderAskedOfATopicIsAskedByName() throws {
        let asked = try engine.answer("市長對政商關係有什麼要求?")
        #expect(asked.status == .answered, "\(asked.answer)")
        #expect(asked.answer.contains("親清"), "\(asked.answer)")
        #expect(!asked.citations.isEmpty)
        // (Who holds it, asked: the name.)
        let who = try engine.answer("市長是誰")
        #expect(who.answer.contains("郭永航") && !who.answer.contains("親清"), "\(who.answer)")
    }

    @Test func wordsPutBrieflyAfterWhoSaidThemAreGivenWholeWhenDetailIsAsked() throws {
        let replies = try thread("當企業娘家人是誰講的", "具體點")
        #expect(replies[0].answer.contains("洪謙"), "\(replies[0].answer)")
        #expect(replies[1].status == .answered, "\(replies[1].answer)")
        #expect(replies[1].answer.contains("用心用情"), "\(replies[1].answer)")
    }

    @Test func theAskersBusinessInAPlaceIsTheirStoryBeforeAQuestionOfASolePost() throws {
        let hotel = try engine.answer("我們是從化一間溫泉酒店,準備擴建新樓,最怕審批拖很久。市長在會上有沒有講審批方面會怎樣支持企業?")
        #expect(hotel.status == .answered, "\(hotel.answer)")
        #expect(hotel.answer.contains("環評"), "\(hotel.answer)")
        // (A post many hold needs the place the asker gave.)
        let owner = try engine.answer("我是南沙的企業主,區委書記是誰?")
        #expect(owner.answer.contains("盧一先"), "\(owner.answer)")
        let learn = try engine.answer("我在從化開溫泉酒店的,想了解下這次高質量發展大會有沒有提到從化?")
        #expect(learn.status == .answered, "\(learn.answer)")
        #expect(learn.answer.contains("從化"), "\(learn.answer)")
    }

    @Test func eachVersionAskedAfterTheirCountIsTheirList() throws {
        let replies = try thread("广州营商环境改革搞到第几版了?", "每一版的重点呢")
        #expect(replies[1].status == .answered, "\(replies[1].answer)")
        #expect(replies[1].answer.contains("简政放权") && replies[1].answer.contains("激发活力"), "\(replies[1].answer)")
    }

    @Test func aBodysSurveyAskedOfIsTheRankingItGave() throws {
        let survey = try engine.answer("在全國工商聯那個評價裡表現如何?")
        #expect(survey.status == .answered, "\(survey.answer)")
        #expect(survey.answer.contains("最佳口碑城市"), "\(survey.answer)")
    }

    @Test func aWhyOfAListsItemIsNoQuestionOfWhichWhole() throws {
        let why = try engine.answer("為什麼五極包括東部樞紐")
        #expect(why.explanation.rule != "member.whole", "\(why.answer)")
        #expect(try engine.answer("東部樞紐屬於哪裡").status == .noAnswer)
    }

    @Test func aHolderIsAskedByNameOnlyForTheirOwnWordsOnTheTopic() throws {
        // (The mayor never spoke of the 四化 platforms, nor of 城中村改造: not theirs.)
        for question in ["市長對四化平臺有什麼要求", "市長對城中村改造有什麼計劃", "市長對萬千百產業鏈群梯隊有什麼目標", "南沙區委書記對營商環境有什麼要求", "海珠區委書記對城中村改造有什麼計劃?"] {
            let reply = try engine.answer(question)
            #expect(!reply.explanation.contextUsed.contains("asked of"), "\(question): \(reply.answer)")
        }
        #expect(try engine.answer("市長對政商關係有什麼要求?").explanation.contextUsed.contains("asked of 郭永航"))
    }

    @Test func aPlaceToldBeforeAPostManyHoldStaysTheQuestions() throws {
        let both = try engine.answer("我是南沙的居民,市長和區委書記分別是誰?")
        #expect(both.answer.contains("盧一先"), "\(both.answer)")
    }

    @Test func aBodysSurveyIsNotAnsweredOfAnotherPlace() throws {
        let other = try engine.answer("全國工商聯評價越秀表現如何")
        #expect(!other.answer.contains("最佳口碑"), "\(other.answer)")
    }

    @Test func aFigureAskedOfAPostsWordsIsOneItsHoldersGave() throws {
        let director = try engine.answer("那個局長說今年要推進多少個項目?")
        #expect(director.answer.contains("127") && director.answer.contains("王宏偉"), "\(director.answer)")
        // (Holders counted, not as who said it: the count of them.)
        let count = try engine.answer("大會上是10個區的區委書記發言,對嗎?")
        #expect(count.answer.contains("11"), "\(count.answer)")
    }

    @Test func detailsOfTheirDoingsAskedOfAPostManyHoldIsWhichOne() throws {
        let measures = try engine.answer("局長在會上提了哪些具體措施?")
        #expect(measures.status == .clarify, "\(measures.answer)")
    }

    @Test func theEventAsWhereItWasSaidNamesNothingAskedOf() throws {
        let replies = try thread("中大紡織商圈以後要往哪裡轉移?", "這是誰在大會上講的?")
        #expect(replies[1].status == .answered, "\(replies[1].answer)")
        #expect(replies[1].answer.contains("蔡澍"), "\(replies[1].answer)")
    }

    @Test func aStriveToAfterWordsAskedWhyIsTheirPurpose() throws {
        let why = try engine.answer("為什麼郭市長說要打通「科技—產業—金融」的良性循環?")
        #expect(why.status == .answered, "\(why.answer)")
        #expect(why.answer.contains("創新發展勝勢"), "\(why.answer)")
    }

    @Test func cantoneseThereAndOftenAreNoWordsOfTheirOwn() throws {
        let station = try engine.answer("我喺天河送外賣,成日經過廣州火車站,聽講嗰頭要改造,係咪真㗎?")
        #expect(station.status == .answered, "\(station.answer)")
        #expect(station.answer.contains("連片改造"), "\(station.answer)")
    }

    @Test func theOthersOfAListNamedAfterOneOfItsItemsAreTheRest() throws {
        let replies = try thread("東部樞紐 屬於哪個城市結構", "五極其他幾個是?")
        #expect(replies[1].status == .answered, "\(replies[1].answer)")
        #expect(replies[1].answer.contains("北部增長極") && replies[1].answer.contains("從化綠色發展示范區"), "\(replies[1].answer)")
        #expect(!replies[1].answer.contains("南沙新區"), "\(replies[1].answer)")
        // (Something else asked of them: not the list.)
        let industries = try thread("增城是國家級開發區嗎?", "三大國家級開發區其他幾個有什麼重點產業?")
        #expect(industries[1].explanation.rule != "list.others", "\(industries[1].answer)")
    }

    @Test func aListAskedBesideTheOneHolderWhoSpokeOfItIsTheList() throws {
        let clusters = try engine.answer("市长讲的8个万亿级产业链群都有哪些?")
        #expect(clusters.answer.contains("时尚产业") && clusters.answer.contains("郭永航"), "\(clusters.answer)")
        // (Several holders, their words asked: which of them.)
        #expect(try engine.answer("局長講了哪些內容").status == .clarify)
    }

    @Test func aStanceAskedOfAPostIsTheirWords() throws {
        let stance = try engine.answer("我们做配件的最怕项目审比慢,厂房建好了迟迟投不了产。市长对项目审批有什么表态?")
        #expect(stance.answer.contains("环评") || stance.answer.contains("環評"), "\(stance.answer)")
    }

    @Test func aWhyOfAPostHoldersWordsFindsThePurposeInTheirSentence() throws {
        let why = try engine.answer("为什么市长说要缩短项目建设、投产、达产的周期?")
        #expect(why.status == .answered, "\(why.answer)")
        #expect(why.answer.contains("抢抓机遇"), "\(why.answer)")
    }

    @Test func oftenIsDroppedButNotInsideADate() throws {
        let reply = try engine.answer("2000億元投資的完成日期是什麼時候?")
        #expect(reply.explanation.normalizedQuestion.contains("完成日"), "\(reply.explanation.normalizedQuestion)")
    }
}
