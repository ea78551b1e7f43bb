/// The chair's conflict rulings from `decisions.json`, looked up by (evaluator id, submission id).
///
/// A ruling decides a pair only when the pair has a finding that is not lapsed; `PairDecision`
/// applies that rule. When a pair was ruled on more than once the last ruling in the file stands,
/// as a later entry records the chair's later word.
struct ChairRulings: Sendable {
    private struct Pair: Hashable, Sendable {
        let evaluator: String
        let submission: String
    }

    private var rulings: [Pair: Decisions.ConflictRuling] = [:]

    init(_ rulings: [Decisions.ConflictRuling]) {
        for ruling in rulings {
            self.rulings[Pair(evaluator: ruling.evaluator, submission: ruling.submission)] = ruling
        }
    }

    func ruling(evaluator: String, submission: String) -> Decisions.ConflictRuling? {
        guard !rulings.isEmpty else { return nil }
        return rulings[Pair(evaluator: evaluator, submission: submission)]
    }
}
