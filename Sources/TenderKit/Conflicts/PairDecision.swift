/// What follows for one (evaluator, submission) pair from its findings and the chair's ruling.
///
/// Only findings that are not lapsed count. A pair with none has no outcome, and a ruling on it
/// changes nothing. Otherwise a ruling decides (`conflict`: excluded; `no-conflict`: kept, the
/// chair's word being final), and without one any `match` excludes the pair while only `possible`
/// findings leave it pending.
struct PairDecision {
    let outcome: PairOutcome?
    /// The ruling's rationale when a ruling decided the pair.
    let rationale: String?

    init(strengths: [ConflictStrength], ruling: PanelDecisions.ConflictRuling?) {
        let counted = strengths.filter { $0 != .lapsed }
        guard !counted.isEmpty else {
            outcome = nil
            rationale = nil
            return
        }
        if let ruling {
            outcome = ruling.outcome == .conflict ? .excluded : .kept
            rationale = ruling.rationale
        } else {
            outcome = counted.contains(.match) ? .excluded : .pending
            rationale = nil
        }
    }

    /// The finding's outcome: the pair's outcome, or `lapsed` for a lapsed finding.
    func findingOutcome(for strength: ConflictStrength) -> ConflictFinding.Outcome {
        guard strength != .lapsed, let outcome else { return .lapsed }
        return ConflictFinding.Outcome(outcome)
    }

    /// The rationale a finding carries: the ruling's, unless the finding is lapsed.
    func rationale(for strength: ConflictStrength) -> String? {
        strength == .lapsed ? nil : rationale
    }
}

/// The chair's conflict rulings from `decisions.json`, looked up by (evaluator id, submission id).
///
/// A ruling decides a pair only when the pair has a finding that is not lapsed; `PairDecision`
/// applies that rule. A pair ruled on more than once is an error in a round
/// (`DecisionsAreNotRepeated`); given such a list anyway, the last ruling in it is the one kept.
struct ChairRulings: Sendable {
    private struct Pair: Hashable, Sendable {
        let evaluator: String
        let submission: String
    }

    private var rulings: [Pair: PanelDecisions.ConflictRuling] = [:]

    init(_ rulings: [PanelDecisions.ConflictRuling]) {
        for ruling in rulings {
            self.rulings[Pair(evaluator: ruling.evaluator, submission: ruling.submission)] = ruling
        }
    }

    func ruling(evaluator: String, submission: String) -> PanelDecisions.ConflictRuling? {
        guard !rulings.isEmpty else { return nil }
        return rulings[Pair(evaluator: evaluator, submission: submission)]
    }
}
