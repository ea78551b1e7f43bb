import Foundation
import Testing

@testable import TenderKit

/// Explanations: the one-line summary a panel chair reads, and the steps a later command walks.
@Suite struct RulesExplanationTests {
    static func explain(_ expression: String, in scope: RuleScope = RuleTestSupport.scope)
        -> RuleExplanation?
    {
        try? RuleProgram.compile(expression, expecting: .any).explain(in: scope)
    }

    @Test(arguments: [
        (
            "submission.amountRequested <= round.budget.amount and submission.amountRequested > 0",
            "submission.amountRequested 48,500 <= round.budget.amount 1,000,000 and submission.amountRequested 48,500 > 0: passed"
        ),
        (
            "submission.durationMonths <= 12",
            "submission.durationMonths 18 <= 12: failed"
        ),
        (
            "count(submission.partners) >= 1 or submission.organisation.type == \"public-body\"",
            "count(submission.partners) 2 >= 1 or submission.organisation.type == \"public-body\" (not checked): passed"
        ),
        (
            "submission.durationMonths > 24 and submission.nothing == 1",
            "submission.durationMonths 18 > 24 and submission.nothing == 1 (not checked): failed"
        ),
        (
            "submission.organisation.type in [\"charity\", \"cio\", \"cic\", \"community-group\"]",
            "submission.organisation.type \"charity\" in [\"charity\", \"cio\", \"cic\", \"community-group\"]: passed"
        ),
        (
            "submission.organisation.type not in ['company']",
            "submission.organisation.type \"charity\" not in ['company']: passed"
        ),
        (
            "submission.durationMonths <= 24 and (submission.matchFunding ?? 0) >= 0",
            "submission.durationMonths 18 <= 24 and submission.matchFunding (null, so 0) >= 0: passed"
        ),
        (
            "(submission.beneficiaries ?? 0) > 100",
            "submission.beneficiaries 250 > 100: passed"
        ),
        (
            "(submission.missing ?? 0) > 100",
            "submission.missing (missing, so 0) > 100: failed"
        ),
        (
            "startsWith(upper(submission.organisation.address.postcode), \"TS\")",
            "startsWith(upper(submission.organisation.address.postcode), \"TS\") is true (submission.organisation.address.postcode is \"ts1 3ab\"): passed"
        ),
        (
            "any(submission.purposes, p => p in [\"crime-and-disorder\", \"reoffending\"])",
            "any(submission.purposes, p => p in [\"crime-and-disorder\", \"reoffending\"]) is true (submission.purposes is [\"reoffending\", \"victims-and-witnesses\"]): passed"
        ),
        (
            "(submission.durationMonths > 24 or submission.beneficiaries > 100) and not submission.organisation.type == \"company\"",
            "(submission.durationMonths 18 > 24 or submission.beneficiaries 250 > 100) and not (submission.organisation.type \"charity\" == \"company\"): passed"
        ),
        (
            "submission.amountRequested / submission.beneficiaries < 200",
            "(submission.amountRequested 48,500 / submission.beneficiaries 250 = 194) < 200: passed"
        ),
        (
            "date(submission.startDate) >= date(round.awardDate)",
            "date(submission.startDate) 2024-04-01 >= date(round.awardDate) 2024-03-28: passed"
        ),
    ])
    func gateSummaries(_ expression: String, _ summary: String) throws {
        #expect(Self.explain(expression)?.summary == summary)
        // The summary alone, as the gates of a round are explained: the same words, no steps.
        let program = try RuleProgram.compile(expression, expecting: .any)
        let summaryOnly = program.explain(in: RuleTestSupport.scope, steps: false)
        #expect(summaryOnly.summary == summary)
        #expect(summaryOnly.steps.isEmpty)
        #expect(try summaryOnly.result.get() == program.evaluate(in: RuleTestSupport.scope).get())
    }

    @Test(arguments: [
        (
            "submission.amountRequested / submission.beneficiaries",
            "submission.amountRequested 48,500 / submission.beneficiaries 250 = 194"
        ),
        ("submission.amountRequested / 3", "submission.amountRequested 48,500 / 3 = 16,166.6667"),
        (
            "(submission.amountRequested + 1500) / submission.beneficiaries",
            "(submission.amountRequested 48,500 + 1500 = 50,000) / submission.beneficiaries 250 = 200"
        ),
        ("submission.amountRequested", "submission.amountRequested = 48,500"),
        (
            "min(submission.amountRequested, rubric.maxAward)",
            "min(submission.amountRequested, rubric.maxAward) = 48,500 (submission.amountRequested is 48,500, rubric.maxAward is 50,000)"
        ),
        ("submission.matchFunding ?? 0", "submission.matchFunding (null, so 0) = 0"),
        ("1250", "1,250"),
        (
            "sum(submission.costs, c => c.amount)",
            "sum(submission.costs, c => c.amount) = 1,000,012.8 (submission.costs is [{item: \"Mentors\", amount: 1,000,000.1}, {item: \"Venue\", amount: 0.2}, {item: \"Travel\", amount: 12.5}])"
        ),
    ])
    func numberSummaries(_ expression: String, _ summary: String) {
        #expect(Self.explain(expression)?.summary == summary)
    }

