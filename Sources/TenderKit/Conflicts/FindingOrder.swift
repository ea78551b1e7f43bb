/// Puts findings in `decision.json` order (evaluator id, then submission id, then basis) by
/// integer keys, without comparing strings for every comparison.
///
/// At 100,000 submissions there can be tens of thousands of findings. Each evaluator and each
/// submission gets its rank in id order once (submissions given in id order, the usual case, need
/// no sort at all); a finding's place is then one integer built from the two ranks and its basis.
/// Equal ids (which validation rejects) keep their given order, so the result is always the same.
struct FindingOrder {
    private let evaluatorRanks: [Int]
    private let submissionRanks: [Int]

    init(evaluatorIDs: [String], submissionIDs: [String]) {
        evaluatorRanks = FindingOrder.ranks(of: evaluatorIDs)
        submissionRanks = FindingOrder.ranks(of: submissionIDs)
    }

    /// Every finding of every submission (results in submission index order), sorted.
    func sorted(_ results: [ConflictDetector.SubmissionFindings]) -> [ConflictFinding] {
        var keyed: [(key: UInt64, submission: Int32, position: Int32)] = []
        keyed.reserveCapacity(results.reduce(0) { $0 + $1.findings.count })
        for (submission, result) in results.enumerated() {
            for (position, entry) in result.findings.enumerated() {
                keyed.append(
                    (
                        key: key(
                            evaluator: entry.evaluator, submission: submission,
                            basis: entry.finding.basis),
                        submission: Int32(submission), position: Int32(position)
                    ))
            }
        }
        keyed.sort { $0.key < $1.key }
        return keyed.map { results[Int($0.submission)].findings[Int($0.position)].finding }
    }

    /// Evaluator rank in bits 35 and up, submission rank in bits 3 to 34, basis order in bits 0 to 2.
    private func key(evaluator: Int, submission: Int, basis: ConflictBasis) -> UInt64 {
        UInt64(evaluatorRanks[evaluator]) << 35 | UInt64(submissionRanks[submission]) << 3
            | UInt64(FindingOrder.basisRanks[basis] ?? 0)
    }

    private static let basisRanks: [ConflictBasis: Int] = Dictionary(
        uniqueKeysWithValues: ConflictBasis.allCases.sorted().enumerated().map {
            ($0.element, $0.offset)
        })

    /// Each id's position in id order, ties broken by index.
    private static func ranks(of ids: [String]) -> [Int] {
        if zip(ids, ids.dropFirst()).allSatisfy({ $0 <= $1 }) { return Array(ids.indices) }
        let order = ids.indices.sorted { ids[$0] != ids[$1] ? ids[$0] < ids[$1] : $0 < $1 }
        var ranks = Array(repeating: 0, count: ids.count)
        for (rank, index) in order.enumerated() { ranks[index] = rank }
        return ranks
    }
}
