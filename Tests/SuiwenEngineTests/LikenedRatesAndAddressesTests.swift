import Testing
@testable import SuiwenEngine

/// What a speaker likens something to, a rate named by its value with the count it is of, a
/// difference and a total asked in one breath, the asker's address with what they do there, a
/// fair and a reward the article does not speak of, and words of the station, visits,
/// investment attraction and the four paths.
@Suite struct LikenedRatesAndAddressesTests {
    @Test func whatASpeakerLikensSomethingToIsInTheirWords() throws {
        let hong = try engine.answer("洪謙是誰?")
        let likened = try engine.answer("他把商务系统比作企业的什么人?", context: hong.context)
        #expect(likened.answer.contains("娘家人"), "\(likened.answer)")
    }

    @Test func aRateNamedByItsValueComesWithTheCountItIsOf() throws {
        let reply = try engine.answer("文章里提到的3.88%具体是指什么的增长?")
        #expect(reply.answer.contains("315.55") && reply.answer.contains("3.88%"), "\(reply.answer)")
    }

    @Test func aDifferenceAndATotalAskedTogetherAreBothAnswered() throws {
        let trillion = try engine.answer("广州要打造几个万亿级产业链群?")
        let hundred = try engine.answer("那千亿级的呢?", context: trillion.context)
        let both = try engine.answer("两者相差几个?加起来一共多少个?", context: hundred.context)
        #expect(both.answer.contains("相差5") && both.answer.contains("21"), "\(both.answer)")
    }

    @Test func whatTheAskerDoesAtTheirAddressAsksNothing() throws {
        let reply = try engine.answer("我喺海珠城中村有幾層屋收租㗎,聽講要改造。海珠今年會加快改造邊啲片區?")
        #expect(reply.answer.contains("康鷺片區"), "\(reply.answer)")
    }

    @Test func theCantonFairIsOutsideTheArticle() throws {
        let reply = try engine.answer("廣交會今年幾時舉行?報導有寫嗎?")
        #expect(reply.status == .noAnswer, "\(reply.answer)")
    }

    @Test func thatAreaIsNoBeltAndTheSouthStationIsNamedShort() throws {
        let reply = try engine.answer("我在廣州南站開的士好多年了,每天塞車塞到頭痛。大會上有沒有提到南站那一帶要改造?是誰講的?")
        #expect(reply.answer.contains("廣州南站周邊") && reply.answer.contains("王宏偉"), "\(reply.answer)")
    }

    @Test func enterprisesSoughtOutAreThoseVisited() throws {
        let reply = try engine.answer("海珠區政府話已經搵過幾多間企業?有幾多間有意搬走呀?")
        #expect(reply.answer.contains("4500") && reply.answer.contains("821"), "\(reply.answer)")
    }

    @Test func investmentAttractionOfNanshaIsItsTiersOfProjects() throws {
        let reply = try engine.answer("南沙和越秀各自的招商引資目標有什麼不同？")
        #expect(reply.answer.contains("50億級") && reply.answer.contains("200"), "\(reply.answer)")
    }

    @Test func howTheBureauChiefWouldDriveTheTechnicalTransformationIsItsFourPaths() throws {
        let reply = try engine.answer("高裕躍說要怎麼推動新一輪工業企業技術改造?")
        #expect(reply.answer.contains("數字化轉型") && reply.answer.contains("綠色化提升"), "\(reply.answer)")
    }

    @Test func aRewardTheArticleNeverMentionsIsOutsideIt() throws {
        let reply = try engine.answer("请问广州对新引进的500强企业具体给多少奖励资金?")
        #expect(reply.status == .noAnswer && !reply.answer.contains("10家"), "\(reply.answer)")
    }

    @Test func aNameAskedWithWhatInItsMiddleIsCompleted() throws {
        for question in ["广州是全球什么之都", "广州是全球什么zhi之都"] {
            let reply = try engine.answer(question)
            #expect(reply.answer.contains("全球定制之都"), "\(question): \(reply.answer)")
        }
    }

    @Test func aDistrictHalfTypedBySoundAndEnglishSectorsAndTiers() throws {
        let secretary = try engine.answer("nan沙区委书记是谁")
        #expect(secretary.answer.contains("卢一先"), "\(secretary.answer)")
        let sectors = try engine.answer("南沙的 key sectors 有哪些?")
        #expect(sectors.answer.contains("集成電路"), "\(sectors.answer)")
    }

    @Test func thatBeltAfterTheCorridorIsStillTheBelt() throws {
        let corridor = try engine.answer("一廊是什麼")
        let belt = try engine.answer("那一帶呢", context: corridor.context)
        #expect(belt.answer.contains("珠江高質量發展帶"), "\(belt.answer)")
    }

    @Test func theMayorTypedWithTheWrongChang() throws {
        let reply = try engine.answer("广州市常是谁")
        #expect(reply.answer.contains("郭永航"), "\(reply.answer)")
    }

    /// (A phrase's words are words typed right: 重點產業 as one would leave 重点产业连 uncorrected.)
    @Test func aPhrasesWordsLeaveAChainTypedWrongCorrected() throws {
        let reply = try engine.answer("你好 想问下广州制造业先后出台了哪些政策文件?统筹了几条重点产业连?")
        #expect(reply.answer.contains("三年行动计划") && reply.answer.contains("21"), "\(reply.answer)")
    }
}
