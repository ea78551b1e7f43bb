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
    for count in arguments.compactMap(Int.init).filter({ $0 > 0 }).nilIfEmpty ?? [100_000] {
        let workload = NationalRound(submissions: count)
        print(
            "sensitivity: the national round, \(count) submissions, 11 criteria (110 ordered pairs)"
        )
        measureSensitivity(folder: workload.prepare())
    }
}

extension Array {
    fileprivate var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}

private func measureSensitivity(folder: String) {
    guard let round = RoundLoader.load(folder: folder).round else {
        print("  the synthetic round did not load")
        return
    }
    let evaluateStart = DispatchTime.now().uptimeNanoseconds
    let decision = RoundEvaluator.evaluate(round.scoringInput)
    let evaluate = DispatchTime.now().uptimeNanoseconds - evaluateStart
    print("  evaluate:                 \(milliseconds(since: evaluateStart))")
    let marginsStart = DispatchTime.now().uptimeNanoseconds
    guard let exact = SensitivityAnalysis.analyse(decision, input: round.scoringInput, draws: 0)
    else {
        print("  no analysis: an amount is not whole pence")
        return
    }
    let margins = DispatchTime.now().uptimeNanoseconds - marginsStart
    print(
        "  exact margins and toWin: \(milliseconds(since: marginsStart)) (\(String(format: "%.1f", Double(margins) / Double(evaluate) * 100))% of evaluate)"
    )
    let wholeStart = DispatchTime.now().uptimeNanoseconds
    let whole = SensitivityAnalysis.analyse(decision, input: round.scoringInput)
    let total = DispatchTime.now().uptimeNanoseconds - wholeStart
    print(
        "  whole analysis (1,000 draws): \(milliseconds(since: wholeStart)); the draws \(String(format: "%.0f", Double(total - min(total, margins)) / 1e6)) ms"
    )
    let margin = exact.weightMargin.margin.map { String(format: "%.4f", $0) } ?? "robust"
    print(
        "  weight margin \(margin) (\(exact.weightMargin.from ?? "-") → \(exact.weightMargin.to ?? "-")); \(exact.toWin.count) toWin figures; \(whole?.acceptability?.awarded.count ?? 0) submissions awarded in some draw"
    )
}
