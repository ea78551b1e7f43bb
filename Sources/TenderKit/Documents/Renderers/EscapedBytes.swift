/// The byte walk behind the renderers' escapers: UTF-8 text copied byte by byte, each ASCII byte
/// offered to the renderer first, and every control character the renderer leaves (C0, DEL, C1,
/// the bidirectional marks) made visible as `ControlCharacters.picture` shows it.
///
/// Working on bytes rather than `Character`s means a combining mark after a quote or `<` cannot
/// hide it inside one character, and costs a national round's millions of comments little.
enum EscapedBytes {
    /// Appends `text`, escaped, to `output`.
    /// - Parameters:
    ///   - unchanged: the bytes `ascii` always leaves alone and that are no control: each run of
    ///     them is copied at once (a national round's documents escape millions of texts).
    ///   - ascii: given an ASCII byte and the byte before it (nil at the start), writes its
    ///     rewriting into the output and returns true, or returns false to leave the byte to the
    ///     default (copied, or made visible if a control).
    static func escape(
        _ text: some StringProtocol, into output: inout ByteBuffer, unchanged: PlainASCII,
        ascii: (UInt8, UInt8?, inout ByteBuffer) -> Bool
    ) {
        var text = String(text)
        text.withUTF8 { bytes in
            var index = 0
            var previous: UInt8?
            while index < bytes.count {
                let run = index
                index = unchanged.endOfRun(in: bytes, from: index)
                if index > run {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                    previous = bytes[index - 1]
                    continue
                }
                let byte = bytes[index]
                index += 1
                defer { previous = byte }
                if byte < 0x80 {
                    if !ascii(byte, previous, &output) { appendASCII(byte, to: &output) }
                } else if byte == 0xC2 || byte == 0xE2 {
                    index = appendScalar(leading: byte, in: bytes, from: index, to: &output)
                } else {
                    output.append(byte)
                }
            }
        }
    }

    /// An ASCII byte the renderer left: copied, or made visible if a control.
    private static func appendASCII(_ byte: UInt8, to output: inout ByteBuffer) {
        guard byte < 0x20 || byte == 0x7F else { return output.append(byte) }
        output.append(contentsOf: ControlCharacters.picture(Unicode.Scalar(byte)).utf8)
    }

    /// A two- or three-byte scalar that may be a control (U+0080–U+009F, U+202A–U+202E,
    /// U+2066–U+2069), whose `leading` byte is before `index`: read whole (the text is valid
    /// UTF-8), made visible or copied. Returns the index after it.
    private static func appendScalar(
        leading byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from index: Int,
        to output: inout ByteBuffer
    ) -> Int {
        let second = index < bytes.count ? bytes[index] : 0x80
        var third: UInt8?
        if byte == 0xE2 { third = index + 1 < bytes.count ? bytes[index + 1] : 0x80 }
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
        return index + (third == nil ? 1 : 2)
    }
}
