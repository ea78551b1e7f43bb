import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Doubles computed by the engine are compared with hand calculations to within this.
    static let tolerance = 1e-9

    /// Expects `actual` to be present and within 1e-9 of `expected`.
    static func expectNear(
        _ actual: Double?, _ expected: Double, _ what: String = "",
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let actual else {
            Issue.record("\(what) is nil, expected \(expected)", sourceLocation: sourceLocation)
            return
        }
        #expect(
            abs(actual - expected) <= tolerance, "\(what) is \(actual), expected \(expected)",
            sourceLocation: sourceLocation)
    }

    /// `tie s1 q1 -`: a blocking item in one line for comparisons.
    static func summary(_ item: BlockingItem) -> String {
        "\(item.kind.rawValue) \(item.submission) \(item.criterion ?? "-") \(item.evaluator ?? "-")"
    }
}

extension Decision {
    /// The result for submission `id`, failing the test when there is none.
    func result(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> SubmissionResult
    {
        try #require(
            submissions.first { $0.id == id }, "no result for \(id)", sourceLocation: sourceLocation
        )
    }

    /// The blocking items, one line each (see `ScoringTests.summary`).
    var blockingSummary: [String] { blocking.map(ScoringTests.summary) }

    /// Each submission's status by id: `["s1": .awarded, …]`.
    var statuses: [String: SubmissionResult.Status] {
        Dictionary(uniqueKeysWithValues: submissions.map { ($0.id, $0.status) })
    }

    /// Each submission's rank by id (nil for unranked ones).
    var ranks: [String: Int?] {
        Dictionary(uniqueKeysWithValues: submissions.map { ($0.id, $0.rank) })
    }
}

extension SubmissionResult {
    /// The result for criterion `id`, failing the test when there is none.
    func criterion(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> CriterionResult
    {
        try #require(
            criteria.first { $0.id == id }, "\(self.id) has no criterion \(id)",
            sourceLocation: sourceLocation)
    }
}
