/// Collects the diagnostics of one load, in the order they are found.
///
/// A reference type so that the readers of nested objects can all report into one place.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.hasErrors }
    var count: Int { diagnostics.count }

    func error(_ message: String, at location: SourceLocation, excerpt: String? = nil) {
        diagnostics.append(.error(at: location, message, excerpt: excerpt))
    }

    func error(_ message: String, in source: SourceText, at offset: Int) {
        error(message, at: source.location(at: offset))
    }

    func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}
