/// Static checks of the operators. An operand of the wrong kind is reported at the operand; a
/// combination that cannot work (a string plus a number) at the operator.
extension Checker {
    mutating func checkUnary(_ op: UnaryOperator, _ operandNode: SyntaxNode, _ node: SyntaxNode)
        -> CheckedExpression
    {
        let operand = check(operandNode)
        switch op {
        case .not:
            requireOperand(operand, .boolean, for: "'not'")
            return make(node, .boolean, .not(operand))
        case .negate:
            requireOperand(operand, .number, for: "'-'")
            if case .constant(.number(let number)) = operand.kind,
                let negated = DecimalArithmetic.negate(number)
            {
                return make(node, .number, .constant(.number(negated)))
            }
            return make(node, .number, .negate(operand))
        }
    }

    mutating func checkBinary(
        _ op: BinaryOperator, _ leftNode: SyntaxNode, _ rightNode: SyntaxNode, _ node: SyntaxNode
    ) -> CheckedExpression {
        let left = check(leftNode)
        let right = check(rightNode)
        let at = anchor(of: node)
        switch op {
        case .and, .or:
            requireOperand(left, .boolean, for: "'\(op.rawValue)'")
            requireOperand(right, .boolean, for: "'\(op.rawValue)'")
            return make(node, .boolean, op == .and ? .and(left, right) : .or(left, right))
        case .equal, .notEqual:
            return make(node, .boolean, .equality(negated: op == .notEqual, left, right))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            return checkOrdering(
                OrderingOperator(rawValue: op.rawValue) ?? .less, left, right, node, at: at)
        case .in, .notIn:
            checkMembership(left, right)
            return make(
                node, .boolean, .membership(negated: op == .notIn, element: left, collection: right)
            )
        case .coalesce:
            let type = left.type == .null ? right.type : left.type.joined(with: right.type)
            return make(node, type, .coalesce(left, fallback: right))
        case .add:
            return make(node, checkAddition(left, right, at: at), .arithmetic(.add, left, right))
        case .subtract, .multiply, .divide:
            requireOperand(left, .number, for: "'\(op.rawValue)'")
            requireOperand(right, .number, for: "'\(op.rawValue)'")
            if op == .divide, case .constant(.number(let divisor)) = right.kind, divisor == 0 {
                fail(at: right.offset, "division by zero")
            }
            return make(
                node, .number,
                .arithmetic(ArithmeticOperator(rawValue: op.rawValue) ?? .add, left, right))
        }
    }

    /// Reports an operand whose type is known and not admitted: "'not' needs true or false, but 3 is a number".
    private mutating func requireOperand(
        _ operand: CheckedExpression, _ expected: TypeClass, for what: String
    ) {
        guard !expected.admits(operand.type) else { return }
        fail(
            at: operand.offset,
            "\(what) needs \(expected.phrase), but \(operand.text.quotedForMessage) is \(operand.type.phrase)"
        )
    }

    private mutating func checkOrdering(
        _ op: OrderingOperator, _ left: CheckedExpression, _ right: CheckedExpression,
        _ node: SyntaxNode, at: Int
    ) -> CheckedExpression {
        let unorderable = [left, right].filter { $0.type != .any && !$0.type.isOrderable }
        for operand in unorderable {
            fail(
                at: operand.offset,
                "'\(op.rawValue)' can only order numbers, strings or dates, but \(operand.text.quotedForMessage) is \(operand.type.phrase)"
            )
        }
        if unorderable.isEmpty, left.type != .any, right.type != .any, left.type != right.type {
            var message =
                "cannot compare \(left.type.phrase) with \(right.type.phrase) using '\(op.rawValue)'"
            if left.type == .date, right.type == .string {
                message += " (write date(\(right.text)) to read it as a date)"
            }
            if left.type == .string, right.type == .date {
                message += " (write date(\(left.text)) to read it as a date)"
            }
            fail(at: at, message)
        }
        return make(node, .boolean, .ordering(op, left, right))
    }

    private mutating func checkMembership(
        _ element: CheckedExpression, _ collection: CheckedExpression
    ) {
        if element.type == .null {
            fail(at: element.offset, "'in' cannot look for null")
        }
        switch collection.type {
        case .list, .any: break
        case .string:
            requireOperand(
                element, .string,
                for: "'in' with a string on its right looks for text inside it, so it")
        default:
            fail(
                at: collection.offset,
                "'in' needs a list or a string on its right, but \(collection.text.quotedForMessage) is \(collection.type.phrase)"
            )
        }
    }

    /// `+` adds two numbers or joins two strings.
    private mutating func checkAddition(
        _ left: CheckedExpression, _ right: CheckedExpression, at: Int
    ) -> RuleType {
        for operand in [left, right]
        where operand.type != .any && operand.type != .number && operand.type != .string {
            fail(
                at: operand.offset,
                "'+' needs two numbers (or two strings to join), but \(operand.text.quotedForMessage) is \(operand.type.phrase)"
            )
            return .any
        }
        switch (left.type, right.type) {
        case (.number, .string), (.string, .number):
            fail(
                at: at,
                "'+' cannot add \(left.type.phrase) and \(right.type.phrase): it adds two numbers or joins two strings"
            )
            return .any
        case (.any, .any): return .any
        case (.any, let known), (let known, .any): return known
        default: return left.type
        }
    }
}
