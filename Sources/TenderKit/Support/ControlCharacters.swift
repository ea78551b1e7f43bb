/// Control characters in text from an input: found, made visible, or kept out.
///
/// An applicant's name holding `ESC[2J`, an OSC title sequence, a carriage return or a NUL would
/// clear a chair's screen or forge a line of `tender evaluate`; a bidirectional override would
/// reorder what an auditor reads. Validation refuses them in names, titles and ids; everything
/// printed or put in a document shows them as visible symbols (`␛`, `␍`, `␀`, `<U+202E>`).
public enum ControlCharacters {
    /// C0 controls, DEL, C1 controls, and the bidirectional embedding, override and isolate marks.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The first control character in `text`, allowing line feeds and tabs when `multiline`.
    public static func first(in text: String, multiline: Bool = false) -> Unicode.Scalar? {
        // Printable ASCII holds none: most names, titles and ids are settled on their bytes.
        let printable =
            text.utf8.withContiguousStorageIfAvailable(PlainWord.isPrintableASCII)
            ?? text.utf8.allSatisfy { (0x20...0x7E).contains($0) }
        if printable { return nil }
        return text.unicodeScalars.first {
            isControl($0) && !(multiline && ($0 == "\n" || $0 == "\t"))
        }
    }

    /// How a message names a control character: `U+001B`.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A control character as something a reader can see: the Control Pictures block for C0 and
    /// DEL (`␛`, `␍`, `␀`, `␡`), `<U+XXXX>` for the others.
    public static func picture(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F:
            // U+2400 to U+241F are all scalars; the fallback only keeps this free of a trap.
            Unicode.Scalar(0x2400 + scalar.value).map { String($0) } ?? "<\(name(scalar))>"
        case 0x7F: "\u{2421}"
        default: "<\(name(scalar))>"
        }
    }

    /// `text` with every control character made visible, except line feeds and tabs when
    /// `keepingLines` (a carriage return always shows: it would overwrite the start of the line).
    public static func visible(_ text: String, keepingLines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isControl(scalar) || (keepingLines && (scalar == "\n" || scalar == "\t")) {
                output.append(scalar)
            } else {
                output.append(contentsOf: picture(scalar).unicodeScalars)
            }
        }
        return String(output)
    }
}
