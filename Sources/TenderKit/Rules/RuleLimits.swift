/// The limits that keep hostile or mistaken rules from exhausting memory, time or the stack.
public enum RuleLimits {
    /// The longest expression accepted, in UTF-8 bytes (64 KiB).
    public static let maxExpressionBytes = 65_536
    /// The deepest nesting accepted: brackets, lists, calls, `not` and `-` chains, and the depth
    /// of the expression tree (so a chain of 101 `+` is refused too). Evaluation recurses no deeper.
    public static let maxNesting = 100
}
