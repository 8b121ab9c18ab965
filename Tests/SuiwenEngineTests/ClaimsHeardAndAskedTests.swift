import Testing
@testable import SuiwenEngine

/// Claims heard and checked, the asker's rough years, a relation asked right after 什麼, a kind a
/// name already says, a thing not in the last list, 那 typed for 哪, a goal asked how.
@Suite struct ClaimsHeardAndAskedTests {
    @Test func theAskersRoughYearsAreTheirStoryNotAFigure() throws {
        #expect(!QAEngine.holdsExactNumber(Array("我在東莞設廠10幾年了".unicodeScalars), guesses: engine.numberGuessWords))
        #expect(!QAEngine.holdsExactNumber(Array("做了20多年".unicodeScalars), guesses: engine.numberGuessWords))
        #expect(QAEngine.holdsExactNumber(Array("127個項目".unicodeScalars), guesses: engine.numberGuessWords))
        let story = try engine.answer("我在東莞設廠十幾年了,想問廣州對製造業有什麼支持?")
        #expect(!story.answer.contains("東莞"), "\(story.answer)")
    }

    @Test func aRelationRightAfterAWordThatAsksIsTheOneAsked() throws {
        let post = try engine.answer("郭永航在大會上是以什麼身份發言的?")
        #expect(post.answer.contains("市長"), "\(post.answer)")
        #expect(!post.answer.contains("區委書記"), "\(post.answer)")
    }

    @Test func aKindItsOwnNameSaysIsTheNamesWhole() throws {
        let first = try engine.answer("南沙以后主要搞什么产业?")
        let cluster = try engine.answer("佢嗰个汽车产业集群系咪千亿级嘅?", context: first.context)
        #expect(cluster.status == .answered && cluster.answer.contains("两千亿级"), "\(cluster.answer)")
    }

    @Test func aClaimCheckedThenAnotherQuestionAreTwoQuestions() throws {
        let both = try engine.answer("聽朋友說廣州的市場主體去年增長超過5%,是真的嗎?總共有多少戶?")
        #expect(both.answer.contains("3.88%") && both.answer.contains("315.55萬"), "\(both.answer)")
    }

    @Test func whatNeighboursSayBeforeIsItTrueIsTheClaimChecked() throws {
        let heard = try engine.answer("我屋企喺沥滘村,街坊话复建房要加快建,系咪真嘅?")
        #expect(heard.status == .answered && heard.answer.contains("复建房"), "\(heard.answer)")
        // (A word the phrases make the document's, typed with a homophone: meant.)
        let typed = try engine.answer("我屋企喺沥滘村,街坊话复见房要加快建,系咪真嘅?")
        #expect(typed.status == .answered && typed.answer.contains("复建房"), "\(typed.answer)")
    }

    @Test func newsHeardBeforeAQuestionOfItsOwnIsSetAside() throws {
        let attitude = try engine.answer("我在白雲開廠做外貿的,今年單子少,心裡很慌。聽說年初七市裡開了個高質量發展大會,市長對企業到底是什麼態度?")
        #expect(attitude.answer.contains("郭永航") && !attitude.answer.contains("大年初七"), "\(attitude.answer)")
    }

    @Test func aThingOfTheListsKindNotInItIsSaidNotToBe() throws {
        let zones = try engine.answer("广州三大国家级开发区是哪三个")
        let panyu = try engine.answer("番禺算不算", context: zones.context)
        #expect(panyu.answer.hasPrefix("不是") && panyu.answer.contains("增城"), "\(panyu.answer)")
        let nansha = try engine.answer("南沙算不算", context: zones.context)
        #expect(!nansha.answer.hasPrefix("不是") && nansha.answer.contains("南沙"), "\(nansha.answer)")
    }

    @Test func thatTypedForWhichInAFirstQuestionIsRead() throws {
        #expect(engine.whichTypedAsThat("王宏伟说要重点推进那些片区连片改造") == "王宏伟说要重点推进哪些片区连片改造")
        let areas = try engine.answer("王宏伟说要重点推进那些片区连片改造")
        #expect(areas.answer.contains("罗冲围"), "\(areas.answer)")
    }

    @Test func aPostTypedRightAfterAPointerIsMeant() throws {
        #expect(try engine.answer("那个局张说了啥").status == .clarify)
    }

    @Test func howAGoalTheQuestionWritesOutIsReachedIsTheClausesBeforeIt() throws {
        let how = try engine.answer("市长说广州要怎样把科教人才资源优势转化为创新发展胜势?")
        #expect(how.answer.contains("良性循环"), "\(how.answer)")
    }

    @Test func whichOfTwoDistrictsAskedAfterThem() throws {
        let secretaries = try engine.answer("海珠和越秀的区委书记分别是谁?")
        let which = try engine.answer("两个区里哪个提到了城中村改造?", context: secretaries.context)
        #expect(which.answer.contains("海珠"), "\(which.answer)")
    }
}
