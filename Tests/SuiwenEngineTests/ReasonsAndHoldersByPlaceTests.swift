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
}
