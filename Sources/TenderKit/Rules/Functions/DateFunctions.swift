import Foundation

extension RuleFunction {
    /// `date(string)`: reads a `YYYY-MM-DD` string as a date, so dates compare as dates.
    /// Dates in the data stay strings until read with `date`.
    ///
    ///     date(submission.startDate) >= date(round.awardDate)
    static let date = RuleFunction(
        name: "date", usage: ["date(string)"], arguments: 1...1,
        check: { call in
            call.require(0, .stringOrDate)
            if case .string(let text)? = call.constant(0), ISODate(text) == nil {
                call.fail(at: call.arguments[0].offset, FunctionCall.invalidDateMessage(text))
            }
            return .date
        },
        evaluate: { (call, _) throws(EvalFailure) -> RuleValue in
            .date(try call.date(0))
        }
    )

    /// `daysBetween(from, to)`: the number of days from one date to another (negative when `to`
    /// is earlier). Each may be a date or a `YYYY-MM-DD` string.
    ///
    ///     daysBetween(round.opens, round.closes) >= 28
    static let daysBetween = RuleFunction(
        name: "daysBetween", usage: ["daysBetween(from, to)"], arguments: 2...2,
        check: checkTwoDates,
        evaluate: { (call, _) throws(EvalFailure) -> RuleValue in
            let from = try call.date(0)
            let to = try call.date(1)
            return .number(Decimal(to.daysSinceEpoch - from.daysSinceEpoch))
        }
    )

    /// `monthsBetween(from, to)`: the number of whole calendar months from one date to another
    /// (31 January to 28 February is one month; negative when `to` is earlier).
    ///
    ///     monthsBetween(submission.startDate, submission.endDate) <= 24
    static let monthsBetween = RuleFunction(
        name: "monthsBetween", usage: ["monthsBetween(from, to)"], arguments: 2...2,
        check: checkTwoDates,
        evaluate: { (call, _) throws(EvalFailure) -> RuleValue in
            let from = try call.date(0)
            let to = try call.date(1)
            return .number(
                Decimal(
                    to < from ? -wholeMonths(from: to, to: from) : wholeMonths(from: from, to: to)))
        }
    )

    private static func checkTwoDates(_ call: inout CallCheck) -> RuleType {
        for index in 0..<2 {
            call.require(index, .stringOrDate)
            if case .string(let text)? = call.constant(index), ISODate(text) == nil {
                call.fail(at: call.arguments[index].offset, FunctionCall.invalidDateMessage(text))
            }
        }
        return .number
    }

    /// Whole months from `from` to a date not before it.
    private static func wholeMonths(from: ISODate, to: ISODate) -> Int {
        var months = (to.year - from.year) * 12 + (to.month - from.month)
        while months > 0, let reached = from.adding(months: months), reached > to {
            months -= 1
        }
        return months
    }
}

extension FunctionCall {
    /// A date argument: a date, or a string in `YYYY-MM-DD` form.
    func date(_ index: Int) throws(EvalFailure) -> ISODate {
        switch values[index] {
        case .date(let date): return date
        case .string(let text):
            guard let date = ISODate(text) else {
                throw failure(index, FunctionCall.invalidDateMessage(text, node: node(index)))
            }
            return date
        default:
            throw wrongType(index, .stringOrDate)
        }
    }

    static func invalidDateMessage(_ text: String, node: CheckedExpression? = nil) -> String {
        let source = node.map { $0.isConstant ? "" : " (\($0.text.quotedForMessage))" } ?? ""
        return
            "\(ValueFormatting.quote(text))\(source) is not a valid date: write dates as YYYY-MM-DD, such as 2024-03-31"
    }
}
