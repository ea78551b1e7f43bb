import Foundation
import Testing

@testable import TenderKit

extension ValidationTests {
    /// Rules against the data (issue "Nothing silent"): a `round.*` or `rubric.*` path outside
    /// those files' fixed shapes, a `submission.*` path no submission has, one that some
    /// submissions lack, and a value of the wrong kind. Each case breaks the base round once; the
    /// diagnostics are written `FILE:LINE:COLUMN: SEVERITY: MESSAGE`. The gate's rule starts at
    /// column 16 of rubric.json's line 34, so a name N characters into it stands at column 16 + N.
    @Suite struct RuleDataTests {
        /// The rubric-only cases, in `BrokenFixture`'s form (errors of `RulePathsFitRoundAndRubric`).
        static let rubricCases: [BrokenFixture] = [
            BrokenFixture(
                "a round path outside round.json's shape", in: "rubric.json",
                replacing: "round.budget.amount", with: "round.budgte.amount",
                expect: ["rubric.json:34:42: round has no field 'budgte' (did you mean 'budget'?)"]),
            BrokenFixture(
                "a rubric path outside the rubric's shape", in: "rubric.json",
                replacing: "round.budget.amount\"", with: "rubric.scale.maxx * 30000\"",
                expect: [
                    "rubric.json:34:49: rubric.scale has no field 'maxx' (did you mean 'max'?)"
                ]),
        ]

        @Test(arguments: rubricCases)
        func rubricPaths(_ fixture: BrokenFixture) throws {
            #expect(try fixture.rubricDiagnostics() == fixture.expected)
            #expect(try fixture.roundDiagnostics() == fixture.expected)
        }

        /// The round cases: an error at the rule, or a warning at the submission.
        static let roundCases: [BrokenFixture] = [
            BrokenFixture(
                "a submission path no submission has", in: "rubric.json",
                replacing: "round.budget.amount\"",
                with: "round.budget.amount and submission.safeguardingPolicy\"",
                expect: [
                    "rubric.json:34:71: error: no submission has submission.safeguardingPolicy; they have durationMonths, id, organisation, partners, price, title: gate 'within-budget' could not be evaluated for any of them"
                ]),
            BrokenFixture(
                "a misspelt field in one submission", in: "submissions/sub-alder.json",
                replacing: #""price": 90000"#, with: #""prce": 90000"#,
                expect: [
                    "submissions/sub-alder.json:1:1: warning: submission 'sub-alder' has no 'price'; the nearest field it has is 'prce': gate 'within-budget', the value of criterion 'price', the award amount (award.amount) and tie-break 2 read submission.price and cannot be evaluated for it, so the submission will be ineligible"
                ]),
            BrokenFixture(
                "a nested field one submission lacks",
                [
                    .replace(
                        file: "rubric.json", old: "round.budget.amount\"",
                        new: "round.budget.amount and submission.organisation.type != 'x'\""),
                    .replace(
                        file: "submissions/sub-cedar.json", old: #""type": "#, new: #""kind": "#),
                ],
                expect: [
                    "submissions/sub-cedar.json:4:19: warning: submission.organisation has no 'type': gate 'within-budget' reads submission.organisation.type and cannot be evaluated for it, so the submission will be ineligible"
                ]),
            BrokenFixture(
                "a field one submission gives as null", in: "submissions/sub-cedar.json",
                replacing: #""price": 95000"#, with: #""price": null"#,
                expect: [
                    "submissions/sub-cedar.json:1:1: warning: submission 'sub-cedar' gives 'price' as null: gate 'within-budget', the value of criterion 'price', the award amount (award.amount) and tie-break 2 read submission.price and cannot be evaluated for it, so the submission will be ineligible"
                ]),
            BrokenFixture(
                "an amount written as text", in: "submissions/sub-alder.json",
                replacing: #""price": 90000"#, with: #""price": "£90,000""#,
                expect: [
                    "submissions/sub-alder.json:13:12: warning: submission.price is a string (\"£90,000\"), but the value of criterion 'price' needs a number here, so the submission will be ineligible: write it as a plain number without quotes, currency signs or commas, such as 90000"
                ]),
            BrokenFixture(
                "a path after ?? that no submission has", in: "rubric.json",
                replacing: "round.budget.amount\"",
                with: "round.budget.amount and (submission.safeguarding ?? true)\"",
                expect: []),
            BrokenFixture(
                "a field one submission lacks on the untaken side of 'or'",
                [
                    .replace(
                        file: "rubric.json", old: "round.budget.amount\"",
                        new: "round.budget.amount or submission.waiver == true\""),
                    .replace(
                        file: "submissions/sub-birch.json", old: #""price": 60000"#,
                        new: #""price": 60000, "waiver": false"#),
                ],
                expect: []),
        ]

        @Test(arguments: roundCases)
        func submissionPaths(_ fixture: BrokenFixture) throws {
            #expect(try Self.diagnostics(fixture) == fixture.expected)
        }

        /// The paths a rule reads, where each name stands, and which are optional.
        @Test func dataPathsOfARule() throws {
            // a at 11, b at 13; c-d at 34 (inside its quotes); budget at 54, amount at 61; xs at
            // 87 (x.y reads the lambda's item, not a root).
            let program = try RuleProgram.compile(
                "submission.a.b * 2 + (submission[\"c-d\"] ?? 0) > round.budget.amount and all(submission.xs, x => x.y)",
                expecting: .boolean)
            let paths = program.dataPaths.map {
                "\($0.dotted) \($0.steps.map(\.offset)) \($0.isOptional ? "optional" : "needed") \($0.expected?.rawValue ?? "-")"
            }
            #expect(
                paths == [
                    "submission.a.b [11, 13] needed number",
                    "submission.c-d [34] optional number",
                    "round.budget.amount [54, 61] needed number",
                    "submission.xs [87] needed -",
                ])
        }

        /// Diagnostics of the broken base round with their severity, relative to the round.
        static func diagnostics(_ fixture: BrokenFixture, writesOpenData: Bool = false) throws
            -> [String]
        {
            try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                try fixture.apply(in: folder)
                return RoundLoader.load(folder: folder, writesOpenData: writesOpenData).diagnostics
                    .map { $0.withSeverity(relativeTo: folder) }
            }
        }
    }
}

extension Diagnostic {
    /// `FILE:LINE:COLUMN: SEVERITY: MESSAGE`, FILE relative to `folder`.
    func withSeverity(relativeTo folder: String) -> String {
        let described = described(relativeTo: folder)
        let head = "\(location.line):\(location.column): "
        guard let range = described.range(of: head) else { return described }
        return described.replacingCharacters(
            in: range, with: head + severity.rawValue + ": ")
    }
}
