import Foundation

/// A fast path for comparing numbers, which `Decimal` does slowly (about 100 ns, allocating when
/// the exponents differ).
///
/// Numbers from the data come with the `Double` the JSON reader rounded them to, and number
/// literals get one when checked. Correct rounding is monotonic: if the exact values are
/// `a < b` then `double(a) <= double(b)`. So when the two doubles differ they order the exact
/// values the same way, and equal exact values cannot have different doubles. To stay right
/// even for a `JSONNumber` built in code with a double a few units off, the doubles decide only
/// when they differ by more than a billionth; otherwise the exact `Decimal` comparison runs.
extension Interpreter {
    /// Evaluates an operand of a comparison, with its `Double` when one is at hand.
    mutating func comparable(_ node: CheckedExpression) throws(EvalFailure) -> (RuleValue, Double?)
    {
        let value = try evaluate(node)
        switch node.kind {
        case .constant: return (value, node.approximation)
        case .path: return (value, lastApproximation)
        default: return (value, nil)
        }
    }

    mutating func equality(_ negated: Bool, _ left: CheckedExpression, _ right: CheckedExpression)
        throws(EvalFailure) -> RuleValue
    {
        let (a, x) = try comparable(left)
        let (b, y) = try comparable(right)
        if let order = NumberComparison.quickOrder(a, x, b, y) {
            return .bool((order == .orderedSame) != negated)
        }
        return .bool((a == b) != negated)
    }
}

enum NumberComparison {
    /// The order of two numbers from their doubles, or nil when the doubles cannot decide.
    static func quickOrder(_ a: RuleValue, _ x: Double?, _ b: RuleValue, _ y: Double?)
        -> ComparisonResult?
    {
        guard let x, let y, x.isFinite, y.isFinite, case .number = a, case .number = b,
            abs(x - y) > 1e-9 * max(abs(x), abs(y))
        else { return nil }
        return x < y ? .orderedAscending : .orderedDescending
    }
}
