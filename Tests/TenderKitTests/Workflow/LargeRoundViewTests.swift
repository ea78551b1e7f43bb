import Foundation
import Testing

@testable import TenderKit
@testable import tender

/// `status` and `conflicts` on a round too large for the evaluator × submission matrix give a
/// view that fits a screen: counts, then the first blocking items or findings.
@Suite struct LargeRoundViewTests {
    @Test func statusSummarisesALargeRound() throws {
        let folder = try TemporaryCopy.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        NationalRound(submissions: 60).write(to: folder)
        let capture = ConsoleCapture()
        let status = capture.run(["status", folder, "--quiet"])
        #expect(status == 0 || status == 3)
        let lines = capture.outLines
        #expect(lines.count <= 60, "\(lines.count) lines")
        #expect(
            lines.contains(
                "Scoring: 3000 scores from 200 evaluators on 60 eligible submissions (10 panel-scored criteria each)."
            ))
        #expect(
            lines.contains {
                $0.hasPrefix("  Independent scores per submission and criterion: fewest ")
            })
        #expect(!lines.contains { $0.contains("s00 ") || $0.contains("excluded  ") })
        #expect(capture.error.isEmpty, "--quiet printed \(capture.error)")
    }

    @Test func conflictsSummariseManyFindings() throws {
        let folder = try TemporaryCopy.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        NationalRound(submissions: 60).write(to: folder)
        let capture = ConsoleCapture()
        #expect(capture.run(["conflicts", folder, "--quiet"]) == 0)
        let findings = try #require(
            capture.outLines.first.flatMap { Int($0.prefix { $0.isNumber }) })
        #expect(findings > ConflictsReport.shownInFull)
        #expect(capture.outLines.contains { $0.hasPrefix("  by outcome: ") })
        #expect(
            capture.outLines.last
                == "… and \(findings - ConflictsReport.shownInFull) more: conflicts-assessment.md lists every finding."
        )
        #expect(capture.outLines.count < 5 + ConflictsReport.shownInFull * 4)
    }

    @Test func evaluateListsTheFirstAwardsAndCountsTheRest() throws {
        let folder = try TemporaryCopy.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        NationalRound(submissions: 200).write(to: folder)
        let out = folder + "/out"
        let capture = ConsoleCapture()
        let status = capture.run(["evaluate", folder, "--format", "json", "--out", out, "--quiet"])
        #expect(status == 0 || status == 3)
        let record = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: out + "/decision.json")))
        let submissions = try #require(
            (record as? [String: Any])?["submissions"] as? [[String: Any]])
        let awarded = submissions.filter { $0["status"] as? String == "awarded" }.count
        #expect(awarded > DecisionSummary.listedAwards)
        let listed = capture.outLines.filter { $0.hasPrefix("  awarded  ") }
        #expect(listed.count == DecisionSummary.listedAwards)
        #expect(
            capture.outLines.contains(
                "  … and \(awarded - DecisionSummary.listedAwards) more: the award rationale and decision.json list every award."
            ))
    }

    @Test(arguments: [(12, 40, true), (13, 40, false), (7, 41, false), (0, 0, true)])
    func theMatrixIsKeptForSmallRounds(submissions: Int, evaluators: Int, fits: Bool) {
        #expect(StatusReport.fitsMatrix(submissions: submissions, evaluators: evaluators) == fits)
    }
}
