import Foundation

/// The recipient's own scores with the panel's reasons, and the comparison with the successful
/// submission.
extension AssessmentSummary {
    func ownScoresSection() -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: [.text("Your scores")], anchor: "scores")]
        blocks.append(
            .table(
                Table(
                    header: ["Criterion", "Weight", "Agreed score", "Value", "Points"],
                    alignments: [.left, .right, .right, .right, .right],
                    cells: zip(rubric.criteria, result.criteria).map { definition, criterion in
                        [
                            .text(definition.title), .text(NumberText.plain(definition.weight)),
                            .text(agreed(criterion)), .text(value(criterion, definition)),
                            .text(AwardRationale.points(criterion.points)),
                        ]
                    })))
        blocks += checkingNotes()
        for index in result.criteria.indices {
            blocks += reasons(for: result.criteria[index], definition: rubric.criteria[index])
        }
        return blocks
    }

    /// A panel-scored criterion's agreed score, rounded for display (the points use it unrounded).
    private func agreed(_ criterion: CriterionResult) -> String {
        guard criterion.kind == .quality else { return "–" }
        return criterion.consensus.map(NumberText.score) ?? "–"
    }

    /// A quantitative criterion's value in its unit.
    private func value(_ criterion: CriterionResult, _ definition: Criterion) -> String {
        guard criterion.kind == .quantitative else { return "–" }
        return criterion.value.map { ValueText.format($0, unit: definition.quantitative?.unit) }
            ?? "–"
    }

    /// The panel's comments on this criterion (or the moderation rationale), without names.
    private func reasons(for criterion: CriterionResult, definition: Criterion) -> [Block] {
        guard criterion.kind == .quality else { return [] }
        let comments = criterion.scoreRows.map { row in
            "Score \(NumberText.plain(round.scores.scores[Int(row)])): "
                + context.pseudonyms.redact(round.scores.comment(Int(row)))
        }
        var list = Block.textList(comments)
        if criterion.source == .moderated,
            let entry = context.moderation[IDPairKey.make(result.id, criterion.id)]
        {
            list = .bulletList(
                comments.map { [.text($0)] } + [
                    [
                        .strong("Agreed by the panel at moderation: "),
                        .text(context.pseudonyms.redact(entry.rationale)),
                    ]
                ])
        } else if comments.isEmpty {
            return []
        }
        return [.heading(level: 3, text: [.text(definition.title)], anchor: nil), list]
    }

    func comparisonSection() -> [Block] {
        var blocks: [Block] = [
            .heading(level: 2, text: [.text("The successful submission")], anchor: "successful")
        ]
        guard let successful else {
            return blocks + [
                .paragraph([
                    .text("No award was made in this \(result.lot == nil ? "round" : "lot").")
                ])
            ]
        }
        if successful.id == result.id, rubric.award.mode == .single {
            return blocks + [.paragraph([.text("Your submission was the successful one.")])]
        }
        if result.status == .awarded {
            // A funded applicant is one of the successful submissions: nothing scored "higher".
            return [
                .heading(level: 2, text: [.text("How grants were made")], anchor: "successful"),
                .paragraph([.text(allocationIntroduction(forFunded: true))]),
            ]
        }
        blocks.append(.paragraph(successfulIntroduction(successful)))
        blocks.append(
            .table(
                Table(
                    header: ["Criterion", "Your points", "Successful submission's points"],
                    alignments: [.left, .right, .right],
                    cells: zip(rubric.criteria.indices, rubric.criteria).map { index, definition in
                        [
                            .text(definition.title),
                            .text(AwardRationale.points(result.criteria[index].points)),
                            .text(AwardRationale.points(successful.criteria[index].points)),
                        ]
                    } + [
                        [
                            .run(.strong("Total")),
                            .run(.strong(AwardRationale.points(result.total))),
                            .run(.strong(AwardRationale.points(successful.total))),
                        ]
                    ])))
        blocks += advantages(of: successful)
        return blocks
    }

    private func successfulIntroduction(_ successful: SubmissionResult) -> [Inline] {
        let contract = result.lot.map { "contract for lot \(lotTitle($0))" } ?? "contract"
        switch rubric.award.mode {
        case .single:
            return [
                .text(
                    isProvisional
                        ? "If nothing changes, the \(contract) would be awarded to "
                        : "The \(contract) was awarded to "), .strong(successful.organisation),
                .text(
                    " for \(successful.awarded.map(money) ?? "–"), with a total of \(AwardRationale.points(successful.total)) points."
                ),
            ]
        case .allocation:
            return [.text(allocationIntroduction(forFunded: false))]
        }
    }

    /// The criteria where the successful submission scored more, with the panel's reasons for its score.
    private func advantages(of successful: SubmissionResult) -> [Block] {
        var items: [[Inline]] = []
        for (index, definition) in rubric.criteria.enumerated() {
            // A criterion this submission was not scored on (a price after a threshold or a
            // rejection) is not one it lost on.
            guard let mine = result.criteria[index].points else { continue }
            let theirs = successful.criteria[index].points ?? 0
            guard theirs > mine + 1e-9 else { continue }
            var line: [Inline] = [
                .strong(definition.title),
                .text(": \(NumberText.fixed(theirs - mine, 2)) more points."),
            ]
            if rubric.award.mode == .single {
                let comments = successful.criteria[index].scoreRows.map {
                    context.pseudonyms.redact(round.scores.comment(Int($0)))
                }.filter { !$0.isEmpty }
                if !comments.isEmpty {
                    line.append(.text(" The panel noted: " + comments.joined(separator: " / ")))
                }
            }
            items.append(line)
        }
        guard !items.isEmpty else { return [] }
        return [
            .heading(
                level: 3, text: [.text("Where the successful submission scored higher")],
                anchor: nil), .bulletList(items),
        ]
    }
}
