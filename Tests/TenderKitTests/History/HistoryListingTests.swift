import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension HistoryTests {
    /// `tender history`: the entries in words, filtered by submission and evaluator, and as JSON.
    @Suite("tender history")
    struct HistoryListingTests {
        /// A round whose history holds exactly these changes after the sample's own.
        static func scoredRound(_ scratch: Scratch) throws -> (round: String, start: Int) {
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let start = try HistoryFlow.lines(round).count
            let sheet = try HistoryFlow.sheet(
                [
                    "sclarke,tdy-2024-02,outcomes-and-voice,2,\"Thin on voice;\nno youth panel.\"",
                    "sclarke,tdy-2024-02,workforce-and-safeguarding,4,Well supervised.",
                ], in: scratch)
            #expect(
                HistoryFlow.run(
                    ["import", round, sheet, "--evaluator", "sclarke"], at: "2024-10-20T10:00:00Z"
                ).exit == 0)
            let again = try HistoryFlow.sheet(
                ["sclarke,tdy-2024-02,outcomes-and-voice,1,Thin on voice."], in: scratch,
                name: "again.csv")
            #expect(
                HistoryFlow.run(
                    ["import", round, again, "--evaluator", "sclarke", "--replace"],
                    at: "2024-10-21T08:30:59Z"
                ).exit == 0)
            #expect(
                HistoryFlow.run(
                    [
                        "decide", round, "conflict", "--evaluator", "kdoyle", "--submission",
                        "tdy-2024-04", "--no-conflict", "--rationale", "Different person.", "--by",
                        "nraine",
                    ], at: "2024-10-22T14:12:00Z"
                ).exit == 0)
            return (round, start)
        }

        @Test(
            "the last entries in words: scored, replaced (old → new), a ruling; line breaks as spaces"
        )
        func words() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let (round, start) = try Self.scoredRound(scratch)
            let run = HistoryFlow.run(["history", round], at: "2024-10-23T00:00:00Z")
            #expect(run.exit == 0)
            #expect(run.err == "")
            let lines = run.out.split(separator: "\n").map(String.init)
            #expect(lines.count == start + 4)
            #expect(
                Array(lines.suffix(4)) == [
                    "2024-10-20 10:00 sclarke scored tdy-2024-02 / outcomes-and-voice: 2, comment “Thin on voice; no youth panel.”",
                    "2024-10-20 10:00 sclarke scored tdy-2024-02 / workforce-and-safeguarding: 4, comment “Well supervised.”",
                    "2024-10-21 08:30 sclarke replaced tdy-2024-02 / outcomes-and-voice: 2 → 1, comment “Thin on voice; no youth panel.” → “Thin on voice.”",
                    "2024-10-22 14:12 nraine recorded the conflict ruling for kdoyle / tdy-2024-04: no-conflict, rationale “Different person.”",
                ])
        }

        @Test(
            "--submission and --evaluator keep the entries about them",
            arguments: [
                (["--submission", "tdy-2024-04"], 1),
                (["--evaluator", "kdoyle"], 1),
                (["--submission", "tdy-2024-02", "--evaluator", "sclarke"], 3),
            ])
        func filters(_ options: [String], _ expectedNew: Int) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let (round, _) = try Self.scoredRound(scratch)
            let journal = try HistoryFlow.journal(round).0
            let filter = HistoryFilter(
                submission: options.firstIndex(of: "--submission").map { options[$0 + 1] },
                evaluator: options.firstIndex(of: "--evaluator").map { options[$0 + 1] })
            let run = HistoryFlow.run(["history", round] + options, at: "2024-10-23T00:00:00Z")
            let lines = run.out.split(separator: "\n").map(String.init)
            #expect(run.exit == 0)
            #expect(lines == journal.entries.filter(filter.matches).map(HistoryText.line))
            // Only the entries added here are after 2024-10-20.
            #expect(lines.filter { $0.hasPrefix("2024-10-2") }.count == expectedNew)
            for line in lines {
                for (option, value) in zip(options, options.dropFirst())
                where option.hasPrefix("--") {
                    #expect(line.contains(value), "\(line) is not about \(value)")
                }
            }
        }

        @Test("an id that no entry names gets a suggestion")
        func unknownID() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let (round, _) = try Self.scoredRound(scratch)
            let run = HistoryFlow.run(
                ["history", round, "--evaluator", "sclark"], at: "2024-10-23T00:00:00Z")
            #expect(run.exit == 0)
            #expect(
                run.out
                    == "No entries match: no entry is about evaluator 'sclark' (did you mean 'sclarke'?).\n"
            )
        }

        @Test("--format json: each entry as the journal holds it, with its line and words")
        func json() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let (round, start) = try Self.scoredRound(scratch)
            let run = HistoryFlow.run(
                ["history", round, "--submission", "tdy-2024-04", "--format", "json"],
                at: "2024-10-23T00:00:00Z")
            #expect(run.exit == 0)
            let json = try Flow.jsonObject(run.out)
            let entries = try #require(json["entries"] as? [[String: Any]])
            let ruling = try #require(entries.last)
            #expect(ruling["line"] as? Int == start + 4)
            #expect(ruling["seq"] as? Int == start + 4)
            #expect(ruling["action"] as? String == "decision-recorded")
            #expect(
                ruling["text"] as? String
                    == "recorded the conflict ruling for kdoyle / tdy-2024-04: no-conflict, rationale “Different person.”"
            )
            #expect(json["lastDigest"] as? String == (try HistoryFlow.lineDigest(round, start + 4)))
            let bad = HistoryFlow.run(
                ["history", round, "--format", "jsn"], at: "2024-10-23T00:00:00Z")
            #expect(bad.exit == 2)
            #expect(bad.err.contains("use text or json (did you mean 'json'?)"))
        }
    }
}
