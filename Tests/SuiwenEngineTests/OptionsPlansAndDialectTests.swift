import Testing
@testable import SuiwenEngine

/// A piece of options only after a question (…是什麼level?萬億級還是千億級?), 為什麼 after 定為,
/// a word one speaker says once among others' (郭永航有提到資金嗎?), a plan asked of a place the
/// article only lists, an item after 、 that asks nothing, words of Southwestern Mandarin and
/// Cantonese, and one note for a name typed wrong twice over.
@Suite struct OptionsPlansAndDialectTests {
    @Test func optionsAfterAQuestionAreItsOwnAndTheNextTurnRepeatsIt() throws {
        let tier = try engine.answer("信創這塊屬於什麼級別?萬億級還是千億級?")
        #expect(tier.status == .answered && tier.answer.contains("萬億級"), "\(tier.answer)")
        let next = try engine.answer("那新能源呢", context: tier.context)
        #expect(next.status == .answered && next.answer.contains("千億級"), "\(next.answer)")
        // (Options of different kinds are a question of their own: not joined.)
        #expect(!engine.optionsOnly("南沙還是郭永航", Array("南沙还是郭永航".unicodeScalars.map(\.value))))
    }

    @Test func whyWrittenAfterDingWeiIsWhatItIsSetAs() throws {
        let reply = try engine.answer("會上,生物醫藥在廣州被定為什麼級別的產業鏈群?")
        #expect(reply.answer.contains("千億級") && !reply.answer.contains("大年初七"), "\(reply.answer)")
    }

    @Test func aWordOneSpeakerSaysOnceIsFoundInTheirWords() throws {
        for question in ["郭永航有沒有提到資金?", "郭永航在资金方面讲了什么"] {
            let reply = try engine.answer(question)
            #expect(reply.answer.contains("資金供給") || reply.answer.contains("资金供给"), "\(question): \(reply.answer)")
        }
        // (Pointed back at him too.)
        let mayor = try engine.answer("市長講了什麼?")
        let money = try engine.answer("資金方面有講嗎", context: mayor.context)
        #expect(money.answer.contains("資金供給"), "\(money.answer)")
    }

    @Test func aPlanAskedOfAPlaceTheArticleListsIsWhatIsDoneThere() throws {
        for question in ["羅沖圍片區是怎麼安排的?", "珠江兩岸要搞什麼?"] {
            let reply = try engine.answer(question)
            #expect(reply.status == .answered && reply.answer.contains("連片改造提升"), "\(question): \(reply.answer)")
        }
        // (A sum of money asked of it is not given: no plan told instead.)
        let money = try engine.answer("從化綠色發展示范區今年安排了多少資金?")
        #expect(money.status == .noAnswer, "\(money.answer)")
    }

    @Test func anItemAfterTheEnumerationCommaStaysWithItsQuestion() throws {
        let reply = try engine.answer("大會是不是在大年初七、兔年第一個工作日開的?是誰召開的?")
        #expect(reply.answer.contains("是的") && reply.answer.contains("市委"), "\(reply.answer)")
    }

    @Test func southwesternAndCantoneseWordsAreRead() throws {
        let told = try engine.answer("俺是增城种菜的,想问下东部枢纽是啥子?")
        #expect(told.status == .answered && told.answer.contains("东部枢纽"), "\(told.answer)")
        let mentioned = try engine.answer("有莫得讲到东部发展轴?")
        #expect(mentioned.status == .answered && !mentioned.answer.contains("莫得"), "\(mentioned.answer)")
        let who = try engine.answer("这话是哪个讲的?", context: mentioned.context)
        #expect(who.answer.contains("郭永航"), "\(who.answer)")
        let found = try engine.answer("海珠搵咗幾多間企業傾過?")
        #expect(found.answer.contains("4500"), "\(found.answer)")
    }

    @Test func schoolPlacesAreOutsideTheArticle() throws {
        let reply = try engine.answer("番禺會唔會多啲公立學位?")
        #expect(reply.status == .noAnswer, "\(reply.answer)")
    }

    @Test func aNameTypedWrongTwiceOverGetsOneNoteOfWhatWasTyped() throws {
        let reply = try engine.answer("机场高素两边要搞啥")
        #expect(reply.answer.contains("连片改造提升"), "\(reply.answer)")
        #expect(reply.answer.contains("“机场高素两”") && !reply.answer.contains("“机场高素”理解"), "\(reply.answer)")
    }

    @Test func aPostBeforeWhichOfARelationAsksTheRelation() throws {
        for question in ["市長點名了哪些審批事項?", "市長點名哪些審批事項要「全力支持配合」?"] {
            let reply = try engine.answer(question)
            #expect(reply.answer.contains("環評") && !reply.answer.contains("有1位") && !reply.answer.contains("市長是"), "\(question): \(reply.answer)")
        }
        // (Which of the post's holders, asked after it, is still who holds it.)
        let holders = try engine.answer("區委書記有哪幾位?")
        #expect(holders.answer.contains("盧一先") && holders.answer.contains("蔡澍"), "\(holders.answer)")
    }

