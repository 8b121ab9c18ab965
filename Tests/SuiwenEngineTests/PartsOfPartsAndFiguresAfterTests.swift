import Testing
@testable import SuiwenEngine

/// Parts that are wholes of parts, each called what (分別叫什麼), the figures of a sentence after
/// one of them (還有呢?), which body said it (哪個局講的), why after a place's action, a post
/// after who spoke (區委書記呢?), a heading's words asked for as written, where the asker is
/// (我在…附近收租) and what a chat group says (群裡說).
@Suite struct PartsOfPartsAndFiguresAfterTests {
    @Test func partsThatAreWholesComeWithTheirOwnParts() throws {
        let structure = try engine.answer("“一廊一帶、雙核五極”分別指什麼?請逐項列出")
        for part in ["科技創新走廊", "珠江高質量發展帶", "中心城區", "南沙新區", "北部增長極"] {
            #expect(structure.answer.contains(part), "\(part): \(structure.answer)")
        }
        // (Parts that have none of their own: the list as it is.)
        let cores = try engine.answer("雙核包括什麼?")
        #expect(cores.answer.contains("中心城區") && !cores.answer.contains("中心城區("), "\(cores.answer)")
    }

    @Test func eachCalledWhatAsksTheItemsOrThePeople() throws {
        let stages = try engine.answer("營商環境改革分別叫什麼?")
        #expect(stages.status == .answered && stages.answer.contains("簡政放權") && stages.answer.contains("激發活力"), "\(stages.answer)")
        let cores = try engine.answer("雙核分別叫什麼?")
        #expect(cores.answer.contains("南沙新區"), "\(cores.answer)")
        let directors = try engine.answer("三位局長分別叫什麼名字?")
        #expect(directors.answer.contains("洪謙") && directors.answer.contains("王宏偉"), "\(directors.answer)")
    }

    @Test func moreAfterAFigureIsWhatFollowsItsClause() throws {
        let projects = try engine.answer("越秀區今年招商目標是多少個項目?")
        #expect(projects.answer.contains("200"), "\(projects.answer)")
        let more = try engine.answer("還有呢?", context: projects.context)
        #expect(more.status == .answered && more.answer.contains("500強") && more.answer.contains("10"), "\(more.answer)")
    }

    @Test func whichBodySaidTheLastFigure() throws {
        let count = try engine.answer("今年城中村改造有幾個項目")
        let body = try engine.answer("哪個局講的", context: count.context)
        #expect(body.status == .answered && body.answer.contains("住房城鄉建設局"), "\(body.answer)")
    }

    @Test func whyAfterAPlacesMoveIsTheActionItIsPartOf() throws {
        let who = try engine.answer("蔡澍是誰?")
        let whither = try engine.answer("那他說要把企業轉到哪裡?", context: who.context)
        #expect(whither.answer.contains("廣清紡織服裝產業園"), "\(whither.answer)")
        let why = try engine.answer("為什麼?", context: whither.context)
        #expect(why.answer.contains("轉型升級") && !why.answer.contains("數字創意設計中心"), "\(why.answer)")
    }

    @Test func aPostAfterWhoSpokeAsksWhoOfItSpoke() throws {
        let heads = try engine.answer("會上幾個市有關部門負責人發言?")
        let secretaries = try engine.answer("區委書記呢?", context: heads.context)
        #expect(secretaries.status == .answered && secretaries.answer.contains("11"), "\(secretaries.answer)")
        // (Asked who holds it, 區委書記呢,是誰?: still asked back which one.)
        let who = try engine.answer("區委書記是誰?", context: heads.context)
        #expect(who.status == .clarify, "\(who.answer)")
    }

    @Test func aHeadingsWordsAsWrittenAreTheBodysSentence() throws {
        let words = try engine.answer("麻煩給我洪謙講“娘家人”那句的原文")
        #expect(words.answer.contains("商務系統"), "\(words.answer)")
    }

    @Test func whereTheAskerIsWhateverTheyDoThereIsTheirStory() throws {
        let visited = try engine.answer("我在中大布匹市場附近收租,好多租客都是做布料生意的。海珠已經走訪聯繫了多少家企業?")
        #expect(visited.status == .answered && visited.answer.contains("4500"), "\(visited.answer)")
        // (Asked about the place they are in: still asked.)
        let own = try engine.answer("我在南沙做物流,南沙的產業重點是什麼?")
        #expect(own.status == .answered && own.answer.contains("汽車"), "\(own.answer)")
    }

    @Test func howSomeoneSpokeOfAThingIsTheRestOfTheirSentence() throws {
        let approvals = try engine.answer("市長在大會上對項目審批服務是怎麼說的?")
        #expect(approvals.answer.contains("環評") && approvals.answer.contains("達產"), "\(approvals.answer)")
    }

    @Test func whatAChatGroupSaysIsAClaimChecked() throws {
        let claim = try engine.answer("群裡說南沙區委書記是郭昊羽,對不對?")
        #expect(claim.answer.contains("盧一先") && claim.answer.hasPrefix("不是"), "\(claim.answer)")
    }

