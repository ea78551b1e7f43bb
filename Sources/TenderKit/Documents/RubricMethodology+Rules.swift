import Foundation

/// The parts of the methodology that explain rules: consensus, value for money, thresholds,
/// ranking and the award.
extension RubricMethodology {
    func consensus(_ level: Int) -> [Block] {
        let method =
            rubric.consensus.method == .mean
            ? "the mean (average) of the independent scores"
            : "the median of the independent scores (for an even number of scores, the mean of the middle two)"
        return [
            .heading(level: level, text: [.text("Consensus and moderation")], anchor: "consensus"),
            .bulletList([
                [
                    .text(
                        "Each panel member scores independently. Members with a conflict of interest in a submission are excluded from it, and their scores for it do not count."
                    )
                ],
                [.text("The agreed score for a criterion is \(method).")],
                [
                    .text(
                        "At least \(NumberText.counted(rubric.panel.minIndependentEvaluators, "independent score")) are needed for each criterion of each submission; with fewer, the decision cannot be final."
                    )
                ],
                [
                    .text(
                        "If the highest and lowest independent scores differ by more than \(NumberText.plain(rubric.consensus.maxSpread)), the panel must meet and agree a moderated score, recorded with its rationale; the moderated score replaces the calculated one."
                    )
                ],
            ]),
        ]
    }

    func valueForMoney(_ level: Int) -> [Block] {
        let criteria = rubric.quantitativeCriteria
        guard !criteria.isEmpty else { return [] }
        var blocks: [Block] = [
            .heading(level: level, text: [.text("Value for money")], anchor: "value-for-money")
        ]
        for criterion in criteria {
            guard let quantitative = criterion.quantitative else { continue }
            blocks.append(
                .paragraph([
                    .strong(criterion.title),
                    .text(" (weight \(NumberText.plain(criterion.weight))): the value is "),
                    .code(quantitative.value.text),
                    .text(", and \(quantitative.better.rawValue) is better."),
                ]))
            blocks.append(.bulletList(formula(quantitative, weight: criterion.weight)))
            if let fraction = quantitative.abnormallyLowBelowMeanBy {
                let percent = NumberText.decimal(fraction * 100)
                blocks.append(
                    .paragraph([
                        .text(
                            "Abnormally low values: each submission that is eligible and passes every quality threshold has its value compared with the mean of the values of the other such submissions (before any is excluded, and only when there are at least two others); a value more than \(percent)% below that mean is flagged. The panel asks the bidder to explain it; if the explanation is rejected the submission is excluded, and until it is answered the decision cannot be final."
                        )
                    ]))
            }
        }
        return blocks
    }

    /// The formula in words and symbols, with a worked example on round numbers.
    private func formula(_ quantitative: Criterion.Quantitative, weight: Double) -> [[Inline]] {
        let words = QuantitativeFormulaText.words(quantitative)
        let symbols = QuantitativeFormulaText.symbols(quantitative, weight: weight)
        let example = workedExample(quantitative, weight: weight)
        return [
            [.text("In words: points are \(words).")], [.text("In symbols: "), .code(symbols)],
            [.text("Worked example: " + example)],
        ]
    }

    private func workedExample(_ quantitative: Criterion.Quantitative, weight: Double) -> String {
        let lower = quantitative.better == .lower
        let (best, value, worst) = lower ? (80.0, 100.0, 120.0) : (120.0, 100.0, 80.0)
        let values = [best, value, worst]
        let points =
            QuantitativePoints(values: values, quantitative: quantitative, weight: weight)?.points(
                value) ?? 0
        return
            "with values \(values.map(NumberText.plain).joined(separator: ", ")) the best is \(NumberText.plain(best)) and the worst \(NumberText.plain(worst)); a submission with \(NumberText.plain(value)) scores \(NumberText.fixed(points, 2)) of \(NumberText.plain(weight)) points, and the best scores \(NumberText.plain(weight))."
    }

    func thresholds(_ level: Int) -> [Block] {
        var items: [[Inline]] = rubric.qualityCriteria.compactMap { criterion in
            criterion.minimum.map {
                [
                    .text(
                        "\(criterion.title): an agreed score below \(NumberText.plain($0)) excludes the submission."
                    )
                ]
            }
        }
        if let minimum = rubric.minimumQuality {
            items.append([
                .text(
                    "Overall quality: a submission must reach \(NumberText.plain(minimum))% of the panel-scored points."
                )
            ])
        }
        guard !items.isEmpty else { return [] }
        return [
            .heading(level: level, text: [.text("Quality thresholds")], anchor: "thresholds"),
            .paragraph([
                .text(
                    "A submission below a threshold is not ranked and receives no value-for-money points:"
                )
            ]),
            .bulletList(items),
        ]
    }

    func ranking(_ level: Int) -> [Block] {
        var items: [[Inline]] = [
            [
                .text(
                    "Total = the sum of all the unrounded points, out of 100. Submissions are ranked by total, highest first; totals within 1e-9 of each other are equal."
                )
            ]
        ]
        if rubric.tieBreak.isEmpty {
            items.append([.text("Equal totals share a rank.")])
        } else {
            items.append([.text("Equal totals are separated by, in order:")])
            for entry in rubric.tieBreak {
                switch entry {
                case .criterion(let id, _):
                    let title = rubric.criteria.first { $0.id == id }?.title ?? id
                    items.append([.text("— more points on \(title);")])
                case .lower(let rule):
                    items.append([.text("— the lower value of "), .code(rule.text), .text(";")])
                case .higher(let rule):
                    items.append([.text("— the higher value of "), .code(rule.text), .text(";")])
                }
            }
            items.append([.text("Submissions still equal share a rank.")])
        }
        return [
            .heading(level: level, text: [.text("Ranking and ties")], anchor: "ranking"),
            .bulletList(items),
        ]
    }

    func award(_ level: Int) -> [Block] {
        let amount: [Inline] = [
            .text("The amount of each award is "), .code(rubric.award.amount.text),
            .text(", to the penny."),
        ]
        var text: [[Inline]] = [amount]
        switch rubric.award.mode {
        case .single:
            text.append([.text("The contract is awarded to the highest-ranked submission.")])
        case .allocation:
            text.append([
                .text(
                    "Grants are made in rank order while the budget lasts; a request that does not fit in what remains is passed over and the next is considered."
                )
            ])
        }
        if let minimum = rubric.award.minimumTotal {
            text.append([
                .text(
                    "No award is made to a submission whose total is below \(NumberText.plain(minimum))."
                )
            ])
        }
        if dividedIntoLots || rubric.award.hasLotRules {
            text.append([.text(LotWords.awardRule(rubric.award))])
        }
        return [
            .heading(level: level, text: [.text("How the award is made")], anchor: "award-method"),
            .bulletList(text),
        ]
    }
}
