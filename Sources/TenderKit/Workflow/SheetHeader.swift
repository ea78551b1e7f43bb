/// A scoresheet's header: where each of the five columns `import` reads stands (in any order),
/// the columns `tender scoresheet` adds for people (titles and the scale, ignored on import), and
/// any other column (ignored, with a warning).
struct SheetHeader {
    /// Columns a blank scoresheet carries for the person filling it in; import ignores them.
    static let informational = ["submissionTitle", "criterionTitle", "scale"]

    let names: [String]
    /// The position of each of `ScoreTable.columns`, or nil when one is missing.
    let columns: [Int]?
    let missing: [String]
    let unknown: [String]
    /// One field holding `;`: a spreadsheet saved the sheet with semicolons.
    let isSemicolonSeparated: Bool

    init(_ names: [String]) {
        self.names = names
        isSemicolonSeparated = names.count == 1 && names[0].contains(";")
        let positions = ScoreTable.columns.map { column in names.firstIndex(of: column) }
        missing =
            isSemicolonSeparated
            ? [] : zip(ScoreTable.columns, positions).filter { $0.1 == nil }.map(\.0)
        columns = isSemicolonSeparated || !missing.isEmpty ? nil : positions.compactMap { $0 }
        unknown = names.filter {
            !ScoreTable.columns.contains($0) && !SheetHeader.informational.contains($0)
                && !$0.isEmpty
        }
    }
}
