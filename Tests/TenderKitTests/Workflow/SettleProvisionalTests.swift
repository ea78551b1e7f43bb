import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// Every `command` that `tender status` prints for the provisional sample, filled in and run,
    /// clears its item; once all are run the decision is final, as the sample's README says.
    @Suite("tender status: settling the provisional sample")
    struct SettleProvisionalTests {
        /// The command's words with the chair's choices filled in (the README's "What clears it"),
        /// and the lines typed when it is `tender score` (sclarke: 3 and 4 with comments).
        static func filledIn(_ command: String) throws -> (arguments: [String], input: [String]) {
            let firstChoice = command.components(separatedBy: "  or  ")[0]
            let words = try shellWords(firstChoice)
            try #require(words.first == "tender", "not a tender command: \(command)")
            let arguments = words.dropFirst().map { word -> String in
                switch word {
                case "SCORE": "3"
                case "--accepted|--rejected": "--rejected"
                case "--conflict|--no-conflict": "--no-conflict"
                case "…": "Settled by the chair as the sample's README describes: \(words[3]) item."
                default: word
                }
            }
            let input =
                arguments.first == "score"
                ? ["3", "Outcome measures are standard.", "4", "Strong supervision."] : []
            return (Array(arguments), input)
        }

        /// Splits a command line as a POSIX shell would for the quoting `SettleCommands` uses.
        static func shellWords(_ line: String) throws -> [String] {
            var words: [String] = []
            var current: String?
            var quote: Character?
            var escaped = false
            for character in line {
                if escaped {
                    current = (current ?? "") + String(character)
                    escaped = false
                } else if let open = quote {
                    if character == open {
                        quote = nil
                    } else {
                        current = (current ?? "") + String(character)
                    }
                } else if character == "\\" {
                    escaped = true
                } else if character == "'" || character == "\"" {
                    quote = character
                    current = current ?? ""
                } else if character == " " {
                    if let word = current { words.append(word) }
                    current = nil
                } else {
                    current = (current ?? "") + String(character)
                }
            }
            try #require(quote == nil, "unbalanced quotes in \(line)")
            if let word = current { words.append(word) }
            return words
        }

        @Test(
            "the shell words of a printed command",
            arguments: [
                (
                    "tender decide r conflict --rationale \"…\"",
                    ["tender", "decide", "r", "conflict", "--rationale", "…"]
                ),
                (
                    "tender score '/tmp/a b/it'\\''s' --evaluator e",
                    ["tender", "score", "/tmp/a b/it's", "--evaluator", "e"]
                ),
            ])
        func words(_ line: String, _ expected: [String]) throws {
            #expect(try Self.shellWords(line) == expected)
        }

        @Test(
            "each printed command clears its item; then status exits 0 and evaluate --require-final exits 0"
        )
        func settleEveryItem() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let initial = try Flow.status(round)
            #expect(initial.exit == 3)
            let items = try #require(initial.json["blocking"] as? [[String: Any]])
            #expect(items.count == 5)

            for item in items {
                let key = BlockingKey(json: item)
                let command = try #require(item["command"] as? String)
                let (arguments, input) = try Self.filledIn(command)
                let run = Flow.run(arguments, input: input)
                #expect(run.exit == 0, "\(command): \(run.err)")
                #expect(
                    !(try Flow.status(round)).blocking.contains(key),
                    "still blocking after \(command)")
            }

            let settled = try Flow.status(round)
            #expect(settled.exit == 0)
            #expect(settled.blocking.isEmpty)
            let out = scratch.file("out")
            let evaluate = Flow.run([
                "evaluate", round, "--require-final", "--out", out, "--format", "json",
            ])
            #expect(evaluate.exit == 0)
            let record = try Flow.jsonObject(try Flow.read(out + "/decision.json"))
            #expect(record["status"] as? String == "final")
            try expectReadmeOutcome(record)
        }

        /// The README: tdy-2024-03 rejected; tdy-2024-02 awarded £412,000.00 with 78.00, ahead of
        /// tdy-2024-04 77.16 and tdy-2024-01 76.55; remaining budget £68,000.00.
        private func expectReadmeOutcome(_ record: [String: Any]) throws {
            let submissions = try #require(record["submissions"] as? [[String: Any]])
            let byID = Dictionary(
                uniqueKeysWithValues: submissions.compactMap { s in
                    (s["id"] as? String).map { ($0, s) }
                })
            #expect(byID["tdy-2024-03"]?["status"] as? String == "rejected")
            #expect(byID["tdy-2024-02"]?["status"] as? String == "awarded")
            #expect(byID["tdy-2024-02"]?["awarded"] as? Double == 412_000)
            let totals = ["tdy-2024-02", "tdy-2024-04", "tdy-2024-01"].map { id in
                ((byID[id]?["total"] as? Double ?? 0) * 100).rounded() / 100
            }
            #expect(totals == [78.00, 77.16, 76.55])
            #expect(record["remainingBudget"] as? Double == 68_000)
        }
    }
}
