/// The rubric of the synthetic benchmark round: five panel-scored criteria and cost per beneficiary.
extension SyntheticRound {
    static let rubric = """
        {"id": "bench", "title": "Benchmark rubric", "version": "1",
         "award": {"mode": "allocation", "amount": "submission.amountRequested"},
         "scale": {"min": 0, "max": 5, "descriptors": [{"score": 0, "label": "None", "meaning": "Nothing"}, {"score": 5, "label": "All", "meaning": "Everything"}]},
         "consensus": {"method": "mean", "maxSpread": 3},
         "panel": {"minIndependentEvaluators": 3, "requireComments": true},
         "conflicts": {"lookbackYears": 5},
         "gates": [
           {"id": "purpose", "title": "Purpose", "rule": "any(submission.purposes, p => p in [\\"crime-and-disorder\\", \\"reoffending\\"])", "message": "No purpose"},
           {"id": "amount", "title": "Amount", "rule": "submission.amountRequested > 0 and submission.amountRequested <= 25000", "message": "Too much"}
         ],
         "criteria": [
           {"id": "need", "title": "Need", "weight": 20},
           {"id": "delivery", "title": "Delivery", "weight": 20},
           {"id": "partnership", "title": "Partnership", "weight": 15},
           {"id": "victims", "title": "Victims", "weight": 15},
           {"id": "sustainability", "title": "Sustainability", "weight": 10},
           {"id": "value", "title": "Cost per beneficiary", "weight": 20, "type": "quantitative",
            "value": "submission.amountRequested / submission.beneficiaries", "better": "lower", "method": "ratio-to-best",
            "abnormallyLow": {"belowMeanBy": 0.9}}
         ],
         "tieBreak": ["need", "lower: submission.amountRequested"]}
        """
}
