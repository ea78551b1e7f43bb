import Foundation

/// Writes CSV text (RFC 4180): CRLF-free LF lines, fields quoted only when they must be.
///
/// For files meant to be opened in a spreadsheet (exports), `neutralisesFormulas` prefixes a cell
/// that begins with `=`, `+`, `-`, `@`, a tab or a carriage return with an apostrophe, so that a
/// spreadsheet shows it as text instead of running it as a formula (OWASP's "CSV injection").
public struct CSVWriter: Sendable {
    public var neutralisesFormulas: Bool
    public private(set) var text = ""

    public init(neutralisesFormulas: Bool) {
        self.neutralisesFormulas = neutralisesFormulas
    }

    public mutating func writeRow(_ fields: [String]) {
        text += fields.map(encode).joined(separator: ",")
        text += "\n"
    }

    /// One field as it is written: neutralised if needed, then quoted if needed.
    public func encode(_ field: String) -> String {
        // An export never carries a control character other than a line feed or a tab.
        var value = neutralisesFormulas ? ControlCharacters.visible(field) : field
        if neutralisesFormulas, let first = value.unicodeScalars.first,
            CSVWriter.formulaStarts.contains(first)
        {
            value = "'" + value
        }
        let needsQuotes =
            value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
