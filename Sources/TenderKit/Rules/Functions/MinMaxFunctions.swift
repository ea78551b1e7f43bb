import Foundation

extension RuleFunction {
    /// `min(list)` or `min(a, b, …)`: the smallest number, the earliest date, or the first string
    /// in alphabetical order. An empty list has no minimum.
    ///
    ///     min(submission.amountRequested, 10000)
    static let min = extreme(name: "min", keeping: .orderedAscending)

    /// `max(list)` or `max(a, b, …)`: the largest number, the latest date, or the last string.
    ///
    ///     max(submission.quotes) <= round.budget.amount
    static let max = extreme(name: "max", keeping: .orderedDescending)

    private static func extreme(name: String, keeping wanted: ComparisonResult) -> RuleFunction {
        RuleFunction(
            name: name, usage: ["\(name)(list)", "\(name)(a, b, …)"], arguments: 1...Int.max,
            check: { call in checkExtreme(&call) },
            evaluate: { (call, _) throws(EvalFailure) -> RuleValue in
                let items = call.count == 1 ? try call.list(0) : call.values
                guard var best = items.first else {
                    throw call.failure(
                        0,
                        "'\(name)' needs at least one value, but \(call.node(0).text.quotedForMessage) is an empty list"
                    )
                }
                for (index, item) in items.enumerated() {
                    guard let order = RuleValueOrder.compare(item, best) else {
                        throw call.orderFailure(index, item, best)
                    }
                    if order == wanted { best = item }
                }
                return best
            }
        )
    }

    private static func checkExtreme(_ call: inout CallCheck) -> RuleType {
        if call.count == 1 {
            call.require(
                0, .list, hint: " (to compare single values give two or more: \(call.name)(a, b))")
            call.requireList(0, of: .orderable)
            return call.type(0).elementType
        }
        var type = call.type(0)
        for index in 0..<call.count {
            call.require(index, .orderable)
            type = type.joined(with: call.type(index))
        }
        let known = Set((0..<call.count).map { call.type($0) }.filter { $0 != .any })
        if known.count > 1 {
            call.fail(
                at: call.arguments[1].offset,
                "'\(call.name)' can only compare values of one kind, but these are \(known.map(\.phrase).sorted().joined(separator: " and "))"
            )
        }
        return type
    }
}

extension FunctionCall {
    /// Why item `index` (of the list, or the argument list) cannot be compared with the others.
    func orderFailure(_ index: Int, _ item: RuleValue, _ other: RuleValue) -> EvalFailure {
        let inList = count == 1
        if !RuleValueOrder.isOrderable(item) {
            return inList
                ? itemFailure(0, item: index, item, expected: .orderable)
                : wrongType(index, .orderable)
        }
        let place =
            inList
            ? "item \(index + 1) of \(node(0).text.quotedForMessage)"
            : node(index).text.quotedForMessage
        let message =
            "'\(name)' can only compare values of one kind, but \(place) is \(item.shallowType.phrase) (\(item.shown)) and an earlier one is \(other.shallowType.phrase)"
        return inList ? failure(0, message) : failure(index, message)
    }
}
