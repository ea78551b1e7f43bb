/// Loads a rubric file: reads it, decodes it, compiles its rules and runs the rubric checks.
public enum RubricLoader {
    /// The rubric when it has no errors, and every diagnostic found (sorted).
    public static func load(path: String) -> (rubric: Rubric?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        let rubric = load(path: path, log: log, what: "rubric file")
        return (log.hasErrors ? nil : rubric?.rubric, log.diagnostics.sorted())
    }

    /// The decoded rubric (even with semantic errors, so that the round's checks can use it) and
    /// its source; nil when its structure could not be read.
    static func load(path: String, log: DiagnosticLog, what: String) -> (
        rubric: Rubric, source: SourceText
    )? {
        guard let (source, root) = JSONFile.read(path, log: log, what: what) else { return nil }
        guard let decoder = RubricDecoder(root: root, source: source, log: log),
            let rubric = decoder.decode()
        else { return nil }
        log.append(contentsOf: ValidationChecks.check(rubric))
        return (rubric, source)
    }
}
