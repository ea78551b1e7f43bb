import Testing

@testable import TenderKit

extension ValidationTests {
    /// Rubric files broken in their JSON or their structure (missing fields, wrong types, unknown
    /// fields, bad enum values and ids, numbers out of range), loaded with `RubricLoader`.
    ///
    /// Positions are those of the base rubric (`base-round/rubric.json`), counted by hand.
    @Suite struct RubricStructureTests {
        static let malformedJSON: [BrokenFixture] = [
            BrokenFixture(
                "a missing comma between members", in: "rubric.json",
                replacing: #""title": "Mini service contract","#,
                with: #""title": "Mini service contract""#,
                expect: [
                    #"rubric.json:4:3: malformed JSON: found '"' where ',' or '}' was expected"#
                ]),
            BrokenFixture(
                "a trailing comma in an array", in: "rubric.json",
                replacing: #""lower: submission.price"]"#, with: #""lower: submission.price",]"#,
                expect: ["rubric.json:61:54: malformed JSON: found ']' where a value was expected"]),
            BrokenFixture(
                "a comment", in: "rubric.json",
                replacing: #""version": "1","#, with: #""version": "1", // first issue"#,
                expect: [
                    "rubric.json:4:19: malformed JSON: found '/' where a member name in double quotes was expected"
                ]),
            BrokenFixture(
                "a string in single quotes", in: "rubric.json",
                replacing: #""label": "Weak""#, with: #""label": 'Weak'"#,
                expect: ["rubric.json:14:30: malformed JSON: found ''' where a value was expected"]),
            BrokenFixture(
                "a backslash that is not an escape", in: "rubric.json",
                replacing: #""Mini service contract""#, with: #""Mini service\q contract""#,
                expect: [
                    #"rubric.json:3:25: malformed JSON: invalid escape in string (allowed: \" \\ \/ \b \f \n \r \t \uXXXX)"#
                ]),
            BrokenFixture(
                "a percent sign after a number", in: "rubric.json",
                replacing: #""weight": 50,"#, with: #""weight": 50%,"#,
                expect: [
                    "rubric.json:42:19: malformed JSON: found '%' where ',' or '}' was expected"
                ]),
            BrokenFixture(
                "a file that ends early",
                [.write(file: "rubric.json", text: "{\n  \"id\": \"mini-service\",\n")],
                expect: [
                    "rubric.json:3:1: malformed JSON: the file ends where a member name was expected"
                ]),
            BrokenFixture(
                "an empty file", [.write(file: "rubric.json", text: "")],
                expect: [
                    "rubric.json:1:1: malformed JSON: the file ends where a value was expected"
                ]),
            BrokenFixture(
                "an array at the root", [.write(file: "rubric.json", text: "[]\n")],
                expect: ["rubric.json:1:1: the rubric must be an object, but it is an array"]),
            BrokenFixture(
                "a member named twice", in: "rubric.json",
                replacing: #""max": 3,"#, with: #""max": 3, "max": 4,"#,
                expect: [
                    "rubric.json:11:15: duplicate member 'max' (first at line 11): each name may appear once in an object"
                ]),
        ]

