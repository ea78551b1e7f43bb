/// Values, names, calls, lists, and what may follow them: `.member`, `[index]`.
extension Parser {
    mutating func parsePostfix() throws(RuleCompileError) -> SyntaxNode {
        let start = current.offset
        var base = try parsePrimary()
        while true {
            if isSymbol(.dot) {
                _ = advance()
                let nameToken = advance()
                guard let name = Parser.memberName(nameToken.kind) else {
                    throw error(at: nameToken, expected: "a name after '.'")
                }
                base = try node(
                    .member(base, name: name), from: start, anchor: nameToken.offset,
                    children: [base])
            } else if isSymbol(.openBracket) {
                let open = advance()
                openers.append((open.offset, .openBracket))
                let index = try parseExpression()
                try expect(.closeBracket)
                openers.removeLast()
                base = try node(
                    .index(base, index), from: start, anchor: open.offset, children: [base, index])
            } else if isSymbol(.openParen) {
                throw RuleCompileError(
                    offset: current.offset,
                    message:
                        "'(' cannot follow here: functions are called by their name, as in lower(submission.organisation.name)"
                )
            } else {
                return base
            }
        }
    }

    private static func memberName(_ kind: TokenKind) -> String? {
        switch kind {
        case .name(let name): name
        case .keyword(let keyword): keyword.rawValue
        default: nil
        }
    }

    private mutating func parsePrimary() throws(RuleCompileError) -> SyntaxNode {
        let token = current
        switch token.kind {
        case .number(let value): return try literal(.number(value))
        case .string(let value): return try literal(.string(value))
        case .keyword(.true): return try literal(.bool(true))
        case .keyword(.false): return try literal(.bool(false))
        case .keyword(.null): return try literal(.null)
        case .symbol(.openParen):
            _ = advance()
            openers.append((token.offset, .openParen))
            let inner = try parseExpression()
            try expect(.closeParen)
            openers.removeLast()
            bracketStarts[inner.id] = token.offset
            return inner
        case .symbol(.openBracket): return try parseList()
        case .name(let name):
            _ = advance()
            if isSymbol(.openParen) { return try parseCall(name, at: token) }
            return try node(.name(name), from: token.offset, anchor: token.offset, children: [])
        default:
            throw error(at: token, expected: "a value")
        }
    }

    private mutating func literal(_ value: RuleValue) throws(RuleCompileError) -> SyntaxNode {
        let token = advance()
        return try node(.literal(value), from: token.offset, anchor: token.offset, children: [])
    }

    private mutating func parseList() throws(RuleCompileError) -> SyntaxNode {
        let open = advance()
        openers.append((open.offset, .openBracket))
        let elements = try parseSequence(closedBy: .closeBracket)
        openers.removeLast()
        return try node(.list(elements), from: open.offset, anchor: open.offset, children: elements)
    }

    private mutating func parseCall(_ function: String, at nameToken: Token)
        throws(RuleCompileError) -> SyntaxNode
    {
        let open = advance()
        openers.append((open.offset, .openParen))
        let arguments = try parseSequence(closedBy: .closeParen)
        openers.removeLast()
        return try node(
            .call(function: function, arguments: arguments), from: nameToken.offset,
            anchor: nameToken.offset, children: arguments)
    }

    /// Comma-separated expressions up to `closer` (a trailing comma is allowed); consumes `closer`.
    private mutating func parseSequence(closedBy closer: Symbol) throws(RuleCompileError)
        -> [SyntaxNode]
    {
        var items: [SyntaxNode] = []
        while !isSymbol(closer) {
            items.append(try parseExpression())
            guard isSymbol(.comma) else { break }
            _ = advance()
        }
        try expect(closer)
        return items
    }

    // MARK: Building nodes

    mutating func binary(
        _ op: BinaryOperator, _ left: SyntaxNode, _ right: SyntaxNode, at operatorToken: Token
    ) throws(RuleCompileError) -> SyntaxNode {
        let start = bracketStarts[left.id] ?? positions[left.id].start
        return try node(
            .binary(op, left, right), from: start, anchor: operatorToken.offset,
            children: [left, right])
    }

    /// Registers a node ending at the last token read; refuses trees deeper than the limit.
    mutating func node(
        _ kind: SyntaxNode.Kind, from start: Int, anchor: Int, children: [SyntaxNode]
    ) throws(RuleCompileError) -> SyntaxNode {
        let end = position > 0 ? tokens[position - 1].end : start
        let height = 1 + children.reduce(0) { max($0, heights[$1.id]) }
        guard height <= RuleLimits.maxNesting else { throw Parser.tooDeep(at: anchor) }
        let id = positions.add(SourceSpan(start: start, end: max(end, start), anchor: anchor))
        heights.append(height)
        return SyntaxNode(id: id, kind: kind)
    }

    mutating func enterNesting() throws(RuleCompileError) {
        nesting += 1
        guard nesting <= RuleLimits.maxNesting else { throw Parser.tooDeep(at: current.offset) }
    }

    static func tooDeep(at offset: Int) -> RuleCompileError {
        RuleCompileError(
            offset: offset,
            message:
                "this rule is nested too deeply: more than \(RuleLimits.maxNesting) levels of brackets, operators or function calls"
        )
    }

    // MARK: Expectations and errors

    mutating func expect(_ symbol: Symbol) throws(RuleCompileError) {
        guard isSymbol(symbol) else {
            let expected =
                symbol == .closeBracket
                ? "',' or ']'" : symbol == .closeParen ? "',' or ')'" : "'\(symbol.rawValue)'"
            throw error(at: current, expected: expected)
        }
        _ = advance()
    }

    mutating func expectEnd() throws(RuleCompileError) {
        let token = current
        let message: String
        switch token.kind {
        case .end: return
        case .invalid(let reason): message = reason
        case .symbol(.comma) where position > 0 && Parser.isNumber(tokens[position - 1].kind):
            message = "write numbers without thousands separators: 1500000, not 1,500,000"
        case .symbol(.closeParen): message = "')' has no matching '('"
        case .symbol(.closeBracket): message = "']' has no matching '['"
        case .name(let name) where Keyword(rawValue: name.lowercased()) != nil:
            message = "'\(name)' must be written in lower case: '\(name.lowercased())'"
        case .name, .number, .string, .keyword(.true), .keyword(.false), .keyword(.null):
            message =
                "\(token.kind.spoken) cannot follow a complete expression (is an operator such as 'and' missing?)"
        default:
            message = "\(token.kind.spoken) cannot follow a complete expression"
        }
        throw RuleCompileError(offset: token.offset, message: message)
    }

    /// The error for finding `token` where `expected` should be.
    func error(at token: Token, expected: String) -> RuleCompileError {
        switch token.kind {
        case .invalid(let message):
            return RuleCompileError(offset: token.offset, message: message)
        case .end:
            if let opener = openers.last {
                return RuleCompileError(
                    offset: opener.offset, message: "'\(opener.symbol.rawValue)' is never closed")
            }
            return RuleCompileError(
                offset: token.offset, message: "the rule ends too early: expected \(expected)")
        default:
            return RuleCompileError(
                offset: token.offset,
                message: "expected \(expected), but found \(token.kind.spoken)")
        }
    }

    private static func isNumber(_ kind: TokenKind) -> Bool {
        if case .number = kind { return true }
        return false
    }
}
