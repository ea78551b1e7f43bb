import Foundation

/// What a function's evaluation sees of one call: its argument values, and typed accessors that
/// fail with a message naming the argument's text when a value has the wrong type.
struct FunctionCall {
    let site: FunctionCallSite
    let values: [RuleValue]

    var name: String { site.function.name }
    var count: Int { values.count }

    func node(_ index: Int) -> CheckedExpression { site.arguments[index] }

    func number(_ index: Int) throws(EvalFailure) -> Decimal {
        guard case .number(let number) = values[index] else { throw wrongType(index, .number) }
        return number
    }

    func string(_ index: Int) throws(EvalFailure) -> String {
        guard case .string(let text) = values[index] else { throw wrongType(index, .string) }
        return text
    }

    func list(_ index: Int) throws(EvalFailure) -> [RuleValue] {
        guard case .list(let items) = values[index] else { throw wrongType(index, .list) }
        return items
    }

    /// "'lower' needs a string, but submission.name is a number (5)".
    func wrongType(_ index: Int, _ expected: TypeClass) -> EvalFailure {
        EvalFailure.wrongType(
            node(index), values[index], needed: "'\(name)' needs \(expected.phrase)")
    }

    /// A failure about the argument as a whole: "'avg' needs at least one number, but … is empty".
    func failure(_ index: Int, _ message: String) -> EvalFailure {
        EvalFailure.invalid(message, at: node(index))
    }

    /// A failure about one item of a list argument: "'sum' needs numbers, but item 2 of … is a string".
    func itemFailure(_ index: Int, item: Int, _ value: RuleValue, expected: TypeClass)
        -> EvalFailure
    {
        let list = node(index)
        let place = "item \(item + 1) of \(list.text.quotedForMessage)"
        let path = list.isPath ? "\(list.text)[\(item)]" : nil
        if case .null = value {
            return EvalFailure(
                kind: .null, message: "\(place) is null", path: path, offset: list.offset,
                nodeID: list.id)
        }
        let message =
            "'\(name)' needs \(expected.pluralPhrase), but \(place) is \(value.shallowType.phrase) (\(value.shown))"
        return EvalFailure(
            kind: .invalid, message: message, path: path, offset: list.offset, nodeID: list.id)
    }

    /// A whole number from -limit...limit, for places and counts.
    func wholeNumber(_ index: Int, within limit: Int) throws(EvalFailure) -> Int {
        let number = try number(index)
        guard number == DecimalArithmetic.rounded(number, places: 0), number >= Decimal(-limit),
            number <= Decimal(limit)
        else {
            throw failure(
                index,
                "'\(name)' needs a whole number from -\(limit) to \(limit), but \(node(index).describing(values[index]))"
            )
        }
        return NSDecimalNumber(decimal: number).intValue
    }
}

extension FunctionCall {
    /// Runs the lambda for one item and requires its result to be admitted by `expected`.
    func lambdaResult(
        _ lambda: RuleFunction.LambdaInvocation, item: RuleValue, at index: Int, expected: TypeClass
    ) throws(EvalFailure) -> RuleValue {
        let result = try lambda(item, index)
        guard expected.admits(result), result != .null else {
            let body = site.lambda?.body ?? node(0)
            let message =
                "the lambda of '\(name)' must give \(expected.phrase), but for item \(index + 1) of \(node(0).text.quotedForMessage) \(body.text.quotedForMessage) gave \(result.shallowType.phrase) (\(result.shown))"
            throw EvalFailure(
                kind: .invalid, message: message, path: nil, offset: body.offset, nodeID: body.id)
        }
        return result
    }

    /// Runs a true-or-false lambda for one item.
    func test(_ lambda: RuleFunction.LambdaInvocation, item: RuleValue, at index: Int)
        throws(EvalFailure) -> Bool
    {
        guard
            case .bool(let flag) = try lambdaResult(
                lambda, item: item, at: index, expected: .boolean)
        else { return false }
        return flag
    }
}
