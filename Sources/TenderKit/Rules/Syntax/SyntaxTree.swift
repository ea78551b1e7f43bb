/// The parsed form of a rule expression, before names and types are checked.
///
/// As in cel-go, every node carries an integer id, and where it stands in the text lives in a
/// side table (`SourcePositions`) indexed by that id, so the tree itself stays small.
struct SyntaxNode: Sendable {
    let id: Int
    let kind: Kind

    indirect enum Kind: Sendable {
        case literal(RuleValue)
        /// A bare name: a root (`submission`) or a lambda parameter.
        case name(String)
        case member(SyntaxNode, name: String)
        case index(SyntaxNode, SyntaxNode)
        case call(function: String, arguments: [SyntaxNode])
        case list([SyntaxNode])
        case unary(UnaryOperator, SyntaxNode)
        case binary(BinaryOperator, SyntaxNode, SyntaxNode)
        /// `x => body`: only allowed as an argument of the functions that take one.
        case lambda(parameter: String, body: SyntaxNode)
    }
}

enum UnaryOperator: String, Sendable {
    case not
    case negate = "-"
}

enum BinaryOperator: String, Sendable {
    case or, and
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case `in`
    case notIn = "not in"
    case coalesce = "??"
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"

    init?(comparison symbol: Symbol) {
        switch symbol {
        case .equal: self = .equal
        case .notEqual: self = .notEqual
        case .less: self = .less
        case .lessOrEqual: self = .lessOrEqual
        case .greater: self = .greater
        case .greaterOrEqual: self = .greaterOrEqual
        default: return nil
        }
    }
}

/// Where a node stands in the expression, as UTF-8 byte offsets.
struct SourceSpan: Sendable {
    /// First byte of the node's text.
    var start: Int
    /// One past its last byte.
    var end: Int
    /// The byte a message about this node points at: the operator of a binary expression, the
    /// name of a call or member, the parameter of a lambda; the start for anything else.
    var anchor: Int
}

/// The side table of node positions, indexed by node id.
struct SourcePositions: Sendable {
    private(set) var spans: [SourceSpan] = []

    /// Registers a node's span and returns the id for it.
    mutating func add(_ span: SourceSpan) -> Int {
        spans.append(span)
        return spans.count - 1
    }

    subscript(id: Int) -> SourceSpan { spans[id] }
}

/// A parsed expression: its root, the positions of its nodes and the text they point into.
struct SyntaxTree: Sendable {
    var root: SyntaxNode
    var positions: SourcePositions
    var bytes: [UInt8]

    /// The source text of a node, as the rubric author wrote it.
    func text(of id: Int) -> String {
        let span = positions[id]
        return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }
}
