import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// Decisions that can be made, and unmade: a moderation of scores that agree needs
    /// `--override` and says why; every kind of decision can be withdrawn, atomically, keeping
    /// every other entry; a withdrawal of nothing changes nothing.
    @Suite("tender decide: --override and withdraw")
    struct DecideWithdrawTests {
        /// tdy-2024-03 / outcomes-and-voice: the scores spread by 1, within maxSpread 2 (mean 3.50).
        @Test("a moderation within maxSpread is refused without --override, and says why")
        func moderationWithinSpreadNeedsOverride() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let path = round + "/decisions.json"
            let before = try Flow.read(path)
            let arguments = [
                "decide", round, "moderation", "--submission", "tdy-2024-03", "--criterion",
                "outcomes-and-voice", "--score", "4", "--rationale", "The panel agreed 4.",
            ]

            let refused = Flow.run(arguments)
            #expect(refused.exit == 2)
            #expect(
                refused.errorLines == [
                    "tender decide: error: the scores for 'tdy-2024-03' / 'outcomes-and-voice' spread by 1, within the rubric's maxSpread of 2, so the panel's mean of 3.50 stands without moderation; replacing it is unusual: add --override if the panel agreed to, and say why in the rationale"
                ])
            #expect(try Flow.read(path) == before)

            let overridden = Flow.run(arguments + ["--override"])
            #expect(overridden.exit == 0)
            #expect(
                overridden.out
                    == "Recorded the moderation for tdy-2024-03 / outcomes-and-voice in \(path).\n")
        }

        @Test("--override belongs to moderation only")
        func overrideOnlyForModeration() throws {
            let run = Flow.run([
                "decide", "any", "clarification", "--submission", "s", "--criterion", "c",
                "--accepted", "--rationale", "r", "--override",
            ])
            #expect(run.exit == 2)
            #expect(
                run.errorLines == [
                    "tender decide: error: option '--override' does not apply to clarification"
                ])
        }

        /// The Community Safety Fund sample has one entry of each kind: withdrawing each leaves
        /// the others exactly as they were, and the decision changes accordingly.
        @Test(
            "each kind can be withdrawn, keeping every other entry",
            arguments: [
                (
                    [
                        "moderation", "--submission", "csf-2024-02", "--criterion",
                        "partnership-and-resources",
                    ],
                    "moderation for csf-2024-02 / partnership-and-resources", "moderation"
                ),
                (
                    [
                        "clarification", "--submission", "csf-2024-05", "--criterion",
                        "cost-per-beneficiary",
                    ],
                    "clarification for csf-2024-05 / cost-per-beneficiary", "clarifications"
                ),
                (
                    ["conflict", "--evaluator", "sjwhitfield", "--submission", "csf-2024-01"],
                    "conflict ruling for sjwhitfield / csf-2024-01", "conflicts"
                ),
            ])
        func withdrawEachKind(options: [String], description: String, list: String) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("community-safety-fund-2024", into: scratch)
            let path = round + "/decisions.json"
            let before = try Flow.jsonObject(try Flow.read(path))

            let run = Flow.run(["decide", round, "withdraw"] + options)

            #expect(run.exit == 0)
            #expect(run.out == "Withdrew the \(description) in \(path).\n")
            let after = try Flow.jsonObject(try Flow.read(path))
            let lists = ["moderation", "clarifications", "conflicts"]
            for name in lists {
                let old = before[name] as? [[String: Any]] ?? []
                let new = after[name] as? [[String: Any]] ?? []
                #expect(new.count == (name == list ? old.count - 1 : old.count))
            }
            #expect(Flow.run(["validate", round]).exit == 0)
            // Withdrawn again: there is nothing left to withdraw, and nothing changes.
            let bytes = try Flow.read(path)
            let again = Flow.run(["decide", round, "withdraw"] + options)
            #expect(again.exit == 2)
            #expect(
                again.errorLines.first?.hasPrefix(
                    "tender decide: error: decisions.json has no \(description) to withdraw")
                    == true)
            #expect(try Flow.read(path) == bytes)
        }

        @Test("a withdrawal names the nearest entry there is")
        func withdrawSuggests() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("community-safety-fund-2024", into: scratch)
            let run = Flow.run([
                "decide", round, "withdraw", "moderation", "--submission", "csf-2024-02",
                "--criterion", "partnership-and-resource",
            ])
            #expect(
                run.errorLines == [
                    "tender decide: error: decisions.json has no moderation for csf-2024-02 / partnership-and-resource to withdraw (did you mean 'csf-2024-02 / partnership-and-resources'?); nothing was changed"
                ])
        }

        @Test(
            "a withdrawal takes only the options that name the entry",
            arguments: [
                (
                    [
                        "withdraw", "moderation", "--submission", "s", "--criterion", "c",
                        "--rationale", "r",
                    ],
                    "option '--rationale' does not apply to withdraw moderation"
                ),
                (
                    [
                        "withdraw", "conflict", "--evaluator", "e", "--submission", "s",
                        "--criterion", "c",
                    ],
                    "option '--criterion' does not apply to withdraw conflict"
                ),
                (
                    ["withdraw", "moderaton"],
                    "invalid value 'moderaton' for 'WHAT': withdraw a moderation, clarification or conflict (did you mean 'moderation'?)"
                ),
                (["moderation", "extra", "--rationale", "r"], "unexpected argument 'extra'"),
            ])
        func withdrawUsage(arguments: [String], message: String) throws {
            let run = Flow.run(["decide", "round"] + arguments)
            #expect(run.exit == 2)
            #expect(run.errorLines.first == "tender decide: error: " + message)
        }

        /// The library computes the new file for every change, so the command writes it in one place.
        @Test func updateComputesTheNewFile() throws {
            let existing = try JSONReader.read(
                Array(
                    #"{"moderation": [{"submission": "a", "criterion": "q", "score": 2, "rationale": "r"}, {"submission": "b", "criterion": "q", "score": 3, "rationale": "s"}], "conflicts": []}"#
                        .utf8)
            ).root
            let update = try DecisionsFile.update(
                .withdraw(.moderation(submission: "a", criterion: "q")), of: existing)
            #expect(update.outcome == .withdrawn)
            #expect(update.previous?["rationale"]?.string == "r")
            #expect(
                String(decoding: update.bytes, as: UTF8.self)
                    == "{\n  \"moderation\": [\n    {\n      \"submission\": \"b\",\n      \"criterion\": \"q\",\n      \"score\": 3,\n      \"rationale\": \"s\"\n    }\n  ],\n  \"conflicts\": []\n}\n"
            )
        }
    }
}
