import Testing

@testable import TenderKit

/// Every kind of compile error, with the exact UTF-8 offset and message.
@Suite struct RulesCompileErrorTests {
    typealias Case = (expression: String, offset: Int, message: String)

    static let syntax: [Case] = [
        ("", 0, "the rule is empty"),
        ("   ", 0, "the rule is empty"),
        ("count(submission.partners", 5, "'(' is never closed"),
        ("(1 + 2", 0, "'(' is never closed"),
        ("[1, 2", 0, "'[' is never closed"),
        ("submission.scores[0", 17, "'[' is never closed"),
        ("\"abc", 0, "this text in quotes is never closed"),
        ("lower('abc)", 6, "this text in quotes is never closed"),
        ("1 +", 3, "the rule ends too early: expected a value"),
        ("not", 3, "the rule ends too early: expected a value"),
        ("1 + )", 4, "expected a value, but found ')'"),
        ("1 + 2)", 5, "')' has no matching '('"),
        ("[1, 2]]", 6, "']' has no matching '['"),
        ("min(1 2)", 6, "expected ',' or ')', but found the number 2"),
        ("[1 2]", 3, "expected ',' or ']', but found the number 2"),
        (
            "submission.amountRequested submission.beneficiaries", 27,
            "the name 'submission' cannot follow a complete expression (is an operator such as 'and' missing?)"
        ),
        (
            "1 < 2 < 3", 6,
            "comparisons cannot be chained: write 'a < b and b < c' instead of 'a < b < c'"
        ),
        ("submission.x = 1", 13, "'=' is not an operator: write '==' to compare"),
        ("true && false", 5, "write 'and' instead of '&&'"),
        ("true || false", 5, "write 'or' instead of '||'"),
        ("!true", 0, "write 'not' instead of '!'"),
        ("1,000,000", 1, "write numbers without thousands separators: 1500000, not 1,500,000"),
        ("submission.", 11, "the rule ends too early: expected a name after '.'"),
        ("submission.3", 11, "expected a name after '.', but found the number 3"),
        (
            "lower.submission(1)", 16,
            "'(' cannot follow here: functions are called by their name, as in lower(submission.organisation.name)"
        ),
        ("true AND false", 5, "'AND' must be written in lower case: 'and'"),
        (
            "\"a\\qb\"", 2,
            "unknown escape '\\q' in a text in quotes (use \\\", \\', \\\\, \\n or \\t)"
        ),
        ("12. + 1", 0, "this number is not written correctly (write it like 1500 or 12.50)"),
        ("007", 0, "this number is not written correctly (write it like 1500 or 12.50)"),
        ("1e999 > 0", 0, "this number has too many digits or is too large"),
        ("1 # 2", 2, "unexpected character '#'"),
        ("submission.name == “x”", 19, "unexpected character '“'"),
        ("x ? 1", 2, "'?' is not an operator: write '??' to give a default"),
        ("1 == not true", 5, "expected a value, but found 'not'"),
        (
            "1 == 2 != 3", 7,
            "comparisons cannot be chained: write 'a < b and b < c' instead of 'a < b < c'"
        ),
    ]

    static let names: [Case] = [
        ("cuont(submission.partners)", 0, "unknown function 'cuont' (did you mean 'count'?)"),
        (
            "submission.amountRequested > 0 and sumof(submission.costs) > 0", 35,
            "unknown function 'sumof' (did you mean 'sum'?)"
        ),
        ("frobnicate(1)", 0, "unknown function 'frobnicate'"),
        (
            "submision.amountRequested > 0", 0,
            "unknown name 'submision' (did you mean 'submission'?)"
        ),
        ("rounds.budget.amount", 0, "unknown name 'rounds' (did you mean 'round'?)"),
        ("foo > 1", 0, "unknown name 'foo': paths start with submission, round or rubric"),
        (
            "any(submission.partners, partner => partnr.name == \"x\")", 36,
            "unknown name 'partnr' (did you mean 'partner'?)"
        ),
        ("count", 0, "'count' is a function: give it its arguments in brackets, as in count(list)"),
        (
            "today() > date(\"2024-01-01\")", 0,
            "there is no 'today' in rules: a rule must give the same answer whenever it is run; compare with a date in the data, such as date(round.closes)"
        ),
        (
            "date(round.closes) < now", 21,
            "there is no 'now' in rules: a rule must give the same answer whenever it is run; compare with a date in the data, such as date(round.closes)"
        ),
    ]

