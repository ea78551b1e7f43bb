/// The data a rule reads from its roots, for the checks that compare rules with the data they
/// will meet: `round.*` and `rubric.*` against their fixed shapes, `submission.*` against the
/// round's submissions.
public struct RuleDataPath: Sendable, Equatable {
    /// One member step: its name and where the name stands in the rule (UTF-8 byte offset).
    public struct Step: Sendable, Equatable {
        public var name: String
        public var offset: Int
    }

    public enum Root: String, Sendable { case submission, round, rubric }

    public var root: Root
    /// The member steps from the root, up to the first step that is not a fixed member name.
    public var steps: [Step]
    /// The path as written in the rule (through its last member step).
    public var text: String
    /// True inside an optional part of the rule (either side of `??`): missing data is expected there.
    public var isOptional: Bool
    /// The kind of value the rule needs here, when the operator around the path says so.
    public var expected: Expectation?

    /// What a value read by a path must be.
    public enum Expectation: String, Sendable {
        case number, string, boolean

        /// "a number", as a message names it.
        public var phrase: String {
            switch self {
            case .number: "a number"
            case .string: "a string"
            case .boolean: "true or false"
            }
        }
    }
}

extension RuleProgram {
    /// Every path from a root that the rule reads (lambda items excluded), in text order.
    public var dataPaths: [RuleDataPath] {
        var collector = DataPathCollector()
        collector.visit(root, optional: false, expected: ResultExpectation.of(expectedType))
        return collector.paths
    }
}

private enum ResultExpectation {
    static func of(_ type: RuleType) -> RuleDataPath.Expectation? {
        switch type {
        case .number: .number
        case .boolean: .boolean
        case .string: .string
        default: nil
        }
    }
}

/// Walks a checked rule, noting for each path whether it is optional and what its context needs.
private struct DataPathCollector {
    var paths: [RuleDataPath] = []

    mutating func visit(
        _ node: CheckedExpression, optional: Bool, expected: RuleDataPath.Expectation?
    ) {
        switch node.kind {
        case .path(let access):
            record(access, node, optional: optional, expected: expected)
        case .not(let operand):
            visit(operand, optional: optional, expected: .boolean)
        case .negate(let operand):
            visit(operand, optional: optional, expected: .number)
        case .and(let left, let right), .or(let left, let right):
            visit(left, optional: optional, expected: .boolean)
            visit(right, optional: optional, expected: .boolean)
        case .arithmetic(let op, let left, let right):
            let needs = op == .add ? Self.shared(left, right) : .number
            visit(left, optional: optional, expected: needs)
            visit(right, optional: optional, expected: needs)
        case .ordering(_, let left, let right):
            let needs = Self.shared(left, right)
            visit(left, optional: optional, expected: needs)
            visit(right, optional: optional, expected: needs)
        case .coalesce(let left, let fallback):
            visit(left, optional: true, expected: expected)
            visit(fallback, optional: true, expected: expected)
        case .constant, .list, .equality, .membership, .call:
            for child in node.children { visit(child, optional: optional, expected: nil) }
        }
    }

    /// What both operands of `+` or an ordering must be: the known type of either side.
    private static func shared(_ left: CheckedExpression, _ right: CheckedExpression)
        -> RuleDataPath.Expectation?
    {
        for type in [left.type, right.type] {
            switch type {
            case .number: return .number
            case .string: return .string
            default: continue
            }
        }
        return nil
    }

    private mutating func record(
        _ access: PathAccess, _ node: CheckedExpression, optional: Bool,
        expected: RuleDataPath.Expectation?
    ) {
        for segment in access.segments {
            if case .index(let index) = segment { visit(index, optional: optional, expected: nil) }
        }
        let root: RuleDataPath.Root
        switch access.base {
        case .root(let base): root = RuleDataPath.Root(rawValue: base.rawValue) ?? .submission
        case .local: return
        case .value(let base):
            visit(base, optional: optional, expected: nil)
            return
        }
        var steps: [RuleDataPath.Step] = []
        for (position, segment) in access.segments.enumerated() {
            guard let name = Self.memberName(segment) else { break }
            steps.append(
                .init(
                    name: name,
                    offset: Self.offset(
                        of: segment, through: access.prefixes[position + 1], in: node)))
        }
        guard !steps.isEmpty else { return }
        let complete = steps.count == access.segments.count
        paths.append(
            RuleDataPath(
                root: root, steps: steps, text: access.prefixes[steps.count],
                isOptional: optional, expected: complete ? expected : nil))
    }

    /// A member step's name: `.name`, or `["name"]` with a constant string.
    private static func memberName(_ segment: PathAccess.Segment) -> String? {
        switch segment {
        case .member(let name): return name
        case .index(let index):
            if case .constant(.string(let name)) = index.kind { return name }
            return nil
        }
    }

    /// Where a step's name stands: the name after the dot, or inside the quotes of `["name"]`.
    private static func offset(
        of segment: PathAccess.Segment, through prefix: String, in node: CheckedExpression
    ) -> Int {
        switch segment {
        case .member(let name): node.offset + prefix.utf8.count - name.utf8.count
        case .index(let index): index.offset + 1
        }
    }
}
