/// Finds ids used more than once, reporting every repeat at its own place and naming the first.
enum DuplicateIDs {
    /// - Parameter entries: each id, where it stands, and its JSON path (`criteria[3].id`).
    static func find(
        _ entries: [(id: String, location: SourceLocation, path: String)], kind: String
    ) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            if let earlier = first[entry.id] {
                diagnostics.append(
                    .error(
                        at: entry.location,
                        "\(entry.path): duplicate \(kind) id '\(entry.id)' (first used at \(earlier.file == entry.location.file ? "line \(earlier.line)" : earlier.description)); give each \(kind) its own id"
                    ))
            } else {
                first[entry.id] = entry.location
            }
        }
        return diagnostics
    }
}
