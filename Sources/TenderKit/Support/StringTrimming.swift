extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (CR, LF).
    ///
    /// Works on Unicode scalars, not `Character`s: a CRLF is one `Character` and would otherwise
    /// survive at the end of a spreadsheet cell, turning `sub-1` into an unknown id. A string with
    /// nothing to trim (nearly every id in a scores file) is returned as it is, without a copy.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r"
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex {
            return self
        }
        return String(scalars[first...last])
    }
}
