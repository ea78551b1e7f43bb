import Foundation

/// The worst-case number of evaluation steps of a checked rule, worked out when it is compiled
/// (as cel-go's `checker/cost.go` does), so that a rule cheap to write and ruinous to run is
/// refused by `tender validate` instead of slowing every submission of a national round.
///
/// A step is one sub-expression evaluated, as `Interpreter` counts them. A list literal's length
/// is known; a list read from the data (`submission.partners`) is assumed to hold at most
/// `RuleLimits.assumedListLength` items. A lambda costs its body once per item of its list, so
/// lambdas nested over lists multiply. The bound is a `Double` so that it cannot overflow.
struct CostEstimator {
    /// The bound for `node`, and the length of the list it gives (for calls over it).
    static func bound(_ node: CheckedExpression) -> Double {
        estimate(node).steps
    }

    private struct Estimate {
        var steps: Double
        /// How many items the value may hold when it is a list.
        var length: Double
    }

    private static let assumed = Double(RuleLimits.assumedListLength)
    /// Functions without a lambda that go through every item of their first argument.
    private static let listFunctions: Set<String> = [
        "count", "sum", "avg", "min", "max", "contains",
    ]

    private static func estimate(_ node: CheckedExpression) -> Estimate {
        switch node.kind {
        case .constant(.list(let items)): return Estimate(steps: 1, length: Double(items.count))
        case .constant: return Estimate(steps: 1, length: assumed)
        case .path(let access): return Estimate(steps: 1 + pathSteps(access), length: assumed)
        case .list(let items):
            let steps = items.reduce(1) { $0 + estimate($1).steps }
            return Estimate(steps: steps, length: Double(items.count))
        case .membership(_, let element, let collection):
            let list = estimate(collection)
            return Estimate(
                steps: 1 + estimate(element).steps + list.steps + list.length, length: assumed)
        case .call(let site): return call(site)
        default:
            let steps = node.children.reduce(1) { $0 + estimate($1).steps }
            return Estimate(steps: steps, length: assumed)
        }
    }

    private static func pathSteps(_ access: PathAccess) -> Double {
        var steps = 0.0
        if case .value(let base) = access.base { steps += estimate(base).steps }
        for segment in access.segments {
            if case .index(let index) = segment { steps += estimate(index).steps }
        }
        return steps
    }

    /// A call: its arguments, then its lambda once per item of its first argument, or (without a
    /// lambda) one step per item of a list argument (`sum`, `count`, `max`).
    private static func call(_ site: FunctionCallSite) -> Estimate {
        let arguments = site.arguments.map(estimate)
        var steps = arguments.reduce(1) { $0 + $1.steps }
        let length = arguments.first?.length ?? assumed
        if let lambda = site.lambda {
            steps += length * (1 + estimate(lambda.body).steps)
        } else if listFunctions.contains(site.function.name) {
            steps += length
        }
        return Estimate(steps: steps, length: length)
    }
}

extension Rubric {
    /// How many rules are evaluated for each submission, at most: every gate, every quantitative
    /// criterion's value, the award amount, and the tie-breaks. The round's step budget is shared
    /// among the submissions times this.
    public var rulesPerSubmission: Int {
        gates.count + criteria.filter { $0.quantitative != nil }.count + 1 + tieBreak.count
    }
}

extension NumberText {
    /// A step count: grouped digits up to a million million, then a power of ten (`1.2 × 10^15`).
    static func steps(_ value: Double) -> String {
        guard value.isFinite else { return "infinitely many" }
        if value < 1e12 { return decimal(Decimal(Int(value.rounded()))) }
        let exponent = Int(value.magnitude.log10Floor)
        let mantissa = value / pow10(exponent)
        return "\(fixed(mantissa, 1)) × 10^\(exponent)"
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}

extension Double {
    fileprivate var log10Floor: Double {
        var exponent = 0.0
        var value = self
        while value >= 10 {
            value /= 10
            exponent += 1
        }
        return exponent
    }
}
