import Foundation
import Testing

@testable import TenderKit

extension ValidationTests {
    /// The round checks (`ValidationChecks.round`) on `decisions.json`, each broken by one edit.
    /// A problem with one field is reported at that field's value; a repeated entry at the second
    /// entry's opening brace (moderation[0] is at 3:5, clarifications[0] at 11:5, conflicts[0] at 19:5).
    @Suite struct RoundCheckTests {
        static let moderation: [BrokenFixture] = [
            BrokenFixture(
                "moderation of an unknown submission", in: "decisions.json",
                replacing: "\"sub-birch\",\n      \"criterion\": \"approach\"",
                with: "\"sub-brich\",\n      \"criterion\": \"approach\"",
                expect: [
                    "decisions.json:4:21: moderation[0] names unknown submission 'sub-brich' (did you mean 'sub-birch'?)"
                ]),
            BrokenFixture(
                "moderation of an unknown criterion", in: "decisions.json",
                replacing: #""criterion": "approach""#, with: #""criterion": "aproach""#,
                expect: [
                    "decisions.json:5:20: moderation[0] names unknown criterion 'aproach' (did you mean 'approach'?)"
                ]),
            BrokenFixture(
                "moderation of a quantitative criterion", in: "decisions.json",
                replacing: #""criterion": "approach""#, with: #""criterion": "price""#,
                expect: [
                    "decisions.json:5:20: moderation[0] names criterion 'price', which is quantitative (computed by the rubric's rule), so it cannot be moderated"
                ]),
            BrokenFixture(
                "a moderated score off the scale", in: "decisions.json",
                replacing: #""score": 2"#, with: #""score": 3.5"#,
                expect: [
                    "decisions.json:6:16: moderation[0].score 3.5 for 'sub-birch' / 'approach' is outside the scale 0 to 3"
                ]),
            BrokenFixture(
                "a moderation without a rationale", in: "decisions.json",
                replacing: ",\n      \"rationale\": \"Agreed at the moderation meeting.\"",
                with: "",
                expect: [
                    "decisions.json:3:5: moderation[0] is missing the required field 'rationale'"
                ]),
            BrokenFixture(
                "a second moderation of the same score", in: "decisions.json",
                replacing: "\"Agreed at the moderation meeting.\"\n    }",
                with:
                    "\"Agreed at the moderation meeting.\"\n    },\n    {\n      \"submission\": \"sub-birch\",\n"
                    + "      \"criterion\": \"approach\",\n      \"score\": 1,\n      \"rationale\": \"Second thoughts.\"\n    }",
                expect: [
                    "decisions.json:9:5: moderation[1] is a second moderation for sub-birch/approach (the first is at line 3); keep one, or replace it with tender decide … --replace"
                ]),
        ]

