/// Function calls: the name is bound to a registry entry, the argument count and lambda
/// position are checked, lambda bodies are checked with their parameter in scope, and the
/// function's own check types the arguments.
extension Checker {
    mutating func checkCall(_ name: String, _ arguments: [SyntaxNode], _ node: SyntaxNode)
        -> CheckedExpression
    {
        let at = anchor(of: node)
        guard let function = RuleFunctionRegistry.byName[name] else {
            reportUnknownFunction(name, at: at)
            checkArgumentsOfUnknownCall(arguments)
            return invalid(node)
        }
        guard function.argumentCounts.contains(arguments.count) else {
            let given = arguments.count == 1 ? "1 was given" : "\(arguments.count) were given"
            fail(at: at, "'\(name)' takes \(function.argumentCountPhrase), but \(given)")
            return invalid(node)
        }
        var values: [CheckedExpression] = []
        var lambda: CheckedLambda?
        for (position, argument) in arguments.enumerated() {
            let wantsLambda = function.lambda != .none && position == 1
            if case .lambda = argument.kind, wantsLambda {
                lambda = checkLambda(argument, itemType: values.first?.type.elementType ?? .any)
            } else if wantsLambda {
                fail(
                    at: tree.positions[argument.id].start,
                    "the second argument of '\(name)' must be a lambda, as in \(function.usage.last ?? name)"
                )
                return invalid(node)
            } else {
                values.append(check(argument))
            }
        }
        var call = CallCheck(name: name, arguments: values, lambdaBody: lambda?.body)
        let type = function.check(&call)
        append(call.errors)
        let kind = CheckedExpression.Kind.call(
            FunctionCallSite(function: function, arguments: values, lambda: lambda))
        return make(node, call.errors.isEmpty ? type : .any, kind)
    }

    private mutating func reportUnknownFunction(_ name: String, at offset: Int) {
        if let clock = Checker.clockWords[name] {
            fail(at: offset, clock)
            return
        }
        fail(
            at: offset,
            "unknown function '\(name)'"
                + Checker.didYouMean(name, among: RuleFunctionRegistry.all.map(\.name)))
    }

    /// Checks what can be checked of an unknown function's arguments, to report more at once.
    private mutating func checkArgumentsOfUnknownCall(_ arguments: [SyntaxNode]) {
        for argument in arguments {
            if case .lambda = argument.kind {
                _ = checkLambda(argument, itemType: .any)
            } else {
                _ = check(argument)
            }
        }
    }

    /// `p => body`: the parameter is in scope for the body only, holding one item at a time.
    private mutating func checkLambda(_ node: SyntaxNode, itemType: RuleType) -> CheckedLambda? {
        guard case .lambda(let parameter, let bodyNode) = node.kind else { return nil }
        if RuleRoot(rawValue: parameter) != nil {
            fail(
                at: anchor(of: node),
                "a lambda's item cannot be called '\(parameter)', which names the \(parameter) data: choose another name, such as 'x'"
            )
        } else if parameters.contains(where: { $0.name == parameter }) {
            fail(
                at: anchor(of: node),
                "the name '\(parameter)' is already used by an enclosing lambda: choose another name"
            )
        }
        let slot = declare(parameter, type: itemType)
        let body = check(bodyNode)
        parameters.removeLast()
        return CheckedLambda(
            parameter: parameter, slot: slot, body: body, offset: tree.positions[node.id].start,
            text: tree.text(of: node.id))
    }
}
