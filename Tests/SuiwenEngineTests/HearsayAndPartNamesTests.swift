import Testing
@testable import SuiwenEngine

/// Where the asker heard a claim (聽說), why a thing bears its name, a place 那裡 stands for asked
/// of a post, a count asked of something other than a post, a question of where asked with 哪
/// alone, a thing's whole name asked by the part written, and a list claimed to be among a whole
/// with 裡有.
@Suite struct HearsayAndPartNamesTests {
    @Test func whereTheAskerHeardAClaimIsNoSpeechAsked() throws {
        let reply = try engine.answer("听说越秀区委书记是蔡澍?")
        #expect(reply.answer.contains("不是越秀区委书记"))
        #expect(reply.answer.contains("郭昊羽"))
        #expect(try engine.answer("我在群里看到有人说洪谦是越秀区委书记,这个是对的吗?").answer.hasPrefix("不是"))
        // (A name of one place claimed of another place's: 番禺 is no 廣州新核, of whatever kind.)
        #expect(try engine.answer("聽說番禺是廣州新核?").answer.hasPrefix("不是"))
        #expect(try engine.answer("番禺是廣州新核嗎?").answer.hasPrefix("不是"))
        // Heard, and nothing asked of it: whether it is so.
        #expect(try engine.answer("据说越秀要引进10家500强央企子公司").answer.hasPrefix("是的"))
        // (A speech asked about is still one: 蔡澍說了什麼?, 有人說過東部發展軸嗎?; nor is 據 of 數據
        // where the asker heard it.)
        #expect(try engine.answer("蔡澍说了什么?").answer.contains("海珠"))
        #expect(try engine.answer("有人说过东部发展轴吗?").answer.hasPrefix("是的"))
        #expect(try engine.answer("数据说明了什么?").status == .answered)
    }

    @Test func whyAThingBearsItsNameAsksWhatItIs() throws {
        let reply = try engine.answer("點解叫「萬千百」產業鏈群梯隊?")
        #expect(reply.status == .answered)
        for part in ["萬億級", "千億級", "百億級"] { #expect(reply.answer.contains(part)) }
        #expect(!reply.answer.contains("目的"))
        // (Not 叫 as making someone do something, nor a name of a thing named before it, which the
        // article does not explain.)
        #expect(try engine.answer("为什么叫海珠的企业搬走?").answer.hasPrefix("文章没有说为什么"))
        #expect(try engine.answer("南沙為什麼被稱為廣州新核?").answer.hasPrefix("文章沒有說為什麼"))
    }

    @Test func aPlaceThatAPronounStandsForIsAskedOfAPost() throws {
        // In no district the article names: the article names no secretary of it.
        let city = try engine.answer("番禺智造创新城 文件有提到没")
        let unknown = try engine.answer("那里的区委书记是谁", context: city.context)
        #expect(unknown.status == .noAnswer)
        #expect(unknown.answer.contains("番禺智造创新城"))
        // (A post of no district, written first, with 那裡 after: no crash, the city's holder.)
        for question in ["市长是那里的谁", "市长在那边吗"] {
            #expect(try engine.answer(question, context: city.context).answer.contains("郭永航"), "\(question)")
        }
        // In a district: that district's.
        let village = try engine.answer("沥滘村在哪")
        #expect(try engine.answer("那里的区委书记是谁", context: village.context).answer.contains("蔡澍"))
    }

    @Test func aCountOfSomethingElseIsNoCountOfAPost() throws {
        let reply = try engine.answer("区委书记说要引进多少家企业？")
        #expect(reply.answer.contains("10家"))
        #expect(!reply.answer.contains("11区"))
        #expect(try engine.answer("区委书记说的那个数字是多少?").status == .clarify)
        // (Counts of the post's holders: before it, or after it in a measure of people.)
        #expect(try engine.answer("区委书记有几位?").answer.contains("11"))
        #expect(try engine.answer("大会上有几位市有关部门负责人发言?").answer.contains("6位"))
        #expect(try engine.answer("区委书记的人数是多少?").answer.contains("11"))
        #expect(!(try engine.answer("区委书记提到几个平台?").answer.contains("11区")))
        let both = try engine.answer("在大会上发言的市部门负责人和区委书记分别有多少位?")
        #expect(both.answer.contains("6位") && both.answer.contains("11"))
    }

    @Test func whereAskedWithANaAloneIsAPlaceAsked() throws {
        for question in ["海珠企业搬到哪", "海珠企业迁往哪", "海珠的企业往哪转", "海珠纺织厂往哪转移 广清那个园叫撒"] {
            #expect(try engine.answer(question).answer.contains("广清纺织服装产业园"), "\(question)")
        }
    }

    @Test func aThingsWholeNameIsAskedByThePartWritten() throws {
        let poles = try engine.answer("請問「一廊一帶、雙核五極」裡面的五極是哪五個？")
        let reply = try engine.answer("其中番禺那一極叫什麼？", context: poles.context)
        #expect(reply.status == .answered)
        #expect(reply.answer.contains("番禺智造創新城"))
        // (Not when the name is not what is asked: 這個大會是誰召開的?)
        for question in ["这个大会是谁召开的", "科学城是谁建的?", "番禺那一极是谁负责?"] {
            #expect(!(try engine.answer(question).answer.contains("指的是")), "\(question)")
        }
    }

    @Test func aListClaimedAmongAWholeWithLiYouIsJudged() throws {
        #expect(try engine.answer("我看到说广州加快建设的三大国家级开发区里有增城，对吗？").answer.hasPrefix("是的"))
    }
}