        static let clarificationsAndRulings: [BrokenFixture] = [
            BrokenFixture(
                "a clarification for an unknown submission", in: "decisions.json",
                replacing: "\"sub-birch\",\n      \"criterion\": \"price\"",
                with: "\"sub-brich\",\n      \"criterion\": \"price\"",
                expect: [
                    "decisions.json:12:21: clarifications[0] names unknown submission 'sub-brich' (did you mean 'sub-birch'?)"
                ]),
            BrokenFixture(
                "a clarification for an unknown criterion", in: "decisions.json",
                replacing: #""criterion": "price""#, with: #""criterion": "prices""#,
                expect: [
                    "decisions.json:13:20: clarifications[0] names unknown criterion 'prices' (did you mean 'price'?)"
                ]),
            BrokenFixture(
                "a clarification for a panel-scored criterion", in: "decisions.json",
                replacing: #""criterion": "price""#, with: #""criterion": "staffing""#,
                expect: [
                    "decisions.json:13:20: clarifications[0] names criterion 'staffing', which the panel scores; clarifications answer abnormally low values of quantitative criteria"
                ]),
            BrokenFixture(
                "a clarification with an unknown outcome", in: "decisions.json",
                replacing: #""outcome": "accepted""#, with: #""outcome": "approved""#,
                expect: [
                    "decisions.json:14:18: clarifications[0].outcome must be one of 'accepted', 'rejected', but it is 'approved'"
                ]),
            BrokenFixture(
                "a second clarification of the same value", in: "decisions.json",
                replacing: "\"The bidder explained its volunteer model.\"\n    }",
                with:
                    "\"The bidder explained its volunteer model.\"\n    },\n    {\n      \"submission\": \"sub-birch\",\n"
                    + "      \"criterion\": \"price\",\n      \"outcome\": \"rejected\",\n      \"rationale\": \"Reconsidered.\"\n    }",
                expect: [
                    "decisions.json:17:5: clarifications[1] is a second clarification for sub-birch/price (the first is at line 11); keep one, or replace it with tender decide … --replace"
                ]),
            BrokenFixture(
                "a ruling on an unknown evaluator", in: "decisions.json",
                replacing: #""evaluator": "bpatel""#, with: #""evaluator": "bpatle""#,
                expect: [
                    "decisions.json:20:20: conflicts[0] names unknown evaluator 'bpatle' (did you mean 'bpatel'?)"
                ]),
            BrokenFixture(
                "a ruling on an unknown submission", in: "decisions.json",
                replacing: "\"sub-birch\",\n      \"outcome\"",
                with: "\"sub-oak\",\n      \"outcome\"",
                expect: ["decisions.json:21:21: conflicts[0] names unknown submission 'sub-oak'"]),
            BrokenFixture(
                "a ruling with a misspelt outcome", in: "decisions.json",
                replacing: #""outcome": "no-conflict""#, with: #""outcome": "no conflict""#,
                expect: [
                    "decisions.json:22:18: conflicts[0].outcome must be one of 'conflict', 'no-conflict', but it is 'no conflict' (did you mean 'no-conflict'?)"
                ]),
            BrokenFixture(
                "a second ruling on the same pair", in: "decisions.json",
                replacing: "\"A neighbour with no financial tie.\"\n    }",
                with:
                    "\"A neighbour with no financial tie.\"\n    },\n    {\n      \"evaluator\": \"bpatel\",\n"
                    + "      \"submission\": \"sub-birch\",\n      \"outcome\": \"conflict\",\n      \"rationale\": \"Reconsidered.\"\n    }",
                expect: [
                    "decisions.json:25:5: conflicts[1] is a second conflict ruling for bpatel/sub-birch (the first is at line 19); keep one, or replace it with tender decide … --replace"
                ]),
            BrokenFixture(
                "a misspelt list of decisions", in: "decisions.json",
                replacing: #""moderation":"#, with: #""moderations":"#,
                expect: [
                    "decisions.json:2:3: the decisions file has an unknown field 'moderations' (did you mean 'moderation'?)"
                ]),
            BrokenFixture(
                "a doubled comma", in: "decisions.json",
                replacing: #""score": 2,"#, with: #""score": 2,,"#,
                expect: [
                    "decisions.json:6:18: malformed JSON: found ',' where a member name in double quotes was expected"
                ]),
        ]

        @Test(arguments: moderation)
        func moderationProblemsAreReported(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        @Test(arguments: clarificationsAndRulings)
        func clarificationAndRulingProblemsAreReported(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        /// Thousands of decisions are checked against a national round (100,000 submissions, 1,000
        /// evaluators) by lookup, not by scanning every id for every entry.
        @Test func decisionsAreCheckedQuicklyAtNationalScale() throws {
            let rubric = try #require(
                RubricLoader.load(path: FilePath.join(BrokenFixture.baseRound, "rubric.json"))
                    .rubric)
            // Each with the fields the rubric's rules read, as a real submission has.
            let fields = try JSONReader.read(Array(#"{"price": 90000, "durationMonths": 24}"#.utf8))
                .root
            let submissions = (0..<100_000).map {
                Submission(
                    id: "s\($0)", title: "T", organisation: .init(name: "O\($0)"), json: fields)
            }
            let panel = Panel(
                evaluators: (0..<1_000).map { Evaluator(id: "e\($0)", name: "E \($0)") })
            let picks = stride(from: 0, to: 100_000, by: 25)
            let decisions = PanelDecisions(
                moderation: picks.map {
                    .init(
                        submission: "s\($0)", criterion: "approach", score: 2, rationale: "Agreed.",
                        location: .file("d"))
                },
                clarifications: picks.map {
                    .init(
                        submission: "s\($0)", criterion: "price", outcome: .accepted,
                        rationale: "Explained.", location: .file("d"))
                },
                conflicts: picks.map {
                    .init(
                        evaluator: "e\($0 % 1_000)", submission: "s\($0)", outcome: .conflict,
                        rationale: "Trustee.")
                })
            let documents = RoundDocuments(
                round: nil, rubric: rubric, submissions: submissions, panel: panel,
                decisions: decisions)
            // What it costs is measured by tender-bench, never by a test's clock.
            #expect(ValidationChecks.check(documents).isEmpty)
        }

        /// A ruling naming an unknown evaluator and an unknown submission is reported for each.
        @Test func aDecisionNamingTwoUnknownThingsReportsBoth() throws {
            let fixture = BrokenFixture(
                "two unknown names", in: "decisions.json",
                replacing: "\"bpatel\",\n      \"submission\": \"sub-birch\"",
                with: "\"bpatle\",\n      \"submission\": \"sub-oak\"",
                expect: [
                    "decisions.json:20:20: conflicts[0] names unknown evaluator 'bpatle' (did you mean 'bpatel'?)",
                    "decisions.json:21:21: conflicts[0] names unknown submission 'sub-oak'",
                ])
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }
    }
}
