/// The byte walk behind the renderers' escapers: UTF-8 text copied byte by byte, each ASCII byte
/// offered to the renderer first, and every control character the renderer leaves (C0, DEL, C1,
/// the bidirectional marks) made visible as `ControlCharacters.picture` shows it.
///
/// Working on bytes rather than `Character`s means a combining mark after a quote or `<` cannot
/// hide it inside one character, and costs a national round's millions of comments little.
enum EscapedBytes {
    /// - Parameter ascii: given an ASCII byte and the byte before it (nil at the start), writes
    ///   its rewriting into the output and returns true, or returns false to leave the byte to
    ///   the default (copied, or made visible if a control).
    static func escape(_ text: String, ascii: (UInt8, UInt8?, inout [UInt8]) -> Bool) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
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
            // A scalar that may be a control: read it whole (the text is valid UTF-8).
            var sequence = [byte]
            while sequence.count < (byte == 0xC2 ? 2 : 3), let next = bytes.next() {
                sequence.append(next)
            }
            let scalar = String(decoding: sequence, as: UTF8.self).unicodeScalars.first
            if let scalar, ControlCharacters.isControl(scalar) {
                output.append(contentsOf: ControlCharacters.picture(scalar).utf8)
            } else {
                output += sequence
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
