import Testing
@testable import SuiwenEngine

/// A teacher's multiple choice with options the article says nothing of, a claim of first place
/// where the article says among the first, versions that are no numbers, a meaning asked by 怎麼理解, a body's contact details,
/// and 這個區 that points back rather than asks for districts.
@Suite struct QuizzesAndPointersTests {
    @Test func aChoiceWithAnOptionOutsideTheArticleIsAnsweredByTheOthers() throws {
        let reply = try engine.answer("下列關於2023廣州高質量發展大會的說法,正確的是( ) A.大會於正月初八召開 B.廣州統籌21條重點產業鏈發展 C.廣州加快建設兩大國家級開發區 D.大會由廣東省委、省政府召開")
        #expect(reply.answer.hasPrefix("答案是B"))
        // 正月初八 is a day off 大年初七: denied.
        #expect(reply.answer.contains("A. 不是這樣"))
    }

    @Test func everyOptionButOneDeniedChoosesThatOne() throws {
        let reply = try engine.answer("下列關於廣州營商環境改革的表述,正確的一項是 A.廣州統籌31條重點產業鏈發展 B.5.0改革以“激發活力”為重點 C.截至2022年底市場主體超過400萬戶")
        #expect(reply.answer.hasPrefix("答案是B"))
        // Not an option the article says nothing of: no choice by elimination.
        let outside = try engine.answer("下列說法正確的是:A.郭永航畢業於中山大學 B.洪謙是發改委主任 C.王宏偉是商務局局長")
        #expect(!outside.answer.hasPrefix("答案是A"))
        // Asked which is wrong, an option without a verdict is not chosen by elimination.
        let wrong = try engine.answer("下列說法錯誤的是 A.廣州統籌21條重點產業鏈 B.大會由廣東省委召開")
        #expect(!wrong.answer.hasPrefix("答案是A"))
    }

    @Test func firstPlaceClaimedWhereTheArticleSaysAmongTheFirstIsNotConfirmed() throws {
        // The article says 前列, which neither bears out nor denies first place.
        let reply = try engine.answer("廣州在萬家民營企業評營商環境中位列第一名,對嗎?")
        #expect(!reply.answer.hasPrefix("是的"))
        #expect(reply.answer.contains("前列"))
    }

    @Test func aVersionIsNoNumberAClaimGives() throws {
        #expect(QAEngine.numbers(in: Array("營商環境5.0改革")) == [])
        #expect(QAEngine.numbers(in: Array("數字政府2.0信用走廊")) == [])
        #expect(QAEngine.numbers(in: Array("增長3.0%")) == ["3.0"])
        #expect(QAEngine.numbers(in: Array("增長3.88%")) == ["3.88"])
        // Reached, it counts the versions.
        #expect(QAEngine.numbers(in: Array("從1.0搞到4.0")) == ["4"])
        #expect(QAEngine.numbers(in: Array("迭代到6.0版")) == ["6"])
        #expect(QAEngine.numbers(in: Array("已經迭代到了6.0版本")) == ["6"])
        // Nor is a version checked against a count of rounds: 5.0 is not 5輪.
        let reply = try engine.answer("5.0改革以簡政放權為重點嗎?")
        #expect(!reply.answer.hasPrefix("是的"))
    }

    @Test func aFigureClaimNamedByANumberAloneIsNotCorrectedToAnotherPlaces() throws {
        let reply = try engine.answer("南沙的盧一先說要新建成一批10億級大項目嗎?")
        #expect(reply.answer.hasPrefix("是的"))
        #expect(!reply.answer.contains("郭昊羽"))
    }

    @Test func howToUnderstandANameAsksWhatItIs() throws {
        let reply = try engine.answer("“萬千百”規模化產業鏈群梯隊,這個萬千百怎麼理解?有學生以為是企業數量")
        #expect(reply.answer.contains("萬億級"))
        #expect(!reply.answer.contains("汽車"))
    }

    @Test func aBodysContactDetailsAreNotInTheArticle() throws {
        let reply = try engine.answer("煩請提供廣州市商務局的聯繫電話及郵箱,謝謝。")
        #expect(reply.status == .noAnswer)
        #expect(reply.answer.contains("聯繫方式"))
        // Beside a place, a telephone the asker gives asks nothing of it.
        let place = try engine.answer("我的電話是123,南沙的產業重點?")
        #expect(place.status == .answered)
    }

    @Test func thisDistrictPointsBackAndAsksForNoDistricts() throws {
        let first = try engine.answer("越秀區委書記說要高標準建設哪個示範區?")
        let reply = try engine.answer("這個區還打算配合辦哪些活動", context: first.context)
        #expect(reply.answer.contains("超高清"))
        #expect(!reply.answer.contains("文章提到的區有"))
    }
}

/// Who of two said a passage, approval services, the rest of a list after an item by its place,
/// the other of two with a surname, and a formal closing that asks nothing.
@Suite struct AlternativesAndListsTests {
    @Test func whichOfTwoSaidAPassageIsWhoSaidIt() throws {
        let reply = try engine.answer("“打造大灣區創新型產業新高地”這句,是盧一先說的還是高裕躍說的?")
        #expect(reply.answer.contains("盧一先"))
        #expect(!reply.answer.contains("高裕躍"))
    }

    @Test func approvalServicesAreTheMayorsListOfThem() throws {
        let reply = try engine.answer("我們小廠最頭疼審批慢,市長有沒有說審批這塊怎麼幫企業?")
        #expect(reply.answer.contains("環評"))
        #expect(!reply.answer.contains("發言要點"))
    }

    @Test func theRestAfterAnItemByItsPlaceIsTheWholeList() throws {
        let first = try engine.answer("王宏偉說的重點片區有哪些?")
        let second = try engine.answer("第二個呢", context: first.context)
        #expect(second.answer.contains("廣州火車站"))
        let rest = try engine.answer("還有呢", context: second.context)
        #expect(rest.answer.contains("羅沖圍"))
    }

    @Test func theOtherWithASurnameIsTheOneNotTalkedAbout() throws {
        let first = try engine.answer("市長叫什麼來著")
        let reply = try engine.answer("另一個姓郭的是幹嘛的", context: first.context)
        #expect(reply.answer.contains("郭昊羽"))
        // Without a turn before, both are candidates.
        let alone = try engine.answer("另一個姓郭的是幹嘛的")
        #expect(alone.status == .clarify)
    }

    @Test func aFormalClosingAsksNothing() throws {
        let reply = try engine.answer("請問貴市營商環境改革目前已迭代至第幾版?各版本側重點分別為何?敬請告知。")
        #expect(reply.answer.contains("激發活力"))
        #expect(!reply.answer.contains("沒有說為什麼"))
    }

    @Test func theseFewWordsPointAtThemAndAskNoCount() throws {
        let reply = try engine.answer("上課要講“一廊一帶、雙核五極”,這幾個詞分別指什麼?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("科技創新走廊"))
    }

    @Test func oneOfThoseAskedBackIsPickedByWhatTheySpokeOf() throws {
        let first = try engine.answer("會上那位姓郭的領導,職務寫什麼?")
        #expect(first.status == .clarify)
        let reply = try engine.answer("我指的是提數字政府2.0信用走廊的那位", context: first.context)
        #expect(reply.answer.contains("郭昊羽"))
        #expect(reply.answer.contains("越秀"))
    }
}
