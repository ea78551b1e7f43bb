/// What every target does with the diagnostics it gets: formats them as the command line would
/// (locations, excerpts and carets), and stops the run if one points outside its file.
enum FuzzChecks {
    static func report(_ diagnostics: [Diagnostic], source: SourceText) {
        for diagnostic in diagnostics {
            let location = diagnostic.location
            if location.file == source.path {
                require(location.line >= 1 && location.column >= 1, "a diagnostic at \(location)")
            }
            _ = DiagnosticFormatter().format(diagnostic)
        }
    }

    /// A broken invariant is a finding: stop with a message libFuzzer records with the input.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz invariant broken: \(message())") }
    }
}
