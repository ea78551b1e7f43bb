import Foundation

/// The operators: arithmetic, ordering, membership and the `??` default.
extension Interpreter {
    mutating func negate(_ operand: CheckedExpression, _ node: CheckedExpression)
        throws(EvalFailure) -> RuleValue
    {
        guard let result = DecimalArithmetic.negate(try number(operand, for: "'-'")) else {
            throw .outOfRange(node)
        }
        return .number(result)
    }

    mutating func arithmetic(
        _ op: ArithmeticOperator, _ left: CheckedExpression, _ right: CheckedExpression,
        _ node: CheckedExpression
    ) throws(EvalFailure) -> RuleValue {
        let a = try evaluate(left)
        let b = try evaluate(right)
        if op == .add, case .string(let first) = a, case .string(let second) = b {
            return .string(first + second)
        }
        let needed =
            op == .add
            ? "'+' needs two numbers (or two strings to join)" : "'\(op.rawValue)' needs a number"
        guard case .number(let x) = a else { throw .wrongType(left, a, needed: needed) }
        guard case .number(let y) = b else { throw .wrongType(right, b, needed: needed) }
        let result: Decimal?
        switch op {
        case .add: result = DecimalArithmetic.add(x, y)
        case .subtract: result = DecimalArithmetic.subtract(x, y)
        case .multiply: result = DecimalArithmetic.multiply(x, y)
        case .divide:
            guard y != 0 else {
                let message =
                    right.isConstant
                    ? "division by zero" : "division by zero: \(right.text.quotedForMessage) is 0"
                throw .invalid(message, at: right)
            }
            result = DecimalArithmetic.divide(x, y)
        }
        guard let result else { throw .outOfRange(node) }
        return .number(result)
    }

    mutating func ordering(
        _ op: OrderingOperator, _ left: CheckedExpression, _ right: CheckedExpression
    ) throws(EvalFailure) -> RuleValue {
        let (a, x) = try comparable(left)
        let (b, y) = try comparable(right)
        guard let order = NumberComparison.quickOrder(a, x, b, y) ?? RuleValueOrder.compare(a, b)
        else {
            throw RuleValueOrder.failure(op.rawValue, a, left, b, right)
        }
        switch op {
        case .less: return .bool(order == .orderedAscending)
        case .lessOrEqual: return .bool(order != .orderedDescending)
        case .greater: return .bool(order == .orderedDescending)
        case .greaterOrEqual: return .bool(order != .orderedAscending)
        }
    }

    mutating func membership(
        _ negated: Bool, _ element: CheckedExpression, _ collection: CheckedExpression
    ) throws(EvalFailure) -> RuleValue {
        let needle = try evaluate(element)
        let haystack = try evaluate(collection)
        if case .null = needle { throw .null(element) }
        switch haystack {
        case .list(let items):
            return .bool(items.contains(needle) != negated)
        case .string(let text):
            guard case .string(let part) = needle else {
                throw .wrongType(
                    element, needle,
                    needed:
                        "'in' looks for text inside \(collection.text.quotedForMessage), so it needs a string on its left"
                )
            }
            return .bool((part.isEmpty || text.contains(part)) != negated)
        default:
            throw .wrongType(
                collection, haystack, needed: "'in' needs a list or a string on its right")
        }
    }

    /// `left ?? fallback`: the fallback when `left` is null or is a path to missing or null data.
    /// Other failures of `left` (a wrong type, division by zero) are not hidden.
    mutating func coalesce(
        _ left: CheckedExpression, _ fallback: CheckedExpression, _ node: CheckedExpression
    ) throws(EvalFailure) -> RuleValue {
        do {
            let value = try evaluate(left)
            if case .null = value { return try evaluateFallback(fallback, node) }
            return value
        } catch {
            guard error.isAbsentData, error.nodeID == left.id else { throw error }
            return try evaluateFallback(fallback, node)
        }
    }

    /// The fallback's own absence belongs to the `??` node, so an outer `??` can catch it.
    private mutating func evaluateFallback(_ fallback: CheckedExpression, _ node: CheckedExpression)
        throws(EvalFailure) -> RuleValue
    {
        do {
            return try evaluate(fallback)
        } catch {
            guard error.isAbsentData, error.nodeID == fallback.id else { throw error }
            var owned = error
            owned.nodeID = node.id
            throw owned
        }
    }
}