    @Test(arguments: [
        (
            "submission.amountRequested / submission.beneficiaries2",
            "submission.amountRequested 48,500 / submission.beneficiaries2: could not be evaluated: submission.beneficiaries2 is missing"
        ),
        (
            "submission.amountRequested <= round.budget.total and submission.amountRequested > 0",
            "submission.amountRequested 48,500 <= round.budget.total and submission.amountRequested > 0 (not checked): could not be evaluated: round.budget.total is missing"
        ),
        (
            "submission.amountRequested / submission.zero",
            "submission.amountRequested 48,500 / submission.zero 0: could not be evaluated: division by zero: submission.zero is 0"
        ),
    ])
    func errorSummaries(_ expression: String, _ summary: String) {
        #expect(Self.explain(expression)?.summary == summary)
    }

    /// Steps list every sub-expression in evaluation order, with offsets into the rule and values.
    @Test func stepsOfAGate() throws {
        let explanation = try #require(
            Self.explain(
                "submission.amountRequested <= round.budget.amount and submission.amountRequested > 0"
            ))
        let steps = explanation.steps.map { "\($0.offset) \($0.text) = \($0.value?.shown ?? "-")" }
        #expect(
            steps == [
                "0 submission.amountRequested = 48,500",
                "30 round.budget.amount = 1,000,000",
                "0 submission.amountRequested <= round.budget.amount = true",
                "54 submission.amountRequested = 48,500",
                "83 0 = 0",
                "54 submission.amountRequested > 0 = true",
                "0 submission.amountRequested <= round.budget.amount and submission.amountRequested > 0 = true",
            ])
        #expect(explanation.result == .success(.bool(true)))
    }

    @Test func stepsInsideALambdaRepeatPerItemWithTheirDepth() throws {
        let explanation = try #require(Self.explain("all(submission.scores, s => s >= 4)"))
        let steps = explanation.steps.map {
            "\($0.lambdaDepth) \($0.text) = \($0.value?.shown ?? "-")"
        }
        #expect(
            steps == [
                "0 submission.scores = [3, 4, 5]",
                "1 s = 3", "1 4 = 4", "1 s >= 4 = false",
                "0 all(submission.scores, s => s >= 4) = false",
            ])
    }

    @Test func failedStepsHaveNoValue() throws {
        let explanation = try #require(Self.explain("submission.nothing + 1"))
        #expect(explanation.steps.map(\.text) == ["submission.nothing", "submission.nothing + 1"])
        #expect(explanation.steps.map { $0.value == nil } == [true, true])
        #expect(
            explanation.result
                == .failure(
                    RuleEvaluationError(
                        message: "submission.nothing is missing", path: "submission.nothing",
                        offset: 0)))
    }

    /// `explain` gives the same result as `evaluate`, for results and errors alike.
    @Test(arguments: [
        "submission.amountRequested / submission.beneficiaries", "submission.title * 2",
        "count(submission.partners) > 1", "submission.x ?? 4",
    ])
    func explainAgreesWithEvaluate(_ expression: String) throws {
        let program = try RuleProgram.compile(expression, expecting: .any)
        #expect(
            program.explain(in: RuleTestSupport.scope).result
                == program.evaluate(in: RuleTestSupport.scope))
    }

    @Test(arguments: [
        ("48500", "48,500"), ("1000000", "1,000,000"), ("999", "999"), ("-1000", "-1,000"),
        ("12.50", "12.5"), ("0.1", "0.1"), ("1234567.891", "1,234,567.891"),
        ("16166.666666666", "16,166.6667"), ("0.00001", "0.00001"),
        ("0.00000000001", "0.00000000001"), ("0.00004", "0.00004"), ("0.00006", "0.0001"),
        ("2.00004", "2"), ("-0.5", "-0.5"), ("0", "0"),
    ])
    func numbersShowWithThousandsSeparators(_ text: String, _ shown: String) {
        #expect(ValueFormatting.show(Decimal(string: text) ?? .nan) == shown)
    }

    @Test func valuesShowReadably() {
        #expect(RuleValue.string("say \"hi\"").shown == "\"say \\\"hi\\\"\"")
        #expect(
            RuleValue.list((1...7).map { .number(Decimal($0)) }).shown
                == "[1, 2, 3, 4, 5, … (7 items)]")
        #expect(RuleValue.bool(false).shown == "false")
        #expect(RuleValue.null.shown == "null")
        #expect((ISODate("2024-02-29").map(RuleValue.date) ?? .null).shown == "2024-02-29")
    }

    /// Strings in double quotes with a backslash before a backslash or a double quote, and `\n`
    /// and `\t` for a line feed and a tab (so a CR LF keeps its CR); past 100 characters cut to 99
    /// and an ellipsis, counted in characters, not bytes.
    static let quoted: [(String, String)] = [
        ("plain", #""plain""#),
        (#"a\b"#, #""a\\b""#),
        (#"say "hi""#, #""say \"hi\"""#),
        ("one\ntwo\tthree", #""one\ntwo\tthree""#),
        ("line\r\nnext", "\"line\r\\nnext\""),
        (#"\""#, #""\\\"""#),
        ("café ✓ 👍🏽", #""café ✓ 👍🏽""#),
        ("", #""""#),
        (hundred("é"), "\"" + hundred("é") + "\""),
        (hundred("é") + "é", "\"" + String(repeating: "é", count: 99) + "…\""),
        (hundred("\"") + "\"", "\"" + String(repeating: #"\""#, count: 99) + "…\""),
    ]

    static func hundred(_ character: String) -> String {
        String(repeating: character, count: 100)
    }

    @Test(arguments: quoted)
    func stringsAreQuoted(_ text: String, _ shown: String) {
        #expect(ValueFormatting.quote(text) == shown)
    }
}
