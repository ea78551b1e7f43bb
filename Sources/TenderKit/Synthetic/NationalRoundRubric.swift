/// The rubric of the national benchmark round: two gates, ten panel-scored criteria (8 points
/// each) and cost per beneficiary (20 points, lower is better), allocation within the budget.
extension NationalRound {
    var rubric: String {
        let criteria = NationalRound.criteria.map { id in
            "{\"id\": \"\(id)\", \"title\": \"\(id.prefix(1).uppercased() + id.dropFirst())\", \"weight\": 8}"
        }
        return """
            {"id": "national", "title": "National Communities Fund", "version": "1",
             "award": {"mode": "allocation", "amount": "submission.amountRequested"},
             "scale": {"min": 0, "max": 5, "descriptors": [{"score": 0, "label": "None", "meaning": "No evidence"}, {"score": 5, "label": "Excellent", "meaning": "Full, convincing evidence"}]},
             "consensus": {"method": "mean", "maxSpread": 4},
             "panel": {"minIndependentEvaluators": 3, "requireComments": true},
             "conflicts": {"lookbackYears": 5},
             "gates": [
               {"id": "purpose", "title": "Purpose", "rule": "any(submission.purposes, p => p in [\\"crime-and-disorder\\", \\"reoffending\\"])", "message": "No purpose of the fund"},
               {"id": "amount", "title": "Amount", "rule": "submission.amountRequested > 0 and submission.amountRequested <= 25000", "message": "Asks for more than £25,000"}
             ],
             "criteria": [
               \(criteria.joined(separator: ",\n   ")),
               {"id": "value", "title": "Cost per beneficiary", "weight": 20, "type": "quantitative",
                "value": "submission.amountRequested / submission.beneficiaries", "better": "lower", "method": "ratio-to-best",
                "abnormallyLow": {"belowMeanBy": 0.95}}
             ],
             "tieBreak": ["need", "lower: submission.amountRequested"]}

            """
    }
}
