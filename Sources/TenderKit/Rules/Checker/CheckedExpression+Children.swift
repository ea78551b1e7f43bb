extension CheckedExpression {
    /// The nodes evaluated directly as part of this one (lambda bodies excluded: they run per item).
    var children: [CheckedExpression] {
        switch kind {
        case .constant: return []
        case .path(let access):
            var nodes: [CheckedExpression] = []
            if case .value(let base) = access.base { nodes.append(base) }
            for case .index(let index) in access.segments { nodes.append(index) }
            return nodes
        case .list(let items): return items
        case .not(let operand), .negate(let operand): return [operand]
        case .and(let left, let right), .or(let left, let right),
            .arithmetic(_, let left, let right), .equality(_, let left, let right),
            .ordering(_, let left, let right), .coalesce(let left, let right):
            return [left, right]
        case .membership(_, let element, let collection): return [element, collection]
        case .call(let site): return site.arguments
        }
    }

    /// The data paths inside this node (not inside lambdas), outermost first, in text order.
    func pathsInside() -> [CheckedExpression] {
        var paths: [CheckedExpression] = []
        for child in children {
            if child.isPath, case .path(let access) = child.kind, !access.isLambdaLocal {
                paths.append(child)
            } else {
                paths += child.pathsInside()
            }
        }
        return paths
    }
}

extension PathAccess {
    /// Whether the path starts from a lambda's item (its value changes from item to item).
    var isLambdaLocal: Bool {
        if case .local = base { return true }
        return false
    }
}
