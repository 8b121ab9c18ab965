import Testing
@testable import SuiwenEngine

/// Where the asker's business is, outside the article, before a question of a thing of the
/// graph's; another name asked of the sentence that asks; a member claimed of a whole written
/// with its count; a district's program the graph never ties to it; topics outside the article;
/// the near-verbatim check's pruned search.
@Suite struct AskersPlacesAndUntiedProgramsTests {
    @Test func theAskersBusinessOutsideTheArticleIsTheirStoryBeforeAThingOfTheGraphs() throws {
        let firm = try engine.answer("我們公司在黃埔做生物醫藥的,老闆讓我看看生物醫藥被定成哪一級的產業鏈群?")
        #expect(firm.status == .answered, "\(firm.answer)")
        #expect(firm.answer.contains("千億級"), "\(firm.answer)")
        let cantonese = try engine.answer("我哋喺黃埔做生物醫藥,想知生物醫藥係咪千億級產業鏈群嚟㗎?")
        #expect(cantonese.status == .answered, "\(cantonese.answer)")
        // (A post asked there needs the place: it is theirs, not the article's; so does a thing
        // told in their own clause, or one asked of their place by 我們區 or 區裡.)
        #expect(try engine.answer("我在深圳,區委書記是誰?").status != .answered)
        #expect(try engine.answer("我在天河做軟件和信創,區委書記是誰?").status == .noAnswer)
        #expect(try engine.answer("我在白雲做時尚產業,我們區的時尚產業是萬億級嗎?").status == .noAnswer)
        #expect(try engine.answer("我們公司在黃埔做生物醫藥的,區裡有什麼扶持政策?").status == .noAnswer)
    }

    @Test func anotherNameAskedIsOfWhatTheAskingSentenceNames() throws {
        let told = try engine.answer("我在南沙一間船公司做分析,想了解這次高質量發展大會對南沙的定位。南沙在會上被稱作什麼?")
        #expect(told.answer.contains("廣州新核"), "\(told.answer)")
        let which = try engine.answer("請問文中所說的「廣州新核」是指哪一個區?")
        #expect(which.status == .answered && which.answer.contains("南沙"), "\(which.answer)")
        // (它 points back at what the first sentence names.)
        let pointed = try engine.answer("我想了解南沙。它在廣州的城市結構裡被稱為什麼?")
        #expect(pointed.answer.contains("廣州新核"), "\(pointed.answer)")
        // (A place in a district, asked which district it means: where it is, not its other names.)
        let place = try engine.answer("南沙科學城是指哪一個區?")
        #expect(place.answer.contains("南沙") && !place.answer.contains("也被稱為"), "\(place.answer)")
    }

    @Test func aMemberClaimedOfAWholeWrittenWithItsCountIsJudged() throws {
        let claimed = try engine.answer("軟件和信創是不是屬於13個千億級產業鏈群之一?")
        #expect(claimed.explanation.rule == "member.check", "\(claimed.answer)")
        #expect(claimed.answer.contains("萬億級"), "\(claimed.answer)")
        // (Two wholes joined, each with its count: no claim of one in the other.)
        #expect(try engine.answer("8個萬億級產業鏈群和13個千億級產業鏈群是什麼?").explanation.rule != "member.check")
        // (A count the article does not give is no part of the name: no yes.)
        let wrongCount = try engine.answer("生物醫藥是不是12個千億級產業鏈群之一?")
        #expect(!wrongCount.answer.hasPrefix("是的") && wrongCount.answer.contains("13"), "\(wrongCount.answer)")
    }

    @Test func theOthersAfterOneItemCheckedAreTheRestOfItsList() throws {
        let replies = try thread("四化平臺是不是包括綠色化?", "另外三個呢")
        #expect(replies[1].explanation.rule == "list.others", "\(replies[1].answer)")
        #expect(replies[1].answer.contains("數字化轉型") && replies[1].answer.contains("智能化改造"), "\(replies[1].answer)")
    }

    @Test func aProgramTypedWithAHomophoneIsReadUnlessTheWordTypedIsCommon() throws {
        let typed = try engine.answer("營商還境每一版的關鍵詞是什麼?")
        #expect(typed.answer.contains("激發活力"), "\(typed.answer)")
        #expect(!(try engine.answer("你的程式更新到最新版了沒有?").answer.contains("城市更新")))
    }

