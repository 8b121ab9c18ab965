import Testing
@testable import SuiwenEngine

/// Where a part stands in a whole of parts, the others of a list, a district's focus, a place of
/// the asker's story, a district the article never names put against the last answer, and a list
/// asked for with 點名 beside a count.
@Suite struct PartListsAndStoryPlacesTests {
    @Test func aPartInAWholeIsAnsweredWithTheSmallestListThatHoldsIt() throws {
        let named = try engine.answer("南沙在城市結構裡算什麼?")
        #expect(named.status == .answered)
        #expect(named.answer.hasPrefix("南沙屬於雙核"))
        // The whole left out: the last answer's, or the whole that one is part of.
        let poles = try engine.answer("五極包括哪幾個?")
        let inside = try engine.answer("咁南沙喺入面算乜?", context: poles.context)
        #expect(inside.answer.contains("雙核"))
        #expect(!inside.answer.contains("區委書記"))
        // Not a place as the whole: 番禺 in the city's plans is not a list of parts.
        let plans = try engine.answer("番禺在廣州規劃裡算啥?")
        #expect(!plans.answer.hasPrefix("番禺屬於"))
        // Only what the part counts as: its industries or its 定位 asked within the whole are those.
        let industries = try engine.answer("南沙在三大國家級開發區裡有什麼產業?")
        #expect(industries.answer.contains("集成電路"))
        let position = try engine.answer("南沙在城市結構裡的定位是什麼?")
        #expect(position.answer.contains("廣州新核"))
        #expect(!position.answer.hasPrefix("南沙屬於"))
        // An item of a whole (一廊一帶 of the city's structure) is not the whole the part may be in.
        let corridor = try engine.answer("一廊一帶是什麼?")
        let within = try engine.answer("南沙在裡面算什麼?", context: corridor.context)
        #expect(!within.answer.contains("南沙屬於雙核"))
    }

    @Test func theOthersOfTheLastAnswersListAreItsOtherItems() throws {
        let first = try engine.answer("增城在這次大會上有被提到嗎?")
        let others = try engine.answer("另外兩個是哪兩個?", context: first.context)
        #expect(others.status == .answered)
        #expect(others.answer.contains("廣州開發區"))
        #expect(others.answer.contains("南沙"))
        // Asked of nothing before, nothing to set aside.
        let alone = try engine.answer("另外兩個是哪兩個?")
        #expect(!alone.answer.contains("廣州開發區"))
        // Only the list the last answer quoted: 南沙's industries are no list of zones or cores.
        let industries = try engine.answer("南沙的產業重點?")
        let notAList = try engine.answer("另外兩個呢?", context: industries.context)
        #expect(!notAList.answer.contains("中心城區"))
        // Nor a list itself in focus: after 第一個呢?, no 除了萬億級產業鏈群.
        let clusters = try engine.answer("萬億級產業鏈群有哪些?")
        let firstOne = try engine.answer("第一個呢?", context: clusters.context)
        let rest = try engine.answer("另外幾個呢?", context: firstOne.context)
        #expect(!rest.answer.contains("除了萬億級產業鏈群"))
    }

    @Test func whatADistrictPutsFirstOrHowTwoDifferIsWhatEachWillDo() throws {
        let both = try engine.answer("越秀区和海珠区在这次大会上提出的发展重点有什么不同?")
        #expect(both.answer.contains("营商环境"))
        #expect(both.answer.contains("城中村"))
        let one = try engine.answer("海珠有什么不同?")
        #expect(one.answer.contains("城中村"))
        #expect(!one.answer.contains("王宏伟"))
        // Of their secretaries, not the districts' descriptions.
        let secretaries = try engine.answer("越秀和海珠的區委書記有什麼不同?")
        #expect(secretaries.answer.contains("郭昊羽"))
        #expect(!secretaries.intent.hasPrefix("district.focus"))
        // An industry's focus is still the industries.
        let industries = try engine.answer("南沙的產業重點?")
        #expect(industries.answer.contains("集成電路"))
    }

    @Test func aPlaceOfTheAskersStoryIsNotWhatIsAsked() throws {
        let reply = try engine.answer("客戶老闆後來搬去了清遠。我想先確認一下文章裡的數字:海珠摸排到有轉移意向的企業有多少家?")
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("821"))
        // The place asked of in the last sentence is still outside; so is one asked of in a
        // sentence typed with a full stop.
        let asked = try engine.answer("我在上海。上海市長是誰?")
        #expect(asked.status == .noAnswer)
        let typed = try engine.answer("深圳的區委書記是誰。南沙的區委書記是誰?")
        #expect(typed.answer.contains("深圳"))
    }

    @Test func aDistrictTheArticleNeverNamesPutAgainstTheLastListIsAnsweredWithTheList() throws {
        let first = try engine.answer("三大國家級開發區是哪些?")
        let pushed = try engine.answer("不是黃埔嗎?", context: first.context)
        #expect(pushed.status == .answered)
        #expect(pushed.answer.contains("黃埔"))
        #expect(pushed.answer.contains("增城"))
        // Not pushed back: outside the article, as before; nor 不是 that opens something else.
        for question in ["黃埔的產業重點?", "不是很明白,花都有什麼產業?", "唔係好明,黃埔有咩產業?", "不是黃埔的話,增城有什麼產業?"] {
            let plain = try engine.answer(question, context: first.context)
            #expect(!plain.answer.contains("它說的是"), "\(question)")
        }
    }

    @Test func aCountWithTheNamedListedIsTheFigureAndTheList() throws {
        let reply = try engine.answer("万亿级产业链群 几个?文中点名的列一下")
        #expect(reply.answer.contains("8个"))
        #expect(reply.answer.contains("软件和信创"))
        // 點名 as criticised by name, with no list asked: no figure of the article's.
        let criticised = try engine.answer("市委书记在会上说了什么?我听说他点名批评了几个区")
        #expect(criticised.status == .noAnswer)
        let listed = try engine.answer("列出来", context: try engine.answer("千亿级产业链群多少个").context)
        #expect(listed.answer.contains("半导体和集成电路"))
    }
}
