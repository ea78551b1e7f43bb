import Foundation

/// The section "How close the decision was": the weight margin, the score margin and the rank
/// acceptability in words, a chart of the acceptability shares, and the tables behind them (every
/// ordered pair's margin, and what each ranked, unsuccessful submission would have needed).
extension AwardRationale {
    func sensitivitySection() -> [Block] {
        guard let report = decision.sensitivity else { return [] }
        let wording = SensitivityWording(report: report, round: round, decision: decision)
        var blocks: [Block] = [
            .heading(level: 2, text: [.text("How close the decision was")], anchor: "sensitivity"),
            .paragraph([
                .text(
                    [wording.weightSentence, wording.scoreSentence, wording.acceptabilitySentence]
                        .compactMap { $0 }.joined(separator: " "))
            ]),
            .paragraph([
                .text(
                    "Weight margins are exact: each is the smallest transfer of weight from one criterion to another (the other weights unchanged) beyond which the same scoring model, thresholds, tie-breaks and award included, gives another outcome; margins are rounded down and needed increases rounded up, so that each sentence stays true. The random weightings are drawn uniformly from the weights within ±\(NumberText.plain(SensitivityAnalysis.window)) points of the rubric's that are at least 0 and add to 100, with the seed shown, so anyone can repeat them."
                )
            ]),
        ]
        if let acceptability = report.acceptability, !acceptability.awarded.isEmpty {
            blocks.append(.chart(.stackedBars(acceptabilityChart(acceptability, wording: wording))))
        }
        blocks += pairTable(report) + toWinTable(report, wording: wording)
        return blocks
    }

    private func acceptabilityChart(
        _ acceptability: SensitivityReport.Acceptability, wording: SensitivityWording
    ) -> Chart.StackedBars {
        let awarded = Set(decision.submissions.filter { $0.status == .awarded }.map(\.id))
        let shown = acceptability.awarded.prefix(AwardRationale.chartLimit)
        return Chart.StackedBars(
            title:
                "Share of \(NumberText.decimal(Decimal(acceptability.draws))) random weightings in which each submission is \(decision.mode == .single ? "awarded" : "funded") (%; ★ \(decision.mode == .single ? "awarded" : "funded") at the rubric's weights)",
            segmentNames: ["Share of weightings"],
            items: shown.map { share in
                (
                    label: wording.organisation(share.submission), segments: [share.share * 100],
                    highlighted: awarded.contains(share.submission)
                )
            },
            maximum: 100, lineAfter: nil, lineLabel: nil)
    }

    private func pairTable(_ report: SensitivityReport) -> [Block] {
        guard !report.weightPairs.isEmpty else { return [] }
        let titles = Dictionary(
            rubric.criteria.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        return [
            .heading(level: 3, text: [.text("Weight margins by pair of criteria")], anchor: nil),
            .table(
                Table(
                    header: ["Weight moves from", "to", "Outcome changes beyond (points)"],
                    alignments: [.left, .left, .right],
                    rows: report.weightPairs.map { pair in
                        [
                            [.text(titles[pair.from] ?? pair.from)],
                            [.text(titles[pair.to] ?? pair.to)],
                            [
                                .text(
                                    pair.margin.map(SensitivityWording.margin)
                                        ?? "never (robust)")
                            ],
                        ]
                    })),
        ]
    }

    private func toWinTable(_ report: SensitivityReport, wording: SensitivityWording) -> [Block] {
        guard !report.toWin.isEmpty else { return [] }
        return [
            .heading(
                level: 3, text: [.text("What each other ranked submission needed")], anchor: nil),
            .table(
                Table(
                    header: [
                        "Submission", "Organisation", "Criterion", "Increase needed (more than)",
                    ],
                    alignments: [.left, .left, .left, .right],
                    rows: report.toWin.map { entry in
                        [
                            [.code(entry.submission ?? "")],
                            [.text(wording.organisation(entry.submission))],
                            [.text(entry.criterion.map { wording.criterionTitle($0) } ?? "–")],
                            [
                                .text(
                                    entry.increase.map(SensitivityWording.increase) ?? "none could")
                            ],
                        ]
                    })),
        ]
    }
}
