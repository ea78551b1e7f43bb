import Foundation

/// Reads `criteria`: panel-scored criteria, and quantitative ones (`"type": "quantitative"`).
enum CriterionDecoder {
    static let qualityFields = [
        "id", "title", "type", "weight", "guidance", "minimum", "outcomes", "principles",
    ]
    static let quantitativeFields = [
        "id", "title", "type", "weight", "guidance", "value", "better", "method", "abnormallyLow",
        "unit",
    ]

    /// Every criterion, or nil if any one cannot be read (each problem is logged).
    static func decodeAll(in rubric: FieldReader) -> [Criterion]? {
        guard let criteria = rubric.children("criteria") else { return nil }
        let decoded = criteria.compactMap(decode)
        return decoded.count == criteria.count ? decoded : nil
    }

    static func decode(_ criterion: FieldReader) -> Criterion? {
        guard let type = type(of: criterion) else { return nil }
        let isQuantitative = type == "quantitative"
        criterion.rejectUnknownFields(allowed: isQuantitative ? quantitativeFields : qualityFields)
        let id = criterion.identifier("id")
        let title = criterion.string("title")
        let weight = criterion.number(
            "weight", in: Double.leastNonzeroMagnitude...100,
            rangeText: "more than 0 and at most 100")
        let guidance = criterion.string("guidance", required: false)
        var quantitative: Criterion.Quantitative?
        var minimum: Double?
        if isQuantitative {
            guard let decoded = decodeQuantitative(criterion, id: id) else { return nil }
            quantitative = decoded
        } else {
            minimum = criterion.number("minimum", required: false)?.double
        }
        let outcomes = criterion.strings("outcomes")
        let principles = criterion.strings("principles")
        guard let id, let title, let weight, let outcomes, let principles else { return nil }
        return Criterion(
            id: id, title: title, weight: weight, guidance: guidance, minimum: minimum,
            outcomes: outcomes,
            principles: principles, quantitative: quantitative,
            location: criterion.location(of: "id"))
    }

    /// "quality" (also when absent) or "quantitative"; nil, reported, for anything else, so that a
    /// wrong type is one error rather than one per field the other kind does not have.
    private static func type(of criterion: FieldReader) -> String? {
        guard criterion.value("type", required: false) != nil else { return "quality" }
        guard let type = criterion.string("type") else { return nil }
        guard type == "quality" || type == "quantitative" else {
            let hint = EditDistance.didYouMean(type, among: ["quality", "quantitative"])
            criterion.error(
                "\(criterion.childPath("type")) must be 'quality' (scored by the panel, the default) or 'quantitative', but it is '\(type)'\(hint)",
                at: criterion.object["type"]?.offset ?? criterion.offset)
            return nil
        }
        return type
    }

    private static func decodeQuantitative(_ criterion: FieldReader, id: String?)
        -> Criterion.Quantitative?
    {
        let value = RuleCompilation.rule(
            "value", in: criterion, expecting: .number,
            reference: id.map(RuleReference.criterionValue))
        let better = criterion.choice("better", as: Criterion.Quantitative.Better.self)
        let method = criterion.choice("method", as: Criterion.Quantitative.Method.self)
        let unit = criterion.string("unit", required: false)
        var belowMeanBy: Decimal?
        var abnormallyLowLocation: SourceLocation?
        if let abnormallyLow = criterion.child("abnormallyLow", required: false) {
            abnormallyLow.rejectUnknownFields(allowed: DocumentFields.abnormallyLow)
            guard
                abnormallyLow.number(
                    "belowMeanBy", in: Double.leastNonzeroMagnitude...(1.0).nextDown,
                    rangeText: "a fraction between 0 and 1 (0.25 is 25%)") != nil
            else { return nil }
            belowMeanBy = abnormallyLow.number("belowMeanBy")?.decimal
            abnormallyLowLocation = abnormallyLow.location
        }
        guard let value, let better, let method else { return nil }
        return Criterion.Quantitative(
            value: value, better: better, method: method, abnormallyLowBelowMeanBy: belowMeanBy,
            abnormallyLowLocation: abnormallyLowLocation, unit: unit)
    }
}
