import Testing

@testable import TenderKit

extension ValidationTests {
    /// The rubric checks (`ValidationChecks.rubric`), each broken by one edit of the base rubric.
    /// The rubric is read in full before they run, so they point at criteria, descriptors and
    /// tie-breaks by their own positions.
    @Suite struct RubricCheckTests {
        static let cases: [BrokenFixture] = [
            BrokenFixture(
                "weights adding up to 105", in: "rubric.json",
                replacing: #""weight": 20"#, with: #""weight": 25"#,
                expect: [
                    "rubric.json:38:15: criteria weights must add up to 100, but they add up to 105 (approach 50 + staffing 25 + price 30)"
                ]),
            BrokenFixture(
                "decimal weights adding up to 99.9", in: "rubric.json",
                replacing: #""weight": 50,"#, with: #""weight": 49.9,"#,
                expect: [
                    "rubric.json:38:15: criteria weights must add up to 100, but they add up to 99.9 (approach 49.9 + staffing 20 + price 30)"
                ]),
            BrokenFixture(
                "a scale whose minimum equals its maximum", in: "rubric.json",
                replacing: #""max": 3"#, with: #""max": 0"#,
                expect: ["rubric.json:9:12: scale.min (0) must be below scale.max (0)"]),
            BrokenFixture(
                "a reversed scale", in: "rubric.json",
                replacing: "\"min\": 0,\n    \"max\": 3", with: "\"min\": 3,\n    \"max\": 0",
                expect: ["rubric.json:9:12: scale.min (3) must be below scale.max (0)"]),
            BrokenFixture(
                "a descriptor above the scale", in: "rubric.json",
                replacing: #"{ "score": 3, "label": "Excellent""#,
                with: #"{ "score": 4, "label": "Excellent""#,
                expect: [
                    "rubric.json:16:7: scale.descriptors[3]: the descriptor for score 4 lies outside the scale 0 to 3"
                ]),
            BrokenFixture(
                "two descriptors for one score", in: "rubric.json",
                replacing: #"{ "score": 2, "label": "Good""#,
                with: #"{ "score": 1, "label": "Good""#,
                expect: [
                    "rubric.json:15:7: scale.descriptors[2]: score 1 already has a descriptor (line 14); describe each score once"
                ]),
            BrokenFixture(
                "a criterion minimum above the scale", in: "rubric.json",
                replacing: #""minimum": 1"#, with: #""minimum": 4"#,
                expect: [
                    "rubric.json:40:13: criteria[0].minimum: criterion 'approach' has minimum 4, outside the scale 0 to 3: give a minimum on the scale, or none"
                ]),
            BrokenFixture(
                "a criterion minimum below the scale", in: "rubric.json",
                replacing: #""minimum": 1"#, with: #""minimum": -1"#,
                expect: [
                    "rubric.json:40:13: criteria[0].minimum: criterion 'approach' has minimum -1, outside the scale 0 to 3: give a minimum on the scale, or none"
                ]),
            BrokenFixture(
                "abnormallyLow where higher is better", in: "rubric.json",
                replacing: #""better": "lower""#, with: #""better": "higher""#,
                expect: [
                    "rubric.json:58:24: criteria[2].abnormallyLow: the abnormally low test applies only where better is 'lower', but criterion 'price' has better 'higher'; remove abnormallyLow, or set better to 'lower' if a lower value is better"
                ]),
            BrokenFixture(
                "a tie-break naming an unknown criterion", in: "rubric.json",
                replacing: #"["approach""#, with: #"["aproach""#,
                expect: [
                    "rubric.json:61:16: tieBreak[0] names 'aproach', which is not a criterion (did you mean 'approach'?); write a criterion id, 'lower: EXPRESSION' or 'higher: EXPRESSION'"
                ]),
            BrokenFixture(
                "two criteria with one id", in: "rubric.json",
                replacing: #""id": "staffing""#, with: #""id": "approach""#,
                expect: [
                    "rubric.json:46:13: criteria[1].id: duplicate criterion id 'approach' (first used at line 40); give each criterion its own id"
                ]),
            BrokenFixture(
                "two gates with one id", in: "rubric.json",
                replacing: "      \"message\": \"The price must not exceed the budget.\"\n    }",
                with:
                    "      \"message\": \"The price must not exceed the budget.\"\n    },\n    {\n"
                    + "      \"id\": \"within-budget\",\n      \"title\": \"Priced for two years\",\n"
                    + "      \"rule\": \"submission.durationMonths == 24\",\n"
                    + "      \"message\": \"The price must cover 24 months.\"\n    }",
                expect: [
                    "rubric.json:38:13: gates[1].id: duplicate gate id 'within-budget' (first used at line 32); give each gate its own id"
                ]),
        ]

        @Test(arguments: cases)
        func reportsExactlyTheBrokenRule(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.rubricDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        /// A rubric inside a round is checked the same way, and its problems are reported in the
        /// rubric file, not in round.json.
        @Test func aRoundReportsItsRubricsProblemsInTheRubricFile() throws {
            let fixture = try #require(Self.cases.first)
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        /// A semantic problem does not stop the rubric being read: its other problems are reported too.
        @Test func severalBrokenRulesAreAllReported() throws {
            let fixture = BrokenFixture(
                "three rules",
                [
                    .replace(file: "rubric.json", old: #""weight": 20"#, new: #""weight": 25"#),
                    .replace(file: "rubric.json", old: #""minimum": 1"#, new: #""minimum": 4"#),
                    .replace(file: "rubric.json", old: #"["approach""#, new: #"["aproach""#),
                ],
                expect: [
                    "rubric.json:38:15: criteria weights must add up to 100, but they add up to 105 (approach 50 + staffing 25 + price 30)",
                    "rubric.json:40:13: criteria[0].minimum: criterion 'approach' has minimum 4, outside the scale 0 to 3: give a minimum on the scale, or none",
                    "rubric.json:61:16: tieBreak[0] names 'aproach', which is not a criterion (did you mean 'approach'?); write a criterion id, 'lower: EXPRESSION' or 'higher: EXPRESSION'",
                ])
            let diagnostics = try fixture.rubricDiagnostics()
            #expect(diagnostics == fixture.expected)
        }
    }
}
