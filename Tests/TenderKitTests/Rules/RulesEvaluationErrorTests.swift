import Testing

@testable import TenderKit

/// Evaluation errors: missing data, null, wrong types, division by zero, numbers out of range,
/// and results of the wrong type for the rubric slot. Each names the path where there is one.
@Suite struct RulesEvaluationErrorTests {
    typealias Case = (expression: String, message: String, path: String?, offset: Int)

    static let missingAndNull: [Case] = [
        (
            "submission.organisation.charityNumber == \"1\"",
            "submission.organisation.charityNumber is missing",
            "submission.organisation.charityNumber", 0
        ),
        ("submission.budget.total > 0", "submission.budget is missing", "submission.budget", 0),
        (
            "submission.matchFunding > 0", "submission.matchFunding is null",
            "submission.matchFunding", 0
        ),
        (
            "submission.matchFunding.amount > 0", "submission.matchFunding is null",
            "submission.matchFunding", 0
        ),
        (
            "submission.matchFunding + 1", "submission.matchFunding is null",
            "submission.matchFunding", 0
        ),
        (
            "submission.matchFunding in [1]", "submission.matchFunding is null",
            "submission.matchFunding", 0
        ),
        (
            "not submission.matchFunding", "submission.matchFunding is null",
            "submission.matchFunding", 4
        ),
        (
            "submission.partners[5].name",
            "submission.partners[5] is missing: submission.partners has 2 items, numbered from 0",
            "submission.partners[5]", 0
        ),
        ("2 + submission.missing ?? 3", "submission.missing is missing", "submission.missing", 4),
        (
            "submission.missing ?? submission.alsoMissing", "submission.alsoMissing is missing",
            "submission.alsoMissing", 22
        ),
    ]

    static let wrongTypes: [Case] = [
        (
            "submission.title > 5",
            "cannot compare submission.title (a string, \"Safer Streets Mentoring\") with 5 (a number) using '>'",
            "submission.title", 0
        ),
        (
            "submission.title * 2",
            "'*' needs a number, but submission.title is a string (\"Safer Streets Mentoring\")",
            "submission.title", 0
        ),
        (
            "submission.beneficiaries + submission.title",
            "'+' needs two numbers (or two strings to join), but submission.title is a string (\"Safer Streets Mentoring\")",
            "submission.title", 27
        ),
        (
            "submission.title.length",
            "submission.title is a string (\"Safer Streets Mentoring\"), so it has no member 'length'",
            "submission.title", 0
        ),
        (
            "submission.scores.first",
            "submission.scores is a list ([3, 4, 5]), so it has no member 'first'",
            "submission.scores", 0
        ),
        (
            "submission.title[0]",
            "submission.title is a string (\"Safer Streets Mentoring\"), not a list, so it has no numbered items",
            "submission.title", 0
        ),
        (
            "submission.scores[0.5]",
            "a position in a list must be a whole number from 0, but 0.5 is a number", nil, 18
        ),
        (
            "submission.scores[-1]",
            "a position in a list must be a whole number from 0, but -1 is a number", nil, 18
        ),
        (
            "not submission.beneficiaries",
            "'not' needs true or false, but submission.beneficiaries is a number (250)",
            "submission.beneficiaries", 4
        ),
        (
            "submission.beneficiaries and true",
            "'and' needs true or false, but submission.beneficiaries is a number (250)",
            "submission.beneficiaries", 0
        ),
        (
            "false or submission.title",
            "'or' needs true or false, but submission.title is a string (\"Safer Streets Mentoring\")",
            "submission.title", 9
        ),
        (
            "5 in submission.beneficiaries",
            "'in' needs a list or a string on its right, but submission.beneficiaries is a number (250)",
            "submission.beneficiaries", 5
        ),
        (
            "submission.beneficiaries in submission.title",
            "'in' looks for text inside submission.title, so it needs a string on its left, but submission.beneficiaries is a number (250)",
            "submission.beneficiaries", 0
        ),
        (
            "date(round.closes) > round.opens",
            "cannot compare date(round.closes) (a date, 2024-02-29) with round.opens (a string, \"2024-01-08\") using '>' (write date(round.opens) to read it as a date)",
            "round.opens", 21
        ),
        (
            "submission.partners < 3",
            "'<' can only order numbers, strings or dates, but submission.partners is a list ([{name: \"Hartlepool Food Bank\", identifiers: […], type: \"charity\"}, {name: \"Stockton Boxing Club\", identifiers: [], type: \"community-group\"}])",
            "submission.partners", 0
        ),
        (
            "(submission.title * 2) ?? 0",
            "'*' needs a number, but submission.title is a string (\"Safer Streets Mentoring\")",
            "submission.title", 1
        ),
    ]

