/// Where a rubric's rule stands in its file: the JSON string literal holding it, and how far into
/// the string the expression starts (after a prefix such as `lower:`), so that a problem found at
/// a place inside the rule is reported at the exact line and column of the file.
public struct RuleOrigin: Sendable {
    public let source: SourceText
    /// The byte offset of the literal's opening quote in the file.
    public let literalOffset: Int
    /// How many decoded bytes of the string come before the expression.
    public let textOffset: Int

    public init(source: SourceText, literalOffset: Int, textOffset: Int = 0) {
        self.source = source
        self.literalOffset = literalOffset
        self.textOffset = textOffset
    }

    /// The file location of the rule's byte `ruleOffset`.
    public func location(ofRuleOffset ruleOffset: Int) -> SourceLocation {
        source.location(
            at: RuleSourceMapping.fileOffset(
                ofRuleOffset: textOffset + ruleOffset, literalStart: literalOffset,
                in: source.bytes))
    }

    /// A diagnostic pointing inside the rule, with its line quoted and a caret under the place.
    public func diagnostic(_ severity: Diagnostic.Severity, _ message: String, at ruleOffset: Int)
        -> Diagnostic
    {
        let place = location(ofRuleOffset: ruleOffset)
        return Diagnostic(severity, at: place, message, excerpt: source.lineText(place.line))
    }
}
