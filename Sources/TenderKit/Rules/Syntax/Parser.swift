import Foundation

/// A recursive-descent parser for rule expressions, with precedence climbing for the operators.
///
/// Precedence, loosest first: `or`; `and`; `not`; comparisons and `in`; `??`; `+ -`; `* /`;
/// unary minus; member access, indexing and calls. The first syntax error stops parsing.
/// Recursion is bounded by `RuleLimits.maxNesting`, and climbing keeps it to a few frames per
/// bracket, so no input can overflow the stack.
struct Parser {
    let bytes: [UInt8]
    let tokens: [Token]
    var position = 0
    var positions = SourcePositions()
    /// Height of each node's subtree, by node id.
    var heights: [Int] = []
    var nesting = 0
    /// The brackets opened and not yet closed: where, and which.
    var openers: [(offset: Int, symbol: Symbol)] = []
    /// Where the brackets around a bracketed node open, by node id: an operation that starts
    /// with `(a ?? 0)` starts at the bracket, so its text reads as written.
    var bracketStarts: [Int: Int] = [:]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        self.tokens = Lexer.tokens(of: bytes)
    }

    static func parse(_ text: String) throws(RuleCompileError) -> SyntaxTree {
        let bytes = Array(text.utf8)
        guard bytes.count <= RuleLimits.maxExpressionBytes else {
            let size = ValueFormatting.show(Decimal(bytes.count))
            let limit = ValueFormatting.show(Decimal(RuleLimits.maxExpressionBytes))
            throw RuleCompileError(
                offset: 0,
                message: "this rule is \(size) bytes long; a rule may be at most \(limit) bytes")
        }
        var parser = Parser(bytes: bytes)
        if case .end = parser.current.kind {
            throw RuleCompileError(offset: 0, message: "the rule is empty")
        }
        let root = try parser.parseExpression()
        try parser.expectEnd()
        return SyntaxTree(root: root, positions: parser.positions, bytes: bytes)
    }

    var current: Token { tokens[position] }

    func peek(_ distance: Int) -> Token {
        tokens[min(position + distance, tokens.count - 1)]
    }

    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func isSymbol(_ symbol: Symbol) -> Bool { current.kind == .symbol(symbol) }
    func isKeyword(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

    // MARK: Operators

    /// The operator levels, loosest first; `not` is a prefix between `and` and the comparisons,
    /// and `operand` (no binary operator at all) is past the tightest.
    enum Level: Int, Comparable {
        case or = 1
        case and, not, comparison, coalesce, additive, multiplicative, operand

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

        var tighter: Level { Level(rawValue: rawValue + 1) ?? .operand }
    }

    /// A whole expression: a lambda `x => body`, or operators and operands.
    mutating func parseExpression() throws(RuleCompileError) -> SyntaxNode {
        try enterNesting()
        defer { nesting -= 1 }
        if case .name(let parameter) = current.kind, peek(1).kind == .symbol(.arrow) {
            let name = advance()
            _ = advance()
            let body = try parseExpression()
            return try node(
                .lambda(parameter: parameter, body: body), from: name.offset, anchor: name.offset,
                children: [body])
        }
        return try parseOperators(from: .or)
    }

    /// Operands joined by operators of level `minimum` or tighter. Left-associative, except that
    /// `??` groups to the right and comparisons do not chain.
    private mutating func parseOperators(from minimum: Level) throws(RuleCompileError) -> SyntaxNode
    {
        var left = try parseOperand(minimum)
        while let (op, level, length) = nextOperator(), level >= minimum {
            let operatorToken = current
            for _ in 0..<length { _ = advance() }
            let right: SyntaxNode
            if level == .coalesce {
                try enterNesting()
                defer { nesting -= 1 }
                right = try parseOperators(from: .coalesce)
            } else {
                right = try parseOperators(from: level.tighter)
            }
            left = try binary(op, left, right, at: operatorToken)
            if level == .comparison, let (_, next, _) = nextOperator(), next == .comparison {
                throw RuleCompileError(
                    offset: current.offset,
                    message:
                        "comparisons cannot be chained: write 'a < b and b < c' instead of 'a < b < c'"
                )
            }
        }
        return left
    }

    /// `not` (where its level allows), then a signed value.
    private mutating func parseOperand(_ minimum: Level) throws(RuleCompileError) -> SyntaxNode {
        guard isKeyword(.not), minimum <= .not, peek(1).kind != .keyword(.in) else {
            return try parseUnary()
        }
        let operatorToken = advance()
        try enterNesting()
        defer { nesting -= 1 }
        let operand = try parseOperators(from: .not)
        return try node(
            .unary(.not, operand), from: operatorToken.offset, anchor: operatorToken.offset,
            children: [operand])
    }

    /// The binary operator that comes next, its level, and how many tokens it takes (`not in`: 2).
    private func nextOperator() -> (BinaryOperator, Level, Int)? {
        switch current.kind {
        case .keyword(.or): return (.or, .or, 1)
        case .keyword(.and): return (.and, .and, 1)
        case .keyword(.in): return (.in, .comparison, 1)
        case .keyword(.not) where peek(1).kind == .keyword(.in): return (.notIn, .comparison, 2)
        case .symbol(.coalesce): return (.coalesce, .coalesce, 1)
        case .symbol(.plus): return (.add, .additive, 1)
        case .symbol(.minus): return (.subtract, .additive, 1)
        case .symbol(.star): return (.multiply, .multiplicative, 1)
        case .symbol(.slash): return (.divide, .multiplicative, 1)
        case .symbol(let symbol):
            return BinaryOperator(comparison: symbol).map { ($0, .comparison, 1) }
        default: return nil
        }
    }

    private mutating func parseUnary() throws(RuleCompileError) -> SyntaxNode {
        guard isSymbol(.minus) else { return try parsePostfix() }
        let operatorToken = advance()
        try enterNesting()
        defer { nesting -= 1 }
        let operand = try parseUnary()
        return try node(
            .unary(.negate, operand), from: operatorToken.offset, anchor: operatorToken.offset,
            children: [operand])
    }
}