    static let calls: [Case] = [
        ("startsWith(submission.title)", 0, "'startsWith' takes 2 arguments, but 1 was given"),
        ("count()", 0, "'count' takes 1 argument, but 0 were given"),
        ("round(1, 2, 3)", 0, "'round' takes 1 or 2 arguments, but 3 were given"),
        ("min()", 0, "'min' takes 1 or more arguments, but 0 were given"),
        ("any(submission.purposes)", 0, "'any' takes 2 arguments, but 1 was given"),
        (
            "count(x => x)", 6,
            "a lambda (x => …) can only be the second argument of one of: sum, any, all, filter, map"
        ),
        (
            "x => x > 1", 0,
            "a lambda (x => …) can only be the second argument of one of: sum, any, all, filter, map"
        ),
        (
            "any(submission.purposes, \"x\")", 25,
            "the second argument of 'any' must be a lambda, as in any(list, x => condition)"
        ),
        (
            "sum(submission.costs, 2)", 22,
            "the second argument of 'sum' must be a lambda, as in sum(list, x => number)"
        ),
        (
            "any(submission.purposes, submission => true)", 25,
            "a lambda's item cannot be called 'submission', which names the submission data: choose another name, such as 'x'"
        ),
        (
            "any(submission.partners, p => any(p.identifiers, p => p == \"x\"))", 49,
            "the name 'p' is already used by an enclosing lambda: choose another name"
        ),
    ]

    static let types: [Case] = [
        (
            "\"a\" + 1", 4,
            "'+' cannot add a string and a number: it adds two numbers or joins two strings"
        ),
        (
            "true + 1", 0,
            "'+' needs two numbers (or two strings to join), but true is true or false"
        ),
        ("not 3", 4, "'not' needs true or false, but 3 is a number"),
        ("1 and true", 0, "'and' needs true or false, but 1 is a number"),
        ("-\"x\"", 1, "'-' needs a number, but \"x\" is a string"),
        ("\"x\" * 2", 0, "'*' needs a number, but \"x\" is a string"),
        ("lower(5)", 6, "'lower' needs a string, but 5 is a number"),
        (
            "count(\"x\")", 6,
            "'count' needs a list, but \"x\" is a string (use length(…) for the length of a string)"
        ),
        (
            "length([1])", 7,
            "'length' needs a string, but [1] is a list of numbers (use count(…) for the number of items in a list)"
        ),
        ("sum([\"a\"])", 4, "'sum' needs a list of numbers, but [\"a\"] is a list of strings"),
        ("\"a\" < 1", 4, "cannot compare a string with a number using '<'"),
        (
            "date(\"2024-01-01\") < \"2024-02-01\"", 19,
            "cannot compare a date with a string using '<' (write date(\"2024-02-01\") to read it as a date)"
        ),
        (
            "[1] < 2", 0,
            "'<' can only order numbers, strings or dates, but [1] is a list of numbers"
        ),
        ("1 in 5", 5, "'in' needs a list or a string on its right, but 5 is a number"),
        (
            "1 in \"abc\"", 0,
            "'in' with a string on its right looks for text inside it, so it needs a string, but 1 is a number"
        ),
        ("null in [1]", 0, "'in' cannot look for null"),
        (
            "date(\"2024-02-30\")", 5,
            "\"2024-02-30\" is not a valid date: write dates as YYYY-MM-DD, such as 2024-03-31"
        ),
        (
            "daysBetween(\"2024-13-01\", round.closes)", 12,
            "\"2024-13-01\" is not a valid date: write dates as YYYY-MM-DD, such as 2024-03-31"
        ),
        ("submission.amountRequested / 0", 29, "division by zero"),
        (
            "min(1, \"a\")", 7,
            "'min' can only compare values of one kind, but these are a number and a string"
        ),
        (
            "any(submission.purposes, p => 1)", 30,
            "the lambda of 'any' must give true or false, but 1 is a number"
        ),
        ("(1 + 2).total", 8, "1 + 2 is a number, so it has no member 'total'"),
        ("submission.partners.name", 0, ""),
        (
            "[1, 2].name", 7,
            "[1, 2] is a list, so it has no member 'name' (to use each item, write map([1, 2], x => x.name))"
        ),
        ("[1, 2][\"a\"]", 7, "a position in [1, 2] needs a number, but \"a\" is a string"),
        ("\"abc\"[0]", 6, "\"abc\" is a string, not a list, so it has no numbered items"),
    ]

