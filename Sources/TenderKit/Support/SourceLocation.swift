/// A place in an input file, as a person counts it: 1-based line and column.
///
/// Columns count Unicode scalars (characters, for the text rubric authors write), not bytes.
/// Locations order by file, then line, then column, so diagnostics sort the way a reader scans.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location for a whole file, when nothing inside it can be pointed at (a missing file).
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 1, column: 1)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
