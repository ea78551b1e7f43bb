import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension HistoryTests {
    /// Each command that changes a round appends its entries: who, when, what with the old and
    /// new values, the file's digests before and after, and the chain.
    @Suite("Each command's entries")
    struct HistoryEntryTests {
        @Test("import: a score added has no old value; --replace records the old and the new")
        func importEntries() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let start = try HistoryFlow.lines(round).count
            let scoresBefore = try HistoryFlow.digest(round + "/scores.csv")
            let sheet = try HistoryFlow.sheet(
                [
                    "sclarke,tdy-2024-02,outcomes-and-voice,3,Standard measures.",
                    "sclarke,tdy-2024-02,workforce-and-safeguarding,4,Well supervised.",
                ], in: scratch)

            let run = HistoryFlow.run(
                ["import", round, sheet, "--evaluator", "sclarke"], at: "2024-10-20T10:00:00Z")

            #expect(run.exit == 0)
            let lines = try HistoryFlow.lines(round)
            try #require(lines.count == start + 2)
            let added = lines[start]
            #expect(added["seq"] as? Int == start + 1)
            #expect(added["time"] as? String == "2024-10-20T10:00:00Z")
            #expect(added["by"] as? String == "sclarke")
            #expect(added["command"] as? String == "import")
            #expect(added["action"] as? String == "score-added")
            #expect(
                added["subject"] as? [String: String]
                    == [
                        "evaluator": "sclarke", "submission": "tdy-2024-02",
                        "criterion": "outcomes-and-voice",
                    ])
            #expect(added["old"] is NSNull)
            #expect(
                added["new"] as? [String: String]
                    == ["score": "3", "comment": "Standard measures."])
            #expect(added["file"] as? String == "scores.csv")
            #expect(added["fileBefore"] as? String == scoresBefore)
            let scoresAfter = try HistoryFlow.digest(round + "/scores.csv")
            #expect(added["sha256"] as? String == scoresAfter)
            #expect(lines[start + 1]["sha256"] as? String == scoresAfter)
            #expect(added["previous"] as? String == (try HistoryFlow.lineDigest(round, start)))
            #expect(
                lines[start + 1]["previous"] as? String
                    == (try HistoryFlow.lineDigest(round, start + 1)))

            let replacement = try HistoryFlow.sheet(
                ["sclarke,tdy-2024-02,outcomes-and-voice,2,Thin on young people's voice."],
                in: scratch, name: "again.csv")
            let again = HistoryFlow.run(
                ["import", round, replacement, "--evaluator", "sclarke", "--replace"],
                at: "2024-10-21T09:05:00Z")
            #expect(again.exit == 0)
            let replaced = try #require(try HistoryFlow.lines(round).last)
            #expect(replaced["seq"] as? Int == start + 3)
            #expect(replaced["action"] as? String == "score-replaced")
            #expect(
                replaced["old"] as? [String: String]
                    == ["score": "3", "comment": "Standard measures."])
            #expect(
                replaced["new"] as? [String: String]
                    == ["score": "2", "comment": "Thin on young people's voice."])
            #expect(replaced["fileBefore"] as? String == scoresAfter)
            #expect(
                replaced["sha256"] as? String == (try HistoryFlow.digest(round + "/scores.csv")))
        }

        @Test("score --revise: the answer replacing a score records the old score and comment")
        func scoreEntries() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let start = try HistoryFlow.lines(round).count

            let run = HistoryFlow.run(
                [
                    "score", round, "--evaluator", "sclarke", "--submission", "tdy-2024-01",
                    "--revise",
                ], at: "2024-10-22T16:45:30Z",
                input: ["", "3", "Police-led targeting is sound.", "", ""])

            #expect(run.exit == 0)
            let lines = try HistoryFlow.lines(round)
            try #require(lines.count == start + 1)
            let entry = lines[start]
            #expect(entry["time"] as? String == "2024-10-22T16:45:30Z")
            #expect(entry["by"] as? String == "sclarke")
            #expect(entry["command"] as? String == "score")
            #expect(entry["action"] as? String == "score-replaced")
            let old = try #require(entry["old"] as? [String: String])
            #expect(old["score"] == "1")
            #expect(old["comment"]?.hasPrefix("Nothing on youth justice, schools") == true)
            #expect(
                entry["new"] as? [String: String]
                    == ["score": "3", "comment": "Police-led targeting is sound."])
            #expect(entry["sha256"] as? String == (try HistoryFlow.digest(round + "/scores.csv")))
        }

        @Test(
            "decide: --by names who decided, else the system's user name; a replacement keeps the old entry"
        )
        func decideEntries() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let start = try HistoryFlow.lines(round).count
            let moderation = [
                "decide", round, "moderation", "--submission", "tdy-2024-01", "--criterion",
                "targeting-with-partners",
            ]

            let first = HistoryFlow.run(
                moderation + [
                    "--score", "3.5", "--rationale", "Agreed 3.5.", "--by", "Nicola Raine",
                ],
                at: "2024-10-25T11:00:00Z")
            let second = HistoryFlow.run(
                moderation + [
                    "--score", "3", "--rationale", "Agreed 3 on reflection.", "--replace",
                ],
                at: "2024-10-26T11:30:00Z")

            #expect([first.exit, second.exit] == [0, 0])
            let lines = try HistoryFlow.lines(round)
            try #require(lines.count == start + 2)
            let recorded = lines[start]
            let replaced = lines[start + 1]
            #expect(recorded["by"] as? String == "Nicola Raine")
            #expect(replaced["by"] as? String == HistoryFlow.user)
            #expect(recorded["action"] as? String == "decision-recorded")
            #expect(replaced["action"] as? String == "decision-replaced")
            let subject = [
                "kind": "moderation", "submission": "tdy-2024-01",
                "criterion": "targeting-with-partners",
            ]
            #expect(recorded["subject"] as? [String: String] == subject)
            #expect(recorded["old"] is NSNull)
            let new = try #require(recorded["new"] as? [String: Any])
            #expect(new["score"] as? Double == 3.5)
            #expect(new["rationale"] as? String == "Agreed 3.5.")
            let old = try #require(replaced["old"] as? [String: Any])
            #expect(old["score"] as? Double == 3.5)
            #expect((replaced["new"] as? [String: Any])?["score"] as? Double == 3)
            #expect(replaced["file"] as? String == "decisions.json")
            #expect(replaced["fileBefore"] as? String == recorded["sha256"] as? String)
            #expect(
                replaced["sha256"] as? String == (try HistoryFlow.digest(round + "/decisions.json"))
            )
        }

        @Test("init: the history starts with the round, recording scores.csv and decisions.json")
        func initEntries() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = scratch.file("ppaf-autumn")
            let run = HistoryFlow.run(
                [
                    "init", round, "--rubric", Flow.rubric("police-property-act-fund.json"),
                    "--title", "Autumn", "--by", "Priya Kaur",
                ], at: "2024-09-01T08:00:00Z")

            #expect(run.exit == 0)
            let lines = try HistoryFlow.lines(round)
            try #require(lines.count == 2)
            #expect(lines.map { $0["action"] as? String } == ["round-created", "file-created"])
            #expect(lines.map { $0["by"] as? String } == ["Priya Kaur", "Priya Kaur"])
            #expect(lines.map { $0["file"] as? String } == ["scores.csv", "decisions.json"])
            #expect(lines[0]["subject"] as? [String: String] == ["round": "ppaf-autumn"])
            let new = try #require(lines[0]["new"] as? [String: String])
            #expect(new["title"] == "Autumn")
            #expect(new["rubric"] == "police-property-act-fund")
            #expect(lines.allSatisfy { $0["fileBefore"] is NSNull })
            #expect(
                lines[0]["sha256"] as? String == (try HistoryFlow.digest(round + "/scores.csv")))
            #expect(
                lines[1]["sha256"] as? String == (try HistoryFlow.digest(round + "/decisions.json"))
            )
            #expect(lines[0]["previous"] is NSNull)
            #expect(lines[1]["previous"] as? String == (try HistoryFlow.lineDigest(round, 1)))
            let validate = HistoryFlow.run(["validate", round], at: "2024-09-01T08:01:00Z")
            #expect(validate.exit == 0)
            #expect(!validate.err.contains("history"))
        }

        @Test(
            "evaluate --require-final records the decision's digest once; evaluating again changes nothing"
        )
        func finalEvaluation() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("police-property-act-fund-2024", into: scratch)
            let out = scratch.file("out")
            let arguments = [
                "evaluate", round, "--require-final", "--out", out, "--by", "Priya Kaur",
            ]

            let first = HistoryFlow.run(arguments, at: "2024-09-19T10:00:00Z")
            #expect(first.exit == 0)
            let journal = try Flow.read(round + "/history.jsonl")
            let last = try #require(try HistoryFlow.lines(round).last)
            #expect(last["action"] as? String == "final-evaluation")
            let record = try Flow.bytes(out + "/decision.json")
            #expect(
                last["new"] as? [String: String] == ["decision": SHA256.hex(record)])
            #expect(last["file"] is NSNull)

            let second = HistoryFlow.run(arguments, at: "2024-09-20T10:00:00Z")
            #expect(second.exit == 0)
            #expect(try Flow.read(round + "/history.jsonl") == journal)
            #expect(try Flow.bytes(out + "/decision.json") == record)
        }

        @Test("evaluate --require-final of a provisional decision records nothing")
        func provisionalEvaluation() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let journal = try Flow.read(round + "/history.jsonl")
            let run = HistoryFlow.run(
                ["evaluate", round, "--require-final", "--out", scratch.file("out")],
                at: "2024-11-01T10:00:00Z")
            #expect(run.exit == 3)
            #expect(try Flow.read(round + "/history.jsonl") == journal)
        }
    }
}
