import Foundation
import Testing

@testable import TenderKit

/// An auditor's check: every point and total in the published score table of every sample is
/// recomputed from the inputs and the method text alone (agreed score = moderated score, else the
/// mean or median of the scores of evaluators not excluded, the exclusions read from the public
/// rationale's conflicts table; quantitative points by the published formula over the ranked
/// submissions' values; totals from unrounded points; figures rounded half away from zero after
/// 9 significant digits), and must read exactly as the document prints it.
@Suite struct AuditorRecomputationTests {
    /// Half away from zero to 2 places from the value's 9-significant-digit decimal text, worked
    /// on the digits, not through `DisplayRounding`.
    static func shown(_ value: Double) -> String {
        let text = String(format: "%.8e", value)
        var decimal = Decimal(string: text)! * 100
        let negative = decimal < 0
        if negative { decimal = -decimal }
        var whole = Decimal()
        NSDecimalRound(&whole, &decimal, 0, .down)
        if decimal - whole >= Decimal(string: "0.5")! { whole += 1 }
        let cents = NSDecimalNumber(decimal: whole).intValue
        let sign = negative && cents != 0 ? "-" : ""
        return sign + "\(cents / 100)." + String(format: "%02d", cents % 100)
    }

    /// The rows of the "Scores and ranking" table: submission id → the cells after the organisation.
    static func scoreTable(_ markdown: String) -> [String: [String]] {
        let section = markdown.components(separatedBy: "## Scores and ranking")[1]
            .components(separatedBy: "\n## ")[0]
        var rows: [String: [String]] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 3, cells[1].hasPrefix("`") else { continue }
            rows[cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = Array(
                cells[3...])
        }
        return rows
    }

    /// (pseudonym, submission) pairs the public conflicts table marks excluded.
    static func exclusions(_ markdown: String) -> Set<String> {
        var pairs: Set<String> = []
        for line in markdown.split(separator: "\n") where line.hasPrefix("| Evaluator ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count >= 5, cells[4] == "**excluded**" {
                pairs.insert(
                    cells[0] + "/"
                        + cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`")))
            }
        }
        return pairs
    }

    @Test(arguments: SampleOutputs.names)
    func everyPublishedPointAndTotalIsReproduced(sample: String) throws {
        let outputs = try SampleOutputs(sample)
        let markdown = try outputs.text("public-rationale.md")
        let table = Self.scoreTable(markdown)
        let excluded = Self.exclusions(markdown)
        let round = outputs.round
        let rubric = round.rubric
        let moderated = Dictionary(
            round.decisions.moderation.map { ($0.submission + "/" + $0.criterion, $0.score) },
            uniquingKeysWith: { first, _ in first })
        let ranked = outputs.decision.submissions.filter { $0.rank != nil }
        var checked = 0
        for result in ranked {
            let cells = try #require(table[result.id], "\(sample): \(result.id) not in the table")
            var total = 0.0
            for (index, criterion) in rubric.criteria.enumerated() {
                let points: Double
                if let quantitative = criterion.quantitative {
                    // Best and worst are taken within the submission's lot (the whole round without lots).
                    let pool = ranked.filter { $0.lot == result.lot }
                    let values = pool.compactMap { $0.criteria[index].value }.map {
                        NSDecimalNumber(decimal: $0).doubleValue
                    }
                    let lower = quantitative.better == .lower
                    let best = lower ? values.min()! : values.max()!
                    let worst = lower ? values.max()! : values.min()!
                    let v = NSDecimalNumber(decimal: result.criteria[index].value!).doubleValue
                    switch quantitative.method {
                    case .ratioToBest: points = (lower ? best / v : v / best) * criterion.weight
                    case .deviationFromBest:
                        points = max(0, 1 - (lower ? v - best : best - v) / best) * criterion.weight
                    case .linearRange:
                        points =
                            best == worst
                            ? criterion.weight
                            : (lower ? (worst - v) / (worst - best) : (v - worst) / (best - worst))
                                * criterion.weight
                    }
                } else {
                    let agreed =
                        try moderated[result.id + "/" + criterion.id]
                        ?? consensus(
                            of: result.id, criterion: index, round: round, excluded: excluded)
                    points =
                        (agreed - rubric.scale.min) / (rubric.scale.max - rubric.scale.min)
                        * criterion.weight
                }
                #expect(
                    cells[index] == Self.shown(points), "\(sample) \(result.id) \(criterion.id)")
                total += points
                checked += 1
            }
            #expect(
                cells[rubric.criteria.count].replacingOccurrences(of: "**", with: "")
                    == Self.shown(total), "\(sample) \(result.id) total")
        }
        #expect(checked > 0)
    }

    private func consensus(
        of submission: String, criterion: Int, round: LoadedRound, excluded: Set<String>
    ) throws -> Double {
        let position = try #require(round.submissions.firstIndex { $0.id == submission })
        var scores: [Double] = []
        for row in 0..<round.scores.count
        where Int(round.scores.submissions[row]) == position
            && Int(round.scores.criteria[row]) == criterion
        {
            let evaluator = Int(round.scores.evaluators[row])
            let pseudonym = "Evaluator " + String(UnicodeScalar(UInt8(65 + evaluator)))
            if excluded.contains(pseudonym + "/" + submission) { continue }
            scores.append(round.scores.scores[row])
        }
        switch round.rubric.consensus.method {
        case .mean: return scores.reduce(0, +) / Double(scores.count)
        case .median:
            let sorted = scores.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1
                ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }
    }
}
