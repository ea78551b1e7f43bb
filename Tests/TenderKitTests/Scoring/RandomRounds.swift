import Foundation

@testable import TenderKit

extension ScoringTests {
    /// Small random rounds that always load: 1 to 6 submissions, up to three panel-scored and two
    /// quantitative criteria whose weights add up to 100, gaps in the scores, moderation,
    /// clarifications, thresholds, tie-breaks and either award mode.
    enum RandomRounds {
        static func make(_ random: inout SeededGenerator) -> RoundBuilder {
            let qualityCount = random.int(0...3)
            let quantitativeCount = qualityCount == 0 ? random.int(1...2) : random.int(0...2)
            let weights = splitHundred(into: qualityCount + quantitativeCount, &random)
            let scaleMin = Double(random.pick([0, 1]))
            let scaleMax = Double(random.pick([4, 5, 10]))
            var criteria: [CriterionSpec] = []
            for index in 0..<qualityCount {
                let minimum = random.percentChance(30) ? scaleMin + 1 : nil
                criteria.append(.quality("q\(index + 1)", weight: weights[index], minimum: minimum))
            }
            let methods = ["ratio-to-best", "deviation-from-best", "linear-range"]
            if quantitativeCount >= 1 {
                let belowMeanBy = random.percentChance(50) ? Double(random.int(1...5)) / 10 : nil
                criteria.append(
                    .quantitative(
                        "price", weight: weights[qualityCount], value: "submission.price",
                        better: "lower",
                        method: random.pick(methods), belowMeanBy: belowMeanBy))
            }
            if quantitativeCount == 2 {
                criteria.append(
                    .quantitative(
                        "reach", weight: weights[qualityCount + 1], value: "submission.reach",
                        better: "higher",
                        method: random.pick(methods)))
            }
            var round = RoundBuilder(criteria)
            round.scaleMin = scaleMin
            round.scaleMax = scaleMax
            round.method = random.pick(["mean", "median"])
            round.maxSpread = Double(random.int(1...3))
            round.minIndependentEvaluators = random.int(1...3)
            round.mode = random.pick(["single", "allocation"])
            round.amount = "submission.amountRequested"
            round.budget = Decimal(random.int(0...15_000_000)) / 100
            round.minimumTotal = random.percentChance(30) ? Double(random.int(20...60)) : nil
            round.minimumQuality = random.percentChance(30) ? Double(random.int(20...60)) : nil
            round.tieBreak = tieBreaks(criteria, &random)
            if random.percentChance(30) {
                round.gates = [
                    GateSpec(id: "cap", rule: "submission.price <= 900", message: "Price over 900.")
                ]
            }
            addSubmissions(to: &round, &random)
            return round
        }

        /// `count` positive whole weights adding up to 100.
        private static func splitHundred(into count: Int, _ random: inout SeededGenerator)
            -> [Double]
        {
            var cuts = Set<Int>()
            while cuts.count < count - 1 { cuts.insert(random.int(1...99)) }
            let bounds = [0] + cuts.sorted() + [100]
            return zip(bounds, bounds.dropFirst()).map { Double($1 - $0) }
        }

        private static func tieBreaks(_ criteria: [CriterionSpec], _ random: inout SeededGenerator)
            -> [String]
        {
            var entries =
                criteria.map(\.id) + [
                    "lower: submission.price", "higher: submission.reach",
                    "lower: submission.bonus",
                ]
            var chosen: [String] = []
            for _ in 0..<random.int(0...3) where !entries.isEmpty {
                let entry = random.pick(entries)
                entries.removeAll { $0 == entry }
                chosen.append(entry)
            }
            return chosen
        }

        private static func addSubmissions(
            to round: inout RoundBuilder, _ random: inout SeededGenerator
        ) {
            let hasPrice = round.criteria.contains { $0.id == "price" }
            let scale = Int(round.scaleMin)...Int(round.scaleMax)
            for index in 1...random.int(1...6) {
                let id = "s\(index)"
                // Mostly positive prices on a coarse grid (ties are likely), now and then 0 or negative.
                let price = random.percentChance(8) ? random.int(-50...0) : random.int(1...10) * 100
                let pence = random.int(-100...5_000_000)
                let requested =
                    Decimal(pence) / 100
                    + (random.percentChance(20) ? Decimal(string: "0.005") ?? 0 : 0)
                round.submit(
                    id,
                    [
                        "price": .json("\(price)"), "reach": .json("\(random.int(1...5) * 10)"),
                        "amountRequested": .json("\(requested)"),
                    ])
                // Only s1 has a bonus: the tie-break on it cannot be evaluated for the others.
                if index == 1 { round.submissions[0].fields.append(("bonus", .json("1"))) }
                for criterion in round.criteria {
                    guard case .quality(let criterionID, _, _) = criterion else { continue }
                    round.score(
                        id, criterionID,
                        round.evaluators.map { _ in
                            random.percentChance(85) ? Double(random.int(scale)) : nil
                        })
                    if random.percentChance(10) {
                        round.moderate(id, criterionID, Double(random.int(scale)))
                    }
                }
                if hasPrice, random.percentChance(25) {
                    round.clarify(id, "price", random.pick(["accepted", "rejected"]))
                }
            }
        }
    }
}
