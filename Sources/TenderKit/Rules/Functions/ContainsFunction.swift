extension RuleFunction {
    /// `contains(list, value)`: true when the list has an item equal to the value;
    /// `contains(string, text)`: true when the text appears inside the string (case matters).
    /// The same test as `value in list`, written the other way round.
    ///
    ///     contains(submission.purposes, "victims-and-witnesses")
    static let contains = RuleFunction(
        name: "contains", usage: ["contains(list, value)", "contains(string, text)"],
        arguments: 2...2,
        check: { call in
            call.require(0, .listOrString)
            if call.type(0) == .string { call.require(1, .string) }
            return .boolean
        },
        evaluate: { (call, _) throws(EvalFailure) -> RuleValue in
            switch call.values[0] {
            case .list(let items):
                return .bool(items.contains(call.values[1]))
            case .string(let text):
                let part = try call.string(1)
                return .bool(part.isEmpty || text.contains(part))
            default:
                throw call.wrongType(0, .listOrString)
            }
        }
    )
}
