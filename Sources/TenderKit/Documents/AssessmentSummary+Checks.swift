import Foundation

/// What an applicant needs to check its own figures: whether an evaluator was left out for a
/// conflict of interest, and the best and worst values each value-for-money formula used (whose
/// they are is not said).
extension AssessmentSummary {
    func checkingNotes() -> [Block] {
        var items: [[Inline]] = []
        if let note = exclusionNote() { items.append([.text(note)]) }
        items += valueScaleNotes().map { [.text($0)] }
        items.append([
            .text(
                "Figures are shown to 2 decimal places, rounded half away from zero; each total is the sum of the unrounded points, so it can differ by 0.01 from the sum of the points shown."
            )
        ])
        return [
            .heading(level: 3, text: [.text("Checking these figures")], anchor: nil),
            .bulletList(items),
        ]
    }

    private func exclusionNote() -> String? {
        let excluded = result.criteria.map { $0.excluded.count }.max() ?? 0
        guard excluded > 0, result.status != .ineligible else { return nil }
        let method = rubric.consensus.method.rawValue
        return
            "\(NumberText.counted(excluded, "evaluator")) \(excluded == 1 ? "was" : "were") excluded from assessing your submission because of a conflict of interest; \(excluded == 1 ? "their" : "those") scores do not count, and each agreed score is the \(method) of the other evaluators' scores (or the panel's moderated score)."
    }

    private func valueScaleNotes() -> [String] {
        context.valueScaleWords.indices.compactMap { index in
            guard let words = context.valueScaleWords[index],
                let points = result.criteria[index].points,
                let value = result.criteria[index].value
            else { return nil }
            return words.before + ValueText.format(value, unit: words.unit) + words.between
                + AwardRationale.points(points) + " points."
        }
    }
}

/// The words of a value-for-money criterion's note that every applicant's summary shares: its
/// best and worst values (only the figures the formula uses: the worst only for linear-range)
/// and the formula, made once for a round's summaries.
struct ValueScaleWords: Sendable {
    /// Up to the applicant's own value.
    let before: String
    let unit: String?
    /// From the applicant's value to its points.
    let between: String

    /// For each of the rubric's criteria: the words, or nil for a criterion that is not a
    /// value-for-money one or has no scale.
    static func make(rubric: Rubric, decision: Decision) -> [ValueScaleWords?] {
        rubric.criteria.map { definition in
            guard let quantitative = definition.quantitative,
                let scale = decision.valueScales.first(where: { $0.criterion == definition.id })
            else { return nil }
            let unit = quantitative.unit
            let range =
                quantitative.method == .linearRange
                ? "the best value was \(ValueText.format(scale.best, unit: unit)) and the worst was \(ValueText.format(scale.worst, unit: unit))"
                : "the best value was \(ValueText.format(scale.best, unit: unit))"
            return ValueScaleWords(
                before:
                    "On \(definition.title), among the submissions scored in full \(range). With your value of ",
                unit: unit,
                between:
                    ", \(QuantitativeFormulaText.symbols(quantitative, weight: definition.weight)) gives "
            )
        }
    }
}
