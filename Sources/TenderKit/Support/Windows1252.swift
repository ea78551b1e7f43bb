/// The Windows-1252 code page ("ANSI" on Windows in western Europe), for naming the character a
/// byte would be when a file saved in it is read as UTF-8.
enum Windows1252 {
    /// 0x80–0x9F, where Windows-1252 differs from Latin-1 (nil where it defines nothing).
    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The character `byte` stands for, or nil for ASCII controls and unused positions.
    static func character(_ byte: UInt8) -> Character? {
        switch byte {
        case 0x80...0x9F: high[Int(byte - 0x80)].map(Character.init)
        case 0xA0: "\u{00A0}"
        case 0xA1...0xFF: Character(Unicode.Scalar(byte))
        default: nil
        }
    }
}