    static let arithmetic: [Case] = [
        (
            "submission.amountRequested / submission.zero",
            "division by zero: submission.zero is 0", "submission.zero", 29
        ),
        (
            "submission.amountRequested / (submission.beneficiaries - 250)",
            "division by zero: submission.beneficiaries - 250 is 0", nil, 30
        ),
        (
            "(submission.amountRequested / submission.zero) ?? 0",
            "division by zero: submission.zero is 0", "submission.zero", 30
        ),
        (
            "submission.amountRequested * 1e59",
            "the result of submission.amountRequested * 1e59 is too large to calculate (numbers must stay below 10^60)",
            nil, 0
        ),
        (
            "1e100 + 1 > 0",
            "the result of 1e100 + 1 is too large to calculate (numbers must stay below 10^60)",
            nil, 0
        ),
        (
            "sum([1e59, 1e59, 1e59, 1e59, 1e59, 1e59, 1e59, 1e59, 1e59, 1e59])",
            "the sum of [1e59, 1e59, 1e59, 1e59, 1e59, 1e59, 1e59, 1e59, 1e59, 1e59] is too large to calculate",
            nil, 4
        ),
    ]

    @Test(arguments: missingAndNull) func missingAndNullData(_ test: Case) { check(test) }
    @Test(arguments: wrongTypes) func wrongTypesAtEvaluation(_ test: Case) { check(test) }
    @Test(arguments: arithmetic) func arithmeticErrors(_ test: Case) { check(test) }

    private func check(_ test: Case) {
        let expected = RuleEvaluationError(
            message: test.message, path: test.path, offset: test.offset)
        #expect(
            RuleTestSupport.evaluate(test.expression) == .failure(expected), "\(test.expression)")
    }

    /// A very small product is rounded, not an error, and never traps.
    @Test func tinyNumbersRoundInsteadOfTrapping() {
        #expect(RuleTestSupport.evaluate("1e-100 * 1e-100") == .success(.number(0)))
        #expect(
            RuleTestSupport.evaluate("1e-30 * 1e-5") == .success(RuleTestSupport.number("1e-35")))
    }

    /// A `.any` result is checked against the rubric slot when the rule is evaluated.
    @Test(arguments: [
        (
            "submission.title", RuleType.boolean,
            "a gate rule must give true or false, but submission.title is a string (\"Safer Streets Mentoring\")",
            "submission.title"
        ),
        (
            "submission.organisation", .number,
            "this rule must give a number, but submission.organisation is an object ({name: \"Acorn Youth Trust\", type: \"charity\", identifiers: [\"GB-CHC-1234567\"], …})",
            "submission.organisation"
        ),
        (
            "submission.matchFunding", .number, "submission.matchFunding is null",
            "submission.matchFunding"
        ),
    ])
    func resultOfTheWrongTypeForTheSlot(
        _ expression: String, _ expecting: RuleType, _ message: String, _ path: String
    ) {
        let expected = RuleEvaluationError(message: message, path: path, offset: 0)
        #expect(RuleTestSupport.evaluate(expression, expecting: expecting) == .failure(expected))
    }

    @Test func aDateIsAcceptedWhereANumberIsExpected() {
        let expected = ISODate("2024-04-01").map(RuleValue.date) ?? .null
        #expect(
            RuleTestSupport.evaluate("date(submission.startDate)", expecting: .number)
                == .success(expected))
        #expect(
            RuleTestSupport.evaluate("submission.beneficiaries", expecting: .number)
                == .success(.number(250)))
    }
}
