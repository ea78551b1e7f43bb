import Foundation
import Testing

@testable import TenderKit

extension ValidationTests {
    /// A round that is not ready says so: init's placeholders, an allocation budget of 0, no
    /// evaluators, and the default OCDS prefix when open data is written are warnings; the
    /// placeholders and the zero budget also block a final decision (`incomplete-round`).
    @Suite struct RoundReadinessTests {
        static let cases: [BrokenFixture] = [
            BrokenFixture(
                "the placeholder buyer", in: "round.json",
                replacing: #""id": "GB-GOR-PC000151""#,
                with: "\"id\": \"\(RoundPlaceholders.buyerID)\"",
                expect: [
                    "round.json:6:11: warning: buyer.id is the placeholder 'GB-GOR-PC000000': write the buyer's org-id (tender init takes it as --buyer-id)"
                ]),
            BrokenFixture(
                "the placeholder description", in: "round.json",
                replacing: #""title": "Mini service 2024","#,
                with:
                    #""title": "Mini service 2024", "description": "Evaluated with X. Describe the round here.","#,
                expect: [
                    "round.json:3:48: warning: description still ends with the placeholder 'Describe the round here.': describe the round, or remove the field"
                ]),
            BrokenFixture(
                "the example evaluator", in: "panel.json",
                replacing: #""name": "Anna Hart""#, with: #""name": "Example Evaluator""#,
                expect: [
                    "panel.json:4:13: warning: evaluators[0] is still the example evaluator that tender init wrote ('Example Evaluator'); replace it with a real panel member"
                ]),
            BrokenFixture(
                "an allocation budget of 0",
                [
                    .replace(
                        file: "rubric.json", old: #""mode": "single""#,
                        new: #""mode": "allocation""#),
                    .replace(file: "round.json", old: #""amount": 100000"#, new: #""amount": 0"#),
                ],
                expect: [
                    "round.json:10:15: warning: budget.amount is 0, so no grant can be funded: write the round's budget (tender init takes it as --budget)"
                ]),
            BrokenFixture(
                "a panel with no evaluators",
                [
                    .write(file: "panel.json", text: "{\"evaluators\": []}\n"),
                    .write(
                        file: "scores.csv", text: "evaluator,submission,criterion,score,comment\n"),
                    .write(file: "decisions.json", text: "{}\n"),
                ],
                expect: [
                    "panel.json:1:1: warning: the panel has no evaluators: add each panel member to evaluators (id, name, email, organisation, interests)"
                ]),
            BrokenFixture(
                "a round with no submissions",
                [
                    .remove(file: "submissions/sub-alder.json"),
                    .remove(file: "submissions/sub-birch.json"),
                    .remove(file: "submissions/sub-cedar.json"),
                    .write(
                        file: "scores.csv", text: "evaluator,submission,criterion,score,comment\n"),
                    .write(file: "decisions.json", text: "{}\n"),
                ],
                expect: [
                    "submissions:1:1: warning: the round has no submissions yet: put one JSON file per submission in this folder"
                ]),
        ]

        @Test(arguments: cases)
        func warnings(_ fixture: BrokenFixture) throws {
            #expect(try RuleDataTests.diagnostics(fixture) == fixture.expected)
        }

        /// The default prefix is a warning only when the run publishes open data.
        @Test func theDefaultOCIDPrefixWhenOpenDataIsWritten() throws {
            let fixture = BrokenFixture(
                "the default prefix", in: "round.json",
                replacing: ",\n  \"openData\": {\n    \"ocidPrefix\": \"ocds-213czf\"\n  }",
                with: "",
                expect: [
                    "round.json:1:1: warning: the OCDS ocid prefix is still the default 'ocds-tender': register a prefix with the Open Contracting Partnership and set openData.ocidPrefix in round.json"
                ])
            #expect(
                try RuleDataTests.diagnostics(fixture, writesOpenData: true) == fixture.expected)
            #expect(try RuleDataTests.diagnostics(fixture, writesOpenData: false) == [])
            #expect(
                try RuleDataTests.diagnostics(
                    BrokenFixture("as it is", [], expect: []), writesOpenData: true) == [])
        }

        /// The placeholders and the zero budget block a final decision, one item per field.
        @Test func placeholdersBlockAFinalDecision() throws {
            let fixture = BrokenFixture(
                "placeholders",
                [
                    .replace(
                        file: "round.json",
                        old: #""name": "Police and Crime Commissioner for Cleveland""#,
                        new: "\"name\": \"\(RoundPlaceholders.buyerName)\""),
                    .replace(
                        file: "rubric.json", old: #""mode": "single""#,
                        new: #""mode": "allocation""#),
                    .replace(file: "round.json", old: #""amount": 100000"#, new: #""amount": 0"#),
                ], expect: [])
            let blocking = try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                try fixture.apply(in: folder)
                let round = try #require(RoundLoader.load(folder: folder).round)
                return RoundEvaluator.evaluate(round.scoringInput).blocking.filter {
                    $0.kind == .incompleteRound
                }
            }
            #expect(blocking.map(\.field) == ["round.json budget.amount", "round.json buyer.name"])
            #expect(
                blocking.map { BlockingWords.detail($0.detail) } == [
                    "budget.amount is 0, so no grant can be funded: write the round's budget (tender init takes it as --budget)",
                    "buyer.name is the placeholder 'Name of the buying organisation': write the buyer's name (tender init takes it as --buyer-name)",
                ])
            #expect(
                SettleCommands.command(for: blocking[1], folder: "rounds/r1", missingScorers: [])
                    == "edit buyer.name in rounds/r1/round.json, then check with: tender validate rounds/r1"
            )
        }
    }
}
