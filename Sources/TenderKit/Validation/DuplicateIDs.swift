/// Finds ids used more than once, reporting every repeat at its own place and naming the first.
/// Ids that differ only in case count as one (`Identifier.fileSystemKey`): they become file names.
enum DuplicateIDs {
    /// - Parameter entries: each id, where it stands, and its JSON path (`criteria[3].id`).
    static func find(
        _ entries: [(id: String, location: SourceLocation, path: String)], kind: String
    ) -> [Diagnostic] {
        var first: [String: (id: String, location: SourceLocation)] = [:]
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            let key = Identifier.fileSystemKey(entry.id)
            if let (earlierID, earlier) = first[key] {
                let place =
                    earlier.file == entry.location.file
                    ? "line \(earlier.line)" : earlier.description
                let what =
                    earlierID == entry.id
                    ? "duplicate \(kind) id '\(entry.id)' (first used at \(place))"
                    : "\(kind) id '\(entry.id)' differs only in case from '\(earlierID)' (at \(place)), and ids become file names"
                diagnostics.append(
                    .error(
                        at: entry.location, "\(entry.path): \(what); give each \(kind) its own id"))
            } else {
                first[key] = (entry.id, entry.location)
            }
        }
        return diagnostics
    }
}
