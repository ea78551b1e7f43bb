/// ASCII spellings of the Latin-1 and Latin Extended-A letters (U+00C0 to U+017F), lower-case and
/// without diacritics: `Zoë` is `zoe`, `Łukasz` is `lukasz`, `Søren` is `soren`, `Straße` is `strasse`.
///
/// Names with accents are common (Siân, José, Zoë, Łukasz) and Foundation's folding costs
/// microseconds a name, so these letters, typographic quotes and dashes, and the no-break space
/// are spelt from this table. A name with any other non-ASCII character goes to Foundation, which
/// folds these letters to the same spellings (a test holds the two to each other).
enum LatinLetters {
    /// The name in ASCII, with `.` standing for any punctuation; nil when a character is not covered.
    static func spell(_ raw: String) -> [UInt8]? {
        var spelt: [UInt8] = []
        spelt.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0..<0x80:
                spelt.append(UInt8(scalar.value))
            case 0xA0:
                spelt.append(UInt8(ascii: " "))
            case 0xC0...0x17F:
                spelt.append(contentsOf: spellings[Int(scalar.value) - 0xC0].utf8)
            case 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D:
                spelt.append(UInt8(ascii: "."))
            default:
                return nil
            }
        }
        return spelt
    }

    /// One entry per code point from U+00C0; `.` (punctuation) for the two signs among them (× and ÷).
    static let spellings: [String] = [
        // U+00C0 À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        // U+00D0 Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
        "d", "n", "o", "o", "o", "o", "o", ".", "o", "u", "u", "u", "u", "y", "th", "ss",
        // U+00E0 à á â ã ä å æ ç è é ê ë ì í î ï
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        // U+00F0 ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
        "d", "n", "o", "o", "o", "o", "o", ".", "o", "u", "u", "u", "u", "y", "th", "y",
        // U+0100 Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        // U+0110 Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        // U+0120 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
        // U+0130 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
        // U+0140 ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ  (ŉ is an apostrophe and n, as Foundation reads it)
        "l", "l", "l", "n", "n", "n", "n", "n", "n", ".n", "n", "n", "o", "o", "o", "o",
        // U+0150 Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        // U+0160 Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
        // U+0170 Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
    ]
}
