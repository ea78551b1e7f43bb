import Testing
@testable import TenderKit

@Test func smoke() {
    for s in ["submission.amountRequested <= round.budget.amount and submission.amountRequested > 0",
              "submission.amountRequested / submission.beneficiaries",
              "any(submission.purposes, p => p in [\"crime-and-disorder\", \"reoffending\"])",
              "startsWith(upper(submission.organisation.address.postcode), \"TS\")",
              "submission.durationMonths <= 24 and (submission.matchFunding ?? 0) >= 0",
              "count(submission.partners) >= 1 or submission.organisation.type == \"public-body\"",
              "sum(submission.costs, c => c.amount)", "0.1 + 0.2 == 0.3", "submission.nope + 1", "cuont(x)", "\"a\" + 1"] {
        switch RuleTestSupport.compile(s) {
        case .success(let p):
            let e = p.explain(in: RuleTestSupport.scope)
            print(s, "=>", p.evaluate(in: RuleTestSupport.scope), "|", e.summary, e.steps.count)
        case .failure(let errs): print(s, "=> ERR", errs.errors)
        }
    }
}
