import Foundation

/// The sections about numbers: the score table with its chart, moderation, value for money.
extension AwardRationale {
    func scoreTableSection() -> [Block] {
        let criteria = rubric.criteria
        let header =
            ["Rank", "Submission", "Organisation"]
            + criteria.map { "\($0.title) (\(NumberText.plain($0.weight)))" } + ["Total", "Status"]
        let alignments: [Table.Alignment] =
            [.right, .left, .left] + criteria.map { _ in .right } + [.right, .left]
        return [
            .heading(level: 2, text: [.text("Scores and ranking")], anchor: "scores"),
            .paragraph([
                .text(
                    "Points by criterion (weight in brackets) and totals out of 100. A dash means no points: the submission was not scored that far, or no agreed score exists yet. Figures are shown to 2 decimal places, rounded half away from zero; each total is the sum of the unrounded points (see “How the figures are worked out”)."
                )
            ]),
            .table(
                Table(
                    header: header, alignments: alignments,
                    cells: ranked.indices.map { scoreRow(ranked[$0]) })),
            .chart(.stackedBars(pointsChart())),
        ]
    }

    private func scoreRow(_ result: SubmissionResult) -> [TableCell] {
        var row: [TableCell] = [
            .text(result.rank.map(String.init) ?? "–"), .run(.code(result.id)),
            .text(result.organisation),
        ]
        row.reserveCapacity(result.criteria.count + 5)
        for index in result.criteria.indices {
            row.append(.text(AwardRationale.points(result.criteria[index].points)))
        }
        row += [.run(.strong(AwardRationale.points(result.total))), .text(result.status.rawValue)]
        return row
    }

    /// The most bars or rows a chart draws: a national round ranks thousands of submissions, and
    /// the tables beside the charts list every one.
    static let chartLimit = 50

    /// A bar per ranked submission; in a large round the top `chartLimit`, and the bars either
    /// side of the funding line when it falls below them.
    private func pointsChart() -> Chart.StackedBars {
        let rankedPositions = ranked.indices.filter { ranked[$0].rank != nil }
        let limit = AwardRationale.chartLimit
        var shown = Array(rankedPositions.indices.prefix(limit))
        var fundingLine: Int?
        if rubric.award.mode == .allocation,
            let last = rankedPositions.lastIndex(where: { ranked[$0].status == .awarded })
        {
            shown += [last, last + 1].filter { $0 >= limit && $0 < rankedPositions.count }
            fundingLine = shown.firstIndex(of: last)
        }
        var title = "Points by criterion (★ awarded)"
        if rankedPositions.count > limit {
            title += ": the top \(limit) of \(rankedPositions.count) ranked submissions"
            if shown.count > limit { title += ", then those either side of the funding line" }
        }
        return Chart.StackedBars(
            title: title, segmentNames: rubric.criteria.map(\.title),
            items: shown.map { index in
                let result = ranked[rankedPositions[index]]
                return (
                    label: result.organisation, segments: result.criteria.map { $0.points ?? 0 },
                    highlighted: result.status == .awarded
                )
            },
            maximum: 100, lineAfter: fundingLine, lineLabel: fundingLine.map { _ in "funding line" }
        )
    }

