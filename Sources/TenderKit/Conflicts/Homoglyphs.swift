/// Cyrillic and Greek letters that look like Latin ones, for names written to slip past a check.
///
/// `Lorrаine Brennan` with a Cyrillic `а` (U+0430) reads as `Lorraine Brennan` on screen but is
/// another string. A name that mixes such letters with Latin ones is compared through its Latin
/// twin, and a match found only that way is `possible`: a person must look at it. A name written
/// wholly in Cyrillic or Greek is left as it is (it is a real name in its own script).
enum Homoglyphs {
    static let latinTwins: [Unicode.Scalar: Unicode.Scalar] = [
        // Cyrillic lower case
        "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
        "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
        "һ": "h", "ӏ": "l",
        // Cyrillic upper case
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
        "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q", "Ԝ": "W", "Һ": "H",
        // Greek
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
        "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i", "α": "a", "ν": "v",
    ]

    /// `raw` with its look-alike letters replaced by their Latin twins, when it mixes them with
    /// Latin letters; nil when it holds none, or nothing but non-Latin letters.
    static func latinTwin(_ raw: String) -> String? {
        guard raw.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var hasLatin = false
        var hasTwin = false
        for scalar in raw.unicodeScalars {
            if latinTwins[scalar] != nil {
                hasTwin = true
            } else if scalar.isASCII, scalar.properties.isAlphabetic {
                hasLatin = true
            }
        }
        guard hasTwin, hasLatin else { return nil }
        var twin = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars { twin.append(latinTwins[scalar] ?? scalar) }
        return String(twin)
    }
}
