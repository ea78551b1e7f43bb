import Dispatch
import Foundation
import TenderKit

/// The median time of each stage of an evaluation, run in this process: loading and checking
/// every file, conflicts, rules, scoring and award, the sensitivity analysis (its exact margins
/// alone, then the whole of it as `tender evaluate` runs it), then each output written into a
/// staging folder of its own (see `FreshOutputFolders`), swapped in untimed.
struct StageTimes {
    var rows: [(String, Double)] = []

    /// - Parameter documents: measures the Markdown and HTML documents too (else only the data).
    static func measure(folder: String, runs: Int, documents: Bool) -> StageTimes? {
        var samples: [String: [Double]] = [:]
        var order: [String] = []
        for _ in 0..<runs {
            guard let run = measureOnce(folder: folder, documents: documents) else { return nil }
            for (name, seconds) in run {
                if samples[name] == nil { order.append(name) }
                samples[name, default: []].append(seconds)
            }
        }
        return StageTimes(rows: order.map { ($0, median(samples[$0] ?? [0])) })
    }

    private static func measureOnce(folder: String, documents: Bool) -> [(String, Double)]? {
        var times: [(String, Double)] = []
        var last = DispatchTime.now().uptimeNanoseconds
        let lap = { (name: String) in
            let now = DispatchTime.now().uptimeNanoseconds
            times.append((name, Double(now - last) / 1e9))
            last = now
        }
        let whole = last
        let load = RoundLoader.load(
            folder: folder, digestingInputs: true, submissionFields: .readByRulesAndDocuments)
        guard let round = load.round else { return nil }
        lap("load and check")
        var decision = RoundEvaluator.evaluate(round.scoringInput) { stage in lap(stage.rawValue) }
        _ = SensitivityAnalysis.analyse(decision, input: round.scoringInput, draws: 0)
        lap("sensitivity: exact margins and toWin")
        decision.sensitivity = SensitivityAnalysis.analyse(decision, input: round.scoringInput)
        lap("sensitivity: the whole analysis, 1,000 draws included")
        let outputs: [(String, Set<RoundOutputs.Format>)] = [
            ("decision.json", [.json]), ("rationale, conflicts and summaries (md)", [.md]),
            ("rationale, conflicts and summaries (html)", [.html]), ("ocds.json", [.ocds]),
            ("360giving.json and .csv", [.threeSixtyGiving]), ("audit-schedule.ics", [.ics]),
        ]
        var kept: [OutputFolder] = []
        for (name, formats) in outputs where documents || formats.isDisjoint(with: [.md, .html]) {
            let out = FreshOutputFolders.next("stages-\(round.submissions.count)")
            guard let staged = try? OutputFolder(replacing: out) else { return nil }
            try? RoundOutputs.write(
                decision: decision, round: round, formats: formats, into: staged)
            lap(name)
            kept.append(staged)
        }
        times.append(
            ("whole, in process", Double(DispatchTime.now().uptimeNanoseconds - whole) / 1e9))
        // Swapped in only now, untimed; removed with the other fresh folders at the end.
        for staged in kept { try? staged.commit() }
        return times
    }
}
