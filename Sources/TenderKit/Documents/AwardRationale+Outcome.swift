import Foundation

/// The sections about the outcome: who is awarded what, why every other submission is not, and
/// what blocks a final decision.
extension AwardRationale {
    func awardSection() -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: [.text("The award")], anchor: "award")]
        let awarded = ranked.indices.filter { ranked[$0].status == .awarded }.map { ranked[$0] }
        let provisional = decision.status == .provisional
        if provisional {
            blocks.append(
                .paragraph([
                    .strong("Provisional: "),
                    .text(
                        "these are the awards that would be made if nothing changes; none is made until the decision is final."
                    ),
                ]))
        }
        if awarded.isEmpty {
            blocks.append(
                .paragraph([
                    .strong(provisional ? "No award would be made." : "No award is made.")
                ]))
        } else {
            blocks.append(
                .table(
                    Table(
                        header: ["Rank", "Submission", "Organisation", "Total", "Awarded"],
                        alignments: [.right, .left, .left, .right, .right],
                        rows: awarded.map { result in
                            [
                                [.text(result.rank.map(String.init) ?? "")],
                                [.code(result.id)] + lotNote(result),
                                [.strong(result.organisation)],
                                [.text(AwardRationale.points(result.total))],
                                [.text(money(result.awarded ?? 0))],
                            ]
                        })))
        }
        let total = awarded.reduce(Decimal(0)) { $0 + ($1.awarded ?? 0) }
        blocks.append(
            .facts([
                (label: "Budget", value: [.text(money(round.round.budget.amount))]),
                (label: "Awarded", value: [.text(money(total))]),
                (label: "Remaining", value: [.text(money(decision.remainingBudget))]),
            ]))
        blocks.append(
            .heading(
                level: 3, text: [.text("Why the other submissions were not awarded")], anchor: nil))
        let others = ranked.indices.filter { ranked[$0].status != .awarded }
        let reasonWords = self.reasonWords
        blocks.append(
            others.isEmpty
                ? .paragraph([.text("Every submission was awarded.")])
                : .bulletList(
                    others.map { position in
                        let result = ranked[position]
                        return [
                            .code(result.id), .text(" "), .strong(result.organisation),
                            .text(
                                " (\(result.status.rawValue)): "
                                    + words(
                                        reasonWords.texts(result.reasons).joined(separator: "; "))),
                        ]
                    }))
        return blocks + auditSection()
    }

    /// Stage 5 of the strategy, Audit: the reviews `audit-schedule.ics` holds, and any award whose
    /// schedule could not be worked out (so that it is seen, not silently left out).
    private func auditSection() -> [Block] {
        guard let audit = rubric.audit,
            decision.submissions.contains(where: { $0.status == .awarded })
        else { return [] }
        let schedule = AuditSchedule(decision: decision, round: round)
        var items: [[Inline]] = []
        var reviewsBySubmission: [String: [AuditSchedule.Review]] = [:]
        for review in schedule.reviews {
            reviewsBySubmission[review.submission, default: []].append(review)
        }
        for result in ranked where result.status == .awarded {
            if let reviews = reviewsBySubmission[result.id], let first = reviews.first,
                let last = reviews.last
            {
                items.append([
                    .code(result.id),
                    .text(
                        ": \(NumberText.counted(reviews.count, "review")), from \(first.date) to \(last.date)"
                    ),
                ])
            }
        }
        for problem in schedule.problems {
            items.append([
                .code(problem.submission), .text(": "), .strong("no schedule"),
                .text(" (\(problem.reason)); plan its reviews by hand"),
            ])
        }
        return [
            .heading(level: 3, text: [.text("Audit schedule")], anchor: nil),
            .paragraph([
                .text(
                    "Each award is reviewed every \(NumberText.counted(audit.reviewEveryMonths, "month")) over its duration ("
                ),
                .code(audit.durationMonths.text),
                .text(
                    "), counted from the round's award date (not the contract's start): the first review falls \(NumberText.counted(audit.reviewEveryMonths, "month")) after the award date and the last is the last one within the duration, so the end of an award is reviewed only when its duration is a whole number of review periods. The events are in audit-schedule.ics."
                ),
            ]),
            .bulletList(items),
        ]
    }

    func blockingSection() -> [Block] {
        var blocks: [Block] = [
            .heading(level: 2, text: [.text("What blocks a final decision")], anchor: "blocking")
        ]
        guard !decision.blocking.isEmpty else {
            return blocks + [.paragraph([.text("Nothing: the decision is final.")])]
        }
        blocks.append(
            .bulletList(
                decision.blocking.map { item in
                    var line: [Inline] = [
                        .strong(item.kind.rawValue), .text(": "),
                        .code(item.field ?? item.submission),
                    ]
                    if let criterion = item.criterion { line += [.text(" / "), .code(criterion)] }
                    if let evaluator = item.evaluator {
                        line +=
                            audience == .public
                            ? [.text(" / " + pseudonyms.name(of: evaluator))]
                            : [.text(" / evaluator "), .code(evaluator)]
                    }
                    return line + [.text(": " + words(BlockingWords.detail(item.detail)))]
                }))
        return blocks
    }
}