    @Test func aFewQuotesToldOfAskNoNumber() throws {
        let quote = try engine.answer("您好,我在做新聞片要上字幕,想逐字核對幾句引語。第一句:「讓招商引資『跑』起來」是誰說的?")
        #expect(quote.answer.contains("洪謙") && !quote.answer.contains("200"), "\(quote.answer)")
    }

    @Test func whoseWordsAndTheSentenceAsWritten() throws {
        let words = try engine.answer("「擦亮『廣州制造』『廣州創造』品牌」這句是誰說的?請給我原文那句話。")
        #expect(words.answer.contains("郭永航") && words.answer.contains("脊梁"), "\(words.answer)")
    }

    @Test func aFiguresSentenceAsWritten() throws {
        let sentence = try engine.answer("請把講廣州市場主體數量的那一句原文給我")
        #expect(sentence.answer.contains("315.55") && sentence.answer.contains("3.88%"), "\(sentence.answer)")
        // (The figure alone, not asked as written: as before.)
        let figure = try engine.answer("廣州有多少市場主體?")
        #expect(figure.answer.contains("315.55") && !figure.answer.contains("原文"), "\(figure.answer)")
    }

    @Test func itsPlaceInAWholeWrittenAfterIt() throws {
        let alias = try engine.answer("文章裡南沙被叫做廣州的什麼“新核”?")
        let place = try engine.answer("它在廣州科技創新走廊裡是什麼位置", context: alias.context)
        #expect(place.status == .answered && place.answer.contains("南部極點"), "\(place.answer)")
    }

    @Test func whatAPlaceWillDoAskedWithSome() throws {
        let plans = try engine.answer("南沙今年要搞些什麼?")
        #expect(plans.answer.contains("南沙科學城"), "\(plans.answer)")
    }

    @Test func whereTheAskerIsDoesNotSetAsideWhatTheyAskOfIt() throws {
        // (A thing asked after where they live, 城中村改造: of their place.)
        let villages = try engine.answer("我屋企喺海珠,啲城中村改造而家搞成點呀?邊幾條村加緊起緊復建房?")
        #expect(villages.answer.contains("瀝滘村"), "\(villages.answer)")
        // (Who they are, 我們是海珠這邊的街道: their district, the post's.)
        let street = try engine.answer("我們是海珠這邊的街道,領導讓我們先了解一下區委書記在大會上講了哪些行動?")
        #expect(street.answer.contains("蔡澍"), "\(street.answer)")
    }

    @Test func theTwoDistrictsOfTwoPeopleAskedAfter() throws {
        let both = try engine.answer("南沙和越秀的區委書記分別是誰?兩個區今年的重點有什麼不同?")
        #expect(both.answer.contains("盧一先") && both.answer.contains("汽車") && both.answer.contains("營商環境"), "\(both.answer)")
    }

    @Test func byOneToFurtherTheOtherIsAReason() throws {
        let why = try engine.answer("為什麼洪謙說要讓招商引資“跑”起來?")
        #expect(why.status == .answered && why.answer.contains("以項目之進促發展"), "\(why.answer)")
    }

    @Test func examplesAskedWithACountAreTheList() throws {
        let examples = try engine.answer("萬億級產業鏈群有幾個?各舉兩個例子。")
        #expect(examples.answer.contains("8") && examples.answer.contains("軟件和信創"), "\(examples.answer)")
    }

    @Test func whatKindOfWholeAPartIsIn() throws {
        let mentioned = try engine.answer("請問這篇文章裡有沒有提到從化?")
        let whole = try engine.answer("這個示范區是放在什麼樣的城市結構裡面提出的?", context: mentioned.context)
        #expect(whole.answer.contains("雙核五極"), "\(whole.answer)")
    }

    @Test func whyOfAPostsWordsIsTheirHoldersReason() throws {
        let why = try engine.answer("為什麼市長要求最大限度縮短項目「建設、投產、達產」周期?")
        #expect(why.status == .answered && why.answer.contains("寶貴時間"), "\(why.answer)")
    }

    @Test func aPassageOfTheirsAskedAsWrittenIsItsSentence() throws {
        let sentence = try engine.answer("郭永航講擦亮「廣州製造」「廣州創造」品牌那段,原句可以給我嗎?")
        #expect(sentence.answer.contains("郭永航") && sentence.answer.contains("脊梁"), "\(sentence.answer)")
        // (Only whether they said it: the clause, as before.)
        let check = try engine.answer("「國企敢干」是郭永航說的嗎?")
        #expect(check.answer.hasPrefix("是的") && !check.answer.contains("親清政商關系"), "\(check.answer)")
    }

    @Test func aCountOfAListedThingComesWithItsItems() throws {
        let count = try engine.answer("廣州要打造幾個萬億級產業鏈群?")
        #expect(count.answer.contains("8個") && count.answer.contains("智能網聯與新能源汽車"), "\(count.answer)")
        // (A count whose items the article does not list with it: the count alone.)
        let chains = try engine.answer("廣州統籌了幾條重點產業鏈?")
        #expect(chains.answer.contains("21") && !chains.answer.contains("包括"), "\(chains.answer)")
    }
}
