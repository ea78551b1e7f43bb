import TenderKit

/// The closing line of a command that reported problems: "2 errors, 1 warning".
enum DiagnosticCount {
    static func phrase(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        var parts: [String] = []
        if errors > 0 || warnings == 0 { parts.append(NumberText.counted(errors, "error")) }
        if warnings > 0 { parts.append(NumberText.counted(warnings, "warning")) }
        return parts.joined(separator: ", ")
    }

    /// Whether the run must stop: any error, or any warning under `--strict`.
    static func stops(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    static let strictHelp =
        "Treat warnings as errors: exit with status 2 (and write nothing) when there is any."
}
