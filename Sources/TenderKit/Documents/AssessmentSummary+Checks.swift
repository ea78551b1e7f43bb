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
        var notes: [String] = []
        for (index, definition) in rubric.criteria.enumerated() {
            guard let quantitative = definition.quantitative,
                let points = result.criteria[index].points,
                let value = result.criteria[index].value,
                let scale = decision.valueScales.first(where: { $0.criterion == definition.id })
            else { continue }
            let unit = quantitative.unit
            // Only the figures the formula uses: the worst value only for linear-range.
            let range =
                quantitative.method == .linearRange
                ? "the best value was \(ValueText.format(scale.best, unit: unit)) and the worst was \(ValueText.format(scale.worst, unit: unit))"
                : "the best value was \(ValueText.format(scale.best, unit: unit))"
            notes.append(
                "On \(definition.title), among the submissions scored in full \(range). With your value of \(ValueText.format(value, unit: unit)), \(QuantitativeFormulaText.symbols(quantitative, weight: definition.weight)) gives \(AwardRationale.points(points)) points."
            )
        }
        return notes
    }
}
