import Foundation

/// Why evaluating a node failed, with what `??` needs to know: was it missing or null data, and
/// which node failed. Becomes a public `RuleEvaluationError` at the end.
struct EvalFailure: Error, Sendable {
    enum Kind: Sendable {
        /// A path named a member or item the data does not have.
        case missing
        /// A null value was used where a value was needed.
        case null
        /// Anything else: a wrong type, division by zero, a number out of range.
        case invalid
    }

    var kind: Kind
    var message: String
    var path: String?
    var offset: Int
    /// The node the failure belongs to (a path, or a `??` for its fallback).
    var nodeID: Int

    var isAbsentData: Bool { kind == .missing || kind == .null }

    var publicError: RuleEvaluationError {
        RuleEvaluationError(message: message, path: path, offset: offset)
    }

    static func invalid(_ message: String, at node: CheckedExpression) -> EvalFailure {
        EvalFailure(
            kind: .invalid, message: message, path: node.pathText, offset: node.offset,
            nodeID: node.id)
    }

    /// "submission.beneficiaries is null".
    static func null(_ node: CheckedExpression) -> EvalFailure {
        EvalFailure(
            kind: .null, message: "\(node.text.quotedForMessage) is null", path: node.pathText,
            offset: node.offset, nodeID: node.id)
    }

    /// "'+' needs a number, but submission.name is a string ("Acorn Trust")"; null gets `null(_:)`.
    static func wrongType(_ node: CheckedExpression, _ value: RuleValue, needed: String)
        -> EvalFailure
    {
        if case .null = value { return null(node) }
        return invalid("\(needed), but \(node.describing(value))", at: node)
    }

    static func outOfRange(_ node: CheckedExpression) -> EvalFailure {
        invalid(
            "the result of \(node.text.quotedForMessage) is too large to calculate (numbers must stay below 10^60)",
            at: node)
    }

    static func tooMuchWork(_ node: CheckedExpression, budget: Int) -> EvalFailure {
        let shared =
            budget < RuleLimits.maxEvaluationSteps
            ? ", its share of the round's budget of \(NumberText.decimal(Decimal(RuleLimits.maxRoundSteps))) steps"
            : ""
        return invalid(
            "the rule does too much work to evaluate (more than \(NumberText.decimal(Decimal(budget))) steps\(shared)): lambdas nested over long lists multiply; simplify it",
            at: node)
    }

    /// Adds where in a list the failure happened, and rewrites a lambda parameter's path into the
    /// data path: `p.amount` in item 3 of `submission.costs` becomes `submission.costs[2].amount`.
    func inItem(_ index: Int, of list: CheckedExpression, parameter: String) -> EvalFailure {
        var failure = self
        failure.message += " (in item \(index + 1) of \(list.text.quotedForMessage))"
        if list.isPath, let path,
            path == parameter || path.hasPrefix(parameter + ".") || path.hasPrefix(parameter + "[")
        {
            failure.path = "\(list.text)[\(index)]" + path.dropFirst(parameter.count)
        }
        return failure
    }
}

extension CheckedExpression {
    /// The node's text when it is a path (what `RuleEvaluationError.path` names), else nil.
    var pathText: String? { isPath ? text : nil }

    /// "submission.name is a string ("Acorn Trust")", or "5 is a number" for a literal.
    func describing(_ value: RuleValue) -> String {
        let type = value.shallowType.phrase
        return isConstant
            ? "\(text.quotedForMessage) is \(type)"
            : "\(text.quotedForMessage) is \(type) (\(value.shown))"
    }

    /// "submission.name (a string, "Acorn Trust")", or "5 (a number)" for a literal.
    func naming(_ value: RuleValue) -> String {
        let type = value.shallowType.phrase
        return isConstant
            ? "\(text.quotedForMessage) (\(type))"
            : "\(text.quotedForMessage) (\(type), \(value.shown))"
    }
}
