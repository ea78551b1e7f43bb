import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender import` of good sheets: exactly the rows given are added at the end, every other
    /// byte of scores.csv is kept, and `--replace` takes the old row out.
    @Suite("tender import: merging")
    struct ImportMergeTests {
        static let sample = "targeted-detached-youth-2024"

        @Test("a good sheet adds exactly its scored rows at the end; blank rows are skipped")
        func goodSheetAppends() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(Self.sample, into: scratch)
            let before = try Flow.read(round + "/scores.csv")

            let run = Flow.run([
                "import", round, Flow.fixture("import/good.csv"), "--evaluator", "sclarke",
            ])

            #expect(run.exit == 0)
            #expect(
                run.out == """
                    added     tdy-2024-02 / outcomes-and-voice: 3
                    added     tdy-2024-02 / workforce-and-safeguarding: 4
                    2 added, 0 replaced, 1 left blank.

                    """)
            #expect(
                try Flow.read(round + "/scores.csv") == before + """
                    sclarke,tdy-2024-02,outcomes-and-voice,3,Standard measures; young people's voice is clear.
                    sclarke,tdy-2024-02,workforce-and-safeguarding,4,"Sessional workers in two areas, but well supervised."

                    """)
            #expect(try Flow.evaluate(round).round.scores.count == 63)
        }

        @Test("a bad sheet after a good one changes nothing more: scores.csv stays byte-identical")
        func badAfterGood() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(Self.sample, into: scratch)
            #expect(
                Flow.run([
                    "import", round, Flow.fixture("import/good.csv"), "--evaluator", "sclarke",
                ]).exit == 0)
            let afterGood = try Flow.bytes(round + "/scores.csv")

            // The good sheet again: both rows are now "already scored" errors.
            let again = Flow.run([
                "import", round, Flow.fixture("import/good.csv"), "--evaluator", "sclarke",
            ])
            let bad = Flow.run([
                "import", round, Flow.fixture("import/score-above-scale.csv"), "--evaluator",
                "sclarke",
            ])

            #expect(again.exit == 2)
            #expect(again.errorLines.count == 2)
            #expect(bad.exit == 2)
            #expect(try Flow.bytes(round + "/scores.csv") == afterGood)
        }

        @Test("--replace removes the old row from its place and appends the new one")
        func replaceInPlace() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(Self.sample, into: scratch)
            let before = try Flow.read(round + "/scores.csv")
            let oldRow = try #require(
                before.split(separator: "\n").first {
                    $0.hasPrefix("sclarke,tdy-2024-01,targeting-with-partners,")
                })
            #expect(oldRow.hasPrefix("sclarke,tdy-2024-01,targeting-with-partners,1,"))

            let withoutReplace = Flow.run([
                "import", round, Flow.fixture("import/replace.csv"), "--evaluator", "sclarke",
            ])
            #expect(withoutReplace.exit == 2)
            #expect(try Flow.read(round + "/scores.csv") == before)

            let run = Flow.run([
                "import", round, Flow.fixture("import/replace.csv"), "--evaluator", "sclarke",
                "--replace",
            ])

            #expect(run.exit == 0)
            #expect(run.out.hasSuffix("0 added, 1 replaced, 0 left blank.\n"))
            let expected =
                before.replacingOccurrences(of: oldRow + "\n", with: "")
                + "sclarke,tdy-2024-01,targeting-with-partners,2,\"Revised at moderation: police-led targeting, still no youth justice links.\"\n"
            #expect(try Flow.read(round + "/scores.csv") == expected)
            #expect(try Flow.evaluate(round).round.scores.count == 61)
        }

        @Test(
            "a sheet saved by a spreadsheet (byte-order mark, CRLF, 4.0) imports, written as plain LF rows"
        )
        func spreadsheetSheet() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(Self.sample, into: scratch)
            let before = try Flow.read(round + "/scores.csv")

            let run = Flow.run([
                "import", round, Flow.fixture("import/spreadsheet-bom-crlf.csv"), "--evaluator",
                "sclarke",
            ])

            #expect(run.exit == 0)
            #expect(
                try Flow.read(round + "/scores.csv") == before + """
                    sclarke,tdy-2024-02,outcomes-and-voice,3,Standard measures; young people's voice is clear.
                    sclarke,tdy-2024-02,workforce-and-safeguarding,4.0,Well supervised.

                    """)  // the score as typed ("4.0"): import never rounds or rewrites it
        }

        @Test(
            "the scoresheet from 'tender scoresheet', filled in, imports and clears insufficient-evaluators"
        )
        func scoresheetRoundTrip() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(Self.sample, into: scratch)
            let sheetPath = scratch.file("sclarke.csv")
            #expect(
                Flow.run(["scoresheet", round, "--evaluator", "sclarke", "--out", sheetPath]).exit
                    == 0)
            var lines = try Flow.read(sheetPath).split(separator: "\n").map(String.init)
            // The blank rows end with the titles and the scale, which import ignores.
            lines = lines.map { line in
                if line.hasPrefix("sclarke,tdy-2024-02,outcomes-and-voice,,,") {
                    return "sclarke,tdy-2024-02,outcomes-and-voice,3,Standard outcome measures."
                }
                if line.hasPrefix("sclarke,tdy-2024-02,workforce-and-safeguarding,,,") {
                    return "sclarke,tdy-2024-02,workforce-and-safeguarding,4,Strong supervision."
                }
                return line
            }
            try Flow.write(lines.joined(separator: "\n") + "\n", to: sheetPath)

            let run = Flow.run(["import", round, sheetPath, "--evaluator", "sclarke"])

            #expect(run.exit == 0)
            #expect(run.out.hasSuffix("2 added, 0 replaced, 14 left blank.\n"))
            #expect(
                try Flow.status(round).blocking.filter { $0.kind == "insufficient-evaluators" }
                    .isEmpty)
        }
    }
}
