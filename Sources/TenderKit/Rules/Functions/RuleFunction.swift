/// A built-in function of the rule language: how it is called, checked and evaluated.
///
/// Each function lives in its own small file under `Rules/Functions/` and is listed once in
/// `RuleFunctionRegistry.all`; the checker binds calls to these values when a rule is compiled.
final class RuleFunction: Sendable {
    /// Evaluates the function body for a list item (and its 0-based index): the call's lambda.
    typealias LambdaInvocation = (RuleValue, Int) throws(EvalFailure) -> RuleValue

    let name: String
    /// How it is written, for the reference and messages: `["sum(list)", "sum(list, x => number)"]`.
    let usage: [String]
    /// How many arguments it takes, counting the lambda.
    let argumentCounts: ClosedRange<Int>
    /// Whether its last argument is a lambda `x => …`.
    let lambda: LambdaUse
    /// Checks the argument types without data and gives the result type.
    let check: @Sendable (inout CallCheck) -> RuleType
    /// Computes the result from the argument values.
    let evaluate: @Sendable (FunctionCall, LambdaInvocation) throws(EvalFailure) -> RuleValue

    enum LambdaUse: Sendable, Equatable {
        case none
        /// The second argument must be a lambda.
        case required
        /// A second argument, when given, must be a lambda.
        case optional
    }

    /// "2 arguments", "1 or 2 arguments", "1 or more arguments".
    var argumentCountPhrase: String {
        let lower = argumentCounts.lowerBound
        let upper = argumentCounts.upperBound
        if upper == Int.max { return "\(lower) or more arguments" }
        if lower == upper { return lower == 1 ? "1 argument" : "\(lower) arguments" }
        if upper == lower + 1 { return "\(lower) or \(upper) arguments" }
        return "\(lower) to \(upper) arguments"
    }

    init(
        name: String, usage: [String], arguments: ClosedRange<Int>, lambda: LambdaUse = .none,
        check: @escaping @Sendable (inout CallCheck) -> RuleType,
        evaluate:
            @escaping @Sendable (FunctionCall, LambdaInvocation) throws(EvalFailure) -> RuleValue
    ) {
        self.name = name
        self.usage = usage
        self.argumentCounts = arguments
        self.lambda = lambda
        self.check = check
        self.evaluate = evaluate
    }
}
