import Dispatch
import Foundation
import TenderKit

/// `tender-bench sensitivity [SUBMISSIONS]`: the sensitivity analysis against the evaluation it
/// analyses.
///
/// Two rounds: a 1,000-submission round with 12 criteria (11 panel-scored and cost per
/// beneficiary), where the whole analysis with the default 1,000 draws should take well under a
/// second; and the `evaluate` benchmark's round (SUBMISSIONS, default 100,000, 6 criteria), where
/// the exact margins are set against the evaluation's time and the draws' time is reported.
func runSensitivityBenchmark(_ arguments: [String]) {
    let wide = WideRound(submissions: 1_000, seed: 11)
    let wideFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "tender-bench-wide-1000"
    ).path
    wide.write(to: wideFolder)
    print("sensitivity: 1,000 submissions, 12 criteria (66 + 66 ordered pairs)")
    measureSensitivity(folder: wideFolder)
    let count = arguments.first.flatMap(Int.init) ?? 100_000
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "tender-bench-round-\(count)"
    ).path
    _ = SyntheticRound(submissions: count, evaluators: 200, scorersEach: 5, seed: 7).write(
        to: folder)
    print("sensitivity: \(count) submissions, 6 criteria (30 ordered pairs)")
    measureSensitivity(folder: folder)
}

private func measureSensitivity(folder: String) {
    guard let round = RoundLoader.load(folder: folder).round else {
        print("  the synthetic round did not load")
        return
    }
    let evaluateStart = DispatchTime.now().uptimeNanoseconds
    let decision = RoundEvaluator.evaluate(round)
    let evaluate = DispatchTime.now().uptimeNanoseconds - evaluateStart
    print("  evaluate:                 \(milliseconds(since: evaluateStart))")
    let marginsStart = DispatchTime.now().uptimeNanoseconds
    let exact = SensitivityAnalysis.analyse(decision, round: round, draws: 0)
    let margins = DispatchTime.now().uptimeNanoseconds - marginsStart
    print(
        "  exact margins and toWin: \(milliseconds(since: marginsStart)) (\(String(format: "%.1f", Double(margins) / Double(evaluate) * 100))% of evaluate)"
    )
    let wholeStart = DispatchTime.now().uptimeNanoseconds
    let whole = SensitivityAnalysis.analyse(decision, round: round)
    let total = DispatchTime.now().uptimeNanoseconds - wholeStart
    print(
        "  whole analysis (1,000 draws): \(milliseconds(since: wholeStart)); the draws \(String(format: "%.0f", Double(total - min(total, margins)) / 1e6)) ms"
    )
    let margin = exact.weightMargin.margin.map { String(format: "%.4f", $0) } ?? "robust"
    print(
        "  weight margin \(margin) (\(exact.weightMargin.from ?? "-") → \(exact.weightMargin.to ?? "-")); \(exact.toWin.count) toWin figures; \(whole.acceptability?.awarded.count ?? 0) submissions awarded in some draw"
    )
}

/// A round of panel-scored criteria c1…c11 and cost per beneficiary (12 criteria), three
/// evaluators per submission, allocation against a budget that funds about a fifth.
struct WideRound {
    let submissions: Int
    let seed: UInt64

    func write(to folder: String) {
        let manager = FileManager.default
        try? manager.removeItem(atPath: folder)
        try? manager.createDirectory(
            atPath: folder + "/submissions", withIntermediateDirectories: true)
        let criteria = (1...11).map {
            "{\"id\": \"c\($0)\", \"title\": \"Criterion \($0)\", \"weight\": \($0 <= 3 ? 10 : 7)}"
        }
        let rubric = SyntheticRound.rubric
            .replacingOccurrences(
                of: "\"minIndependentEvaluators\": 3", with: "\"minIndependentEvaluators\": 2"
            )
            .replacingOccurrences(of: "\"tieBreak\": [\"need\", ", with: "\"tieBreak\": [\"c1\", ")
        let start = rubric.range(of: "\"criteria\": [")!.upperBound
        let end = rubric.range(of: "{\"id\": \"value\"")!.lowerBound
        let wide = rubric.replacingCharacters(
            in: start..<end, with: "\n" + criteria.joined(separator: ",\n") + ",\n"
        )
        .replacingOccurrences(of: "\"weight\": 20, \"type\"", with: "\"weight\": 14, \"type\"")
        save(wide, folder + "/rubric.json")
        save(
            """
            {"id": "wide", "title": "Wide round", "rubric": "rubric.json", "buyer": {"id": "GB-GOR-PC000000", "name": "Bench"},
             "budget": {"amount": \(submissions * 3_000), "currency": "GBP"}, "opens": "2024-01-01", "closes": "2024-03-31", "awardDate": "2024-05-01"}
            """, folder + "/round.json")
        let panel = (0..<30).map {
            "{\"id\": \"e\($0)\", \"name\": \"Evaluator \($0) Surname\", \"email\": \"e\($0)@panel.example\", \"organisation\": \"Panel\", \"interests\": []}"
        }
        save(
            "{\"evaluators\": [\n" + panel.joined(separator: ",\n") + "\n]}\n",
            folder + "/panel.json")
        var random = SeededGenerator(seed: seed)
        var lines = ["evaluator,submission,criterion,score,comment"]
        for index in 0..<submissions {
            save(
                """
                {"id": "w\(index)", "title": "Project \(index)", "organisation": {"name": "Wide Applicant \(index) Ltd", "type": "charity"},
                 "partners": [], "amountRequested": \(5_000 + random.index(20_000)), "beneficiaries": \(50 + random.index(500)), "purposes": ["reoffending"]}
                """, folder + "/submissions/w\(index).json")
            let first = random.index(30)
            for scorer in 0..<3 {
                for criterion in 1...11 {
                    lines.append(
                        "e\((first + scorer * 7) % 30),w\(index),c\(criterion),\(random.int(1...5)),Evidence"
                    )
                }
            }
        }
        save(lines.joined(separator: "\n") + "\n", folder + "/scores.csv")
    }

    private func save(_ text: String, _ path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
}
