import Foundation

/// Steps 6 to 11 of the scoring model.
extension EvaluationState {
    /// Step 6: abnormally low values and their clarifications.
    mutating func testAbnormallyLowValues() {
        let clarifications = Dictionary(
            input.decisions.clarifications.map {
                (IDPairKey.make($0.submission, $0.criterion), $0)
            },
            uniquingKeysWith: { first, _ in first })
        let test = AbnormallyLowTest(
            pool: pool, values: checks.map(\.values), rubric: rubric,
            submissionIDs: results.map(\.id),
            clarifications: clarifications, currency: input.round.budget.currency)
        for finding in test.findings {
            let id = results[finding.position].id
            let rationale = finding.clarification?.rationale ?? ""
            switch finding.clarification?.outcome {
            case .rejected:
                rejected.insert(finding.position)
                results[finding.position].status = .rejected
                results[finding.position].reasons.append(
                    .clarificationRejected(finding.value, rationale: rationale))
                results[finding.position].flags.append(
                    .abnormallyLow(finding.value, clarification: .rejected))
            case .accepted:
                results[finding.position].flags.append(
                    .abnormallyLow(finding.value, clarification: .accepted(rationale: rationale)))
            case nil:
                results[finding.position].flags.append(
                    .abnormallyLow(finding.value, clarification: .awaited))
                blocking.append(
                    BlockingItem(
                        kind: .abnormallyLow, submission: id, criterion: finding.value.criterion,
                        evaluator: nil,
                        detail: .abnormallyLow(finding.value)
                    ))
            }
        }
    }

    /// The submissions that are scored in full: the pool minus rejected values.
    var scored: [Int] { pool.filter { !rejected.contains($0) } }

    /// Steps 7 and 8: quantitative points over the scored submissions, then totals.
    mutating func scoreQuantitativeCriteria() {
        let scored = self.scored
        for (criterionIndex, criterion) in rubric.criteria.enumerated() {
            guard let quantitative = criterion.quantitative else { continue }
            let values = scored.map { checks[$0].values[criterionIndex]?.doubleValue ?? 0 }
            guard
                let scale = QuantitativePoints(
                    values: values, quantitative: quantitative, weight: criterion.weight)
            else { continue }
            valueScales.append(
                ValueScale(criterion: criterion.id, best: scale.best, worst: scale.worst))
            for (offset, position) in scored.enumerated() {
                results[position].criteria[criterionIndex].points = scale.points(values[offset])
            }
        }
        for position in scored {
            results[position].total = results[position].criteria.reduce(0) { $0 + ($1.points ?? 0) }
        }
    }

    /// Steps 9 and 10: ranking with tie-breaks, then the award.
    mutating func rankAndAward() {
        award(rankScored())
    }

    /// Step 9: ranks the scored submissions with the tie-breaks (flagging ties) and returns them
    /// as award entries, in rank order.
    mutating func rankScored() -> [AwardAllocator.Entry] {
        let candidates = scored.map { position in
            TieBreaker.Candidate(
                position: position, id: results[position].id, total: results[position].total ?? 0,
                points: results[position].criteria.map(\.points),
                scope: RuleScope(
                    submission: input.submissions[position].json, round: input.round.json,
                    rubric: rubric.json))
        }
        let breaker = TieBreaker(
            entries: rubric.tieBreak,
            criterionIndex: Dictionary(
                rubric.criteria.enumerated().map { ($1.id, $0) },
                uniquingKeysWith: { first, _ in first }))
        var entries: [AwardAllocator.Entry] = []
        var ahead = 0
        for group in breaker.rank(candidates) {
            for candidate in group {
                results[candidate.position].rank = ahead + 1
                if group.count > 1 { flagTie(candidate, group: group, rank: ahead + 1) }
                entries.append(
                    AwardAllocator.Entry(
                        position: candidate.position, id: candidate.id, rank: ahead + 1,
                        total: candidate.total,
                        amount: checks[candidate.position].amount ?? 0))
            }
            ahead += group.count
        }
        return entries
    }

    /// Flags a member of a tied group, naming at most three of the others: a group of thousands
    /// (a national round where many totals coincide) would otherwise name every id in every flag.
    private mutating func flagTie(
        _ candidate: TieBreaker.Candidate, group: [TieBreaker.Candidate], rank: Int
    ) {
        let named = Array(
            group.lazy.filter { $0.position != candidate.position }.prefix(3).map(\.id))
        results[candidate.position].flags.append(
            .tie(
                rank: rank, named: named, unnamed: group.count - 1 - named.count,
                total: candidate.total))
    }

    private mutating func award(_ entries: [AwardAllocator.Entry]) {
        let allocator = AwardAllocator(
            entries: entries, award: rubric.award, budget: input.round.budget)
        for (position, outcome) in allocator.outcomes {
            results[position].status = outcome.status
            results[position].awarded = outcome.awarded
            results[position].reasons = [
                .award(
                    outcome.reason, rank: results[position].rank ?? 0,
                    total: results[position].total ?? 0)
            ]
        }
        for position in allocator.tiedPositions {
            let rank = results[position].rank ?? 0
            blocking.append(
                BlockingItem(
                    kind: .tie, submission: results[position].id, criterion: nil, evaluator: nil,
                    detail: .tie(rank: rank, lotTitle: nil)
                ))
        }
        remainingBudget = allocator.remaining
    }

    /// Step 11's last source of blocking items: possible conflicts awaiting a ruling, for eligible submissions.
    mutating func blockOnPendingConflicts() {
        for (position, evaluators) in exclusions.pending.enumerated()
        where results[position].status != .ineligible {
            for evaluator in evaluators {
                blocking.append(
                    BlockingItem(
                        kind: .possibleConflict, submission: results[position].id, criterion: nil,
                        evaluator: input.panel.evaluators[evaluator].id,
                        detail: .pendingConflict
                    ))
            }
        }
    }
}
