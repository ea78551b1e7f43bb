/// Finds ids used more than once, reporting every repeat at its own place and naming the first.
enum DuplicateIDs {
    static func find(_ entries: [(id: String, location: SourceLocation)], kind: String) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            if let earlier = first[entry.id] {
                diagnostics.append(.error(
                    at: entry.location,
                    "duplicate \(kind) id '\(entry.id)' (first used at \(earlier.file == entry.location.file ? "line \(earlier.line)" : earlier.description))"))
            } else {
                first[entry.id] = entry.location
            }
        }
        return diagnostics
    }
}
