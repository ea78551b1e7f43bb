/// The one order submissions are taken and listed in: ranked submissions by rank, then the
/// unranked; within a shared rank, and among the unranked, by id. The award step takes ranked
/// submissions in this order, and every document lists them in it.
extension SubmissionResult {
    /// Whether `lhs` comes before `rhs`, by rank (the unranked last), then by id.
    public static func isOrderedBefore(
        _ lhs: (rank: Int?, id: String), _ rhs: (rank: Int?, id: String)
    ) -> Bool {
        switch (lhs.rank, rhs.rank) {
        case (let left?, let right?): isOrderedBefore((left, lhs.id), (right, rhs.id))
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): lhs.id < rhs.id
        }
    }

    /// The same order for ranked submissions: by rank, then by id.
    public static func isOrderedBefore(
        _ lhs: (rank: Int, id: String), _ rhs: (rank: Int, id: String)
    )
        -> Bool
    {
        lhs.rank != rhs.rank ? lhs.rank < rhs.rank : lhs.id < rhs.id
    }

    /// Whether `lhs` is listed before `rhs`: by rank (the unranked last), then by id.
    public static func isOrderedBefore(_ lhs: SubmissionResult, _ rhs: SubmissionResult) -> Bool {
        isOrderedBefore((rank: lhs.rank, id: lhs.id), (rank: rhs.rank, id: rhs.id))
    }
}

extension Decision {
    /// The submissions in the order documents list them: by rank (the unranked last), then by id.
    public var submissionsInRankOrder: [SubmissionResult] {
        positionsInRankOrder.map { submissions[$0] }
    }

    /// The positions of the submissions in the order documents list them.
    public var positionsInRankOrder: [Int] {
        submissions.indices.sorted {
            SubmissionResult.isOrderedBefore(submissions[$0], submissions[$1])
        }
    }

    /// The positions of the awarded submissions in the order documents list them (the award
    /// notice, the grants, the audit schedule).
    public var awardedPositionsInRankOrder: [Int] {
        submissions.indices.filter { submissions[$0].status == .awarded }.sorted {
            SubmissionResult.isOrderedBefore(submissions[$0], submissions[$1])
        }
    }

    /// The positions of the submissions in id order. Sorting positions moves integers; sorting
    /// the results themselves copies each, with a reference count changed for every field.
    public var positionsByID: [Int] {
        submissions.indices.sorted { submissions[$0].id < submissions[$1].id }
    }
}
