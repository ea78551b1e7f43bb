import Foundation

/// The award rationale: the decision record a panel chair signs, as a `Document`, in the order
/// the commissioning strategy's "decision record form" needs: the round, the method, the panel and
/// its conflicts, eligibility, scores, moderation, value for money, the award, what blocks it, and
/// the inputs it was made from.
public struct AwardRationale {
    /// Who reads it: the panel and auditors (`award-rationale.*`, everything), or the public
    /// (`public-rationale.*`: evaluators as "Evaluator A, B, …", no personal data of theirs).
    public enum Audience: Sendable { case panel, `public` }

    let decision: Decision
    let round: LoadedRound
    let conflicts: [Block]
    let audience: Audience
    let pseudonyms: PanelPseudonyms
    /// Results in rank order (unranked last, by id); in a round divided into lots, lot by lot.
    let ranked: [SubmissionResult]

    /// - Parameter conflicts: the conflicts assessment's blocks, placed after the panel.
    public init(
        decision: Decision, round: LoadedRound, conflicts: [Block] = [], audience: Audience = .panel
    ) {
        self.decision = decision
        self.round = round
        self.conflicts = conflicts
        self.audience = audience
        pseudonyms = PanelPseudonyms(panel: round.panel)
        ranked = AwardRationale.ranked(decision, lots: round.round.lots)
    }

    public func document() -> Document {
        var document = Document(
            title: (audience == .public ? "Public award rationale: " : "Award rationale: ")
                + round.round.title)
        document.blocks += audienceNote()
        document.blocks += statusSection()
        document.blocks += roundSection()
        document.blocks += [
            .heading(level: 2, text: [.text("The evaluation method")], anchor: "method")
        ]
        document.blocks += RubricMethodology(
            rubric: round.rubric, dividedIntoLots: !round.round.lots.isEmpty
        ).sections(level: 3)
        document.blocks += panelSection() + conflicts
        document.blocks += eligibilitySection()
        document.blocks += scoreTableSection()
        document.blocks += moderationSection()
        document.blocks += valueForMoneySection()
        document.blocks += awardSection() + lotsSection() + standstillSection()
        document.blocks += sensitivitySection()
        document.blocks += blockingSection()
        document.blocks += historySection(showsNames: audience == .panel)
        document.blocks += inputsSection()
        return document
    }

    var currency: String { round.round.budget.currency }
    var rubric: Rubric { round.rubric }
    var reasonWords: ReasonWords { ReasonWords(round: round.round) }

    func money(_ amount: Decimal) -> String { MoneyText.format(amount, currency: currency) }

    /// Points as the documents show them: two decimals, or a dash for none.
    static func points(_ value: Double?) -> String {
        value.map { NumberText.fixed($0, 2) } ?? "–"
    }

    /// The results in rank order, sorted as positions so that no result is copied more than once.
    private static func ranked(_ decision: Decision, lots: [Lot]) -> [SubmissionResult] {
        let lotOrder = Dictionary(
            lots.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let results = decision.submissions
        let lotPositions = results.map { lotOrder[$0.lot ?? ""] ?? 0 }
        return results.indices.sorted { left, right in
            lotPositions[left] != lotPositions[right]
                ? lotPositions[left] < lotPositions[right]
                : SubmissionResult.isOrderedBefore(results[left], results[right])
        }.map { results[$0] }
    }

    func submission(_ result: SubmissionResult) -> Submission { round.submissions[result.index] }

    private func statusSection() -> [Block] {
        guard decision.status == .provisional else {
            return [
                .callout(
                    kind: .note,
                    [
                        .paragraph([
                            .strong("Final decision. "), .text("Nothing blocks this decision."),
                        ])
                    ])
            ]
        }
        let count = decision.blocking.count
        return [
            .callout(
                kind: .warning,
                [
                    .paragraph([
                        .strong("Provisional decision. "),
                        .text(
                            "\(NumberText.counted(count, "item")) must be settled before it is final; see “What blocks a final decision”. The statuses below are those the submissions would have if nothing changed."
                        ),
                    ])
                ])
        ]
    }

    private func roundSection() -> [Block] {
        let r = round.round
        var facts: [(label: String, value: [Inline])] = [
            (label: "Round", value: [.text(r.title), .text(" ("), .code(r.id), .text(")")]),
            (
                label: "Buyer",
                value: [.text(r.buyer.name), .text(" ("), .code(r.buyer.id), .text(")")]
            ),
        ]
        if let fund = r.fund { facts.append((label: "Fund", value: [.text(fund)])) }
        facts += [
            (label: "Budget", value: [.text(money(r.budget.amount))]),
            (label: "Opened", value: [.text(r.opens.description)]),
            (label: "Closed", value: [.text(r.closes.description)]),
            (label: "Award date", value: [.text(r.awardDate.description)]),
            (
                label: "Rubric",
                value: [
                    .text(rubric.title), .text(" ("), .code(rubric.id),
                    .text(", version \(rubric.version))"),
                ]
            ),
            (label: "Submissions", value: [.text("\(round.submissions.count)")]),
        ]
        var blocks: [Block] = [
            .heading(level: 2, text: [.text("The round")], anchor: "round"), .facts(facts),
        ]
        if let description = r.description { blocks.append(.paragraph([.text(description)])) }
        return blocks
    }

    private func panelSection() -> [Block] {
        if audience == .public { return publicPanelSection() }
        let rows: [[[Inline]]] = round.panel.evaluators.map { evaluator in
            [
                [.code(evaluator.id)], [.text(evaluator.name)],
                [.text(evaluator.organisation ?? "")],
                [
                    .text(
                        evaluator.interests.isEmpty
                            ? "none declared" : "\(evaluator.interests.count) declared")
                ],
            ]
        }
        return [
            .heading(level: 2, text: [.text("The panel")], anchor: "panel"),
            .table(Table(header: ["Evaluator", "Name", "Organisation", "Interests"], rows: rows)),
        ]
    }

    private func eligibilitySection() -> [Block] {
        var blocks: [Block] = [
            .heading(level: 2, text: [.text("Eligibility")], anchor: "eligibility")
        ]
        guard !rubric.gates.isEmpty else {
            return blocks + [
                .paragraph([.text("The rubric has no gates: every submission is eligible.")])
            ]
        }
        let byID = decision.positionsByID
        for (index, gate) in rubric.gates.enumerated() {
            blocks.append(.heading(level: 3, text: [.text(gate.title)], anchor: nil))
            blocks.append(.paragraph([.text("Rule: "), .code(gate.rule.text)]))
            let rows: [[TableCell]] = byID.compactMap { position in
                let result = decision.submissions[position]
                guard index < result.gates.count else { return nil }
                let gateResult = result.gates[index]
                return [
                    .run(.code(result.id)),
                    .run(gateResult.passed ? .text("passed") : .strong("failed")),
                    .text(gateResult.explanation),
                ]
            }
            blocks.append(
                .table(Table(header: ["Submission", "Result", "The rule's values"], cells: rows)))
        }
        return blocks
    }

    private func inputsSection() -> [Block] {
        let rows: [[[Inline]]] = zip(round.inputNames, round.inputs).map { name, input in
            [[.code(name)], [.code(input.sha256)]]
        }
        return [
            .heading(level: 2, text: [.text("Inputs")], anchor: "inputs"),
            .paragraph([
                .text(
                    "This decision was made by tender \(EngineVersion.current) from these files (paths relative to the round folder); anyone holding files with the same SHA-256 digests can reproduce it exactly."
                )
            ]),
            .table(Table(header: ["File", "SHA-256"], rows: rows)),
        ]
    }
}
