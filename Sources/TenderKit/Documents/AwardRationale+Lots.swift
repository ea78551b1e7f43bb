import Foundation

/// The award rationale's sections for a round divided into lots (an overview table, then a section
/// per lot) and for the standstill period under the Procurement Act 2023.
extension AwardRationale {
    /// The lots: nothing for a round that is not divided into lots.
    func lotsSection() -> [Block] {
        guard !decision.lots.isEmpty else { return [] }
        var blocks: [Block] = [
            .heading(level: 2, text: [.text("The lots")], anchor: "lots"),
            .paragraph([.text(LotWords.awardRule(rubric.award))]),
            .table(
                Table(
                    header: ["Lot", "Winner", "Value", "Runner-up", "Margin"],
                    alignments: [.left, .left, .right, .left, .right],
                    rows: decision.lots.map(overviewRow),
                    caption:
                        "The runner-up is the highest-ranked other submission that could have been awarded the lot; the margin is the winner's total minus the runner-up's."
                )),
        ]
        for lot in decision.lots { blocks += lotSection(lot) }
        return blocks
    }

    /// " (lot Hartlepool)" after a submission in a lot (the rank is the lot's); nothing otherwise.
    func lotNote(_ result: SubmissionResult) -> [Inline] {
        guard let lot = result.lot else { return [] }
        let title = round.round.lots.first { $0.id == lot }?.title ?? lot
        return [.text(" (lot \(title))")]
    }

    private func overviewRow(_ lot: LotResult) -> [[Inline]] {
        let winner = lot.winner.map { decision.submissions[$0] }
        let runnerUp = lot.runnerUp.map { decision.submissions[$0] }
        return [
            [.strong(lot.title)],
            winner.map { [.code($0.id), .text(" "), .text($0.organisation)] }
                ?? [.emphasis("no award")],
            [.text(winner?.awarded.map(money) ?? "–")],
            runnerUp.map { [.code($0.id), .text(" "), .text($0.organisation)] } ?? [.text("–")],
            [.text(AwardRationale.points(LotMargin.of(lot, in: decision)))],
        ]
    }

    private func lotSection(_ lot: LotResult) -> [Block] {
        var facts: [(label: String, value: [Inline])] = [
            (label: "Lot", value: [.code(lot.id)]),
            (
                label: "Awarded",
                value: [.text(ordinal(lot.awardOrder) + " of \(decision.lots.count)")]
            ),
        ]
        if let value = lot.estimatedValue {
            facts.insert((label: "Estimated value", value: [.text(money(value))]), at: 1)
        }
        let members = lot.submissions.map { decision.submissions[$0] }.sorted(
            by: SubmissionResult.isOrderedBefore)
        let reasonWords = self.reasonWords
        let rows: [[[Inline]]] = members.map { result in
            [
                [.text(result.rank.map(String.init) ?? "–")], [.code(result.id)],
                [.text(result.organisation)], [.text(AwardRationale.points(result.total))],
                [
                    result.status == .awarded
                        ? .strong(result.status.rawValue) : .text(result.status.rawValue)
                ],
                [.text(reasonWords.texts(result.reasons).joined(separator: "; "))],
            ]
        }
        var blocks: [Block] = [
            .heading(level: 3, text: [.text("Lot: \(lot.title)")], anchor: "lot-\(lot.id)"),
            .facts(facts),
            .table(
                Table(
                    header: ["Rank", "Submission", "Organisation", "Total", "Outcome", "Why"],
                    alignments: [.right, .left, .left, .right, .left, .left], rows: rows)),
        ]
        if let why = lot.noAward, let round = round.round.lots.first(where: { $0.id == lot.id }) {
            blocks.append(
                .paragraph([.strong("No award: "), .text(LotWords.noAward(why, lot: round))]))
        }
        return blocks
    }

    private func ordinal(_ number: Int) -> String {
        let suffix =
            (11...13).contains(number % 100)
            ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][number % 10]
        return "\(number)\(suffix)"
    }

    /// The standstill period, for a round under the Procurement Act 2023.
    func standstillSection() -> [Block] {
        let heading = Block.heading(
            level: 2, text: [.text("Standstill period")], anchor: "standstill")
        let extra = round.round.awardStage.nonWorkingDays.count
        if let standstill = decision.standstill {
            return [
                heading,
                .paragraph([.text(StandstillWords.sentences(standstill, extraDays: extra))]),
                .facts([
                    (label: "Award notice", value: [.text(standstill.noticeDate.description)]),
                    (label: "Standstill ends", value: [.text(standstill.ends.description)]),
                    (
                        label: "Earliest contract date",
                        value: [.text(standstill.earliestContractDate.description)]
                    ),
                ]),
            ]
        }
        guard let pending = StandstillWords.pending(round.round, status: decision.status) else {
            return []
        }
        return [heading, .paragraph([.text(pending)])]
    }
}
