/// A line typed at a terminal prompt, cleaned of what the terminal sends but a person did not
/// mean as text: escape sequences (arrow keys `ESC [ A`, function keys `ESC O P`, bracketed-paste
/// markers `ESC [ 200 ~`, any `ESC` + one character) and other control characters (a tab becomes a
/// space). What is left is what the person typed.
public enum TerminalInput {
    public static func clean(_ line: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = line.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B: skipEscapeSequence(&scalars)
            case 0x09: result.append(" ")
            case 0x00...0x1F, 0x7F, 0x80...0x9F: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// After `ESC`: a CSI sequence (`[` parameters, then a final byte from `@` to `~`), an SS3
    /// sequence (`O` and one character), or any other single character.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        case "O":
            _ = scalars.next()
        default:
            return
        }
    }
}
