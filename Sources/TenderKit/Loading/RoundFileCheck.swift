/// The checks `tender validate` applies to `round.json` on its own, for a round.json that is not
/// on disk yet: `tender init` runs them on the file it is about to write and refuses what they
/// reject, so the command and the check can never disagree (one definition of each rule).
public enum RoundFileCheck {
    /// Every problem of the round.json text, as `tender validate` would report it, each with the
    /// JSON path of the field it stands at (`budget.currency`), or "" when it is not at a field.
    public static func problems(in text: String, path: String = "round.json") -> [(
        field: String, diagnostic: Diagnostic
    )] {
        let source = SourceText(path: path, text: text)
        let log = DiagnosticLog()
        guard let root = JSONFile.parse(source, log: log) else {
            return log.diagnostics.map { ("", $0) }
        }
        _ = RoundDecoder.decode(root, source: source, log: log)
        let fields = fieldsByLine(root, source: source)
        return log.diagnostics.map { (fields[$0.location.line] ?? "", $0) }
    }

    /// The dotted path of the field whose value starts on each line.
    private static func fieldsByLine(_ root: JSONValue, source: SourceText) -> [Int: String] {
        var fields: [Int: String] = [:]
        func visit(_ value: JSONValue, path: String) {
            guard let object = value.object else { return }
            for member in object.members {
                let childPath = path.isEmpty ? member.key : path + "." + member.key
                fields[source.location(at: member.value.offset).line] = childPath
                visit(member.value, path: childPath)
            }
        }
        visit(root, path: "")
        return fields
    }
}