    func moderationSection() -> [Block] {
        var blocks: [Block] = [
            .heading(level: 2, text: [.text("Moderation")], anchor: "moderation")
        ]
        let moderated = round.decisions.moderation
        if moderated.isEmpty {
            blocks.append(
                .paragraph([
                    .text(
                        "No score was moderated: every agreed score is the \(rubric.consensus.method.rawValue) of the independent scores."
                    )
                ]))
        }
        let positions = Dictionary(
            round.submissions.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first })
        for entry in moderated {
            guard let position = positions[entry.submission],
                case let result = decision.submissions[position],
                let criterion = result.criteria.first(where: { $0.id == entry.criterion }),
                let title = rubric.criteria.first(where: { $0.id == entry.criterion })?.title
            else { continue }
            blocks.append(
                .heading(level: 3, text: [.text("\(result.organisation): \(title)")], anchor: nil))
            blocks.append(
                .table(
                    Table(
                        header: ["Evaluator", "Score", "Comment"],
                        alignments: [.left, .right, .left], rows: scoreRows(criterion))))
            blocks.append(
                .paragraph([
                    .strong("Agreed score: "), .text(NumberText.plain(entry.score) + ". "),
                    .strong("Rationale: "), .text(words(entry.rationale)),
                ]))
        }
        blocks.append(.chart(.spread(spreadChart())))
        return blocks
    }

    /// The counted scores of a criterion, one row per evaluator.
    func scoreRows(_ criterion: CriterionResult) -> [[[Inline]]] {
        criterion.scoreRows.map { row in
            let index = Int(row)
            return [
                [.text(evaluatorName(Int(round.scores.evaluators[index])))],
                [.text(NumberText.plain(round.scores.scores[index]))],
                [.text(words(round.scores.comment(index)))],
            ]
        }
    }

    /// A row per scored (submission, criterion); in a large round only the rows that needed the
    /// panel (spread above `maxSpread`, or moderated), at most `chartLimit` of them.
    private func spreadChart() -> Chart.ScoreSpread {
        let maxSpread = rubric.consensus.maxSpread
        let rows = spreadRows()
        var title =
            "Evaluators' scores (dots) and agreed score (◆); shaded rows spread by more than \(NumberText.plain(maxSpread))"
        var shown = rows.first
        if rows.count > AwardRationale.chartLimit {
            shown = rows.notable
            title +=
                ". Shown: the \(shown.count) of \(rows.count) rows spread by more than \(NumberText.plain(maxSpread)) or moderated"
                + (rows.notableCount > shown.count
                    ? " (the first \(shown.count) of \(rows.notableCount))" : "")
        }
        return Chart.ScoreSpread(
            title: title, scaleMin: rubric.scale.min, scaleMax: rubric.scale.max,
            rows: shown.map { row in
                let result = decision.submissions[row.position]
                let criterion = result.criteria[row.index]
                return (
                    label: "\(result.id) · \(rubric.criteria[row.index].title)",
                    scores: criterion.scoreRows.map { round.scores.scores[Int($0)] },
                    consensus: criterion.consensus, flagged: row.flagged
                )
            })
    }

    private typealias SpreadRow = (position: Int, index: Int, flagged: Bool)

    /// The scored (submission, criterion) rows of the eligible: the first `chartLimit`, the first
    /// `chartLimit` that needed the panel, and how many there are of each. Counted as they are
    /// found, never listed: a national round scores a million.
    private func spreadRows() -> (
        first: [SpreadRow], notable: [SpreadRow], count: Int, notableCount: Int
    ) {
        var rows: (first: [SpreadRow], notable: [SpreadRow], count: Int, notableCount: Int) =
            ([], [], 0, 0)
        for position in decision.submissions.indices
        where decision.submissions[position].status != .ineligible {
            let criteria = decision.submissions[position].criteria
            for (index, criterion) in criteria.enumerated() where criterion.kind == .quality {
                let flagged = ScoreThreshold.isAbove(
                    criterion.spread ?? 0, rubric.consensus.maxSpread)
                rows.count += 1
                if rows.count <= AwardRationale.chartLimit {
                    rows.first.append((position, index, flagged))
                }
                guard flagged || criterion.source == .moderated else { continue }
                rows.notableCount += 1
                if rows.notableCount <= AwardRationale.chartLimit {
                    rows.notable.append((position, index, flagged))
                }
            }
        }
        return rows
    }

    func valueForMoneySection() -> [Block] {
        let criteria = rubric.criteria.enumerated().filter { $0.element.quantitative != nil }
        guard !criteria.isEmpty else { return [] }
        var blocks: [Block] = [
            .heading(level: 2, text: [.text("Value for money")], anchor: "value")
        ]
        for (index, criterion) in criteria {
            blocks.append(.heading(level: 3, text: [.text(criterion.title)], anchor: nil))
            let eligible = ranked.indices.filter { ranked[$0].status != .ineligible }
            let rows: [[TableCell]] = eligible.map { position in
                let result = ranked[position]
                let value =
                    result.criteria[index].value.map {
                        ValueText.format($0, unit: criterion.quantitative?.unit)
                    } ?? "–"
                return [
                    .run(.code(result.id)), .text(result.organisation), .text(value),
                    .text(AwardRationale.points(result.criteria[index].points)),
                ]
            }
            blocks.append(
                .table(
                    Table(
                        header: ["Submission", "Organisation", "Value", "Points"],
                        alignments: [.left, .left, .right, .right], cells: rows)))
        }
        let flags = decision.submissions.flatMap { result in
            result.flags.filter { $0.kind == .abnormallyLow }.map {
                [Inline.code(result.id), .text(": " + words(FlagWords.detail($0)))]
            }
        }
        blocks.append(
            .paragraph([.strong("Abnormally low values: "), .text(flags.isEmpty ? "none." : "")]))
        if !flags.isEmpty { blocks.append(.bulletList(flags)) }
        return blocks
    }
}
