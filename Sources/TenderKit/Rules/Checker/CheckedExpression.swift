/// A node of a checked rule: names resolved, functions bound, static type known, path keys
/// precomputed. This is the tree the interpreter walks, many times, without re-reading text.
final class CheckedExpression: Sendable {
    /// The syntax node id this node came from (the key of the explanation's side tables).
    let id: Int
    let type: RuleType
    /// UTF-8 byte offset of the node's text in the expression.
    let offset: Int
    /// The node's source text, for messages and explanations.
    let text: String
    let kind: Kind
    /// For a number literal, the nearest `Double` (see `Interpreter+NumberComparison`).
    let approximation: Double?

    init(id: Int, type: RuleType, offset: Int, text: String, kind: Kind) {
        self.id = id
        self.type = type
        self.offset = offset
        self.text = text
        self.kind = kind
        if case .constant(.number(let number)) = kind {
            approximation = Double(number.description)
        } else {
            approximation = nil
        }
    }

    enum Kind: Sendable {
        case constant(RuleValue)
        case path(PathAccess)
        case list([CheckedExpression])
        case not(CheckedExpression)
        case negate(CheckedExpression)
        case and(CheckedExpression, CheckedExpression)
        case or(CheckedExpression, CheckedExpression)
        case arithmetic(ArithmeticOperator, CheckedExpression, CheckedExpression)
        case equality(negated: Bool, CheckedExpression, CheckedExpression)
        case ordering(OrderingOperator, CheckedExpression, CheckedExpression)
        case membership(negated: Bool, element: CheckedExpression, collection: CheckedExpression)
        case coalesce(CheckedExpression, fallback: CheckedExpression)
        case call(FunctionCallSite)
    }

    var isConstant: Bool {
        if case .constant = kind { return true }
        return false
    }

    /// A node the checker replaced after reporting an error (a real `null` literal has type `.null`).
    var isInvalid: Bool {
        if case .constant(.null) = kind, type == .any { return true }
        return false
    }

    var isPath: Bool {
        if case .path = kind { return true }
        return false
    }
}

/// The data a path starts from.
enum RuleRoot: String, Sendable, CaseIterable {
    case submission, round, rubric
}

/// `submission.organisation.type`, `p.amount`, `filter(...)[0].name`: a start and the steps from it.
/// A class, like the other node payloads, so the interpreter's switch copies one reference.
final class PathAccess: Sendable {
    enum Base: Sendable {
        case root(RuleRoot)
        /// A lambda parameter, by slot (its nesting depth) and name.
        case local(slot: Int, name: String)
        /// Any other expression, evaluated first.
        case value(CheckedExpression)
    }

    enum Segment: Sendable {
        case member(String)
        case index(CheckedExpression)
    }

    let base: Base
    let segments: [Segment]
    /// The text of the base, then of the path up to and including each segment, for messages:
    /// `["submission", "submission.organisation", "submission.organisation.type"]`.
    let prefixes: [String]

    init(base: Base, segments: [Segment], prefixes: [String]) {
        self.base = base
        self.segments = segments
        self.prefixes = prefixes
    }
}

/// A call of a built-in function, bound when the rule was checked.
final class FunctionCallSite: Sendable {
    let function: RuleFunction
    /// The arguments other than the lambda, in order.
    let arguments: [CheckedExpression]
    let lambda: CheckedLambda?

    init(function: RuleFunction, arguments: [CheckedExpression], lambda: CheckedLambda?) {
        self.function = function
        self.arguments = arguments
        self.lambda = lambda
    }
}

/// `p => body`, bound to a local slot.
struct CheckedLambda: Sendable {
    let parameter: String
    let slot: Int
    let body: CheckedExpression
    let offset: Int
    let text: String
}

enum ArithmeticOperator: String, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
}

enum OrderingOperator: String, Sendable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}
