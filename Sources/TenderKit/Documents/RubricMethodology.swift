/// The evaluation method in words, from a rubric: what bidders read before they bid
/// (`tender rubric`) and what the award rationale restates. Every rule is given as the rubric
/// author wrote it and explained in plain English.
public struct RubricMethodology {
    let rubric: Rubric
    /// True when the method is stated for a round divided into lots (the rationale of such a
    /// round); the lot rules are stated anyway when the rubric sets a lot limit or order.
    var dividedIntoLots = false

    public init(rubric: Rubric, dividedIntoLots: Bool = false) {
        self.rubric = rubric
        self.dividedIntoLots = dividedIntoLots
    }

    /// The whole published methodology.
    public func document() -> Document {
        var document = Document(title: "Evaluation methodology: \(rubric.title)")
        document.blocks.append(
            .facts([
                (label: "Rubric", value: [.code(rubric.id), .text(", version \(rubric.version)")]),
                (label: "Award", value: [.text(awardModeText)]),
            ]))
        if let description = rubric.description {
            document.blocks.append(.paragraph([.text(description)]))
        }
        document.blocks += sections(level: 2)
        return document
    }

    /// The method's sections, headed at `level` (2 in the methodology, 3 inside the rationale).
    public func sections(level: Int) -> [Block] {
        gates(level) + qualityCriteria(level) + scale(level) + consensus(level)
            + valueForMoney(level)
            + thresholds(level) + ranking(level) + award(level) + figures(level)
    }

    var awardModeText: String {
        switch rubric.award.mode {
        case .single: "a single contract, to the highest-ranked submission"
        case .allocation: "grants, funded in rank order until the budget is spent"
        }
    }

    private func gates(_ level: Int) -> [Block] {
        var blocks: [Block] = [
            .heading(level: level, text: [.text("Eligibility gates")], anchor: "gates")
        ]
        guard !rubric.gates.isEmpty else {
            return blocks + [.paragraph([.text("There are no eligibility gates.")])]
        }
        blocks.append(
            .paragraph([
                .text(
                    "Every submission must pass every gate. A submission that fails one, or whose data cannot be checked against it (a missing field), is ineligible and is not scored further."
                )
            ]))
        blocks.append(
            .table(
                Table(
                    header: ["Gate", "Rule", "If it fails"],
                    rows: rubric.gates.map {
                        [[.strong($0.title)], [.code($0.rule.text)], [.text($0.message)]]
                    })))
        return blocks
    }

    private func qualityCriteria(_ level: Int) -> [Block] {
        let criteria = rubric.criteria
        var rows: [[[Inline]]] = []
        for criterion in criteria {
            let kind =
                criterion.isQuality
                ? "Scored by the panel"
                : "Calculated: \(criterion.quantitative?.method.rawValue ?? "")"
            var detail: [Inline] = [.text(criterion.guidance ?? "")]
            if let minimum = criterion.minimum {
                detail += [
                    .text(criterion.guidance == nil ? "" : " "),
                    .emphasis("Minimum score: \(NumberText.plain(minimum))."),
                ]
            }
            if let value = criterion.quantitative?.value.text {
                detail += [.text(" Value: "), .code(value)]
            }
            rows.append([
                [.strong(criterion.title)], [.text(NumberText.plain(criterion.weight))],
                [.text(kind)], detail,
            ])
        }
        return [
            .heading(level: level, text: [.text("Criteria and weights")], anchor: "criteria"),
            .table(
                Table(
                    header: ["Criterion", "Weight", "How it is scored", "Guidance"],
                    alignments: [.left, .right, .left, .left], rows: rows)),
        ]
    }

    private func scale(_ level: Int) -> [Block] {
        let scale = rubric.scale
        return [
            .heading(level: level, text: [.text("The scoring scale")], anchor: "scale"),
            .paragraph([
                .text(
                    "Panel members score each panel-scored criterion from \(NumberText.plain(scale.min)) to \(NumberText.plain(scale.max)), with a comment\(rubric.panel.requireComments ? " (required)" : " (optional)") explaining the score."
                )
            ]),
            .table(
                Table(
                    header: ["Score", "Label", "Meaning"], alignments: [.right, .left, .left],
                    rows: scale.descriptors.map {
                        [
                            [.text(NumberText.plain($0.score))], [.strong($0.label)],
                            [.text($0.meaning)],
                        ]
                    })),
            .paragraph([
                .text(
                    "Points for a panel-scored criterion = (agreed score − \(NumberText.plain(scale.min))) ÷ (\(NumberText.plain(scale.max)) − \(NumberText.plain(scale.min))) × weight."
                )
            ]),
        ]
    }
}
