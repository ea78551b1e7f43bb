import Foundation

/// The steps after the criteria: quality percentage, total, rank and tie-breaks, the award step,
/// and the sensitivity figures.
extension ExplanationSteps {
    func qualityLine() -> String? {
        guard let percent = result.qualityPercent else { return nil }
        var line = "quality = \(NumberText.fixed(percent, 2))% of the panel-scored weight"
        if let minimum = rubric.minimumQuality {
            line +=
                " (minimumQuality \(number(minimum))%: \(ScoreThreshold.isBelow(percent, minimum) ? "not met" : "met"))"
        }
        return line
    }

    func totalLine() -> String? {
        guard let total = result.total else { return nil }
        let terms = result.criteria.map { number($0.points ?? 0) }.joined(separator: " + ")
        return "total = \(terms) = \(number(total))"
    }

    func rankLines() -> [String] {
        guard let rank = result.rank else { return ["not ranked (\(result.status.rawValue))"] }
        let ranked = decision.submissions.filter { $0.rank != nil }.count
        var lines = ["rank \(rank) of \(ranked) ranked submissions, by total, highest first"]
        let entries = rubric.tieBreak.map { entry -> String in
            switch entry {
            case .criterion(let id, _): "more points on \(id)"
            case .lower(let rule): "lower \(rule.text)"
            case .higher(let rule): "higher \(rule.text)"
            }
        }
        if !entries.isEmpty {
            lines.append(
                "tie-breaks for totals within 1e-9, in order: \(entries.joined(separator: "; "))")
        }
        lines += result.flags.filter { $0.kind == .tie }.map {
            "\(FlagWords.kind($0.kind)): \(FlagWords.detail($0))"
        }
        return lines
    }

    /// The award step: the budget before and after this submission's turn in rank order.
    func awardLines() -> [String] {
        guard let rank = result.rank else { return [] }
        let currency = round.round.budget.currency
        let order = decision.submissionsInRankOrder.filter { $0.rank != nil }
        var before = round.round.budget.amount
        for other in order {
            if other.id == result.id { break }
            before -= other.awarded ?? 0
        }
        let after = before - (result.awarded ?? 0)
        var lines = [
            "amount \(MoneyText.format(result.amount ?? 0, currency: currency)) (\(rubric.award.amount.text)); rank \(rank) of the \(rubric.award.mode.rawValue) award",
            "budget before its turn \(MoneyText.format(before, currency: currency)), after \(MoneyText.format(after, currency: currency))",
        ]
        if let minimum = rubric.award.minimumTotal {
            lines.append("minimumTotal \(number(minimum))")
        }
        lines.append("outcome: \(result.status.rawValue)")
        return lines
    }

    func sensitivityLines() -> [String] {
        guard let report = decision.sensitivity else { return [] }
        let wording = SensitivityWording(report: report, round: round, decision: decision)
        var lines = [wording.weightSentence]
        if let own = wording.ownSentence(result) { lines.append(own) }
        if let entry = report.toWin.first(where: { $0.submission == result.id }) {
            lines.append(
                "toWin: \(entry.increase.map(number) ?? "none") on \(entry.criterion ?? "no criterion")"
            )
        }
        if let share = report.acceptability?.awarded.first(where: { $0.submission == result.id }) {
            lines.append(
                "acceptability: awarded in \(share.count) of \(report.acceptability?.draws ?? 0) draws (seed \(report.acceptability?.seed ?? 0))"
            )
        }
        return lines
    }
}
