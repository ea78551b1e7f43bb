import Foundation

/// Evaluates a checked rule against one scope of data.
///
/// A tree walk over `CheckedExpression`: no text is read again, path keys are precomputed, and
/// recursion is bounded by the depth the parser allowed. Failures are `EvalFailure`s carrying
/// the node and the kind (missing, null, invalid) that `??` needs.
struct Interpreter<Trace: EvaluationTrace> {
    let scope: RuleScope
    /// The current item of each enclosing lambda, by slot.
    var locals: [RuleValue]
    var trace: Trace
    /// The `Double` the JSON reader kept for the number the last path ended on (nil otherwise).
    var lastApproximation: Double?
    /// Sub-expressions computed so far, against `RuleLimits.maxEvaluationSteps`.
    private var steps = 0

    init(scope: RuleScope, localSlots: Int, trace: Trace) {
        self.scope = scope
        self.locals = Array(repeating: .null, count: localSlots)
        self.trace = trace
    }

    mutating func evaluate(_ node: CheckedExpression) throws(EvalFailure) -> RuleValue {
        steps += 1
        guard steps <= scope.stepBudget else { throw .tooMuchWork(node, budget: scope.stepBudget) }
        guard Trace.isRecording else { return try compute(node) }
        do {
            let value = try compute(node)
            trace.record(node, .success(value))
            return value
        } catch {
            trace.record(node, .failure(error))
            throw error
        }
    }

    private mutating func compute(_ node: CheckedExpression) throws(EvalFailure) -> RuleValue {
        switch node.kind {
        case .constant(let value): return value
        case .path(let access): return try resolve(access, node)
        case .list(let items): return try list(items)
        case .not(let operand): return .bool(!(try boolean(operand, for: "'not'")))
        case .negate(let operand): return try negate(operand, node)
        case .and(let left, let right):
            guard try boolean(left, for: "'and'") else { return .bool(false) }
            return .bool(try boolean(right, for: "'and'"))
        case .or(let left, let right):
            if try boolean(left, for: "'or'") { return .bool(true) }
            return .bool(try boolean(right, for: "'or'"))
        case .arithmetic(let op, let left, let right): return try arithmetic(op, left, right, node)
        case .equality(let negated, let left, let right): return try equality(negated, left, right)
        case .ordering(let op, let left, let right): return try ordering(op, left, right)
        case .membership(let negated, let element, let collection):
            return try membership(negated, element, collection)
        case .coalesce(let left, let fallback): return try coalesce(left, fallback, node)
        case .call(let site): return try call(site)
        }
    }

    private mutating func list(_ items: [CheckedExpression]) throws(EvalFailure) -> RuleValue {
        var values: [RuleValue] = []
        values.reserveCapacity(items.count)
        for item in items { values.append(try evaluate(item)) }
        return .list(values)
    }

    /// Evaluates a node that must give true or false (`what` names the operator for the message).
    mutating func boolean(_ node: CheckedExpression, for what: String) throws(EvalFailure) -> Bool {
        let value = try evaluate(node)
        guard case .bool(let flag) = value else {
            throw .wrongType(node, value, needed: "\(what) needs true or false")
        }
        return flag
    }

    mutating func number(_ node: CheckedExpression, for what: String) throws(EvalFailure) -> Decimal
    {
        let value = try evaluate(node)
        guard case .number(let number) = value else {
            throw .wrongType(node, value, needed: "\(what) needs a number")
        }
        return number
    }

    private mutating func call(_ site: FunctionCallSite) throws(EvalFailure) -> RuleValue {
        var values: [RuleValue] = []
        values.reserveCapacity(site.arguments.count)
        for argument in site.arguments { values.append(try evaluate(argument)) }
        let call = FunctionCall(site: site, values: values)
        guard let lambda = site.lambda, let list = site.arguments.first else {
            return try site.function.evaluate(call) { (_, _) throws(EvalFailure) -> RuleValue in
                throw .invalid(
                    "'\(site.function.name)' has no lambda",
                    at: site.arguments.first ?? CheckedExpression.placeholder)
            }
        }
        return try site.function.evaluate(call) { (item, index) throws(EvalFailure) -> RuleValue in
            locals[lambda.slot] = item
            do throws(EvalFailure) {
                return try evaluateInLambda(lambda.body)
            } catch {
                throw error.inItem(index, of: list, parameter: lambda.parameter)
            }
        }
    }

    private mutating func evaluateInLambda(_ body: CheckedExpression) throws(EvalFailure)
        -> RuleValue
    {
        guard Trace.isRecording else { return try evaluate(body) }
        trace.lambdaDepth += 1
        defer { trace.lambdaDepth -= 1 }
        return try evaluate(body)
    }
}

extension CheckedExpression {
    /// A stand-in node for failures that have no better place (never reached by a checked rule).
    static let placeholder = CheckedExpression(
        id: 0, type: .any, offset: 0, text: "", kind: .constant(.null))
}
