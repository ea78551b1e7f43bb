/// Text made safe for a terminal: every control character (C0, DEL and C1, which could move the
/// cursor or change colours when printed) becomes U+FFFD, so nothing from an input file can act
/// on the user's terminal.
public enum TerminalText {
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
