import Foundation

/// A recursive-descent parser for rule expressions, one function per precedence level.
///
/// Precedence, loosest first: `or`; `and`; `not`; comparisons and `in`; `??`; `+ -`; `* /`;
/// unary minus; member access, indexing and calls. The first syntax error stops parsing.
/// Recursion is bounded by `RuleLimits.maxNesting`, so no input can overflow the stack.
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
            throw RuleCompileError(offset: 0, message: "this rule is \(size) bytes long; a rule may be at most \(limit) bytes")
        }
        var parser = Parser(bytes: bytes)
        if case .end = parser.current.kind { throw RuleCompileError(offset: 0, message: "the rule is empty") }
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

    // MARK: Precedence levels

    /// A whole expression: a lambda `x => body`, or an `or` chain.
    mutating func parseExpression() throws(RuleCompileError) -> SyntaxNode {
        try enterNesting()
        defer { nesting -= 1 }
        if case .name(let parameter) = current.kind, peek(1).kind == .symbol(.arrow) {
            let name = advance()
            _ = advance()
            let body = try parseExpression()
            return try node(.lambda(parameter: parameter, body: body), from: name.offset, anchor: name.offset, children: [body])
        }
        return try parseOr()
    }

    private mutating func parseOr() throws(RuleCompileError) -> SyntaxNode {
        var left = try parseAnd()
        while isKeyword(.or) {
            let operatorToken = advance()
            let right = try parseAnd()
            left = try binary(.or, left, right, at: operatorToken)
        }
        return left
    }

    private mutating func parseAnd() throws(RuleCompileError) -> SyntaxNode {
        var left = try parseNot()
        while isKeyword(.and) {
            let operatorToken = advance()
            let right = try parseNot()
            left = try binary(.and, left, right, at: operatorToken)
        }
        return left
    }

    private mutating func parseNot() throws(RuleCompileError) -> SyntaxNode {
        guard isKeyword(.not) else { return try parseComparison() }
        let operatorToken = advance()
        try enterNesting()
        defer { nesting -= 1 }
        let operand = try parseNot()
        return try node(.unary(.not, operand), from: operatorToken.offset, anchor: operatorToken.offset, children: [operand])
    }

    private mutating func parseComparison() throws(RuleCompileError) -> SyntaxNode {
        let left = try parseCoalesce()
        guard let (op, operatorToken) = comparisonOperator() else { return left }
        let right = try parseCoalesce()
        if let (_, second) = comparisonOperator() {
            throw RuleCompileError(offset: second.offset, message: "comparisons cannot be chained: write 'a < b and b < c' instead of 'a < b < c'")
        }
        return try binary(op, left, right, at: operatorToken)
    }

    /// Consumes a comparison operator (`==`, `<`, `in`, `not in`…) if one comes next.
    private mutating func comparisonOperator() -> (BinaryOperator, Token)? {
        if case .symbol(let symbol) = current.kind, let op = BinaryOperator(comparison: symbol) {
            return (op, advance())
        }
        if isKeyword(.in) { return (.in, advance()) }
        if isKeyword(.not), peek(1).kind == .keyword(.in) {
            let notToken = advance()
            _ = advance()
            return (.notIn, notToken)
        }
        return nil
    }

    /// `a ?? b ?? c` groups to the right: `a ?? (b ?? c)`.
    private mutating func parseCoalesce() throws(RuleCompileError) -> SyntaxNode {
        let left = try parseAdditive()
        guard isSymbol(.coalesce) else { return left }
        let operatorToken = advance()
        try enterNesting()
        defer { nesting -= 1 }
        let right = try parseCoalesce()
        return try binary(.coalesce, left, right, at: operatorToken)
    }

    private mutating func parseAdditive() throws(RuleCompileError) -> SyntaxNode {
        var left = try parseMultiplicative()
        while isSymbol(.plus) || isSymbol(.minus) {
            let operatorToken = advance()
            let right = try parseMultiplicative()
            left = try binary(operatorToken.kind == .symbol(.plus) ? .add : .subtract, left, right, at: operatorToken)
        }
        return left
    }

    private mutating func parseMultiplicative() throws(RuleCompileError) -> SyntaxNode {
        var left = try parseUnary()
        while isSymbol(.star) || isSymbol(.slash) {
            let operatorToken = advance()
            let right = try parseUnary()
            left = try binary(operatorToken.kind == .symbol(.star) ? .multiply : .divide, left, right, at: operatorToken)
        }
        return left
    }

    private mutating func parseUnary() throws(RuleCompileError) -> SyntaxNode {
        guard isSymbol(.minus) else { return try parsePostfix() }
        let operatorToken = advance()
        try enterNesting()
        defer { nesting -= 1 }
        let operand = try parseUnary()
        return try node(.unary(.negate, operand), from: operatorToken.offset, anchor: operatorToken.offset, children: [operand])
    }
}
