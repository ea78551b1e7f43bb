import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender init`: a new round folder that validates, naming its rubric by a path relative to
    /// the folder, and never written over an existing round.
    @Suite("tender init")
    struct InitCommandTests {
        @Test("the new folder holds the five files, and validates")
        func newRound() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let folder = scratch.file("rounds/youth-2025")
            let rubric = Flow.rubric("targeted-detached-youth-services.json")

            let run = Flow.run([
                "init", folder, "--rubric", rubric, "--title", "Youth Services 2025 & beyond",
                "--budget", "250000.50",
                "--opens", "2025-01-31",
            ])

            #expect(run.exit == 0)
            #expect(
                run.out == """
                    Created \(folder): round 'youth-2025' using rubric 'targeted-detached-youth-services' version 2024.1.
                    Next: add submissions/*.json, edit panel.json, then 'tender validate \(folder)'.
                    Not ready yet: 6 warnings below, which 'tender validate' repeats until each is done.

                    """)
            // The placeholders left (the buyer, the description, the example evaluator), no
            // submissions yet, and the default OCDS prefix: see InitReadinessTests.
            #expect(run.warningLines.count == 6)
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                    == [
                        "decisions.json", "history.jsonl", "panel.json", "round.json", "scores.csv",
                        "submissions",
                    ])
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder + "/submissions").isEmpty
            )
            #expect(
                try Flow.read(folder + "/scores.csv")
                    == "evaluator,submission,criterion,score,comment\n")
            #expect(
                try Flow.read(folder + "/decisions.json")
                    == "{\n  \"moderation\": [],\n  \"clarifications\": [],\n  \"conflicts\": []\n}\n"
            )
            let round = try Flow.jsonObject(try Flow.read(folder + "/round.json"))
            #expect(round["id"] as? String == "youth-2025")
            #expect(round["title"] as? String == "Youth Services 2025 & beyond")
            #expect((round["budget"] as? [String: Any])?["amount"] as? Double == 250_000.5)
            #expect((round["budget"] as? [String: Any])?["currency"] as? String == "GBP")
            // Closing defaults to a month after opening (31 January + 1 month = 28 February), the award a month later.
            #expect(
                [round["opens"], round["closes"], round["awardDate"]].map { $0 as? String } == [
                    "2025-01-31", "2025-02-28", "2025-03-28",
                ])
            let panel = try Flow.jsonObject(try Flow.read(folder + "/panel.json"))
            #expect(
                (panel["evaluators"] as? [[String: Any]])?.map { $0["id"] as? String } == [
                    "evaluator-1"
                ])

            let validate = Flow.run(["validate", folder])
            #expect(validate.exit == 0)
            #expect(
                validate.out
                    == "\(folder): valid round 'youth-2025': 0 submissions, 1 evaluator, 0 scores\n"
            )
        }

        @Test("the rubric is stored relative to the new folder, so the pair can move together")
        func relativeRubric() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let rubric = scratch.file("project/rubrics/youth.json")
            try FileManager.default.createDirectory(
                atPath: scratch.file("project/rubrics"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: Flow.rubric("targeted-detached-youth-services.json"), toPath: rubric)
            let folder = scratch.file("project/rounds/2025/youth")

            #expect(
                Flow.run([
                    "init", folder, "--rubric", rubric, "--closes", "2025-03-31", "--opens",
                    "2025-02-01",
                ]).exit == 0)

            let round = try Flow.jsonObject(try Flow.read(folder + "/round.json"))
            #expect(round["rubric"] as? String == "../../../rubrics/youth.json")
            let moved = try Scratch()
            defer { moved.remove() }
            try FileManager.default.copyItem(
                atPath: scratch.file("project"), toPath: moved.file("elsewhere"))
            #expect(Flow.run(["validate", moved.file("elsewhere/rounds/2025/youth")]).exit == 0)
            // It loads from there; the new round's placeholders are what block a final decision.
            let status = Flow.run(["status", moved.file("elsewhere/rounds/2025/youth")])
            #expect(status.exit == 3)
            #expect(
                status.out.split(separator: "\n").filter {
                    $0.hasSuffix(": panel.json evaluators[0]")
                }
                    == ["1. incomplete-round: panel.json evaluators[0]"])
        }

        @Test("an existing folder that is not empty is never written to")
        func neverOverwrites() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("community-safety-fund-2024", into: scratch)
            let before = try Flow.bytes(round + "/round.json")
            let other = scratch.file("notes")
            try FileManager.default.createDirectory(
                atPath: other, withIntermediateDirectories: true)
            try Flow.write("my notes\n", to: other + "/todo.txt")
            let rubric = Flow.rubric("community-safety-fund.json")

            let overRound = Flow.run(["init", round, "--rubric", rubric])
            let overNotes = Flow.run(["init", other, "--rubric", rubric])
            let overFile = Flow.run(["init", other + "/todo.txt", "--rubric", rubric])

            #expect([overRound.exit, overNotes.exit, overFile.exit] == [2, 2, 2])
            #expect(
                overRound.errorLines == [
                    "tender init: error: \(round) already exists and is not empty; tender init never overwrites a round"
                ])
            #expect(
                overFile.errorLines == [
                    "tender init: error: \(other)/todo.txt exists and is a file; choose a new folder"
                ])
            #expect(try Flow.bytes(round + "/round.json") == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: other) == ["todo.txt"])
            #expect(try Flow.read(other + "/todo.txt") == "my notes\n")
        }

        @Test("an existing empty folder is filled in")
        func emptyFolder() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let folder = scratch.file("empty")
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)

            let run = Flow.run([
                "init", folder, "--rubric", Flow.rubric("community-safety-fund.json"), "--opens",
                "2025-04-01",
            ])

            #expect(run.exit == 0)
            #expect(Flow.run(["validate", folder]).exit == 0)
        }

        @Test(
            "a missing rubric or a bad option creates nothing",
            arguments: [
                (["--rubric", "MISSING"], "MISSING:1:1: error: rubric file not found"),
                (
                    ["--budget", "1,000"],
                    "tender init: error: invalid value '1,000' for '--budget': write a plain amount such as 150000 or 1210000.00"
                ),
                (
                    ["--budget", "1.2.3"],
                    "tender init: error: invalid value '1.2.3' for '--budget': write a plain amount such as 150000 or 1210000.00"
                ),
                (
                    ["--budget", "5.."],
                    "tender init: error: invalid value '5..' for '--budget': write a plain amount such as 150000 or 1210000.00"
                ),
                (
                    ["--budget", "١٠٠"],
                    "tender init: error: invalid value '١٠٠' for '--budget': write a plain amount such as 150000 or 1210000.00"
                ),
                (
                    ["--currency", "gbp"],
                    "tender init: error: --currency: budget.currency must be a three-letter ISO 4217 code such as 'GBP', but it is 'gbp'; nothing was written"
                ),
                (
                    ["--opens", "2025-13-01"],
                    "tender init: error: invalid value '2025-13-01' for '--opens': write a date as YYYY-MM-DD"
                ),
                (
                    ["--opens", "2025-03-01", "--closes", "2025-02-01"],
                    "tender init: error: invalid value '2025-02-01' for '--closes': the round must close after it opens (2025-03-01)"
                ),
            ])
        func refused(_ options: [String], _ message: String) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let folder = scratch.file("new")
            let missing = scratch.file("no-such-rubric.json")
            let arguments =
                options.contains("--rubric")
                ? options.map { $0 == "MISSING" ? missing : $0 }
                : options + ["--rubric", Flow.rubric("community-safety-fund.json")]

            let run = Flow.run(["init", folder] + arguments)

            #expect(run.exit == 2)
            #expect(run.errorLines == [message.replacingOccurrences(of: "MISSING", with: missing)])
            #expect(!FileManager.default.fileExists(atPath: folder))
        }

        @Test("a folder name that is not an id gives a valid id; the title keeps the name")
        func idFromName() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let folder = scratch.file("Youth Fund 2025!")

            #expect(
                Flow.run([
                    "init", folder, "--rubric", Flow.rubric("community-safety-fund.json"),
                    "--opens", "2025-04-01",
                ]).exit == 0)

            let round = try Flow.jsonObject(try Flow.read(folder + "/round.json"))
            #expect(round["id"] as? String == "Youth-Fund-2025-")
            #expect(round["title"] as? String == "Youth Fund 2025!")
            #expect(Flow.run(["validate", folder]).exit == 0)
        }
    }
}
