import Foundation
import Testing

@testable import TenderKit

/// Every built-in function, with results worked out by hand, and its evaluation errors.
@Suite struct RulesFunctionTests {
    typealias Case = (expression: String, expected: RuleValue)

    static func date(_ text: String) -> RuleValue {
        ISODate(text).map(RuleValue.date) ?? .null
    }

    static let lists: [Case] = [
        ("count(submission.partners)", .number(2)),
        ("count([])", .number(0)),
        ("length(\"Acorn\")", .number(5)),
        ("length(submission.notes)", .number(0)),
        ("sum(submission.scores)", .number(12)),
        ("sum([])", .number(0)),
        ("sum([0.10, 0.20, 1000000.10])", RuleTestSupport.number("1000000.4")),
        ("sum(submission.partners, p => count(p.identifiers))", .number(1)),
        ("avg(submission.scores)", .number(4)),
        ("avg([1, 2])", RuleTestSupport.number("1.5")),
        ("min(submission.scores)", .number(3)),
        ("max(submission.scores)", .number(5)),
        ("min(3, 1, 2)", .number(1)),
        ("max(submission.amountRequested, 50000)", .number(50000)),
        ("min(submission.amountRequested, rubric.maxAward)", .number(48500)),
        ("min(\"pear\", \"apple\")", .string("apple")),
        ("max(date(\"2024-01-01\"), date(\"2023-12-31\"))", date("2024-01-01")),
        ("max(map(submission.costs, c => c.amount))", RuleTestSupport.number("1000000.1")),
    ]

    static let lambdas: [Case] = [
        ("any(submission.purposes, p => p == \"reoffending\")", .bool(true)),
        ("any(submission.purposes, p => p == \"substance-misuse\")", .bool(false)),
        ("any([], x => true)", .bool(false)),
        ("all([], x => false)", .bool(true)),
        ("all(submission.scores, s => s >= 3)", .bool(true)),
        ("all(submission.scores, s => s > 3)", .bool(false)),
        ("any([1, 0], x => 10 / x > 1)", .bool(true)),
        ("all([0, 1], x => x > 0 and 10 / x > 1)", .bool(false)),
        ("filter(submission.scores, s => s >= 4)", .list([.number(4), .number(5)])),
        ("filter([], x => true)", .list([])),
        ("map([1, 2, 3], x => x * 2)", .list([.number(2), .number(4), .number(6)])),
        (
            "map(submission.partners, p => p.name)",
            .list([.string("Hartlepool Food Bank"), .string("Stockton Boxing Club")])
        ),
        (
            "any(submission.partners, p => any(p.identifiers, i => startsWith(i, \"GB-CHC-\")))",
            .bool(true)
        ),
        ("all(submission.partners, p => count(p.identifiers) > 0)", .bool(false)),
        ("count(filter(submission.partners, p => p.type == \"charity\")) >= 1", .bool(true)),
        ("sum(map(submission.partners, p => count(p.identifiers)), n => n * 10)", .number(10)),
    ]

    static let strings: [Case] = [
        ("lower(\"ACORN Trust\")", .string("acorn trust")),
        ("upper(submission.organisation.address.postcode)", .string("TS1 3AB")),
        ("startsWith(\"GB-CHC-1\", \"GB-CHC-\")", .bool(true)),
        ("startsWith(\"abc\", \"\")", .bool(true)),
        ("startsWith(\"abc\", \"B\")", .bool(false)),
        ("endsWith(submission.organisation.website, \".org.uk\")", .bool(true)),
        ("endsWith(\"abc\", \"B\")", .bool(false)),
        ("contains(submission.purposes, \"reoffending\")", .bool(true)),
        ("contains(\"Middlesbrough\", \"brough\")", .bool(true)),
        ("contains([1, 2], 3)", .bool(false)),
        ("contains(\"abc\", \"\")", .bool(true)),
    ]

    static let numbers: [Case] = [
        ("round(2.5)", .number(3)),
        ("round(-2.5)", .number(-3)),
        ("round(2.4)", .number(2)),
        ("round(12.345, 2)", RuleTestSupport.number("12.35")),
        ("round(-12.345, 2)", RuleTestSupport.number("-12.35")),
        ("round(1234.5, -2)", .number(1200)),
        ("round(submission.amountRequested / 3, 2)", RuleTestSupport.number("16166.67")),
        ("abs(-12.5)", RuleTestSupport.number("12.5")),
        ("abs(3)", .number(3)),
        ("abs(0)", .number(0)),
    ]

