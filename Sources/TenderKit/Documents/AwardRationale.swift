import Foundation

/// The award rationale: the decision record a panel chair signs, as a `Document`.
public struct AwardRationale {
    let decision: Decision
    let round: LoadedRound

    public init(decision: Decision, round: LoadedRound) {
        self.decision = decision
        self.round = round
    }

    public func document() -> Document {
        var document = Document(title: "Award rationale: \(round.round.title)")
        document.blocks += statusSection()
        document.blocks += scoreTableSection()
        document.blocks += outcomeSection()
        document.blocks += blockingSection()
        return document
    }

    var currency: String { round.round.budget.currency }

    func money(_ amount: Decimal) -> String { MoneyText.format(amount, currency: currency) }

    private func statusSection() -> [Block] {
        let status = decision.status == .final
            ? "Final: nothing blocks this decision."
            : "Provisional: \(decision.blocking.count) item\(decision.blocking.count == 1 ? "" : "s") must be settled before this decision is final (see “What blocks a final decision”)."
        return [.paragraph([.strong("Status: "), .text(status)])]
    }

    private func scoreTableSection() -> [Block] {
        let criteria = round.rubric.criteria
        let header = ["Rank", "Submission", "Organisation"] + criteria.map { "\($0.title) (\(NumberText.plain($0.weight)))" }
            + ["Total", "Status"]
        let ordered = decision.submissions.sorted { lhs, rhs in
            (lhs.rank ?? Int.max, lhs.id) < (rhs.rank ?? Int.max, rhs.id)
        }
        let rows = ordered.map(scoreRow)
        let alignments: [Table.Alignment] = [.right, .left, .left] + criteria.map { _ in .right } + [.right, .left]
        return [
            .heading(level: 2, text: [.text("Score table")], anchor: "scores"),
            .paragraph([.text("Points by criterion (weight in brackets), totals out of 100 and ranks. A dash means no points: the submission was not scored that far.")]),
            .table(Table(header: header, alignments: alignments, rows: rows)),
        ]
    }

    private func scoreRow(_ result: SubmissionResult) -> [[Inline]] {
        let rank: [Inline] = [.text(result.rank.map(String.init) ?? "–")]
        let points: [[Inline]] = result.criteria.map { [.text(AwardRationale.points($0.points))] }
        let total: [Inline] = [.strong(AwardRationale.points(result.total))]
        return [rank, [.code(result.id)], [.text(result.organisation)]] + points + [total, [.text(result.status.rawValue)]]
    }

    /// Points as the documents show them: two decimals, or a dash for none.
    static func points(_ value: Double?) -> String {
        value.map { NumberText.fixed($0, 2) } ?? "–"
    }

    private func outcomeSection() -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: [.text("Outcome for each submission")], anchor: "outcomes")]
        for result in decision.submissions.sorted(by: { $0.id < $1.id }) {
            var line: [Inline] = [.code(result.id), .text(" "), .strong(result.organisation), .text(": \(result.status.rawValue)")]
            if let awarded = result.awarded { line.append(.text(", awarded \(money(awarded))")) }
            blocks.append(.paragraph(line))
            blocks.append(.bulletList(result.reasons.map { [.text($0)] } + result.flags.map { [.emphasis($0.kind + ": "), .text($0.detail)] }))
        }
        blocks.append(.paragraph([.strong("Remaining budget: "), .text(money(decision.remainingBudget))]))
        return blocks
    }

    private func blockingSection() -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: [.text("What blocks a final decision")], anchor: "blocking")]
        guard !decision.blocking.isEmpty else {
            return blocks + [.paragraph([.text("Nothing: the decision is final.")])]
        }
        blocks.append(.bulletList(decision.blocking.map { item in
            var line: [Inline] = [.strong(item.kind.rawValue), .text(" — "), .code(item.submission)]
            if let criterion = item.criterion { line += [.text(" / "), .code(criterion)] }
            if let evaluator = item.evaluator { line += [.text(" / evaluator "), .code(evaluator)] }
            return line + [.text(": " + item.detail)]
        }))
        return blocks
    }
}
