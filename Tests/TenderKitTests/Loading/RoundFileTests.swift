import Testing

@testable import TenderKit

extension ValidationTests {
    /// `round.json`, `panel.json` and `submissions/*.json` broken one way at a time, loaded as a
    /// round folder with `RoundLoader`.
    @Suite struct RoundFileTests {
        static let roundJSON: [BrokenFixture] = [
            BrokenFixture(
                "a rubric path that does not exist", in: "round.json",
                replacing: #""rubric": "rubric.json""#, with: #""rubric": "rubrics/mini.json""#,
                expect: [
                    "round.json:4:13: the rubric 'rubrics/mini.json' does not exist (looked for $ROUND/rubrics/mini.json; the path is relative to round.json)"
                ]),
            BrokenFixture(
                "no round.json", [.remove(file: "round.json")],
                expect: ["round.json:1:1: round.json not found"]),
            BrokenFixture(
                "an amount with a thousands separator", in: "round.json",
                replacing: #""amount": 100000"#, with: #""amount": 100,000"#,
                expect: [
                    "round.json:10:19: malformed JSON: found '0' where a member name in double quotes was expected"
                ]),
            BrokenFixture(
                "a date written day first", in: "round.json",
                replacing: #""opens": "2024-03-01""#, with: #""opens": "01/03/2024""#,
                expect: [
                    "round.json:13:12: opens must be a date written YYYY-MM-DD, but it is '01/03/2024'"
                ]),
            BrokenFixture(
                "a date that is not in the calendar", in: "round.json",
                replacing: #""closes": "2024-04-30""#, with: #""closes": "2024-04-31""#,
                expect: [
                    "round.json:14:13: closes must be a date written YYYY-MM-DD, but there is no day '2024-04-31' in the calendar"
                ]),
            BrokenFixture(
                "a round that closes before it opens", in: "round.json",
                replacing: #""closes": "2024-04-30""#, with: #""closes": "2024-02-28""#,
                expect: [
                    "round.json:14:13: the round closes (2024-02-28) before it opens (2024-03-01)"
                ]),
            BrokenFixture(
                "a currency written as a symbol", in: "round.json",
                replacing: #""currency": "GBP""#, with: #""currency": "£""#,
                expect: [
                    "round.json:11:17: budget.currency must be a three-letter ISO 4217 code such as 'GBP', but it is '£'"
                ]),
            BrokenFixture(
                "a negative budget", in: "round.json",
                replacing: #""amount": 100000"#, with: #""amount": -5"#,
                expect: ["round.json:10:15: budget.amount must not be negative, but it is -5"]),
            BrokenFixture(
                "a round id that is a path", in: "round.json",
                replacing: #""id": "mini-2024""#, with: #""id": "../x""#,
                expect: [
                    "round.json:2:9: id '../x' is not a valid id: \(Identifier.ruleDescription)"
                ]),
            BrokenFixture(
                "no award date", in: "round.json",
                replacing: ",\n  \"awardDate\": \"2024-06-14\"", with: "",
                expect: ["round.json:1:1: the round is missing the required field 'awardDate'"]),
            BrokenFixture(
                "a misspelt award date", in: "round.json",
                replacing: #""awardDate":"#, with: #""awardDay":"#,
                expect: [
                    "round.json:1:1: the round is missing the required field 'awardDate'",
                    "round.json:15:3: the round has an unknown field 'awardDay' (did you mean 'awardDate'?)",
                ]),
            BrokenFixture(
                "a buyer name that is a list", in: "round.json",
                replacing: #""name": "Police and Crime Commissioner for Cleveland""#,
                with: #""name": ["Police"]"#,
                expect: ["round.json:7:13: buyer.name must be a string, but it is an array"]),
        ]

