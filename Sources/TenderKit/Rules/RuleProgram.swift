import Foundation

// The rule language as the rest of the engine sees it: the types of its values and results, the
// data a rule reads, and its errors. Loading compiles rules (`RuleProgram+Compile`); Scoring and
// the documents evaluate and explain them (`RuleProgram+Evaluate`).

/// The static type of a rule's result, as far as it can be known without data.
public indirect enum RuleType: Sendable, Hashable, CustomStringConvertible {
    case boolean, number, string, date, null
    case list(RuleType)
    case object
    /// Not known until evaluation (a path into submission data).
    case any

    public var description: String {
        switch self {
        case .boolean: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .date: "a date"
        case .null: "null"
        case .list(let element): "a list of \(element)"
        case .object: "an object"
        case .any: "any value"
        }
    }
}

/// The data a rule can see: the roots `submission`, `round` and `rubric`.
public struct RuleScope: Sendable {
    public var submission: JSONValue
    public var round: JSONValue
    public var rubric: JSONValue
    /// The most steps one evaluation may take: `RuleLimits.maxEvaluationSteps`, or less when the
    /// round's budget is shared among many evaluations (`RuleLimits.stepBudget`).
    public var stepBudget: Int

    public init(
        submission: JSONValue, round: JSONValue, rubric: JSONValue,
        stepBudget: Int = RuleLimits.maxEvaluationSteps
    ) {
        self.submission = submission
        self.round = round
        self.rubric = rubric
        self.stepBudget = stepBudget
    }
}

/// A value produced by evaluating a rule.
public indirect enum RuleValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case date(ISODate)
    case list([RuleValue])
    case object(JSONObject)

    public static func == (lhs: RuleValue, rhs: RuleValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.date(let a), .date(let b)): a == b
        case (.list(let a), .list(let b)): a == b
        case (.object(let a), .object(let b)): JSONValue(.object(a)) == JSONValue(.object(b))
        default: false
        }
    }
}

/// A problem found while compiling: where in the expression text (a UTF-8 byte offset) and what.
public struct RuleCompileError: Error, Sendable, Equatable {
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}

/// Why an evaluation produced no value: missing data, a wrong type, division by zero.
public struct RuleEvaluationError: Error, Sendable, Equatable {
    /// A sentence a panel chair can read, naming the path involved.
    public var message: String
    /// The data path involved (`submission.beneficiaries`), if any.
    public var path: String?
    /// UTF-8 byte offset in the expression of the sub-expression that failed.
    public var offset: Int

    public init(message: String, path: String?, offset: Int) {
        self.message = message
        self.path = path
        self.offset = offset
    }
}
