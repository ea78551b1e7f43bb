import Foundation
import Testing

@testable import TenderKit
@testable import tender

/// Work spread over several threads (parsing, scoring, rendering the summaries) gives the same
/// bytes as the same work on one thread, every document included.
@Suite struct ParallelOutputTests {
    /// The round the issue names. `.ci/run` skips it under the sanitizers (it alone would take
    /// half an hour there, in a debug build); the smaller round below runs everywhere.
    @Test func twoThousandSubmissionsWriteTheSameBytesOnOneThreadAndFour() throws {
        try checkSameBytes(submissions: 2_000)
    }

    @Test func threeHundredSubmissionsWriteTheSameBytesOnOneThreadAndFour() throws {
        try checkSameBytes(submissions: 300)
    }

    private func checkSameBytes(submissions: Int) throws {
        let folder = try TemporaryCopy.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let round = folder + "/round"
        NationalRound(submissions: submissions).write(to: round)
        // 100 draws rather than 1,000 keep the debug build quick; the draws are seeded either way.
        let single = ConsoleCapture().run([
            "evaluate", round, "--out", folder + "/single", "--threads", "1", "--sensitivity-draws",
            "100",
        ])
        let parallel = ConsoleCapture().run([
            "evaluate", round, "--out", folder + "/parallel", "--threads", "4",
            "--sensitivity-draws", "100",
        ])
        #expect(single == 0)
        #expect(parallel == 0)
        let one = files(in: folder + "/single")
        let many = files(in: folder + "/parallel")
        // decision.json, the panel's and the public rationale and the conflicts assessment in
        // both formats, three open-data files (no audit schedule in this rubric), the marker, and
        // a summary in each format for each submission.
        #expect(one.count == 11 + 2 * submissions)
        #expect(one.keys.sorted() == many.keys.sorted())
        let differing = one.keys.filter { one[$0] != many[$0] }.sorted()
        #expect(differing.isEmpty, "differ: \(differing.prefix(5))")
    }

    @Test func aThreadCountBelowOneIsRefused() {
        let capture = ConsoleCapture()
        #expect(capture.run(["evaluate", "anywhere", "--threads", "0"]) == 2)
        #expect(capture.error.contains("--threads"))
    }

    private func files(in folder: String) -> [String: Data] {
        var found: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder) ?? [] {
            var isDirectory: ObjCBool = false
            let full = folder + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                found[path] = FileManager.default.contents(atPath: full)
            }
        }
        return found
    }
}
