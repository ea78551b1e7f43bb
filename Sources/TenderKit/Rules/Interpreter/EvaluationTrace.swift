/// Receives each node's outcome as the interpreter computes it.
///
/// The interpreter is generic over its trace, so the fast path (`NoTrace`) compiles to code with
/// no recording at all, and `explain` uses `EvaluationRecorder` for the same walk.
protocol EvaluationTrace {
    static var isRecording: Bool { get }
    /// How many lambdas enclose the node being evaluated (kept only when recording).
    var lambdaDepth: Int { get set }
    mutating func record(_ node: CheckedExpression, _ outcome: Result<RuleValue, EvalFailure>)
}

/// The fast path: records nothing.
struct NoTrace: EvaluationTrace {
    static var isRecording: Bool { false }

    var lambdaDepth: Int {
        get { 0 }
        set {}
    }

    @inline(__always)
    mutating func record(_ node: CheckedExpression, _ outcome: Result<RuleValue, EvalFailure>) {}
}

/// Records every node's outcome, in evaluation order (unless only the summary is wanted), and the
/// last outcome of each node id.
struct EvaluationRecorder: EvaluationTrace {
    struct Entry {
        var node: CheckedExpression
        var outcome: Result<RuleValue, EvalFailure>
        /// How many lambdas enclose the node's evaluation (0 outside any lambda).
        var lambdaDepth: Int
    }

    static var isRecording: Bool { true }

    private(set) var entries: [Entry] = []
    private(set) var latest: [Int: Result<RuleValue, EvalFailure>] = [:]
    var lambdaDepth = 0
    /// Whether `entries` are kept: the summary needs only `latest`.
    let keepsEntries: Bool

    init(keepsEntries: Bool = true) {
        self.keepsEntries = keepsEntries
    }

    mutating func record(_ node: CheckedExpression, _ outcome: Result<RuleValue, EvalFailure>) {
        if keepsEntries {
            entries.append(Entry(node: node, outcome: outcome, lambdaDepth: lambdaDepth))
        }
        latest[node.id] = outcome
    }

    /// The value a node last gave, if it was evaluated and succeeded.
    func value(of node: CheckedExpression) -> RuleValue? {
        if case .success(let value) = latest[node.id] { return value }
        return nil
    }

    func wasEvaluated(_ node: CheckedExpression) -> Bool {
        latest[node.id] != nil
    }
}
