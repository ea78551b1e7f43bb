import Foundation

/// The order `<`, `min`, `max` use: numbers by value, strings by Unicode scalars, dates by day.
/// Values of different types, and lists, objects, booleans and null, have no order.
enum RuleValueOrder {
    static func compare(_ a: RuleValue, _ b: RuleValue) -> ComparisonResult? {
        switch (a, b) {
        case (.number(let x), .number(let y)):
            return x < y ? .orderedAscending : (x == y ? .orderedSame : .orderedDescending)
        case (.string(let x), .string(let y)):
            if x.unicodeScalars.elementsEqual(y.unicodeScalars) { return .orderedSame }
            return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
                ? .orderedAscending : .orderedDescending
        case (.date(let x), .date(let y)):
            return x < y ? .orderedAscending : (x == y ? .orderedSame : .orderedDescending)
        default:
            return nil
        }
    }

    static func isOrderable(_ value: RuleValue) -> Bool {
        switch value {
        case .number, .string, .date: true
        default: false
        }
    }

    /// Why two values could not be ordered by `op`: null, an unorderable value, or a type mismatch.
    static func failure(
        _ op: String, _ a: RuleValue, _ left: CheckedExpression, _ b: RuleValue,
        _ right: CheckedExpression
    ) -> EvalFailure {
        if case .null = a { return .null(left) }
        if case .null = b { return .null(right) }
        for (value, node) in [(a, left), (b, right)] where !isOrderable(value) {
            return .invalid(
                "'\(op)' can only order numbers, strings or dates, but \(node.describing(value))",
                at: node)
        }
        let blame = right.isPath && !left.isPath ? right : left
        return .invalid(
            "cannot compare \(left.naming(a)) with \(right.naming(b)) using '\(op)'\(dateHint(a, left, b, right))",
            at: blame)
    }

    /// Suggests `date(...)` when a date meets a string.
    private static func dateHint(
        _ a: RuleValue, _ left: CheckedExpression, _ b: RuleValue, _ right: CheckedExpression
    ) -> String {
        switch (a, b) {
        case (.date, .string): " (write date(\(right.text)) to read it as a date)"
        case (.string, .date): " (write date(\(left.text)) to read it as a date)"
        default: ""
        }
    }
}
