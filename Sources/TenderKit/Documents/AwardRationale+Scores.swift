import Foundation

/// The sections about numbers: the score table with its chart, moderation, value for money.
extension AwardRationale {
    func scoreTableSection() -> [Block] {
        let criteria = rubric.criteria
        let header = ["Rank", "Submission", "Organisation"] + criteria.map { "\($0.title) (\(NumberText.plain($0.weight)))" } + ["Total", "Status"]
        let alignments: [Table.Alignment] = [.right, .left, .left] + criteria.map { _ in .right } + [.right, .left]
        return [
            .heading(level: 2, text: [.text("Scores and ranking")], anchor: "scores"),
            .paragraph([.text("Points by criterion (weight in brackets) and totals out of 100. A dash means no points: the submission was not scored that far, or no agreed score exists yet.")]),
            .table(Table(header: header, alignments: alignments, rows: ranked.map(scoreRow))),
            .chart(.stackedBars(pointsChart())),
        ]
    }

    private func scoreRow(_ result: SubmissionResult) -> [[Inline]] {
        let rank: [Inline] = [.text(result.rank.map(String.init) ?? "–")]
        let points: [[Inline]] = result.criteria.map { [.text(AwardRationale.points($0.points))] }
        let total: [Inline] = [.strong(AwardRationale.points(result.total))]
        return [rank, [.code(result.id)], [.text(result.organisation)]] + points + [total, [.text(result.status.rawValue)]]
    }

    private func pointsChart() -> Chart.StackedBars {
        let rankedResults = ranked.filter { $0.rank != nil }
        let items = rankedResults.map { result in
            (label: result.organisation, segments: result.criteria.map { $0.points ?? 0 }, highlighted: result.status == .awarded)
        }
        var lineAfter: Int?
        var lineLabel: String?
        if rubric.award.mode == .allocation, let last = rankedResults.lastIndex(where: { $0.status == .awarded }) {
            lineAfter = last
            lineLabel = "funding line"
        }
        return Chart.StackedBars(
            title: "Points by criterion (★ awarded)", segmentNames: rubric.criteria.map(\.title), items: items, maximum: 100,
            lineAfter: lineAfter, lineLabel: lineLabel)
    }

    func moderationSection() -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: [.text("Moderation")], anchor: "moderation")]
        let moderated = round.decisions.moderation
        if moderated.isEmpty {
            blocks.append(.paragraph([.text("No score was moderated: every agreed score is the \(rubric.consensus.method.rawValue) of the independent scores.")]))
        }
        let positions = Dictionary(round.submissions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in moderated {
            guard let position = positions[entry.submission],
                  case let result = decision.submissions[position],
                  let criterion = result.criteria.first(where: { $0.id == entry.criterion }),
                  let title = rubric.criteria.first(where: { $0.id == entry.criterion })?.title
            else { continue }
            blocks.append(.heading(level: 3, text: [.text("\(result.organisation): \(title)")], anchor: nil))
            blocks.append(.table(Table(header: ["Evaluator", "Score", "Comment"], alignments: [.left, .right, .left], rows: scoreRows(criterion))))
            blocks.append(.paragraph([.strong("Agreed score: "), .text(NumberText.plain(entry.score) + ". "), .strong("Rationale: "), .text(entry.rationale)]))
        }
        blocks.append(.chart(.spread(spreadChart())))
        return blocks
    }

    /// The counted scores of a criterion, one row per evaluator.
    func scoreRows(_ criterion: CriterionResult) -> [[[Inline]]] {
        criterion.scoreRows.map { row in
            let index = Int(row)
            let evaluator = round.panel.evaluators[Int(round.scores.evaluators[index])]
            return [[.text(evaluator.name)], [.text(NumberText.plain(round.scores.scores[index]))], [.text(round.scores.comment(index))]]
        }
    }

    private func spreadChart() -> Chart.ScoreSpread {
        var rows: [(label: String, scores: [Double], consensus: Double?, flagged: Bool)] = []
        for result in decision.submissions where result.status != .ineligible {
            for (criterion, definition) in zip(result.criteria, rubric.criteria) where criterion.kind == .quality {
                let scores = criterion.scoreRows.map { round.scores.scores[Int($0)] }
                rows.append((label: "\(result.id) · \(definition.title)", scores: scores, consensus: criterion.consensus,
                             flagged: ScoreThreshold.isAbove(criterion.spread ?? 0, rubric.consensus.maxSpread)))
            }
        }
        return Chart.ScoreSpread(
            title: "Evaluators' scores (dots) and agreed score (◆); shaded rows spread by more than \(NumberText.plain(rubric.consensus.maxSpread))",
            scaleMin: rubric.scale.min, scaleMax: rubric.scale.max, rows: rows)
    }

    func valueForMoneySection() -> [Block] {
        let criteria = rubric.criteria.enumerated().filter { $0.element.quantitative != nil }
        guard !criteria.isEmpty else { return [] }
        var blocks: [Block] = [.heading(level: 2, text: [.text("Value for money")], anchor: "value")]
        for (index, criterion) in criteria {
            blocks.append(.heading(level: 3, text: [.text(criterion.title)], anchor: nil))
            let rows: [[[Inline]]] = ranked.filter { $0.status != .ineligible }.map { result in
                let value = result.criteria[index].value.map { NumberText.decimal($0.rounded(places: 2)) } ?? "–"
                return [[.code(result.id)], [.text(result.organisation)], [.text(value)], [.text(AwardRationale.points(result.criteria[index].points))]]
            }
            blocks.append(.table(Table(header: ["Submission", "Organisation", "Value", "Points"], alignments: [.left, .left, .right, .right], rows: rows)))
        }
        let flags = decision.submissions.flatMap { result in
            result.flags.filter { $0.kind == "abnormally-low" }.map { [Inline.code(result.id), .text(": " + $0.detail)] }
        }
        blocks.append(.paragraph([.strong("Abnormally low values: "), .text(flags.isEmpty ? "none." : "")]))
        if !flags.isEmpty { blocks.append(.bulletList(flags)) }
        return blocks
    }
}
