import Foundation
import Testing

@testable import TenderKit

/// Each operator, with values worked out by hand, against the sample submission in `RuleTestSupport`.
@Suite struct RulesOperatorTests {
    typealias Case = (expression: String, expected: RuleValue)

    static let arithmetic: [Case] = [
        ("1 + 2", .number(3)),
        ("10 - 4", .number(6)),
        ("6 * 7", .number(42)),
        ("7 / 2", RuleTestSupport.number("3.5")),
        ("10 - 4 - 3", .number(3)),
        ("100 / 10 / 5", .number(2)),
        ("-3 + 5", .number(2)),
        ("- -3", .number(3)),
        ("-(2 + 3)", .number(-5)),
        ("2 * -3", .number(-6)),
        ("-submission.beneficiaries", .number(-250)),
        ("submission.amountRequested / submission.beneficiaries", .number(194)),
        ("\"Acorn\" + \" Trust\"", .string("Acorn Trust")),
        ("1e3 + 0.5", RuleTestSupport.number("1000.5")),
    ]

    static let exactMoney: [Case] = [
        ("0.1 + 0.2 == 0.3", .bool(true)),
        ("0.1 + 0.2", RuleTestSupport.number("0.3")),
        ("1000000.10 + 0.20", RuleTestSupport.number("1000000.3")),
        ("0.1 * 3 == 0.3", .bool(true)),
        ("sum(submission.costs, c => c.amount)", RuleTestSupport.number("1000012.8")),
        ("sum([1000000.10, 1000000.10, 1000000.10])", RuleTestSupport.number("3000000.3")),
        ("19.99 * 3", RuleTestSupport.number("59.97")),
    ]

    static let comparisons: [Case] = [
        ("3 < 5", .bool(true)), ("5 < 5", .bool(false)),
        ("5 <= 5", .bool(true)), ("6 <= 5", .bool(false)),
        ("5 > 5", .bool(false)), ("6 > 5", .bool(true)),
        ("5 >= 5", .bool(true)), ("4 >= 5", .bool(false)),
        ("2 == 2.00", .bool(true)), ("1 != 1", .bool(false)), ("1 != 2", .bool(true)),
        ("\"apple\" < \"banana\"", .bool(true)),
        ("\"Zebra\" < \"apple\"", .bool(true)),
        ("\"apple\" <= \"apple\"", .bool(true)),
        ("date(\"2024-03-01\") > date(\"2024-02-29\")", .bool(true)),
        ("date(submission.startDate) >= date(round.awardDate)", .bool(true)),
        ("submission.organisation.type == \"charity\"", .bool(true)),
    ]

    /// `==` and `!=` between different types are false and true, never an error.
    static let mixedEquality: [Case] = [
        ("1 == \"1\"", .bool(false)),
        ("1 != \"1\"", .bool(true)),
        ("true == 1", .bool(false)),
        ("null == null", .bool(true)),
        ("submission.matchFunding == null", .bool(true)),
        ("submission.beneficiaries == null", .bool(false)),
        ("[1, 2] == [1, 2]", .bool(true)),
        ("[1, 2] == [2, 1]", .bool(false)),
        ("date(\"2024-01-01\") == \"2024-01-01\"", .bool(false)),
        ("submission.organisation.address == submission.organisation.address", .bool(true)),
    ]

    static let logic: [Case] = [
        ("true and false", .bool(false)), ("true and true", .bool(true)),
        ("true or false", .bool(true)), ("false or false", .bool(false)),
        ("not true", .bool(false)), ("not false", .bool(true)),
        ("not 1 > 2", .bool(true)),
        ("true or true and false", .bool(true)),
        ("(true or true) and false", .bool(false)),
        ("not false and false", .bool(false)),
        ("not (false and false)", .bool(true)),
        ("not not true", .bool(true)),
    ]

    static let membership: [Case] = [
        ("\"charity\" in [\"charity\", \"cio\"]", .bool(true)),
        ("\"company\" in [\"charity\", \"cio\"]", .bool(false)),
        ("'cio' in ['charity', 'cio']", .bool(true)),
        ("2 in [1, 2, 3]", .bool(true)),
        ("\"2\" in [1, 2]", .bool(false)),
        ("\"TS1\" in \"TS1 3AB\"", .bool(true)),
        ("\"ts\" in \"TS1\"", .bool(false)),
        ("\"\" in \"abc\"", .bool(true)),
        ("\"x\" not in [\"a\"]", .bool(true)),
        ("\"a\" not in [\"a\"]", .bool(false)),
        ("not \"a\" in [\"a\"]", .bool(false)),
        ("\"reoffending\" in submission.purposes", .bool(true)),
        ("\"brough\" in submission.organisation.address.town", .bool(true)),
        ("[1] in [[1], [2]]", .bool(true)),
    ]

    static let coalesce: [Case] = [
        ("submission.matchFunding ?? 0", .number(0)),
        ("submission.missing ?? 5", .number(5)),
        ("submission.beneficiaries ?? 0", .number(250)),
        ("submission.missing.deeper ?? \"none\"", .string("none")),
        ("submission.matchFunding.amount ?? 1", .number(1)),
        ("submission.partners[7].name ?? \"none\"", .string("none")),
        ("submission.organisation.missing ?? submission.other ?? 7", .number(7)),
        ("(submission.a ?? submission.b) ?? 3", .number(3)),
        ("null ?? 1", .number(1)),
        ("2 + (submission.missing ?? 3)", .number(5)),
        ("submission.matchFunding ?? 0 >= 0", .bool(true)),
        ("count(submission.people ?? [])", .number(0)),
    ]

