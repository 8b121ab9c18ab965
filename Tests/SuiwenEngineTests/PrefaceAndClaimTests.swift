import Testing
@testable import SuiwenEngine

/// A message that tells something before it asks, a claim that one name stands for another,
/// the figures of something asked for, and a place asked of a district.
@Suite struct PrefaceAndClaimTests {
    @Test func aSentenceThatAsksNothingBeforeTheQuestionIsSetAside() throws {
        let reply = try engine.answer("真是煩死了。政府說審批這塊到底會怎麼支持企業?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("環評"))
        #expect(reply.explanation.contextUsed.contains("真是煩死了"))
        // (Without the sentence before it, the same answer.)
        #expect(try engine.answer("政府說審批這塊到底會怎麼支持企業?").answer == reply.answer)
    }

    @Test func aShortReplyOrATopicOutsideTheArticleIsNoStory() throws {
        // 第二個 answers the turn before; 房價 is what is asked about: neither set aside.
        #expect(engine.withoutAskersStory("第二個。他說了什麼?") == nil)
        #expect(engine.withoutAskersStory("最近房價跌得很厲害。政府會怎麼支持企業?") == nil)
        // A word or two before the question is a reply to the last turn, not a story.
        #expect(engine.withoutAskersStory("好的。南沙的區委書記是誰?") == nil)
        // The last sentence is the question, whatever it holds.
        #expect(engine.withoutAskersStory("說了很多話。還有很多話要說。")?.question.contains("還有很多話要說") == true)
    }

    @Test func frankWordsAreNoSpeechAskedAbout() throws {
        let reply = try engine.answer("說實話有些部門三天兩頭來檢查,搞得企業不敢吭聲。大會上市長對政商關系是怎麼講的?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("親清"))
    }

    @Test func thisMeetingIsTheArticlesOwnMeetingAndNoContent() throws {
        let reply = try engine.answer("這次高質量發展大會上,政府說審批這塊到底會怎麼支持企業?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("環評"))
    }

    @Test func aNameClaimedToStandForAnotherIsConfirmedOrDenied() throws {
        let yes = try engine.answer("南沙被稱為“廣州新核”,對嗎?")
        #expect(yes.answer.hasPrefix("是的"))
        #expect(yes.answer.contains("南沙"))
        let no = try engine.answer("海珠被稱為廣州新核嗎?")
        #expect(no.answer.hasPrefix("不是"))
        #expect(no.answer.contains("南沙"))
        // Asked what the names are, no verdict.
        #expect(!(try engine.answer("南沙被稱為什麼?").answer.hasPrefix("是的")))
    }

    @Test func aMultipleChoiceWithAnOptionOfANameIsJudgedWhole() throws {
        let reply = try engine.answer("下列說法正確的是:A.這次大會由廣東省委、省政府召開 B.廣州統籌31條重點產業鏈發展 C.王宏偉是廣州市工業和信息化局局長 D.南沙被稱為“廣州新核”")
        #expect(reply.intent == "choice")
        #expect(reply.answer.hasPrefix("答案是D"))
    }

    @Test func theFiguresOfSomethingAskedForAreEveryOneItsWordsName() throws {
        let reply = try engine.answer("越秀區在招商、項目上提了什麼目標?")
        #expect(reply.answer.contains("200"))
        #expect(reply.answer.contains("10家"))
    }

    @Test func targetsAskedOfWhatHasNoTargetFigureAreNoFigures() throws {
        let reply = try engine.answer("南沙在項目上提了什麼目標?")
        #expect(reply.status == .answered)
        #expect(!reply.answer.contains("汽車產業集群的規模"))
        #expect(reply.answer.contains("百億級"))
    }

    @Test func aPlaceAskedOfADistrictIsAnsweredByTheDistrictsClauseNamingIt() throws {
        let named = try engine.answer("南沙在科技創新走廊裡算什麼?")
        #expect(named.answer.contains("南部極點"))
        let called = try thread("南沙區委書記是誰?", "那這個區在科技創新走廊裡算什麼?")
        #expect(called[1].answer.contains("南部極點"))
        // A program of the district called 那裡 stays the rule's to answer.
        let program = try thread("蔡澍是誰?", "那裡的城中村改造呢?")
        #expect(program[1].answer.contains("瀝滘村") || program[1].answer.contains("康鷺"))
    }
}

/// What a second reader found of the first version: sentences told that are the question's
/// topic, claims of titles rather than names, a district's relation the place does not change.
@Suite struct PrefaceAndClaimReviewTests {
    @Test func aSentenceToldOfTheArticlesTopicIsKeptWhenTheQuestionNamesNothingOfItsOwn() throws {
        // (審批 and 娘家 are words only a few of the document's clauses hold.)
        #expect(engine.withoutAskersStory("審批實在太慢了。政府會怎麼做?") == nil)
        #expect(engine.withoutAskersStory("要當好企業娘家人。這是誰說的?") == nil)
        #expect(engine.withoutAskersStory("招工難、貸款難、找廠房難,小老闆天天頭大。政府在這些方面出什麼招?") == nil)
        // Set aside when the question names its own subject.
        #expect(engine.withoutAskersStory("今天天氣很好。廣州市長是誰?") != nil)
        let quoted = try engine.answer("要當好企業娘家人。這是誰說的?")
        #expect(quoted.answer.contains("洪謙"))
    }

    @Test func aTitleClaimedOfAPlaceIsNoOtherNameOfIt() throws {
        let reply = try engine.answer("廣州被稱為制造強國試點示范城市嗎?")
        #expect(!reply.answer.hasPrefix("不是"))
    }

    @Test func aDistrictsRelationThatAnswersStaysWhenThePlaceIsNamedToo() throws {
        let reply = try engine.answer("海珠的中大紡織商圈要轉移去哪個產業園?")
        #expect(reply.answer.contains("廣清"))
    }
}
