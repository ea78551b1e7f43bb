/// Paths: a root or lambda parameter (or any value) followed by `.member` and `[index]` steps,
/// flattened into one `PathAccess` with the member names and prefix texts computed once.
extension Checker {
    mutating func checkPath(_ node: SyntaxNode) -> CheckedExpression {
        var steps: [SyntaxNode] = []
        var start = node
        while true {
            switch start.kind {
            case .member(let base, _), .index(let base, _):
                steps.append(start)
                start = base
                continue
            default: break
            }
            break
        }
        let base = check(start)
        if base.isInvalid { return invalid(node) }
        var type = base.type
        var segments: [PathAccess.Segment] = []
        var prefixes = [base.text]
        for step in steps.reversed() {
            prefixes.append(tree.text(of: step.id))
            if case .member(_, let name) = step.kind {
                type = checkMember(
                    name, of: type, prefix: prefixes[prefixes.count - 2], at: anchor(of: step))
                segments.append(.member(name))
            } else if case .index(_, let indexNode) = step.kind {
                let index = check(indexNode)
                type = checkIndex(index, of: type, prefix: prefixes[prefixes.count - 2])
                segments.append(.index(index))
            }
        }
        return make(
            node, type,
            .path(PathAccess(base: pathBase(base), segments: segments, prefixes: prefixes)))
    }

    /// A root or parameter starts the access directly; anything else is evaluated first.
    private func pathBase(_ base: CheckedExpression) -> PathAccess.Base {
        if case .path(let access) = base.kind, access.segments.isEmpty { return access.base }
        return .value(base)
    }

    private mutating func checkMember(
        _ name: String, of type: RuleType, prefix: String, at offset: Int
    ) -> RuleType {
        switch type {
        case .object, .any: break
        case .list:
            fail(
                at: offset,
                "\(prefix.quotedForMessage) is a list, so it has no member '\(name)' (to use each item, write map(\(prefix), x => x.\(name)))"
            )
        default:
            fail(
                at: offset,
                "\(prefix.quotedForMessage) is \(type.phrase), so it has no member '\(name)'")
        }
        return .any
    }

    private mutating func checkIndex(_ index: CheckedExpression, of type: RuleType, prefix: String)
        -> RuleType
    {
        let needed: String
        switch type {
        case .list(let element):
            if index.type == .number || index.type == .any { return element }
            needed = "a number"
        case .object:
            if index.type == .string || index.type == .any { return .any }
            needed = "a member name in quotes"
        case .any:
            if [.number, .string, .any].contains(index.type) { return .any }
            needed = "a number (or a member name in quotes)"
        default:
            fail(
                at: index.offset,
                "\(prefix.quotedForMessage) is \(type.phrase), not a list, so it has no numbered items"
            )
            return .any
        }
        fail(
            at: index.offset,
            "a position in \(prefix.quotedForMessage) needs \(needed), but \(index.text.quotedForMessage) is \(index.type.phrase)"
        )
        return .any
    }
}
