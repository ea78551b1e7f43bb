import Foundation

/// The assessment summary of a round under the Procurement Act 2023 (section 50(3)), in the order
/// and words of regulation 31 of the Procurement Regulations 2024: the supplier (31(2)(a)–(c)); the
/// award criteria with each one's relative importance and the scores available (31(2)(d)); how the
/// tender was assessed, criterion by criterion with the score and its explanation, and the totals
/// (31(2)(e)); for an unsuccessful supplier, why the contract is not being awarded to it (31(3)(c))
/// and the same information for the most advantageous tender (31(3)(d)); then the standstill dates.
extension AssessmentSummary {
    func regulation31Document() -> Document {
        let submission = round.submissions[result.index]
        var document = Document(title: "Assessment summary: \(submission.title)")
        document.blocks += draftNote()
        document.blocks.append(
            .paragraph([
                .text(
                    "This assessment summary is given under section 50(3) of the Procurement Act 2023. It sets out the information regulation 31 of the Procurement Regulations 2024 requires, in that regulation's order."
                )
            ]))
        document.blocks += supplierSection(submission, heading: "1. The supplier")
        document.blocks += criteriaSection()
        document.blocks += assessmentSection()
        document.blocks += outcomeReasonsSection()
        document.blocks += mostAdvantageousSection()
        document.blocks += standstillSummarySection()
        document.blocks.append(
            .paragraph([
                .emphasis(
                    "This summary describes your own tender. Other suppliers' details are not disclosed, except what regulation 31 requires about the most advantageous tender."
                )
            ]))
        return document
    }

    private func supplierSection(_ submission: Submission, heading: String) -> [Block] {
        let organisation = submission[.organisation]
        let address = organisation?["address"]
        let lines = ["line1", "line2", "town", "postcode"].compactMap { address?[$0]?.string }
        let email = organisation?["email"]?.string
        let identifiers = submission.organisation.identifiers
        var facts: [(label: String, value: [Inline])] = [
            (label: "Name", value: [.text(submission.organisation.name)]),
            (
                label: "Postal address",
                value: [
                    .text(lines.isEmpty ? "not given in the tender" : lines.joined(separator: ", "))
                ]
            ),
            (label: "Email address", value: [.text(email ?? "not given in the tender")]),
            (
                label: "Unique identifier",
                value: identifiers.isEmpty
                    ? [.text("none given in the tender")]
                    : [.code(identifiers.joined(separator: ", "))]
            ),
            (label: "Tender", value: [.code(submission.id)]),
        ]
        if submission.id == result.id {
            facts += lotFacts()
            facts.append((label: "Procurement", value: [.text(round.round.title)]))
            facts.append((label: "Contracting authority", value: [.text(round.round.buyer.name)]))
        }
        return [.heading(level: 2, text: [.text(heading)], anchor: nil), .facts(facts)]
    }

    private func criteriaSection() -> [Block] {
        let scale = rubric.scale
        let available =
            "\(NumberText.plain(scale.min)) to \(NumberText.plain(scale.max)): "
            + scale.descriptors.map { "\(NumberText.plain($0.score)) \($0.label)" }.joined(
                separator: ", ")
        let rows: [[[Inline]]] = rubric.criteria.map { criterion in
            let how: String
            let scores: String
            if let quantitative = criterion.quantitative {
                how =
                    "Calculated from \(quantitative.value.text) (\(quantitative.better.rawValue) is better) by the \(quantitative.method.rawValue) formula, against the other compliant tenders\(round.round.lots.isEmpty ? "" : " for the same lot")"
                scores = "0 to \(NumberText.plain(criterion.weight)) points"
            } else {
                how =
                    "Scored by the evaluation panel against the scale; the agreed score is the \(rubric.consensus.method.rawValue) of the evaluators' scores, or a score agreed at moderation. Points = agreed score ÷ \(NumberText.plain(scale.max - scale.min)) × weight"
                scores = available
            }
            return [
                [.strong(criterion.title)], [.text("\(NumberText.plain(criterion.weight))%")],
                [.text(how)], [.text(scores)],
            ]
        }
        return [
            .heading(level: 2, text: [.text("2. The award criteria")], anchor: nil),
            .paragraph([
                .text(
                    "A summary of the award criteria. They are set out in full, with the assessment methodology, in the published evaluation methodology for rubric "
                ), .code(rubric.id),
                .text(" version \(rubric.version), and in the award rationale."),
            ]),
            .table(
                Table(
                    header: [
                        "Criterion", "Relative importance", "How it was assessed",
                        "Scores available",
                    ],
                    rows: rows)),
        ]
    }

