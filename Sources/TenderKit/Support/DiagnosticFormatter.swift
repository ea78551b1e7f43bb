/// Turns diagnostics into the lines a person reads, in the compilers' convention:
///
///     rubric.json:14:31: error: unknown function 'cuont' (did you mean 'count'?)
///         "value": "cuont(submission.partners)",
///                   ^
public struct DiagnosticFormatter: Sendable {
    public var showsExcerpts: Bool

    public init(showsExcerpts: Bool = true) {
        self.showsExcerpts = showsExcerpts
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var text = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        if showsExcerpts, let excerpt = diagnostic.excerpt {
            text +=
                "\n" + excerpt + "\n" + caretLine(under: diagnostic.location.column, in: excerpt)
        }
        return text
    }

    /// Every diagnostic, sorted by place, one per line (excerpts on the lines after their message).
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map(format).joined(separator: "\n")
    }

    /// Spaces up to the column (keeping the excerpt's tabs, so the caret lines up) and a caret.
    private func caretLine(under column: Int, in excerpt: String) -> String {
        var prefix = ""
        for scalar in excerpt.unicodeScalars.prefix(max(column - 1, 0)) {
            prefix.append(scalar == "\t" ? "\t" : " ")
        }
        return prefix + "^"
    }
}
