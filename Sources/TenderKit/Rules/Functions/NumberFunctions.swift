import Foundation

extension RuleFunction {
    /// `round(number)` to a whole number, `round(number, places)` to that many decimal places
    /// (from -20 to 20; negative places round to tens, hundreds…). Halves go away from zero:
    /// round(2.5) is 3, round(-2.5) is -3, round(12.345, 2) is 12.35.
    ///
    ///     round(submission.amountRequested / submission.beneficiaries, 2)
    static let round = RuleFunction(
        name: "round", usage: ["round(number)", "round(number, places)"], arguments: 1...2,
        check: { call in
            call.require(0, .number)
            call.require(1, .number)
            return .number
        },
        evaluate: { (call, _) throws(EvalFailure) -> RuleValue in
            let places = call.count > 1 ? try call.wholeNumber(1, within: 20) : 0
            guard let number = DecimalArithmetic.normalized(try call.number(0)) else {
                throw .outOfRange(call.node(0))
            }
            return .number(DecimalArithmetic.rounded(number, places: places))
        }
    )

    /// `abs(number)`: the number without its sign.
    ///
    ///     abs(submission.price - submission.estimate) <= 500
    static let abs = RuleFunction(
        name: "abs", usage: ["abs(number)"], arguments: 1...1,
        check: { call in
            call.require(0, .number)
            return .number
        },
        evaluate: { (call, _) throws(EvalFailure) -> RuleValue in
            let number = try call.number(0)
            return .number(number < 0 ? number.magnitude : number)
        }
    )
}
