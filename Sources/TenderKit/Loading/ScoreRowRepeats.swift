/// Finds a row that scores an (evaluator, submission, criterion) an earlier row of the same file
/// already scored, for `ScoreRowCheck`.
///
/// A national round checks five million rows for repeats, so until the first repeat it keeps one
/// bit per key and no dictionary; only then does it note where each key was first met, to name
/// that row's line. With too many keys for bits it uses the dictionary from the start.
struct ScoreRowRepeats: Sendable {
    private let submissionsCount: Int
    private let criteriaCount: Int
    /// One bit per key, set when it is first scored; emptied at the first repeat.
    private var seenBits: [UInt64] = []
    /// Key → byte offset of the row that first scored it, once `seenBits` is given up.
    private var firstOffsets: [Int: Int] = [:]

    /// A check of the keys the rules allow.
    init(rules: ScoreRowRules) {
        self.init(
            evaluators: rules.evaluators?.count ?? 1, submissions: rules.submissions?.count ?? 1,
            criteria: rules.criteria?.count ?? 1)
    }

    init(evaluators: Int, submissions: Int, criteria: Int) {
        submissionsCount = submissions
        criteriaCount = criteria
        let keys = evaluators * submissions * criteria
        if keys <= 1 << 30 { seenBits = Array(repeating: 0, count: (keys + 63) / 64) }
    }

    /// Where the row first scoring this key starts, or nil (and the key noted as met at
    /// `offset`) when this row is the first. `earlier` holds the file's rows accepted so far.
    mutating func firstOffset(
        evaluator: Int32, submission: Int32, criterion: Int32, offset: Int, earlier: ScoreTable
    ) -> Int? {
        let key = self.key(evaluator, submission, criterion)
        if !seenBits.isEmpty {
            let (word, bit) = (key >> 6, UInt64(1) << UInt64(key & 63))
            if seenBits[word] & bit == 0 {
                seenBits[word] |= bit
                return nil
            }
            noteFirstOffsets(of: earlier)
        }
        if let first = firstOffsets[key] { return first }
        firstOffsets[key] = offset
        return nil
    }

    /// At the first repeat: from now on remember where each key was first met.
    private mutating func noteFirstOffsets(of earlier: ScoreTable) {
        seenBits = []
        for row in 0..<earlier.count {
            let key = self.key(
                earlier.evaluators[row], earlier.submissions[row], earlier.criteria[row])
            if firstOffsets[key] == nil { firstOffsets[key] = earlier.rowOffsets[row] }
        }
    }

    /// (evaluator, submission, criterion) packed into one number.
    private func key(_ evaluator: Int32, _ submission: Int32, _ criterion: Int32) -> Int {
        (Int(evaluator) * submissionsCount + Int(submission)) * criteriaCount + Int(criterion)
    }
}
