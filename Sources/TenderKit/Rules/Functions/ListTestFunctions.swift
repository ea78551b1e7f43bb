extension RuleFunction {
    /// `any(list, x => condition)`: true when the condition holds for at least one item
    /// (false for an empty list). Stops at the first item that passes.
    ///
    ///     any(submission.purposes, p => p in ["crime-and-disorder", "reoffending"])
    static let any = RuleFunction(
        name: "any", usage: ["any(list, x => condition)"], arguments: 2...2, lambda: .required,
        check: checkListTest,
        evaluate: { (call, lambda) throws(EvalFailure) -> RuleValue in
            for (index, item) in try call.list(0).enumerated()
            where try call.test(lambda, item: item, at: index) {
                return .bool(true)
            }
            return .bool(false)
        }
    )

    /// `all(list, x => condition)`: true when the condition holds for every item (true for an
    /// empty list). Stops at the first item that fails.
    ///
    ///     all(submission.partners, p => count(p.identifiers) > 0)
    static let all = RuleFunction(
        name: "all", usage: ["all(list, x => condition)"], arguments: 2...2, lambda: .required,
        check: checkListTest,
        evaluate: { (call, lambda) throws(EvalFailure) -> RuleValue in
            for (index, item) in try call.list(0).enumerated()
            where !(try call.test(lambda, item: item, at: index)) {
                return .bool(false)
            }
            return .bool(true)
        }
    )

    /// `filter(list, x => condition)`: the items for which the condition holds, in order.
    ///
    ///     count(filter(submission.partners, p => p.type == "charity")) >= 1
    static let filter = RuleFunction(
        name: "filter", usage: ["filter(list, x => condition)"], arguments: 2...2,
        lambda: .required,
        check: { call in
            _ = checkListTest(&call)
            return call.type(0) == .any ? .list(.any) : call.type(0)
        },
        evaluate: { (call, lambda) throws(EvalFailure) -> RuleValue in
            var kept: [RuleValue] = []
            for (index, item) in try call.list(0).enumerated()
            where try call.test(lambda, item: item, at: index) {
                kept.append(item)
            }
            return .list(kept)
        }
    )

    /// `map(list, x => value)`: a new list with the value worked out for each item.
    ///
    ///     max(map(submission.budgetLines, line => line.amount)) <= 25000
    static let map = RuleFunction(
        name: "map", usage: ["map(list, x => value)"], arguments: 2...2, lambda: .required,
        check: { call in
            call.require(0, .list)
            return .list(call.lambdaBody?.type ?? .any)
        },
        evaluate: { (call, lambda) throws(EvalFailure) -> RuleValue in
            var mapped: [RuleValue] = []
            for (index, item) in try call.list(0).enumerated() {
                mapped.append(try lambda(item, index))
            }
            return .list(mapped)
        }
    )

    private static func checkListTest(_ call: inout CallCheck) -> RuleType {
        call.require(0, .list)
        call.requireLambdaResult(.boolean)
        return .boolean
    }
}