    static let dates: [Case] = [
        ("date(\"2024-02-29\")", date("2024-02-29")),
        ("date(submission.startDate) < date(submission.endDate)", .bool(true)),
        ("date(date(\"2024-01-01\")) == date(\"2024-01-01\")", .bool(true)),
        ("daysBetween(round.opens, round.closes)", .number(52)),
        ("daysBetween(date(\"2024-03-01\"), date(\"2024-02-28\"))", .number(-2)),
        ("monthsBetween(submission.startDate, submission.endDate)", .number(17)),
        ("monthsBetween(\"2024-01-31\", \"2024-02-29\")", .number(1)),
        ("monthsBetween(\"2024-01-31\", \"2024-02-28\")", .number(0)),
        ("monthsBetween(\"2025-09-30\", \"2024-04-01\")", .number(-17)),
    ]

    @Test(arguments: lists) func listFunctions(_ test: Case) { check(test) }
    @Test(arguments: lambdas) func lambdaFunctions(_ test: Case) { check(test) }
    @Test(arguments: strings) func stringFunctions(_ test: Case) { check(test) }
    @Test(arguments: numbers) func numberFunctions(_ test: Case) { check(test) }
    @Test(arguments: dates) func dateFunctions(_ test: Case) { check(test) }

    private func check(_ test: Case) {
        #expect(
            RuleTestSupport.evaluate(test.expression) == .success(test.expected),
            "\(test.expression)")
    }

    typealias ErrorCase = (expression: String, message: String, path: String?, offset: Int)

    static let failures: [ErrorCase] = [
        ("avg([])", "'avg' needs at least one number, but [] is an empty list", nil, 4),
        (
            "min(submission.people ?? [])",
            "'min' needs at least one value, but submission.people ?? [] is an empty list", nil, 4
        ),
        (
            "sum(submission.partners)",
            "'sum' needs numbers, but item 1 of submission.partners is an object ({name: \"Hartlepool Food Bank\", identifiers: [\"GB-CHC-7654321\"], type: \"charity\"})",
            "submission.partners[0]", 4
        ),
        ("sum([1, null])", "item 2 of [1, null] is null", nil, 4),
        (
            "date(submission.title)",
            "\"Safer Streets Mentoring\" (submission.title) is not a valid date: write dates as YYYY-MM-DD, such as 2024-03-31",
            "submission.title", 5
        ),
        (
            "round(1.5, 0.5)", "'round' needs a whole number from -20 to 20, but 0.5 is a number",
            nil, 11
        ),
        (
            "round(1.5, 21)", "'round' needs a whole number from -20 to 20, but 21 is a number",
            nil, 11
        ),
        (
            "lower(submission.beneficiaries)",
            "'lower' needs a string, but submission.beneficiaries is a number (250)",
            "submission.beneficiaries", 6
        ),
        (
            "count(submission.title)",
            "'count' needs a list, but submission.title is a string (\"Safer Streets Mentoring\")",
            "submission.title", 6
        ),
        (
            "count(submission.matchFunding)", "submission.matchFunding is null",
            "submission.matchFunding", 6
        ),
        (
            "any(submission.scores, s => s)",
            "the lambda of 'any' must give true or false, but for item 1 of submission.scores s gave a number (3)",
            nil, 28
        ),
        (
            "sum(submission.costs, c => c.price)",
            "c.price is missing (in item 1 of submission.costs)", "submission.costs[0].price", 27
        ),
        (
            "all(submission.partners, p => p.identifiers[0] != \"\")",
            "p.identifiers[0] is missing: p.identifiers has 0 items, numbered from 0 (in item 2 of submission.partners)",
            "submission.partners[1].identifiers[0]", 30
        ),
        (
            "max(submission.beneficiaries, submission.title)",
            "'max' can only compare values of one kind, but submission.title is a string (\"Safer Streets Mentoring\") and an earlier one is a number",
            "submission.title", 30
        ),
        (
            "max(submission.partners)",
            "'max' needs numbers, strings or dates, but item 1 of submission.partners is an object ({name: \"Hartlepool Food Bank\", identifiers: [\"GB-CHC-7654321\"], type: \"charity\"})",
            "submission.partners[0]", 4
        ),
        (
            "startsWith(submission.scores, \"3\")",
            "'startsWith' needs a string, but submission.scores is a list ([3, 4, 5])",
            "submission.scores", 11
        ),
        (
            "contains(submission.beneficiaries, 2)",
            "'contains' needs a list or a string, but submission.beneficiaries is a number (250)",
            "submission.beneficiaries", 9
        ),
        (
            "daysBetween(submission.beneficiaries, round.closes)",
            "'daysBetween' needs a string or a date, but submission.beneficiaries is a number (250)",
            "submission.beneficiaries", 12
        ),
        (
            "abs(submission.title)",
            "'abs' needs a number, but submission.title is a string (\"Safer Streets Mentoring\")",
            "submission.title", 4
        ),
    ]

    @Test(arguments: failures) func functionErrors(_ test: ErrorCase) {
        let expected = RuleEvaluationError(
            message: test.message, path: test.path, offset: test.offset)
        #expect(
            RuleTestSupport.evaluate(test.expression) == .failure(expected), "\(test.expression)")
    }
}
