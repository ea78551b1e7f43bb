import Foundation

extension RuleFunction {
    /// `sum(list)` adds up a list of numbers; `sum(list, x => number)` adds up a number worked out
    /// for each item. The sum of an empty list is 0. Money adds exactly: 0.10 + 0.20 is 0.30.
    ///
    ///     sum(submission.budgetLines, line => line.amount) <= submission.amountRequested
    static let sum = RuleFunction(
        name: "sum", usage: ["sum(list)", "sum(list, x => number)"], arguments: 1...2,
        lambda: .optional,
        check: { call in
            if call.lambdaBody == nil {
                call.requireList(0, of: .number)
            } else {
                call.require(0, .list)
            }
            call.requireLambdaResult(.number)
            return .number
        },
        evaluate: { (call, lambda) throws(EvalFailure) -> RuleValue in
            .number(try call.total(lambda))
        }
    )

    /// `avg(list)`: the mean of a list of numbers. An empty list cannot be averaged.
    ///
    ///     avg(submission.quotes) <= 5000
    static let avg = RuleFunction(
        name: "avg", usage: ["avg(list)"], arguments: 1...1,
        check: { call in
            call.requireList(0, of: .number)
            return .number
        },
        evaluate: { (call, lambda) throws(EvalFailure) -> RuleValue in
            let count = try call.list(0).count
            guard count > 0 else {
                throw call.failure(
                    0,
                    "'avg' needs at least one number, but \(call.node(0).text.quotedForMessage) is an empty list"
                )
            }
            guard let mean = DecimalArithmetic.divide(try call.total(lambda), Decimal(count)) else {
                throw call.failure(
                    0,
                    "the average of \(call.node(0).text.quotedForMessage) is too large to calculate"
                )
            }
            return .number(mean)
        }
    )
}

extension FunctionCall {
    /// The exact sum of the list argument's numbers (or of the lambda's result for each item).
    func total(_ lambda: RuleFunction.LambdaInvocation) throws(EvalFailure) -> Decimal {
        var total = Decimal(0)
        for (index, item) in try list(0).enumerated() {
            let value =
                site.lambda == nil
                ? item : try lambdaResult(lambda, item: item, at: index, expected: .number)
            guard case .number(let number) = value else {
                throw itemFailure(0, item: index, value, expected: .number)
            }
            guard let next = DecimalArithmetic.add(total, number) else {
                throw failure(
                    0, "the sum of \(node(0).text.quotedForMessage) is too large to calculate")
            }
            total = next
        }
        return total
    }
}
