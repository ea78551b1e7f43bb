import Foundation

/// Writes the one-line summary of an explained evaluation, for a panel chair:
///
///     submission.amountRequested 48,500 <= round.budget.amount 1,000,000 and submission.amountRequested 48,500 > 0: passed
///     submission.amountRequested 48,500 / submission.beneficiaries 250 = 194
///
/// Comparisons joined by `and`/`or` are shown one by one with the values their paths resolved
/// to; literals are shown as written; a part skipped by short-circuiting says "(not checked)".
struct ExplanationSummary {
    let recorder: EvaluationRecorder
    /// Which rubric rule is explained, to point at for a text too long to quote.
    let reference: RuleReference?

    func sentence(for root: CheckedExpression, outcome: Result<RuleValue, EvalFailure>) -> String {
        switch outcome {
        case .success(.bool(let passed)):
            return describe(root) + (passed ? ": passed" : ": failed")
        case .success(let value):
            if root.isConstant { return value.shown }
            let described = headline(root)
            return described + " = " + value.shown
                + (described == shown(root) ? pathValues(inside: root) : "")
        case .failure(let failure):
            let shown = root.type == .boolean ? describe(root) : headline(root)
            return shown + ": could not be evaluated: " + failure.message
        }
    }

    /// A non-boolean result's left-hand side: the arithmetic spelled out, or the expression.
    private func headline(_ node: CheckedExpression) -> String {
        switch node.kind {
        case .arithmetic, .coalesce: describe(node)
        default: shown(node)
        }
    }

    func describe(_ node: CheckedExpression) -> String {
        switch node.kind {
        case .and(let left, let right): return join(left, "and", right, parent: node)
        case .or(let left, let right): return join(left, "or", right, parent: node)
        case .not(let operand): return "not " + grouped(operand)
        case .ordering(let op, let left, let right): return binary(left, op.rawValue, right)
        case .equality(let negated, let left, let right):
            return binary(left, negated ? "!=" : "==", right)
        case .membership(let negated, let element, let collection):
            return binary(element, negated ? "not in" : "in", collection)
        case .arithmetic(let op, let left, let right): return binary(left, op.rawValue, right)
        case .coalesce(let left, let fallback): return coalesce(left, fallback)
        default:
            guard
                node.type == .boolean
                    || recorder.value(of: node).map({ $0.shallowType == .boolean }) == true
            else { return operand(node) }
            return booleanLeaf(node)
        }
    }

    private func join(
        _ left: CheckedExpression, _ word: String, _ right: CheckedExpression,
        parent: CheckedExpression
    ) -> String {
        let rightText =
            recorder.wasEvaluated(right)
            ? clause(right, within: parent)
            : clause(right, within: parent, describing: false) + " (not checked)"
        return clause(left, within: parent) + " " + word + " " + rightText
    }

    /// An `and` inside an `or` (or the reverse) keeps its brackets.
    private func clause(
        _ child: CheckedExpression, within parent: CheckedExpression, describing: Bool = true
    ) -> String {
        let text = describing ? describe(child) : shown(child)
        switch (child.kind, parent.kind) {
        case (.and, .or), (.or, .and): return "(" + text + ")"
        default: return text
        }
    }

    private func grouped(_ node: CheckedExpression) -> String {
        let text = describe(node)
        switch node.kind {
        case .and, .or, .ordering, .equality, .membership: return "(" + text + ")"
        default: return text
        }
    }

    private func binary(_ left: CheckedExpression, _ op: String, _ right: CheckedExpression)
        -> String
    {
        operand(left) + " " + op + " " + operand(right)
    }

    /// An operand with its value: `submission.beneficiaries 250`; a literal as written.
    private func operand(_ node: CheckedExpression) -> String {
        if node.isConstant { return shown(node) }
        guard let value = recorder.value(of: node) else { return shown(node) }
        switch node.kind {
        case .arithmetic: return "(" + describe(node) + " = " + value.shown + ")"
        case .coalesce: return describe(node)
        case .and, .or, .ordering, .equality, .membership, .not: return "(" + describe(node) + ")"
        default: return shown(node) + " " + value.shown
        }
    }

    /// `submission.matchFunding 5,000`, or `submission.matchFunding (missing, so 0)`.
    private func coalesce(_ left: CheckedExpression, _ fallback: CheckedExpression) -> String {
        if let value = recorder.value(of: left), value != .null { return operand(left) }
        guard recorder.wasEvaluated(fallback) else {
            return shown(left) + " ?? " + shown(fallback)
        }
        let reason = recorder.value(of: left) == .null ? "null" : "missing"
        let used = recorder.value(of: fallback).map(\.shown) ?? shown(fallback)
        return shown(left) + " (\(reason), so \(used))"
    }

    /// A true/false value that is not a comparison: `any(…) is true (submission.purposes is […])`.
    private func booleanLeaf(_ node: CheckedExpression) -> String {
        guard let value = recorder.value(of: node) else { return shown(node) }
        return shown(node) + " is " + value.shown + pathValues(inside: node)
    }

    /// The values of the data paths used inside a node (outside lambdas): ` (submission.x is 5)`.
    private func pathValues(inside node: CheckedExpression) -> String {
        var seen: Set<String> = [node.text]
        var values: [String] = []
        for path in node.pathsInside() where !seen.contains(path.text) {
            seen.insert(path.text)
            if let value = recorder.value(of: path) {
                values.append(shown(path) + " is " + value.shown)
            }
        }
        return values.isEmpty ? "" : " (" + values.prefix(3).joined(separator: ", ") + ")"
    }
}

extension ExplanationSummary {
    /// A node's text as an explanation shows it: as written, or, past
    /// `RuleExplanation.maxQuotedBytes`, its start and the rule to read it in (by its id), so that
    /// a 60 KB list literal is not repeated in every submission's explanation.
    func shown(_ node: CheckedExpression) -> String {
        let text = node.text
        guard text.utf8.count > RuleExplanation.maxQuotedBytes else { return text }
        let length = NumberText.decimal(Decimal(text.count)) + " characters"
        guard let reference else {
            return String(text.prefix(40)) + "… (\(length) as written in the rule)"
        }
        return String(text.prefix(40)) + "… (\(length): see \(reference.shown) in the rubric)"
    }
}
