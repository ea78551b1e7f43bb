import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension HistoryTests {
    /// What the history catches: a kill between its two writes, a tampered or missing entry,
    /// a file edited by hand; and a round that has no history at all.
    @Suite("Integrity")
    struct HistoryIntegrityTests {
        static let row = "sclarke,tdy-2024-02,outcomes-and-voice,3,Standard measures."

        /// A `HistoryWriter` for one score of sclarke's, prepared against the round as it is.
        static func preparedScore(_ round: String) throws -> PreparedHistoryWrite {
            let scores = try Flow.bytes(round + "/scores.csv")
            let newRow = ScoresFile.NewRow(
                evaluator: "sclarke", submission: "tdy-2024-02", criterion: "outcomes-and-voice",
                score: "3", comment: "Standard measures.")
            let change = HistoryChange.score(
                evaluator: "sclarke", submission: "tdy-2024-02", criterion: "outcomes-and-voice",
                old: nil, new: ("3", "Standard measures."))
            let writer = HistoryWriter(
                folder: round, time: UTCTime(seconds: 1_729_418_400), by: "sclarke",
                command: "import")
            return try writer.prepare(
                ScoresFile.upsert(scores, newRow), to: "scores.csv", changes: [change])
        }

        @Test(
            "killed after the journal and before the file: the entry is not history, and the next change removes it"
        )
        func interruptedWrite() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let scores = try Flow.read(round + "/scores.csv")
            let journal = try Flow.read(round + "/history.jsonl")
            let count = try HistoryFlow.lines(round).count

            // The kill: the journal is written, scores.csv is not.
            try Self.preparedScore(round).writeJournal()

            #expect(try Flow.read(round + "/scores.csv") == scores)
            #expect(try HistoryFlow.lines(round).count == count + 1)
            let (read, problems) = try HistoryFlow.journal(round)
            #expect(read.entries.count == count)
            #expect(read.interrupted.map(\.seq) == [count + 1])
            #expect(
                problems.map { $0.described(relativeTo: round) } == [
                    "history.jsonl:\(count + 1):1: entry \(count + 1) (tender import) never took effect: tender stopped after writing the history but before writing scores.csv, which is as it was; they are not part of the history, and the next change to the round removes them"
                ])
            #expect(problems.allSatisfy { $0.severity == .warning })
            let history = HistoryFlow.run(["history", round], at: "2024-10-20T10:01:00Z")
            #expect(history.exit == 0)
            #expect(!history.out.contains("sclarke scored tdy-2024-02 / outcomes-and-voice"))

            // The next change: the same score, imported again, replaces the unfinished entry.
            let sheet = try HistoryFlow.sheet([Self.row], in: scratch)
            let again = HistoryFlow.run(
                ["import", round, sheet, "--evaluator", "sclarke"], at: "2024-10-20T10:05:00Z")
            #expect(again.exit == 0)
            let lines = try HistoryFlow.lines(round)
            #expect(lines.count == count + 1)
            #expect(lines.last?["time"] as? String == "2024-10-20T10:05:00Z")
            #expect(try Flow.read(round + "/history.jsonl").hasPrefix(journal))
            let (_, after) = try HistoryFlow.journal(round)
            #expect(after.isEmpty)
        }

        @Test("killed before the journal is renamed: nothing changed")
        func killedBeforeTheJournal() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let journal = try Flow.read(round + "/history.jsonl")
            _ = try Self.preparedScore(round)
            #expect(try Flow.read(round + "/history.jsonl") == journal)
            let (_, problems) = try HistoryFlow.journal(round)
            #expect(problems.isEmpty)
        }

        @Test("both written: the entry is history and the file matches it")
        func bothWritten() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let count = try HistoryFlow.lines(round).count
            let prepared = try Self.preparedScore(round)
            try prepared.writeJournal()
            try prepared.writeFile()
            let (read, problems) = try HistoryFlow.journal(round)
            #expect(problems.isEmpty)
            #expect(read.entries.count == count + 1)
            #expect(read.interrupted.isEmpty)
        }

        @Test("a file changed since the command read it: nothing is written, nothing is lost")
        func changedMeanwhile() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let read = try Flow.bytes(round + "/scores.csv")
            let journal = try Flow.read(round + "/history.jsonl")
            let meanwhile = read + Array("nraine,tdy-2024-02,outcomes-and-voice,2,Late.\n".utf8)
            try Flow.write(String(decoding: meanwhile, as: UTF8.self), to: round + "/scores.csv")
            let writer = HistoryWriter(
                folder: round, time: UTCTime(seconds: 0), by: "sclarke", command: "score")
            #expect(throws: HistoryWriteError.self) {
                try writer.write(
                    read + Array("x\n".utf8), to: "scores.csv", changes: [.historyStarted],
                    basedOn: read)
            }
            #expect(try Flow.bytes(round + "/scores.csv") == meanwhile)
            #expect(try Flow.read(round + "/history.jsonl") == journal)
        }

        /// The journal with `edit` applied to line `number` (1-based).
        static func editLine(_ round: String, _ number: Int, _ edit: (String) -> String) throws {
            var lines = try Flow.read(round + "/history.jsonl").split(
                separator: "\n", omittingEmptySubsequences: false
            ).map(String.init)
            lines[number - 1] = edit(lines[number - 1])
            try Flow.write(lines.joined(separator: "\n"), to: round + "/history.jsonl")
        }

        @Test("a tampered entry is an error at its own line, and the round does not load")
        func tamperedEntry() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("community-safety-fund-2024", into: scratch)
            try Self.editLine(round, 5) {
                $0.replacingOccurrences(of: "\"score\":\"", with: "\"score\":\"1")
            }

            let run = HistoryFlow.run(["validate", round], at: "2024-07-01T00:00:00Z")

            #expect(run.exit == 2)
            let errors = run.errorLines.map { $0.replacingOccurrences(of: round + "/", with: "") }
            try #require(errors.count == 1)
            #expect(
                errors[0].hasPrefix(
                    "history.jsonl:5:1: error: history entry 5 was changed after it was written: entry 6 records its SHA-256 as "
                ))
            let history = HistoryFlow.run(["history", round], at: "2024-07-01T00:00:00Z")
            #expect(history.exit == 2)
            #expect(history.out.split(separator: "\n").count == 4)
        }

        @Test(
            "a removed, reordered or garbled line breaks the chain at the first bad line",
            arguments: [
                (
                    "remove",
                    "history.jsonl:7:1: error: history entry 7 says it is entry 8: entries were removed, added or reordered outside tender"
                ),
                (
                    "garble",
                    "history.jsonl:7:1: error: history entry 7 is not an entry tender wrote: malformed JSON: found 'n' where a value was expected"
                ),
            ])
        func brokenChain(_ damage: String, _ expected: String) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("community-safety-fund-2024", into: scratch)
            try Self.editLine(round, 7) { line in damage == "remove" ? "\u{0}" : "not json" }
            if damage == "remove" {
                let text = try Flow.read(round + "/history.jsonl")
                try Flow.write(
                    text.replacingOccurrences(of: "\u{0}\n", with: ""), to: round + "/history.jsonl"
                )
            }
            let (_, problems) = HistoryJournal.readChecked(folder: round)
            #expect(
                problems.map { "\($0.described(relativeTo: round))" } == [
                    expected.replacingOccurrences(of: ": error: ", with: ": ")
                ])
        }

        @Test(
            "a hand edit of scores.csv is a warning naming the last entry, and stays visible after the next change"
        )
        func handEdit() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let count = try HistoryFlow.lines(round).count
            let scores = try Flow.read(round + "/scores.csv")
            try Flow.write(
                scores.replacingOccurrences(
                    of: "sclarke,tdy-2024-01,targeting-with-partners,1,",
                    with: "sclarke,tdy-2024-01,targeting-with-partners,2,"),
                to: round + "/scores.csv")

            let validate = HistoryFlow.run(["validate", round], at: "2024-10-20T00:00:00Z")

            #expect(validate.exit == 0)
            let warning = try #require(validate.err.split(separator: "\n").first.map(String.init))
            #expect(
                warning.hasPrefix(
                    "\(round)/scores.csv:1:1: warning: scores.csv was changed outside tender after entry \(count) (the last entry that changed it records SHA-256 "
                ))

            let sheet = try HistoryFlow.sheet([Self.row], in: scratch)
            let imported = HistoryFlow.run(
                ["import", round, sheet, "--evaluator", "sclarke"], at: "2024-10-20T10:00:00Z")
            #expect(imported.exit == 0)
            let (_, problems) = try HistoryFlow.journal(round)
            #expect(
                problems.map { $0.described(relativeTo: round) } == [
                    "history.jsonl:\(count + 1):1: scores.csv was changed outside tender between entry \(count) and entry \(count + 1)"
                ])
        }

        @Test("a round without a history is valid with one note; its documents and record say so")
        func noHistory() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try HistoryFlow.withoutHistory(
                "police-property-act-fund-2024", into: scratch)

            let validate = HistoryFlow.run(["validate", round], at: "2024-09-01T00:00:00Z")
            #expect(validate.exit == 0)
            #expect(
                validate.err
                    == "\(round)/history.jsonl:1:1: note: this round has no history: it was made before tender kept one, or by hand; the next 'tender import', 'score' or 'decide' starts it\n"
            )
            let history = HistoryFlow.run(["history", round], at: "2024-09-01T00:00:00Z")
            #expect(history.exit == 0)
            #expect(history.out == "")
            #expect(history.err.contains("note: this round has no history"))

            let out = scratch.file("out")
            let evaluate = HistoryFlow.run(
                ["evaluate", round, "--require-final", "--out", out, "--format", "json,md"],
                at: "2024-09-01T00:00:00Z")
            #expect(evaluate.exit == 0)
            #expect(!FileManager.default.fileExists(atPath: round + "/history.jsonl"))
            let record = try Flow.jsonObject(try Flow.read(out + "/decision.json"))
            #expect(record["history"] is NSNull)
            #expect(
                try Flow.read(out + "/award-rationale.md").contains(
                    "This round has no history (history.jsonl): who entered each score and decision, and when, was not recorded by tender."
                ))
        }
    }
}