        static let panelJSON: [BrokenFixture] = [
            BrokenFixture(
                "two evaluators with one id", in: "panel.json",
                replacing: #""id": "cwatts""#, with: #""id": "ahart""#,
                expect: [
                    "panel.json:28:13: evaluators[2].id: duplicate evaluator id 'ahart' (first used at line 4); give each evaluator its own id"
                ]),
            BrokenFixture(
                "an evaluator id with a space", in: "panel.json",
                replacing: #""id": "cwatts""#, with: #""id": "c watts""#,
                expect: [
                    "panel.json:28:13: evaluators[2].id 'c watts' is not a valid id: \(Identifier.ruleDescription)"
                ]),
            BrokenFixture(
                "an evaluator without a name", in: "panel.json",
                replacing: "      \"name\": \"Colin Watts\",\n", with: "",
                expect: ["panel.json:27:5: evaluators[2] is missing the required field 'name'"]),
            BrokenFixture(
                "an American spelling", in: "panel.json",
                replacing: #""organisation": "Independent member""#,
                with: #""organization": "Independent member""#,
                expect: [
                    "panel.json:30:7: evaluators[2] has an unknown field 'organization' (did you mean 'organisation'?)"
                ]),
            BrokenFixture(
                "an email without an @", in: "panel.json",
                replacing: #""email": "bina.patel@example.org""#, with: #""email": "bina.patel""#,
                expect: [
                    "panel.json:21:16: evaluators[1].email 'bina.patel' is not an email address (\(EmailAddress.ruleDescription))"
                ]),
            BrokenFixture(
                "an interest date written day first", in: "panel.json",
                replacing: #""to": "2018-12-31""#, with: #""to": "31/12/2018""#,
                expect: [
                    "panel.json:14:17: evaluators[0].interests[0].to must be a date written YYYY-MM-DD, but it is '31/12/2018'"
                ]),
            BrokenFixture(
                "an interest that ends before it starts", in: "panel.json",
                replacing: #""to": "2018-12-31""#, with: #""to": "2014-12-31""#,
                expect: [
                    "panel.json:14:17: evaluators[0].interests[0].to (2014-12-31) is before evaluators[0].interests[0].from (2015-01-01)"
                ]),
            BrokenFixture(
                "an interest in neither an organisation nor a person", in: "panel.json",
                replacing: #"{ "person": "Omar Birch""#, with: #"{ "name": "Omar Birch""#,
                expect: [
                    "panel.json:24:9: evaluators[1].interests[0] must name an 'organisation' or a 'person'"
                ]),
            BrokenFixture(
                "no panel.json", [.remove(file: "panel.json")],
                expect: ["panel.json:1:1: panel.json not found"]),
        ]

        static let submissionJSON: [BrokenFixture] = [
            BrokenFixture(
                "two submissions with one id", in: "submissions/sub-cedar.json",
                replacing: #""id": "sub-cedar""#, with: #""id": "sub-alder""#,
                expect: [
                    "submissions/sub-cedar.json:2:9: id: duplicate submission id 'sub-alder' (first used at $ROUND/submissions/sub-alder.json:2:9); give each submission its own id"
                ]),
            BrokenFixture(
                "a submission id with a space", in: "submissions/sub-cedar.json",
                replacing: #""id": "sub-cedar""#, with: #""id": "sub cedar""#,
                expect: [
                    "submissions/sub-cedar.json:2:9: id 'sub cedar' is not a valid id: \(Identifier.ruleDescription)"
                ]),
            BrokenFixture(
                "an organisation without a name", in: "submissions/sub-cedar.json",
                replacing: "    \"name\": \"Cedar Trust\",\n", with: "",
                expect: [
                    "submissions/sub-cedar.json:4:19: organisation is missing the required field 'name'"
                ]),
            BrokenFixture(
                "identifiers that are not a list", in: "submissions/sub-cedar.json",
                replacing: #"["GB-CHC-1000003"]"#, with: #""GB-CHC-1000003""#,
                expect: [
                    "submissions/sub-cedar.json:7:20: organisation.identifiers must be an array, but it is a string"
                ]),
            BrokenFixture(
                "a member name without its colon", in: "submissions/sub-cedar.json",
                replacing: #""durationMonths": 24"#, with: #""durationMonths" 24"#,
                expect: [
                    "submissions/sub-cedar.json:10:20: malformed JSON: found '2' where ':' after the member name was expected"
                ]),
        ]

        /// Edits that must not be reported: what the input contract allows.
        static let allowed: [BrokenFixture] = [
            BrokenFixture("no decisions.json", [.remove(file: "decisions.json")], expect: []),
            BrokenFixture(
                "a submission field only a rubric knows", in: "submissions/sub-cedar.json",
                replacing: #""price": 95000,"#,
                with: #""price": 95000, "beneficiaries": 40, "purposes": ["victims"],"#,
                expect: []),
            BrokenFixture(
                "a file in submissions/ that is not JSON",
                [.write(file: "submissions/notes.txt", text: "Cedar asked for an extension.\n")],
                expect: []),
        ]

        @Test(arguments: roundJSON)
        func roundJSONProblemsAreReported(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        @Test(arguments: panelJSON)
        func panelProblemsAreReported(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        @Test(arguments: submissionJSON)
        func submissionProblemsAreReported(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }

        @Test(arguments: allowed)
        func whatTheContractAllowsIsNotReported(_ fixture: BrokenFixture) throws {
            let diagnostics = try fixture.roundDiagnostics()
            #expect(diagnostics == fixture.expected)
        }
    }
}