        static let missingAndWrongFields: [BrokenFixture] = [
            BrokenFixture(
                "no version", in: "rubric.json", replacing: "  \"version\": \"1\",\n", with: "",
                expect: ["rubric.json:1:1: the rubric is missing the required field 'version'"]),
            BrokenFixture(
                "a null title", in: "rubric.json",
                replacing: #""title": "Mini service contract""#, with: #""title": null"#,
                expect: ["rubric.json:3:12: title is required, but it is null"]),
            BrokenFixture(
                "no scale maximum", in: "rubric.json", replacing: "    \"max\": 3,\n", with: "",
                expect: ["rubric.json:9:12: scale is missing the required field 'max'"]),
            BrokenFixture(
                "a criterion without a weight", in: "rubric.json",
                replacing: "\"title\": \"Staffing and supervision\",\n      \"weight\": 20",
                with: "\"title\": \"Staffing and supervision\"",
                expect: ["rubric.json:45:5: criteria[1] is missing the required field 'weight'"]),
            BrokenFixture(
                "a quantitative criterion without better", in: "rubric.json",
                replacing: "      \"better\": \"lower\",\n", with: "",
                expect: ["rubric.json:50:5: criteria[2] is missing the required field 'better'"]),
            BrokenFixture(
                "a gate without a message", in: "rubric.json",
                replacing: ",\n      \"message\": \"The price must not exceed the budget.\"",
                with: "",
                expect: ["rubric.json:31:5: gates[0] is missing the required field 'message'"]),
            BrokenFixture(
                "a weight written as a string", in: "rubric.json",
                replacing: #""weight": 50,"#, with: #""weight": "50","#,
                expect: [
                    "rubric.json:42:17: criteria[0].weight must be a number, but it is a string"
                ]),
            BrokenFixture(
                "a weight of zero", in: "rubric.json",
                replacing: #""weight": 20"#, with: #""weight": 0"#,
                expect: [
                    "rubric.json:48:17: criteria[1].weight must be more than 0 and at most 100, but it is 0"
                ]),
            BrokenFixture(
                "requireComments written as yes", in: "rubric.json",
                replacing: #""requireComments": true"#, with: #""requireComments": "yes""#,
                expect: [
                    "rubric.json:25:24: panel.requireComments must be true or false, but it is a string"
                ]),
            BrokenFixture(
                "tieBreak as a string", in: "rubric.json",
                replacing: #""tieBreak": ["approach", "lower: submission.price"]"#,
                with: #""tieBreak": "approach""#,
                expect: ["rubric.json:61:15: tieBreak must be an array, but it is a string"]),
            BrokenFixture(
                "a fractional number of years", in: "rubric.json",
                replacing: #""lookbackYears": 3"#, with: #""lookbackYears": 2.5"#,
                expect: [
                    "rubric.json:28:22: conflicts.lookbackYears must be a whole number of at least 0, but it is 2.5"
                ]),
            BrokenFixture(
                "no independent evaluators", in: "rubric.json",
                replacing: #""minIndependentEvaluators": 2"#,
                with: #""minIndependentEvaluators": 0"#,
                expect: [
                    "rubric.json:24:33: panel.minIndependentEvaluators must be a whole number of at least 1, but it is 0"
                ]),
            BrokenFixture(
                "a descriptor that is not an object", in: "rubric.json",
                replacing: #"{ "score": 3, "label": "Excellent", "meaning": "Full evidence." }"#,
                with: #""Excellent""#,
                expect: [
                    "rubric.json:16:7: scale.descriptors[3] must be an object, but it is a string"
                ]),
            BrokenFixture(
                "a scale without descriptors", in: "rubric.json",
                replacing: #"""
                    "descriptors": [
                          { "score": 0, "label": "Poor", "meaning": "No evidence." },
                          { "score": 1, "label": "Weak", "meaning": "Little evidence." },
                          { "score": 2, "label": "Good", "meaning": "Clear evidence." },
                          { "score": 3, "label": "Excellent", "meaning": "Full evidence." }
                        ]
                    """#, with: #""descriptors": []"#,
                expect: [
                    "rubric.json:12:20: scale.descriptors is empty: say what each score on the scale means (evaluators score by the descriptors)"
                ]),
            BrokenFixture(
                "a quality threshold above 100", in: "rubric.json",
                replacing: "  \"tieBreak\":", with: "  \"minimumQuality\": 120,\n  \"tieBreak\":",
                expect: [
                    "rubric.json:61:21: minimumQuality must be a percentage from 0 to 100, but it is 120"
                ]),
            BrokenFixture(
                "an empty award amount", in: "rubric.json",
                replacing: #""amount": "submission.price""#, with: #""amount": " ""#,
                expect: ["rubric.json:7:15: award.amount must not be empty"]),
        ]

        static let unknownNamesAndValues: [BrokenFixture] = [
            BrokenFixture(
                "a misspelt optional section", in: "rubric.json",
                replacing: #""tieBreak":"#, with: #""tiebreak":"#,
                expect: [
                    "rubric.json:61:3: the rubric has an unknown field 'tiebreak' (did you mean 'tieBreak'?)"
                ]),
            BrokenFixture(
                "a misspelt optional criterion field", in: "rubric.json",
                replacing: #""weight": 20"#,
                with: "\"weight\": 20,\n      \"guidence\": \"Look for cover for leave.\"",
                expect: [
                    "rubric.json:49:7: criteria[1] has an unknown field 'guidence' (did you mean 'guidance'?)"
                ]),
            BrokenFixture(
                "a misspelt required criterion field", in: "rubric.json",
                replacing: #""weight": 20"#, with: #""wieght": 20"#,
                expect: [
                    "rubric.json:45:5: criteria[1] is missing the required field 'weight'",
                    "rubric.json:48:7: criteria[1] has an unknown field 'wieght' (did you mean 'weight'?)",
                ]),
            BrokenFixture(
                "an unknown scale field", in: "rubric.json",
                replacing: #""min": 0,"#, with: #""min": 0, "interval": 1,"#,
                expect: ["rubric.json:10:15: scale has an unknown field 'interval'"]),
            BrokenFixture(
                "a misspelt award mode", in: "rubric.json",
                replacing: #""mode": "single""#, with: #""mode": "singel""#,
                expect: [
                    "rubric.json:6:13: award.mode must be one of 'single', 'allocation', but it is 'singel' (did you mean 'single'?)"
                ]),
            BrokenFixture(
                "an unknown consensus method", in: "rubric.json",
                replacing: #""method": "mean""#, with: #""method": "average""#,
                expect: [
                    "rubric.json:20:15: consensus.method must be one of 'mean', 'median', but it is 'average'"
                ]),
            BrokenFixture(
                "a misspelt criterion type", in: "rubric.json",
                replacing: #""type": "quantitative""#, with: #""type": "quantitive""#,
                expect: [
                    "rubric.json:53:15: criteria[2].type must be 'quality' (scored by the panel, the default) or 'quantitative', but it is 'quantitive' (did you mean 'quantitative'?)"
                ]),
            BrokenFixture(
                "a criterion type that is a number", in: "rubric.json",
                replacing: #""type": "quantitative""#, with: #""type": 5"#,
                expect: ["rubric.json:53:15: criteria[2].type must be a string, but it is a number"]
            ),
            BrokenFixture(
                "an unknown direction for better", in: "rubric.json",
                replacing: #""better": "lower""#, with: #""better": "lowest""#,
                expect: [
                    "rubric.json:56:17: criteria[2].better must be one of 'lower', 'higher', but it is 'lowest' (did you mean 'lower'?)"
                ]),
            BrokenFixture(
                "an unknown quantitative method", in: "rubric.json",
                replacing: #""method": "ratio-to-best""#, with: #""method": "ratio-of-best""#,
                expect: [
                    "rubric.json:57:17: criteria[2].method must be one of 'ratio-to-best', 'deviation-from-best', 'linear-range', but it is 'ratio-of-best' (did you mean 'ratio-to-best'?)"
                ]),
            BrokenFixture(
                "a criterion id that is a path", in: "rubric.json",
                replacing: #""id": "approach""#, with: #""id": "../x""#,
                expect: [
                    "rubric.json:40:13: criteria[0].id '../x' is not a valid id: \(Identifier.ruleDescription)"
                ]),
            BrokenFixture(
                "a gate id with a space", in: "rubric.json",
                replacing: #""id": "within-budget""#, with: #""id": "within budget""#,
                expect: [
                    "rubric.json:32:13: gates[0].id 'within budget' is not a valid id: \(Identifier.ruleDescription)"
                ]),
        ]

        @Test(arguments: malformedJSON)
        func malformedJSONIsReportedWhereItIs(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.rubricDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        @Test(arguments: missingAndWrongFields)
        func missingAndWrongFieldsAreReportedAtTheirValue(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.rubricDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        @Test(arguments: unknownNamesAndValues)
        func unknownNamesAndValuesAreReportedWithASuggestion(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.rubricDiagnostics()
            #expect(diagnostics == fixture.expected)
        }
    }
}
