import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// The four bundled rounds in `Samples/`: each gives the decision its README states.
    @Suite("Sample rounds")
    struct SampleDecisionTests {
        struct Expected: CustomTestStringConvertible, Sendable {
            /// (id, status, rank, total to 2 decimal places, amount awarded)
            typealias Row = (
                id: String, status: SubmissionResult.Status, rank: Int?, total: String?,
                awarded: String?
            )

            var folder: String
            var status: Decision.Status
            var rows: [Row]
            var remaining: String
            var blocking: [String] = []
            var testDescription: String { folder }
        }

        static let samples: [Expected] = [
            Expected(
                folder: "community-safety-fund-2024", status: .final,
                rows: [
                    ("csf-2024-01", .awarded, 3, "73.01", "18500"),
                    ("csf-2024-02", .notFunded, 4, "53.75", nil),  // £24,000 > £19,300 left
                    ("csf-2024-03", .awarded, 5, "50.54", "14850"),
                    ("csf-2024-04", .belowThreshold, nil, nil, nil),
                    ("csf-2024-05", .awarded, 1, "80.25", "9800"),
                    ("csf-2024-06", .ineligible, nil, nil, nil),
                    ("csf-2024-07", .awarded, 2, "79.18", "22400"),
                ], remaining: "4450"),
            Expected(
                folder: "police-property-act-fund-2024", status: .final,
                rows: [
                    ("ppaf-2024-01", .awarded, 2, "73.00", "2400"),
                    ("ppaf-2024-02", .belowThreshold, nil, nil, nil),
                    ("ppaf-2024-03", .awarded, 3, "70.41", "1650"),
                    ("ppaf-2024-04", .awarded, 1, "77.31", "5800"),
                    ("ppaf-2024-05", .ineligible, nil, nil, nil),
                    ("ppaf-2024-06", .notFunded, 4, "63.07", nil),  // £2,950 > £150 left
                ], remaining: "150"),
            Expected(
                folder: "targeted-detached-youth-2024", status: .provisional,
                rows: [
                    ("tdy-2024-01", .notAwarded, 4, "66.66", nil),
                    ("tdy-2024-02", .notAwarded, 3, "67.18", nil),
                    ("tdy-2024-03", .awarded, 1, "69.25", "268000"),
                    ("tdy-2024-04", .notAwarded, 2, "67.67", nil),
                ], remaining: "212000",
                blocking: [
                    "moderation-required tdy-2024-01 targeting-with-partners -",
                    "insufficient-evaluators tdy-2024-02 outcomes-and-voice -",
                    "insufficient-evaluators tdy-2024-02 workforce-and-safeguarding -",
                    "abnormally-low tdy-2024-03 price -",
                    "possible-conflict tdy-2024-04 - kdoyle",
                ]),
            Expected(
                folder: "victim-care-and-advice-2024", status: .final,
                rows: [
                    ("vcas-2024-01", .awarded, 1, "83.46", "3312000"),
                    ("vcas-2024-02", .notAwarded, 2, "82.00", nil),
                    // abnormally low, clarification rejected
                    ("vcas-2024-03", .rejected, nil, nil, nil),
                    ("vcas-2024-04", .ineligible, nil, nil, nil),  // over the budget ceiling
                    ("vcas-2024-05", .notAwarded, 3, "70.60", nil),
                ], remaining: "318000"),
            Expected(
                folder: "targeted-detached-youth-lots-2025", status: .final,
                rows: [
                    // Kerbside (01–04) ranks first in every lot; with two lots (Middlesbrough,
                    // Stockton-on-Tees, awarded first by estimated value) it is passed over.
                    ("tdl-2025-01", .notAwarded, 1, "97.00", nil),
                    ("tdl-2025-02", .awarded, 1, "90.80", "150000"),
                    ("tdl-2025-03", .notAwarded, 1, "85.25", nil),
                    ("tdl-2025-04", .awarded, 1, "89.27", "132000"),
                    ("tdl-2025-05", .notAwarded, 2, "86.00", nil),
                    ("tdl-2025-06", .notAwarded, 3, "79.54", nil),
                    ("tdl-2025-07", .notAwarded, 3, "81.57", nil),
                    ("tdl-2025-08", .notAwarded, 3, "84.64", nil),
                    ("tdl-2025-09", .awarded, 2, "80.00", "78000"),
                    ("tdl-2025-10", .notAwarded, 3, "74.69", nil),
                    ("tdl-2025-11", .notAwarded, 2, "87.09", nil),
                    ("tdl-2025-12", .awarded, 2, "87.30", "86000"),
                    ("tdl-2025-13", .notAwarded, 4, "72.00", nil),
                ], remaining: "34000"),
        ]

        /// `Samples/` at the root of the package, found from this file's path.
        static func sampleFolder(_ name: String, file: String = #filePath) -> String {
            var url = URL(fileURLWithPath: file)
            // Scoring, TenderKitTests, Tests, the file
            for _ in 0..<4 { url.deleteLastPathComponent() }
            return url.appendingPathComponent("Samples").appendingPathComponent(name).path
        }

        static func load(_ name: String) throws -> LoadedRound {
            let load = RoundLoader.load(folder: sampleFolder(name))
            return try #require(
                load.round, "\(name) did not load: \(load.diagnostics.map { "\($0)" })")
        }

        /// A total to 2 decimal places, halves away from zero, as the README tables show it.
        private func twoPlaces(_ total: Double?) -> String? {
            total.map { String(format: "%.2f", ($0 * 100).rounded(.toNearestOrAwayFromZero) / 100) }
        }

        @Test("each sample gives the decision its README states", arguments: samples)
        func sampleDecision(_ expected: Expected) throws {
            let decision = RoundEvaluator.evaluate(try Self.load(expected.folder).scoringInput)
            #expect(decision.status == expected.status)
            #expect(decision.submissions.map(\.id).sorted() == expected.rows.map(\.id))
            for row in expected.rows {
                let result = try decision.result(row.id)
                #expect(result.status == row.status, "\(row.id)")
                #expect(result.rank == row.rank, "\(row.id)")
                #expect(twoPlaces(result.total) == row.total, "\(row.id)")
                #expect(result.awarded == row.awarded.flatMap { Decimal(string: $0) }, "\(row.id)")
            }
            #expect(decision.remainingBudget == Decimal(string: expected.remaining))
            #expect(decision.blockingSummary == expected.blocking)
        }

        @Test("the quality percentages the victim care README states")
        func victimCareQuality() throws {
            let decision = RoundEvaluator.evaluate(
                try Self.load("victim-care-and-advice-2024").scoringInput)
            let expected = [
                "vcas-2024-01": "78.57", "vcas-2024-02": "74.29", "vcas-2024-03": "61.43",
                "vcas-2024-05": "61.43",
            ]
            for (id, percent) in expected {
                #expect(twoPlaces(try decision.result(id).qualityPercent) == percent, "\(id)")
            }
            // 05's moderated criterion: 2 in place of the median 3; 2 / 5 × 10 = 4.
            let moderated = try decision.result("vcas-2024-05").criterion(
                "mobilisation-and-workforce")
            #expect(moderated.source == .moderated)
            ScoringTests.expectNear(moderated.points, 4, "moderated points")
        }
    }
}
