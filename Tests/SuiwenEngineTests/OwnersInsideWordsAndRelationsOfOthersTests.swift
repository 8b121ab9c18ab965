import Testing

@testable import SuiwenEngine

/// A post of a thing no post is of, 裡面 for the last answer's list, a relation only another
/// thing of the question's has, the last answer's speaker holding what is asked, and a speaker
/// confirmed with their posts.
@Suite struct OwnersInsideWordsAndRelationsOfOthersTests {
    @Test func whatTheSecretaryOfAPlaceWithNoPostsSaidIsNotInTheArticle() throws {
        let reply = try engine.answer("從化的書記講了什麼")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("從化綠色發展示范區"))
        // (Not another district's secretary, whose words these are not.)
        #expect(!reply.answer.contains("郭昊羽"))
        // A district's own secretary is still theirs.
        #expect(try engine.answer("越秀的書記講了什麼").answer.contains("郭昊羽"))
    }

    @Test func whoRunsWhatAThingComesFromIsAnsweredThroughTheFactThatNamesBoth() throws {
        let reply = try engine.answer("最佳口碑城市是誰評的?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("全國工商聯"))
        // (Not through what someone said: 郭昊羽's district is his post's, not a topic's.)
        #expect(try engine.answer("郭昊羽是哪個區的?").answer.contains("越秀區委書記"))
    }

    @Test func insideWordsStandForTheListTheLastAnswerCounted() throws {
        let replies = try thread("千億級的產業鏈群有幾個", "裡面有生物醫藥嗎")
        #expect(replies[1].status == .answered)
        #expect(replies[1].answer.hasPrefix("是的"))
        #expect(replies[1].answer.contains("生物醫藥及高端醫療器械"))
        // (With nothing before it in the last turns, 裡面 points at nothing.)
        #expect(!(try engine.answer("裡面有生物醫藥嗎").answer.hasPrefix("是的")))
    }

    @Test func somethingNotAmongTheItemsOfAnOpenListIsSaidSoWithoutADenial() throws {
        let reply = try engine.answer("千億級產業鏈群包括新能源汽車嗎")
        #expect(!reply.answer.hasPrefix("不"))
        #expect(reply.answer.contains("文章列出的沒有新能源汽車與新型儲能"))
        #expect(reply.answer.contains("沒有列全"))
    }

    @Test func aRelationTheLastThingLacksIsAskedOfItsSpeaker() throws {
        let replies = try thread("盧一先說要建成廣州科技創新走廊的什麼", "大項目分幾個檔次")
        #expect(replies[1].answer.contains("百億級"))
        #expect(replies[1].answer.contains("10億級"))
        // (Not of a person's own post, by a generic word: 首席啥官 after 越秀's figures.)
        let officer = try thread("越秀今年招商目標 項目幾個 500強央企幾家", "首席啥官來著")
        #expect(officer[1].answer.contains("首席服務官"))
    }

    @Test func aSpeakerConfirmedIsNamedWithTheirPosts() throws {
        let reply = try engine.answer("是不是洪謙說要當好企業「娘家人」?")
        #expect(reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("商務局局長洪謙"))
    }

    @Test func placesAPostHolderSingledOutAreTheirWords() throws {
        let reply = try engine.answer("住建局局長點名要連片改造的片區有哪些?")
        #expect(reply.answer.contains("羅沖圍片區"))
        #expect(reply.answer.contains("王宏偉"))
        // (點名了 with no one named asks what is named: the villages.)
        #expect(try engine.answer("那到底點名了哪些村?").answer.contains("瀝滘村"))
    }
}
