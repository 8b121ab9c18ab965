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
}
