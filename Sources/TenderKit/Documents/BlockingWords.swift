/// What blocks a decision, in words: one sentence per `BlockingDetail`, for decision.json, the
/// award rationale and `tender status`.
public enum BlockingWords {
    public static func detail(_ detail: BlockingDetail) -> String {
        switch detail {
        case .spread(let scores, let spread, let maxSpread):
            let list = scores.map { "\($0.evaluator) \(NumberText.plain($0.score))" }
            return
                "scores \(list.joined(separator: ", ")) spread by \(NumberText.plain(spread)), more than the rubric's maxSpread of \(NumberText.plain(maxSpread)); the panel must agree a moderated score"
        case .tooFewEvaluators(let independent, let needed):
            return
                "\(NumberText.counted(independent, "independent score")), but the rubric needs at least \(needed)"
        case .abnormallyLow(let value):
            return FlagWords.abnormalValue(value)
                + "; the panel must seek a clarification and accept or reject the value"
        case .tie(let rank, nil):
            return
                "shares rank \(rank) with another submission, and the award depends on which comes first; the tie-breaks did not separate them"
        case .tie(let rank, let lotTitle?):
            return LotWords.tieDetail(rank: rank, lotTitle: lotTitle)
        case .pendingConflict:
            return
                "a possible conflict of interest awaits the chair's ruling; until then the evaluator's scores count"
        case .incompleteField(let field):
            return "\(field.path) \(field.problem)"
        }
    }
}
