/// A quick test that a byte, or a whole text, needs no escaping: printable ASCII (with line feeds
/// and tabs when allowed) and none of a renderer's special characters. `EscapedBytes` copies the
/// runs of bytes that pass at once and looks closer only at the others, which in a national
/// round's hundreds of thousands of documents are few.
struct PlainASCII: Sendable {
    /// One bit per ASCII byte that passes (bit `b` of the pair's first word for `b < 64`).
    private let passes: (UInt64, UInt64)

    /// - Parameters:
    ///   - special: the characters the renderer rewrites.
    ///   - lineFeedsAndTabs: whether a line feed or tab passes unchanged.
    init(special: String, lineFeedsAndTabs: Bool) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for byte in UInt8(0x20)...UInt8(0x7E) where !special.utf8.contains(byte) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        if lineFeedsAndTabs { low |= 1 << 0x0A | 1 << 0x09 }
        passes = (low, high)
    }

    /// True when every byte of `text` passes.
    func holds(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy(passes) }
            ?? text.utf8.allSatisfy(passes)
    }

    /// True when `byte` passes.
    func passes(_ byte: UInt8) -> Bool {
        byte < 64
            ? self.passes.0 & (1 << UInt64(byte)) != 0
            : byte < 128 && self.passes.1 & (1 << UInt64(byte - 64)) != 0
    }
}
