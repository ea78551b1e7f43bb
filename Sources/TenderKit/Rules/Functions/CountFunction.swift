import Foundation

extension RuleFunction {
    /// `count(list)`: how many items a list has.
    ///
    ///     count(submission.partners) >= 1
    static let count = RuleFunction(
        name: "count", usage: ["count(list)"], arguments: 1...1,
        check: { call in
            call.require(
                0, .list,
                hint: call.type(0) == .string ? " (use length(…) for the length of a string)" : "")
            return .number
        },
        evaluate: { (call, _) throws(EvalFailure) -> RuleValue in
            .number(Decimal(try call.list(0).count))
        }
    )

    /// `length(string)`: how many characters a string has.
    ///
    ///     length(submission.title) <= 120
    static let length = RuleFunction(
        name: "length", usage: ["length(string)"], arguments: 1...1,
        check: { call in
            call.require(
                0, .string,
                hint: call.type(0) == .list(call.type(0).elementType)
                    ? " (use count(…) for the number of items in a list)" : "")
            return .number
        },
        evaluate: { (call, _) throws(EvalFailure) -> RuleValue in
            .number(Decimal(try call.string(0).count))
        }
    )
}
