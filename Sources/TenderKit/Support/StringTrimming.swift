import Foundation

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

/// Blank text, as Foundation's `.whitespacesAndNewlines` sees it, decided on the bytes when they
/// settle it: a printable ASCII byte that is not a space means text.
enum StringTrimming {
    static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x21...0x7E: return false
            default: return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            }
        }
        return true
    }
}
