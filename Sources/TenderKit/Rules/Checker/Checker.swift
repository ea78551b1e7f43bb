/// Checks a parsed rule without data: resolves names (roots and lambda parameters), binds
/// functions, checks argument counts and lambda positions, and works out static types.
///
/// Unlike the parser it does not stop at the first problem: a node with an error gets the type
/// `.any`, which every check accepts, so one mistake is reported once and checking goes on.
struct Checker {
    let tree: SyntaxTree
    private(set) var errors: [RuleCompileError] = []
    /// Lambda parameters in scope, outermost first; a parameter's slot is its position here.
    var parameters: [(name: String, type: RuleType)] = []
    /// How many lambda slots evaluation needs (the deepest lambda nesting).
    private(set) var slotCount = 0

    init(tree: SyntaxTree) {
        self.tree = tree
    }

    mutating func check(_ node: SyntaxNode) -> CheckedExpression {
        switch node.kind {
        case .literal(let value):
            return make(node, value.ruleType, .constant(value))
        case .name(let name):
            return checkName(name, node)
        case .member, .index:
            return checkPath(node)
        case .list(let items):
            return checkList(items, node)
        case .unary(let op, let operand):
            return checkUnary(op, operand, node)
        case .binary(let op, let left, let right):
            return checkBinary(op, left, right, node)
        case .call(let function, let arguments):
            return checkCall(function, arguments, node)
        case .lambda:
            let names = RuleFunctionRegistry.lambdaFunctionNames.joined(separator: ", ")
            fail(
                at: anchor(of: node),
                "a lambda (x => …) can only be the second argument of one of: \(names)")
            return invalid(node)
        }
    }

    private mutating func checkList(_ items: [SyntaxNode], _ node: SyntaxNode) -> CheckedExpression
    {
        var checked: [CheckedExpression] = []
        for item in items { checked.append(check(item)) }
        let element = checked.dropFirst().reduce(checked.first?.type ?? .any) {
            $0.joined(with: $1.type)
        }
        var constants: [RuleValue] = []
        for item in checked {
            guard case .constant(let value) = item.kind, !item.isInvalid else {
                return make(node, .list(element), .list(checked))
            }
            constants.append(value)
        }
        return make(node, .list(element), .constant(.list(constants)))
    }

    // MARK: Names

    private mutating func checkName(_ name: String, _ node: SyntaxNode) -> CheckedExpression {
        if let slot = parameters.lastIndex(where: { $0.name == name }) {
            let access = PathAccess(
                base: .local(slot: slot, name: name), segments: [], prefixes: [name])
            return make(node, parameters[slot].type, .path(access))
        }
        if let root = RuleRoot(rawValue: name) {
            return make(
                node, .object, .path(PathAccess(base: .root(root), segments: [], prefixes: [name])))
        }
        reportUnknownName(name, at: anchor(of: node))
        return invalid(node)
    }

    mutating func reportUnknownName(_ name: String, at offset: Int) {
        if let function = RuleFunctionRegistry.byName[name] {
            fail(
                at: offset,
                "'\(name)' is a function: give it its arguments in brackets, as in \(function.usage[0])"
            )
            return
        }
        if let clock = Checker.clockWords[name] {
            fail(at: offset, clock)
            return
        }
        let known = RuleRoot.allCases.map(\.rawValue) + parameters.map(\.name).reversed()
        let suggestion = Checker.didYouMean(name, among: known)
        fail(
            at: offset,
            "unknown name '\(name)'"
                + (suggestion.isEmpty
                    ? ": paths start with submission, round or rubric" : suggestion))
    }

    /// Words for the current time: rules have no clock, so that they give the same answer always.
    static let clockWords: [String: String] = Dictionary(
        uniqueKeysWithValues: ["today", "now"].map { word in
            (
                word,
                "there is no '\(word)' in rules: a rule must give the same answer whenever it is run; compare with a date in the data, such as date(round.closes)"
            )
        })

    /// " (did you mean 'count'?)" or "": like `EditDistance.didYouMean`, but names of four or more
    /// letters may be two edits away, so a swapped pair of letters (`cuont`) still finds its word.
    static func didYouMean(_ word: String, among candidates: [String]) -> String {
        let standard = EditDistance.didYouMean(word, among: candidates)
        guard standard.isEmpty, word.count >= 4 else { return standard }
        let close = candidates.filter { $0 != word && EditDistance.between(word, $0) <= 2 }
        return close.first.map { " (did you mean '\($0)'?)" } ?? ""
    }

    // MARK: Building nodes

    func make(_ node: SyntaxNode, _ type: RuleType, _ kind: CheckedExpression.Kind)
        -> CheckedExpression
    {
        CheckedExpression(
            id: node.id, type: type, offset: tree.positions[node.id].start,
            text: tree.text(of: node.id), kind: kind)
    }

    /// A node that had an error: type `.any`, so nothing about it is reported again.
    func invalid(_ node: SyntaxNode) -> CheckedExpression {
        make(node, .any, .constant(.null))
    }

    func anchor(of node: SyntaxNode) -> Int {
        tree.positions[node.id].anchor
    }

    mutating func fail(at offset: Int, _ message: String) {
        errors.append(RuleCompileError(offset: offset, message: message))
    }

    mutating func append(_ more: [RuleCompileError]) {
        errors += more
    }

    mutating func declare(_ parameter: String, type: RuleType) -> Int {
        parameters.append((parameter, type))
        slotCount = Swift.max(slotCount, parameters.count)
        return parameters.count - 1
    }
}
