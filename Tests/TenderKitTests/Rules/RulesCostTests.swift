import Testing

@testable import TenderKit

/// The worst-case cost of a rule, estimated when it is compiled: hand-computed bounds for small
/// rules, the refusal of costly ones, and that every bundled rubric stays well within the limit.
@Suite struct RulesCostTests {
    static func bound(_ rule: String) throws -> Double {
        let program = try RuleProgram.compile(rule, expecting: .any)
        return CostEstimator.bound(program.root)
    }

    /// Each step counted by hand: one per node; a list read from the data holds up to 100 items;
    /// a lambda costs one step per item plus its body; `in` one comparison per item.
    static let cases: [(String, Double)] = [
        ("1", 1),
        ("submission.a + 2", 3),
        ("submission.a", 1),
        // A list of literals is one constant, holding 3 items.
        ("[1, 2, 3]", 1),
        // 1 for `in`, 1 for the path, 1 for the list, 3 comparisons.
        ("submission.a in [1, 2, 3]", 6),
        // 1 for the call, 1 for the path, 100 items.
        ("count(submission.items)", 102),
        // 1 + 1 + 100 × (1 + 3).
        ("any(submission.items, x => x > 1)", 402),
        // 1 + 1 + 2 × (1 + (1 + 1 + 100 × 4)).
        ("any([1, 2], x => any(submission.items, y => x == y))", 808),
    ]

    @Test(arguments: cases)
    func smallRulesHaveTheirHandCountedBound(rule: String, expected: Double) throws {
        #expect(try Self.bound(rule) == expected)
    }

    @Test func aLongListLiteralInsideALambdaIsRefused() {
        let literal = "[" + (1...10_000).map(String.init).joined(separator: ",") + "]"
        let rule = "any(submission.items, x => x in \(literal))"
        let errors = RuleTestSupport.errors(rule)
        #expect(
            errors.map(\.message) == [
                "this rule may take up to 1,000,402 steps for one submission (lambdas nested over lists multiply; lists from the data are assumed to hold up to 100 items), more than the limit of 1,000,000: simplify it"
            ])
    }

    @Test func theRoundBudgetIsSharedButNeverAboveThePerEvaluationBudget() {
        #expect(RuleLimits.stepBudget(evaluations: 1) == 1_000_000)
        #expect(RuleLimits.stepBudget(evaluations: 2_000) == 1_000_000)
        #expect(RuleLimits.stepBudget(evaluations: 4_000) == 500_000)
        #expect(RuleLimits.stepBudget(evaluations: 1_200_000) == 1_666)
    }

    @Test(arguments: RepositoryFiles.names(in: "Rubrics", endingWith: ".json"))
    func everyBundledRubricIsFarWithinTheLimit(name: String) throws {
        let rubric = try #require(
            RubricLoader.load(path: RepositoryFiles.path("Rubrics/\(name)")).rubric)
        let rules = rubric.gates.map(\.rule) + [rubric.award.amount]
        for rule in rules {
            let program = try #require(rule.program)
            #expect(CostEstimator.bound(program.root) < 10_000)
        }
    }
}

/// An explanation quotes a long sub-expression by its start, so a 60 KB list literal is not
/// repeated in every submission's explanation.
@Suite struct RulesLongExplanationTests {
    static let literal = "[" + (1...4_000).map { "\"code-\($0)\"" }.joined(separator: ", ") + "]"
    static let scope = RuleScope(
        submission: RuleTestSupport.json("{\"code\": \"code-7\"}"),
        round: RuleTestSupport.scope.round, rubric: RuleTestSupport.scope.rubric)

    /// How the explanation names the rule to read the rest in, for each kind of rubric rule.
    static let pointers: [(RuleReference?, String)] = [
        (nil, "(50,893 characters as written in the rule)"),
        (.gate("tees-postcode"), "(50,893 characters: see gate tees-postcode in the rubric)"),
        (
            .criterionValue("cost-per-head"),
            "(50,893 characters: see criterion cost-per-head's value in the rubric)"
        ),
        (.awardAmount, "(50,893 characters: see award.amount in the rubric)"),
        (.auditDuration, "(50,893 characters: see audit.durationMonths in the rubric)"),
        (.tieBreak(1), "(50,893 characters: see tieBreak[1] in the rubric)"),
    ]

    @Test(arguments: pointers)
    func aLongListLiteralIsNamedByItsRuleNotRepeated(reference: RuleReference?, pointer: String)
        throws
    {
        let program = try RuleProgram.compile(
            "submission.code in \(Self.literal)", expecting: .boolean)
        let explanation = program.explain(in: Self.scope, reference: reference)
        #expect(explanation.result == .success(.bool(true)))
        #expect(
            explanation.summary
                == "submission.code \"code-7\" in [\"code-1\", \"code-2\", \"code-3\", \"code-4\",… "
                + pointer + ": passed")
    }

    @Test func aRuleOfExactlyTheLimitIsQuotedInFull() throws {
        let items = (1...15).map { "\"c-\($0)\"" }.joined(separator: ", ")
        let literal = "[" + items + String(repeating: " ", count: 120 - items.utf8.count - 2) + "]"
        #expect(literal.utf8.count == RuleExplanation.maxQuotedBytes)
        let program = try RuleProgram.compile("submission.code in \(literal)", expecting: .boolean)
        let explanation = program.explain(in: Self.scope, reference: .gate("g"))
        #expect(explanation.summary == "submission.code \"code-7\" in \(literal): failed")
    }
}

/// The loader gives every rubric rule its reference, so explanations can name it.
@Suite struct RuleReferenceLoadingTests {
    @Test func everyRuleOfABundledRubricKnowsWhereItStands() throws {
        let loaded = RubricLoader.load(
            path: RepositoryFiles.path("Rubrics/appropriate-adult-service.json"))
        let rubric = try #require(loaded.rubric)
        #expect(rubric.gates.map(\.rule.reference) == rubric.gates.map { .gate($0.id) })
        let quantitative = rubric.quantitativeCriteria
        #expect(quantitative.count == 2)
        #expect(
            quantitative.map { $0.quantitative?.value.reference }
                == quantitative.map { .criterionValue($0.id) })
        #expect(rubric.award.amount.reference == .awardAmount)
        #expect(rubric.audit?.durationMonths.reference == .auditDuration)
        guard case .lower(let price) = rubric.tieBreak.last else {
            Issue.record("the rubric's last tie-break is 'lower: submission.price'")
            return
        }
        #expect(price.reference == .tieBreak(1))
    }
}
