import Testing

@testable import TenderKit

/// The seven rule strings from the rule-language issue, against two sample submissions:
/// Acorn Youth Trust (`RuleTestSupport.submissionJSON`) and a company that fails most gates.
@Suite struct RulesRubricExampleTests {
    static let company = RuleTestSupport.json(
        """
        {"id": "S-022", "organisation": {"name": "Northgate Security Ltd", "type": "company",
          "address": {"postcode": "dl1 5qq"}},
         "partners": [], "amountRequested": 1200000, "beneficiaries": 400,
         "purposes": ["general-policing"], "durationMonths": 36, "matchFunding": 25000}
        """)

    static let companyScope = RuleScope(
        submission: company, round: RuleTestSupport.scope.round,
        rubric: RuleTestSupport.scope.rubric)

    typealias Case = (rule: String, slot: RuleType, acorn: RuleValue, company: RuleValue)

    static let examples: [Case] = [
        (
            "submission.organisation.type in [\"charity\", \"cio\", \"cic\", \"community-group\"]",
            .boolean, .bool(true), .bool(false)
        ),
        (
            "any(submission.purposes, p => p in [\"crime-and-disorder\", \"substance-misuse\", \"reoffending\", \"victims-and-witnesses\"])",
            .boolean, .bool(true), .bool(false)
        ),
        (
            "submission.amountRequested <= round.budget.amount and submission.amountRequested > 0",
            .boolean, .bool(true), .bool(false)
        ),
        (
            "submission.amountRequested / submission.beneficiaries", .number, .number(194),
            .number(3000)
        ),
        (
            "startsWith(upper(submission.organisation.address.postcode), \"TS\")", .boolean,
            .bool(true), .bool(false)
        ),
        (
            "count(submission.partners) >= 1 or submission.organisation.type == \"public-body\"",
            .boolean, .bool(true), .bool(false)
        ),
        (
            "submission.durationMonths <= 24 and (submission.matchFunding ?? 0) >= 0", .boolean,
            .bool(true), .bool(false)
        ),
    ]

    @Test(arguments: examples) func exampleRules(_ example: Case) throws {
        let program = try RuleProgram.compile(example.rule, expecting: example.slot)
        #expect(program.evaluate(in: RuleTestSupport.scope) == .success(example.acorn))
        #expect(program.evaluate(in: Self.companyScope) == .success(example.company))
    }

    @Test func summariesForTheFailingCompany() throws {
        let budget = try RuleProgram.compile(
            "submission.amountRequested <= round.budget.amount and submission.amountRequested > 0",
            expecting: .boolean)
        #expect(
            budget.explain(in: Self.companyScope).summary
                == "submission.amountRequested 1,200,000 <= round.budget.amount 1,000,000 and submission.amountRequested > 0 (not checked): failed"
        )
        let duration = try RuleProgram.compile(
            "submission.durationMonths <= 24 and (submission.matchFunding ?? 0) >= 0",
            expecting: .boolean)
        #expect(
            duration.explain(in: Self.companyScope).summary
                == "submission.durationMonths 36 <= 24 and (submission.matchFunding ?? 0) >= 0 (not checked): failed"
        )
        let value = try RuleProgram.compile(
            "submission.amountRequested / submission.beneficiaries", expecting: .number)
        #expect(
            value.explain(in: Self.companyScope).summary
                == "submission.amountRequested 1,200,000 / submission.beneficiaries 400 = 3,000")
    }

    /// A gate meeting missing data does not pass silently: the result is an error naming the path.
    @Test func missingDataFailsTheGateWithTheReason() throws {
        let scope = RuleScope(
            submission: RuleTestSupport.json("{\"organisation\": {\"type\": \"charity\"}}"),
            round: RuleTestSupport.scope.round, rubric: RuleTestSupport.scope.rubric)
        let program = try RuleProgram.compile(
            "count(submission.partners) >= 1 or submission.organisation.type == \"public-body\"",
            expecting: .boolean)
        #expect(
            program.evaluate(in: scope)
                == .failure(
                    RuleEvaluationError(
                        message: "submission.partners is missing", path: "submission.partners",
                        offset: 6)))
        #expect(
            program.explain(in: scope).summary
                == "count(submission.partners) >= 1 or submission.organisation.type == \"public-body\" (not checked): could not be evaluated: submission.partners is missing"
        )
    }

    /// Rubric authors write rules inside JSON strings, where single quotes avoid escaping.
    @Test func singleQuotedStringsReadLikeDoubleQuoted() throws {
        let single = try RuleProgram.compile(
            "submission.organisation.type in ['charity', 'cio']", expecting: .boolean)
        #expect(single.evaluate(in: RuleTestSupport.scope) == .success(.bool(true)))
        #expect(RuleTestSupport.evaluate("'it\\'s' == \"it's\"") == .success(.bool(true)))
    }
}

/// Evaluation is pure: one compiled program evaluated from several tasks at once gives the same results.
@Suite struct RulesConcurrencyTests {
    @Test func concurrentEvaluationGivesTheSameResults() async throws {
        let program = try RuleProgram.compile(
            "any(submission.purposes, p => p in ['reoffending']) and submission.amountRequested / submission.beneficiaries < 200",
            expecting: .boolean)
        let scopes = [RuleTestSupport.scope, RulesRubricExampleTests.companyScope]
        let results = await withTaskGroup(of: [Bool].self) { group in
            for task in 0..<8 {
                group.addTask {
                    (0..<500).map { index in
                        program.evaluate(in: scopes[(task + index) % 2])
                            == .success(.bool((task + index) % 2 == 0))
                    }
                }
            }
            var all: [Bool] = []
            for await batch in group { all += batch }
            return all
        }
        #expect(results.count == 4_000)
        #expect(results.allSatisfy { $0 })
    }
}
