/// At most one moderation and one clarification per (submission, criterion), and one conflict
/// ruling per (evaluator, submission).
///
/// Two entries for one key would leave the outcome to file order; the panel must replace an
/// earlier decision (`tender decide … --replace`), not add a contradicting one.
public enum DecisionsAreNotRepeated: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let decisions = documents.decisions else { return [] }
        return repeats(
            decisions.moderation.map { ("\($0.submission)/\($0.criterion)", $0.location) },
            list: "moderation", kind: "moderation")
            + repeats(
                decisions.clarifications.map { ("\($0.submission)/\($0.criterion)", $0.location) },
                list: "clarifications", kind: "clarification")
            + repeats(
                decisions.conflicts.map { ("\($0.evaluator)/\($0.submission)", $0.location) },
                list: "conflicts", kind: "conflict ruling")
    }

    private static func repeats(
        _ entries: [(key: String, location: SourceLocation)], list: String, kind: String
    ) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, entry) in entries.enumerated() {
            if let earlier = first[entry.key] {
                diagnostics.append(
                    .error(
                        at: entry.location,
                        "\(list)[\(index)] is a second \(kind) for \(entry.key) (the first is at line \(earlier.line)); keep one, or replace it with tender decide … --replace"
                    ))
            } else {
                first[entry.key] = entry.location
            }
        }
        return diagnostics
    }
}
