import Foundation

/// A parsed and checked rule, ready to evaluate many times (and on several threads at once).
///
/// `compile` runs the phases once: `Parser` (text to syntax tree), `Checker` (names, functions,
/// types), then the static result type is matched against what the rubric slot needs.
public struct RuleProgram: Sendable {
    public let source: String
    /// The static result type; `.any` when it depends on the data (a path such as `submission.price`).
    public let resultType: RuleType
    /// What the rubric slot needs: checked again on each result when the static type is `.any`.
    public let expectedType: RuleType
    let root: CheckedExpression
    let localSlots: Int

    /// Parses and checks `source`; `expecting` is the type the rubric slot needs: `.boolean` for
    /// a gate, `.number` for values, award amounts, tie-breaks and durations (a `.number` slot also
    /// accepts a date, so a tie-break may compare dates). Throws every error found.
    public static func compile(_ source: String, expecting: RuleType) throws(RuleCompileErrors)
        -> RuleProgram
    {
        let tree: SyntaxTree
        do {
            tree = try Parser.parse(source)
        } catch {
            throw RuleCompileErrors(errors: [error])
        }
        var checker = Checker(tree: tree)
        let root = checker.check(tree.root)
        var errors = checker.errors
        if errors.isEmpty {
            let bound = CostEstimator.bound(root)
            if bound > Double(RuleLimits.maxEstimatedSteps) {
                errors.append(RuleCompileError(offset: 0, message: RuleLimits.tooCostly(bound)))
            }
        }
        if errors.isEmpty, !ResultTypeCheck.accepts(root.type, expecting: expecting) {
            errors.append(
                RuleCompileError(
                    offset: 0,
                    message: ResultTypeCheck.mismatchMessage(
                        expecting: expecting, found: "this expression gives \(root.type.phrase)")))
        }
        guard errors.isEmpty else {
            throw RuleCompileErrors(
                errors: errors.enumerated().sorted {
                    ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset)
                }.map(\.element))
        }
        return RuleProgram(
            source: source, resultType: root.type, expectedType: expecting, root: root,
            localSlots: checker.slotCount)
    }
}

/// Every problem found while compiling one expression, in the order they appear in the text.
public struct RuleCompileErrors: Error, Sendable {
    public var errors: [RuleCompileError]

    public init(errors: [RuleCompileError]) {
        self.errors = errors
    }
}

/// Whether a result fits the rubric slot that asked for it.
enum ResultTypeCheck {
    static func accepts(_ type: RuleType, expecting: RuleType) -> Bool {
        switch (expecting, type) {
        case (.any, _), (_, .any): true
        case (.number, .date): true
        case (.list, .list): true
        default: type == expecting
        }
    }

    static func accepts(_ value: RuleValue, expecting: RuleType) -> Bool {
        accepts(value.shallowType, expecting: expecting)
            && !(value == .null && expecting != .null && expecting != .any)
    }

    /// "a gate rule must give true or false, but " + `found` ("this expression gives a number").
    static func mismatchMessage(expecting: RuleType, found: String) -> String {
        let subject = expecting == .boolean ? "a gate rule" : "this rule"
        return "\(subject) must give \(expecting.phrase), but \(found)"
    }
}

/// The limits that keep hostile or mistaken rules from exhausting memory, time or the stack.
public enum RuleLimits {
    /// The longest expression accepted, in UTF-8 bytes (64 KiB).
    public static let maxExpressionBytes = 65_536
    /// The deepest nesting accepted: brackets, lists, calls, `not` and `-` chains, and the depth
    /// of the expression tree (so a chain of 101 `+` is refused too). Evaluation recurses no deeper.
    public static let maxNesting = 100
    /// The most sub-expressions one evaluation may compute. Lambdas nested over lists multiply
    /// (`any(xs, a => any(xs, b => …))`), so without a budget a short rule could run for ever; a
    /// real gate or value over a submission takes a few hundred steps, a list of 10,000 items a
    /// few tens of thousands.
    public static let maxEvaluationSteps = 1_000_000
    /// The most steps a rule may be estimated to take for one submission when it is compiled
    /// (`CostEstimator`): the per-evaluation budget, so a rule that passes validation fits in it
    /// unless its data holds longer lists than assumed.
    public static let maxEstimatedSteps = maxEvaluationSteps
    /// How many items the estimate assumes a list read from the data holds.
    public static let assumedListLength = 100
    /// The steps all the rules of one round may take together (every gate, value, award amount
    /// and tie-break of every submission): each evaluation's budget is this shared out, never
    /// more than `maxEvaluationSteps`, so a national round cannot run for hours. At tens of
    /// millions of steps a second, a few tens of seconds at most.
    public static let maxRoundSteps = 2_000_000_000

    /// The budget of one evaluation in a round of `evaluations` rule evaluations.
    public static func stepBudget(evaluations: Int) -> Int {
        min(maxEvaluationSteps, maxRoundSteps / max(evaluations, 1))
    }

    static func tooCostly(_ bound: Double) -> String {
        "this rule may take up to \(NumberText.steps(bound)) steps for one submission (lambdas nested over lists multiply; lists from the data are assumed to hold up to \(assumedListLength) items), more than the limit of \(NumberText.decimal(Decimal(maxEstimatedSteps))): simplify it"
    }
}