    private func assessmentSection() -> [Block] {
        let heading = Block.heading(
            level: 2, text: [.text("3. How your tender was assessed")], anchor: nil)
        guard result.status != .ineligible else {
            return [
                heading,
                .paragraph([
                    .text(
                        "Your tender was not assessed against the award criteria: it did not pass the conditions of participation the rubric checks first."
                    )
                ]),
            ] + gateSection()
        }
        return [heading] + assessment(of: result)
    }

    /// One tender's score, points and explanation on each criterion, then the sub-totals and total.
    func assessment(of tender: SubmissionResult) -> [Block] {
        var rows: [[[Inline]]] = zip(rubric.criteria, tender.criteria).map {
            definition, criterion in
            [
                [.strong(definition.title)], [.text(score(criterion))],
                [
                    .text(
                        "\(AwardRationale.points(criterion.points)) of \(NumberText.plain(definition.weight))"
                    )
                ],
                [.text(explanation(criterion, of: tender))],
            ]
        }
        let quality = zip(rubric.criteria, tender.criteria).filter { $0.0.isQuality }
        let qualityPoints = quality.reduce(0.0) { $0 + ($1.1.points ?? 0) }
        let qualityWeight = quality.reduce(0.0) { $0 + $1.0.weight }
        rows.append([
            [.strong("Sub-total: quality")], [.text("")],
            [.text("\(NumberText.fixed(qualityPoints, 2)) of \(NumberText.plain(qualityWeight))")],
            [.text("")],
        ])
        rows.append([
            [.strong("Total score")], [.text("")],
            [.strong(tender.total.map { "\(NumberText.fixed($0, 2)) of 100" } ?? "not totalled")],
            [
                .text(
                    tender.rank.map { "Ranked \($0)\(tender.lot == nil ? "" : " in the lot")" }
                        ?? "")
            ],
        ])
        return [
            .table(
                Table(
                    header: ["Criterion", "Score", "Points", "Explanation"],
                    alignments: [.left, .right, .right, .left], rows: rows))
        ]
    }

    private func score(_ criterion: CriterionResult) -> String {
        if criterion.kind == .quantitative {
            return criterion.value.map { NumberText.decimal($0.rounded(places: 2)) } ?? "–"
        }
        return criterion.consensus.map { NumberText.fixed($0, 2) } ?? "–"
    }

    private func explanation(_ criterion: CriterionResult, of tender: SubmissionResult) -> String {
        guard criterion.kind == .quality else {
            return "The value in the tender, scored by the published formula."
        }
        if criterion.source == .moderated,
            let entry = context.moderation[IDPairKey.make(tender.id, criterion.id)]
        {
            return "Agreed by the panel at moderation: " + entry.rationale
        }
        let comments = criterion.scoreRows.map { row in
            "\(NumberText.plain(round.scores.scores[Int(row)])): " + round.scores.comment(Int(row))
        }
        return comments.isEmpty
            ? "Not scored."
            : "The evaluators' scores and reasons: " + comments.joined(separator: " / ")
    }

    private func outcomeReasonsSection() -> [Block] {
        let headline =
            lotHeadline() ?? (result.status == .awarded ? "Successful." : "Not successful.")
        guard result.status != .awarded else {
            return [
                .heading(level: 2, text: [.text("4. Outcome")], anchor: nil),
                .paragraph([
                    .strong(headline), .text(" Your tender is the most advantageous tender."),
                ]),
            ]
        }
        return [
            .heading(
                level: 2, text: [.text("4. Why the contract is not being awarded to you")],
                anchor: nil),
            .paragraph([.strong(headline)]),
            .bulletList(ownReasons().map { [.text($0)] }),
        ]
    }

    private func mostAdvantageousSection() -> [Block] {
        guard result.status != .awarded else { return [] }
        let heading = Block.heading(
            level: 2, text: [.text("5. The most advantageous tender")], anchor: nil)
        guard let winner = successful else {
            return [
                heading,
                .paragraph([
                    .text(
                        "No contract is being awarded\(result.lot == nil ? "" : " for this lot").")
                ]),
            ]
        }
        let submission = round.submissions[winner.index]
        return [heading]
            + Array(supplierSection(submission, heading: "").dropFirst())
            + [.paragraph([.text("How the most advantageous tender was assessed:")])]
            + assessment(of: winner)
    }

    private func standstillSummarySection() -> [Block] {
        let heading = Block.heading(level: 2, text: [.text("6. Standstill period")], anchor: nil)
        let extra = round.round.awardStage.nonWorkingDays.count
        if let standstill = decision.standstill {
            return [
                heading,
                .paragraph([.text(StandstillWords.sentences(standstill, extraDays: extra))]),
            ]
        }
        return StandstillWords.pending(round.round, status: decision.status).map {
            [heading, .paragraph([.text($0)])]
        } ?? []
    }
}
