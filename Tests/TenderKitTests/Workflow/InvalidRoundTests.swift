import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// Every workflow command that reads a round refuses one with a mistake in it: the mistake as a
    /// `FILE:LINE:COLUMN: error:` line, exit 2, and no file written or changed.
    @Suite("Workflow commands on a round with a mistake")
    struct InvalidRoundTests {
        static let commands: [[String]] = [
            ["status", "ROUND"],
            ["status", "ROUND", "--format", "json"],
            ["scoresheet", "ROUND", "--evaluator", "sclarke", "--out", "ROUND/sheet.csv"],
            ["conflicts", "ROUND"],
            ["score", "ROUND", "--evaluator", "sclarke"],
            ["import", "ROUND", "GOOD", "--evaluator", "sclarke"],
            [
                "decide", "ROUND", "moderation", "--submission", "tdy-2024-01", "--criterion",
                "targeting-with-partners", "--score", "3",
                "--rationale", "Agreed.",
            ],
            ["evaluate", "ROUND"],
        ]

        @Test(
            "a missing comma in panel.json: located error, exit 2, nothing written",
            arguments: commands)
        func refused(_ template: [String]) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let panel = try Flow.read(round + "/panel.json")
            // Line 5 loses its comma, so line 6 (`      "email": …`) is where a ',' was expected.
            let broken = panel.replacingOccurrences(
                of: "\"name\": \"Nicola Raine\",", with: "\"name\": \"Nicola Raine\"")
            try #require(broken != panel)
            try Flow.write(broken, to: round + "/panel.json")
            let listing = try FileManager.default.contentsOfDirectory(atPath: round).sorted()
            let scores = try Flow.bytes(round + "/scores.csv")
            let decisions = try Flow.bytes(round + "/decisions.json")
            let arguments = template.map {
                $0.replacingOccurrences(of: "ROUND", with: round).replacingOccurrences(
                    of: "GOOD", with: Flow.fixture("import/good.csv"))
            }

            let run = Flow.run(arguments, input: ["3", "Should never be asked."])

            #expect(run.exit == 2)
            #expect(
                run.errorLines == [
                    "\(round)/panel.json:6:7: error: malformed JSON: found '\"' where ',' or '}' was expected"
                ])
            #expect(run.err.hasSuffix("tender \(template[0]): 1 error; nothing was written\n"))
            #expect(run.out.isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: round).sorted() == listing)
            #expect(try Flow.bytes(round + "/scores.csv") == scores)
            #expect(try Flow.bytes(round + "/decisions.json") == decisions)
        }

        @Test("a folder that is not a round is refused by status with exit 2")
        func notARound() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }

            let run = Flow.run(["status", scratch.file("nowhere")])

            #expect(run.exit == 2)
            #expect(
                run.errorLines.first
                    == "\(scratch.file("nowhere")):1:1: error: round folder not found (a round is a folder holding round.json)"
            )
        }
    }
}
