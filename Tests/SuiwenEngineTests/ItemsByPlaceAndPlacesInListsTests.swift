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
}