    @Test(arguments: syntax) func syntaxErrors(_ test: Case) { check(test) }
    @Test(arguments: names) func nameErrors(_ test: Case) { check(test) }
    @Test(arguments: calls) func callErrors(_ test: Case) { check(test) }
    @Test(arguments: types.filter { !$0.message.isEmpty }) func typeErrors(_ test: Case) {
        check(test)
    }

    private func check(_ test: Case) {
        let errors = RuleTestSupport.errors(test.expression)
        #expect(
            errors == [RuleCompileError(offset: test.offset, message: test.message)],
            "\(test.expression)")
    }

    /// A path into the data is not known until evaluation, so `.name` on it is not a compile error.
    @Test func membersOfDataPathsAreCheckedAtEvaluation() {
        #expect(RuleTestSupport.errors("submission.partners.name").isEmpty)
    }

    /// The checker keeps going after an error: every error in the rule is reported, in text order.
    @Test func reportsEveryErrorNotOnlyTheFirst() {
        let errors = RuleTestSupport.errors("lower(5) + cuont(1) and not 3")
        #expect(
            errors == [
                RuleCompileError(offset: 6, message: "'lower' needs a string, but 5 is a number"),
                RuleCompileError(
                    offset: 11, message: "unknown function 'cuont' (did you mean 'count'?)"),
                RuleCompileError(
                    offset: 28, message: "'not' needs true or false, but 3 is a number"),
            ])
        let both = RuleTestSupport.errors("true < false")
        #expect(both.map(\.offset) == [0, 7])
        let arguments = RuleTestSupport.errors("unknownFn(lower(1), submision)")
        #expect(arguments.map(\.offset) == [0, 16, 20])
    }

    /// The rubric slot's type is checked against the static result type, at offset 0.
    @Test(arguments: [
        (
            "1 + 2", RuleType.boolean,
            "a gate rule must give true or false, but this expression gives a number"
        ),
        ("\"x\"", .number, "this rule must give a number, but this expression gives a string"),
        (
            "submission.beneficiaries > 0", .number,
            "this rule must give a number, but this expression gives true or false"
        ),
        (
            "map([1], x => \"a\")", .boolean,
            "a gate rule must give true or false, but this expression gives a list of strings"
        ),
    ])
    func resultTypeMismatch(_ expression: String, _ expecting: RuleType, _ message: String) {
        #expect(
            RuleTestSupport.errors(expression, expecting: expecting) == [
                RuleCompileError(offset: 0, message: message)
            ])
    }

    @Test(arguments: [
        ("submission.amountRequested", RuleType.boolean),
        ("submission.price", .number),
        ("date(submission.startDate)", .number),
        ("submission.amountRequested <= round.budget.amount", .boolean),
        ("submission.missing ?? 0", .number),
    ])
    func resultTypeAccepted(_ expression: String, _ expecting: RuleType) {
        #expect(RuleTestSupport.errors(expression, expecting: expecting).isEmpty)
    }
}
