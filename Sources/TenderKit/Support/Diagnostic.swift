/// One problem found in the inputs, as a value: where it is, how serious, and what it says.
///
/// Diagnostics are produced by the readers, the loaders and the validation rules; the command-line
/// layer prints them in the compilers' form (`FILE:LINE:COLUMN: error: MESSAGE`) through
/// `DiagnosticFormatter`. Nothing in the library prints them itself.
public struct Diagnostic: Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note

        private var order: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.order < rhs.order }
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// The line of source to quote under the message, with a caret under `location.column`
    /// (used for rule expressions, where the column points inside a string).
    public var excerpt: String?

    public init(
        _ severity: Severity = .error, at location: SourceLocation, _ message: String,
        excerpt: String? = nil
    ) {
        self.location = location
        self.severity = severity
        self.message = message
        self.excerpt = excerpt
    }

    public static func error(at location: SourceLocation, _ message: String, excerpt: String? = nil)
        -> Diagnostic
    {
        Diagnostic(.error, at: location, message, excerpt: excerpt)
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.message) < (rhs.location, rhs.severity, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Diagnostics carried as an error, for operations that either succeed or report every problem.
public struct DiagnosticsError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