    static let paths: [Case] = [
        ("submission.partners[1].name", .string("Stockton Boxing Club")),
        ("submission.organisation[\"type\"]", .string("charity")),
        ("submission.scores[0] + submission.scores[2]", .number(8)),
        ("submission.scores[1 + 1]", .number(5)),
        ("rubric.scale.max", .number(5)),
        ("round.budget.amount", .number(1_000_000)),
        ("[10, 20, 30][1]", .number(20)),
        (
            "filter(submission.partners, p => p.type == \"charity\")[0].name",
            .string("Hartlepool Food Bank")
        ),
        ("submission.startDate", .string("2024-04-01")),
        ("submission.organisation.identifiers", .list([.string("GB-CHC-1234567")])),
        ("submission.matchFunding", .null),
    ]

    /// Precedence, loosest first: or; and; not; comparisons and in; ??; + -; * /; unary minus.
    static let precedence: [Case] = [
        ("2 + 3 * 4", .number(14)),
        ("(2 + 3) * 4", .number(20)),
        ("2 * 3 + 4", .number(10)),
        ("10 - 2 * 3", .number(4)),
        ("-2 * 3", .number(-6)),
        ("1 + 2 < 4", .bool(true)),
        ("1 < 2 and 3 < 4", .bool(true)),
        ("false and false or true", .bool(true)),
        ("false and (false or true)", .bool(false)),
        ("not 1 == 2 and true", .bool(true)),
        ("submission.missing ?? 1 + 1", .number(2)),
        ("(submission.missing ?? 1) + 1", .number(2)),
        ("2 in [1, 2] and not 3 in [1, 2]", .bool(true)),
        ("submission.durationMonths <= 24 and (submission.matchFunding ?? 0) >= 0", .bool(true)),
        ("8 / 4 / 2", .number(1)),
        ("2 * 3 * 4 / 6", .number(4)),
        ("1 - 2 + 3", .number(2)),
        ("not not 1 < 2", .bool(true)),
        ("not 1 in [2] or false", .bool(true)),
    ]

    @Test(arguments: arithmetic) func arithmeticOperators(_ test: Case) { check(test) }
    @Test(arguments: exactMoney) func moneyAddsExactly(_ test: Case) { check(test) }
    @Test(arguments: comparisons) func comparisonOperators(_ test: Case) { check(test) }
    @Test(arguments: mixedEquality) func equalityBetweenDifferentTypes(_ test: Case) { check(test) }
    @Test(arguments: logic) func logicOperators(_ test: Case) { check(test) }
    @Test(arguments: membership) func inOperator(_ test: Case) { check(test) }
    @Test(arguments: coalesce) func defaultOperator(_ test: Case) { check(test) }
    @Test(arguments: paths) func pathsIndexesAndMembers(_ test: Case) { check(test) }
    @Test(arguments: precedence) func operatorPrecedence(_ test: Case) { check(test) }

    private func check(_ test: Case) {
        let result = RuleTestSupport.evaluate(test.expression)
        #expect(result == .success(test.expected), "\(test.expression)")
    }

    /// `and`/`or` short-circuit, so a guard protects what follows from missing data.
    @Test(arguments: [
        ("count(submission.partners) > 5 and submission.partners[5].name == \"x\"", false),
        ("count(submission.people ?? []) > 0 and submission.people[0].name == \"x\"", false),
        ("count(submission.partners) >= 1 or submission.nothing > 3", true),
        ("false and 1 / submission.zero > 0", false),
        ("true or submission.title * 2 > 0", true),
    ])
    func shortCircuitGuards(_ expression: String, _ expected: Bool) {
        #expect(RuleTestSupport.evaluate(expression) == .success(.bool(expected)))
    }
}

/// Comparisons take a fast path through the doubles the JSON reader keeps; these cases sit where
/// the doubles cannot decide, or are slightly off, so the exact decimals must.
@Suite struct RulesNumberComparisonTests {
    @Test(arguments: [
        ("submission.tiny < submission.tinyPlus", true),
        ("submission.tiny == 0.1000000000000000000000001", false),
        ("submission.tinyPlus == 0.1000000000000000000000001", true),
        ("submission.big > 99999999999999999999999999", true),
        ("submission.price == 0.3", true),
        ("submission.price <= 0.3", true),
        ("submission.price > 0.29999999", true),
        ("48500 <= 1000000", true),
        ("submission.amount == 48500.00", true),
    ])
    func exactDecisionsNearTheFastPath(_ expression: String, _ expected: Bool) throws {
        let offDouble = JSONValue(
            .number(
                JSONNumber(
                    decimal: Decimal(string: "0.3") ?? 0, double: 0.1 + 0.2, isIntegerLiteral: false
                )))
        var submission = RuleTestSupport.json(
            """
            {"tiny": 0.1000000000000000000000000, "tinyPlus": 0.1000000000000000000000001, "big": 100000000000000000000000000, "amount": 48500}
            """)
        if case .object(var object) = submission.kind {
            object.members.append(JSONObject.Member(key: "price", value: offDouble))
            submission = JSONValue(.object(object))
        }
        let scope = RuleScope(
            submission: submission, round: RuleTestSupport.scope.round,
            rubric: RuleTestSupport.scope.rubric)
        #expect(RuleTestSupport.evaluate(expression, in: scope) == .success(.bool(expected)))
    }
}