    @Test func aDistrictsProgramTheGraphNeverTiesToItIsNotInItsPlan() throws {
        let untied = try engine.answer("越秀區今年有沒有城中村列入改造計劃?")
        #expect(untied.status == .noAnswer, "\(untied.answer)")
        #expect(untied.answer.contains("城中村"), "\(untied.answer)")
        let tied = try engine.answer("海珠有沒有城中村改造計劃?")
        #expect(tied.status == .answered && tied.answer.contains("瀝滘村"), "\(tied.answer)")
        // (An industry a plan names by part of its name is not judged so: 集成電路 of 半導體和集成電路.)
        let industry = try engine.answer("聽講南沙搞緊兩千億級嘅半導體產業集群,係咪真㗎")
        #expect(industry.status == .answered, "\(industry.answer)")
        // (Nor a program whose words the district's own sentences share: 數字 of 強化數字賦能.)
        let shared = try engine.answer("海珠有沒有數字化轉型的計劃?")
        #expect(shared.status == .answered && shared.answer.contains("數字賦能"), "\(shared.answer)")
    }

    @Test func twoFiguresOfOneNumberAskedWhetherTheyAreOneAreTold() throws {
        let replies = try thread("住建局局長說今年城中村改造和投資的目標是多少?", "這個2000億跟南沙的兩千億級汽車產業集群是同一回事嗎?")
        #expect(replies[1].answer.hasPrefix("不是"), "\(replies[1].answer)")
        #expect(replies[1].answer.contains("固定資產投資") && replies[1].answer.contains("汽車產業集群"), "\(replies[1].answer)")
        let same = try thread("南沙汽車產業集群的規模是多少?", "這個跟兩千億級汽車產業集群是同一回事嗎?")
        #expect(same[1].answer.hasPrefix("是的"), "\(same[1].answer)")
        // (Two numbers written, each another figure's: not one.)
        let two = try thread("海珠走訪了多少企業?", "4500多家跟821家是同一回事嗎?")
        #expect(two[1].answer.hasPrefix("不是"), "\(two[1].answer)")
        // (怎麼一回事 asks what it is, not whether two are one.)
        let what = try thread("住建局局長說今年城市更新投資的目標是多少?", "這個2000億是怎麼一回事?")
        #expect(!what[1].answer.hasPrefix("是的") && !what[1].answer.hasPrefix("不是"), "\(what[1].answer)")
    }

    @Test func aTopicOutsideTheArticleToldOrAskedOfStaysOutside() throws {
        #expect(try engine.answer("聽說租金漲了,南沙的租金呢?").status == .noAnswer)
        // (Nor the place's, after the asker says they are there: 我們區.)
        #expect(try engine.answer("我在白雲做時尚產業,我們區的時尚產業是萬億級嗎?").status == .noAnswer)
    }

    @Test func howAThingIsMentionedDescribesIt() throws {
        let how = try engine.answer("番禺智造創新城在這次大會的報道裡是怎麼提的?")
        #expect(how.status == .answered && how.answer.contains("雙核五極"), "\(how.answer)")
    }

    @Test func portTrafficAndTheFreeTradeZoneAreOutsideTheArticle() throws {
        #expect(try engine.answer("會上有沒有給南沙港今年集裝箱吞吐量定目標?").status == .noAnswer)
        #expect(try engine.answer("南沙自貿片區今年有哪些新的跨境金融開放政策?").status == .noAnswer)
    }

    /// The pruned search finds the sentence an alignment with every sentence finds: the best
    /// score, the first of equals.
    @Test func theNearVerbatimSearchFindsTheSentenceEveryAlignmentWould() throws {
        let claims = [
            "南沙要巩固提升千亿级汽车产业集群", "南沙要建设广州科技创新走廊北部极点", "海珠已走访企业4500多家",
            "今年广州市计划推进217个城中村改造项目", "广州全市实有各类市场主体达315.55万户同比增长8.83%",
            "著力打造智能网联和新能源汽车软件和信创等8个万亿级产业链群",
        ]
        for claim in claims {
            let claimKeys = EvidenceIndex.contentKeys(engine.normalizer.normalize(claim)).keys
            var scratch: [Int] = []
            var best: (index: Int, score: Int)? = nil
            for (index, sentence) in engine.evidence.sentences.enumerated() {
                let shared = sentence.contentKeys.filter(Set(claimKeys).contains).count
                guard shared >= QAEngine.nearVerbatimMinimumMatched else { continue }
                let score = QAEngine.bestLocalScore(claimKeys, sentence.contentKeys, scratch: &scratch)
                if score > (best?.score ?? 0) { best = (index, score) }
            }
            let found = engine.nearVerbatimContradiction(claim)
            if let found, let best {
                #expect(found.citation.quote == engine.evidence.sentences[best.index].text, "\(claim)")
            } else if found != nil {
                Issue.record("\(claim): found a passage where no sentence scores")
            }
        }
    }
}
