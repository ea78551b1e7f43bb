/// The byte walk behind the renderers' escapers: UTF-8 text copied byte by byte, each ASCII byte
/// offered to the renderer first, and every control character the renderer leaves (C0, DEL, C1,
/// the bidirectional marks) made visible as `ControlCharacters.picture` shows it.
///
/// Working on bytes rather than `Character`s means a combining mark after a quote or `<` cannot
/// hide it inside one character, and costs a national round's millions of comments little.
enum EscapedBytes {
    /// Appends `text`, escaped, to `output`.
    /// - Parameter ascii: given an ASCII byte and the byte before it (nil at the start), writes
    ///   its rewriting into the output and returns true, or returns false to leave the byte to
    ///   the default (copied, or made visible if a control).
    static func escape(
        _ text: some StringProtocol, into output: inout [UInt8],
        ascii: (UInt8, UInt8?, inout [UInt8]) -> Bool
    ) {
        var bytes = text.utf8.makeIterator()
        var previous: UInt8?
        while let byte = bytes.next() {
            defer { previous = byte }
            if byte < 0x80 {
                if ascii(byte, previous, &output) { continue }
                if byte < 0x20 || byte == 0x7F {
                    output.append(contentsOf: ControlCharacters.picture(Unicode.Scalar(byte)).utf8)
                } else {
                    output.append(byte)
                }
                continue
            }
            guard byte == 0xC2 || byte == 0xE2 else {
                output.append(byte)
                continue
            }
            // A two- or three-byte scalar that may be a control (U+0080–U+009F, U+202A–U+202E,
            // U+2066–U+2069): read it whole; the text is valid UTF-8.
            let second = bytes.next() ?? 0x80
            let third: UInt8? = byte == 0xE2 ? bytes.next() ?? 0x80 : nil
            let value =
                third.map { UInt32(0x2000) | UInt32(second & 0x3F) << 6 | UInt32($0 & 0x3F) }
                ?? UInt32(0x80) | UInt32(second & 0x3F)
            if let scalar = Unicode.Scalar(value), ControlCharacters.isControl(scalar) {
                output.append(contentsOf: ControlCharacters.picture(scalar).utf8)
            } else {
                output.append(byte)
                output.append(second)
                if let third { output.append(third) }
            }
        }
    }
}