    @Test func eachRoundOfAVersionedReformAsksItsStages() throws {
        let reply = try engine.answer("營商環境由1.0到5.0,每一輪的重點是什麼?")
        #expect(reply.answer.contains("簡政放權") && reply.answer.contains("激發活力"), "\(reply.answer)")
    }

    @Test func whatWasHeardStaysWhenAQuestionAfterItNamesNothing() throws {
        let reply = try engine.answer("我在增城開廠。聽說大會講到三大國家級開發區,是哪三個?增城算不算在內?")
        #expect(reply.status == .answered && reply.answer.contains("廣州開發區"), "\(reply.answer)")
    }

    @Test func aBossAskingThroughTheAskerIsNoPostAsked() throws {
        let reply = try engine.answer("我老細問,呢個高質量發展大會係邊日開㗎?")
        #expect(reply.answer.contains("1月28日"), "\(reply.answer)")
        // (A post that does the asking in the article's sense is still asked of.)
        #expect(try engine.answer("市長問了什麼?").answer.contains("郭永航"))
    }

    @Test func aDeadlineAskedAfterAFigureIsItsYearAndWhoSaidItFollows() throws {
        let reply = try engine.answer("今年城市更新固定資產投資目標是多少?期限是什麼?")
        #expect(reply.answer.contains("2000億") && !reply.answer.contains("國家營商環境創新試點城市"), "\(reply.answer)")
        let who = try engine.answer("誰說的?", context: reply.context)
        #expect(who.answer.contains("王宏偉"), "\(who.answer)")
    }

    @Test func cantoneseOperaIsOutsideTheArticle() throws {
        #expect(try engine.answer("大會有冇講扶持粵劇?").status == .noAnswer)
    }

    @Test func aQuestionAboutWhatSomeoneSaidIsNoStoryThoughItSpeaksOfTheAsker() throws {
        let reply = try engine.answer("商務局局長是哪位?他說會給我們這些企業提供什麼服務?")
        #expect(reply.answer.contains("洪謙") && reply.answer.contains("保姆式"), "\(reply.answer)")
    }

    @Test func thisTierIsTheGroupOfTheLastTurnsThing() throws {
        let tier = try engine.answer("半導體和集成電路在大會上被定為哪一級?")
        let count = try engine.answer("這個級別的一共幾個?", context: tier.context)
        #expect(count.answer.contains("13"), "\(count.answer)")
    }

    @Test func aPlatformOneDistrictBuildsIsCheckedAgainstThatDistrict() throws {
        let wrong = try engine.answer("文化融合發展示範區是海珠的嗎?")
        #expect(wrong.answer.contains("不是") && wrong.answer.contains("越秀"), "\(wrong.answer)")
        let right = try engine.answer("文化融合發展示範區是越秀的嗎?")
        #expect(right.answer.contains("是的"), "\(right.answer)")
    }

    @Test func whoSaidAPassageCheckedFollowsInTheSameMessage() throws {
        let reply = try engine.answer("有一句「做到有呼必應、無事不擾」,原文是這樣寫的嗎?這句話是誰講的?")
        #expect(reply.answer.contains("是的") && reply.answer.contains("郭永航"), "\(reply.answer)")
    }

    @Test func whereInTheReportAskedOfItsParts() throws {
        let reply = try engine.answer("首席服務官制度出現在報道的哪一部分?")
        #expect(reply.answer.contains("營商環境"), "\(reply.answer)")
    }

    @Test func thePieceIsTheArticleAndAnElectricVehicleIsANewEnergyVehicle() throws {
        let mentioned = try engine.answer("篇嘢有冇提到番禺?")
        #expect(mentioned.status == .answered && mentioned.answer.contains("番禺智造創新城"), "\(mentioned.answer)")
        let tier = try engine.answer("electric vehicles係邊一級?")
        #expect(tier.answer.contains("萬億級"), "\(tier.answer)")
    }

    @Test func whoSaidAPassageWithItsWordsAsWrittenGivesBoth() throws {
        let first = try engine.answer("廣州要打造什麼樣的城市發展標桿?")
        let reply = try engine.answer("這段話是誰說的?把原句給我", context: first.context)
        #expect(reply.answer.contains("郭永航") && reply.answer.contains("嶺南風韻"), "\(reply.answer)")
    }

    @Test func aNameReadLongerThanWrittenDoesNotSplitIntoItself() throws {
        // (NEV(汽車) is read as 新能源汽車(汽車); the parts of two subjects cut from the message as
        // written were once the message again, and asking them never ended.)
        let reply = try engine.answer("南沙的NEV(汽車)industry cluster目前是什麼規模?")
        #expect(reply.answer.contains("兩千億級"), "\(reply.answer)")
    }
}
