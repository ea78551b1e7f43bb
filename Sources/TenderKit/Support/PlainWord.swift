/// Eight bytes at once, for the scans of text that look at every byte (a JSON string's plain run,
/// ASCII, printable ASCII): a word of eight bytes is read whole while none of its bytes is one the
/// scan stops at, and only then byte by byte. Each test is exact: true only when some byte is such
/// a byte.
enum PlainWord {
    static let lowBits: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` of `base`, in memory order.
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether `word` holds a quote, a backslash or a byte below 0x20: the end of a JSON
    /// string's plain run.
    static func endsJSONString(_ word: UInt64) -> Bool {
        holds(word, UInt8(ascii: "\"")) || holds(word, UInt8(ascii: "\\")) || holdsBelow(word, 0x20)
    }

    /// Whether `bytes` hold no quote, backslash or byte below 0x20: JSON string text that is
    /// written as it is.
    static func isPlainJSONText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tail = endOfWords(bytes, from: 0, stoppingAt: endsJSONString)
        return !bytes[tail...].contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }

    /// The offset after the whole words from `start` on, up to the first word `stop` is true
    /// of: where a scan goes on byte by byte.
    static func endOfWords(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, stoppingAt stop: (UInt64) -> Bool
    ) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + 8 <= bytes.count, !stop(load(base, at: index)) { index += 8 }
        return index
    }

    /// Whether a byte of `word` is `byte`.
    static func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
        holdsZero(word ^ (lowBits &* UInt64(byte)))
    }

    /// Whether a byte of `word` is zero (a borrow only follows a true zero byte).
    static func holdsZero(_ word: UInt64) -> Bool {
        (word &- lowBits) & ~word & highBits != 0
    }

    /// Whether a byte of `word` is below `limit` (at most 128).
    static func holdsBelow(_ word: UInt64, _ limit: UInt64) -> Bool {
        (word &- lowBits &* limit) & ~word & highBits != 0
    }

    /// Whether a byte of `word` is outside ASCII.
    static func holdsNonASCII(_ word: UInt64) -> Bool { word & highBits != 0 }

    /// Whether every byte of `bytes` is printable ASCII (0x20 to 0x7E).
    static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tail = endOfWords(bytes, from: 0) { word in
            holdsNonASCII(word) || holdsBelow(word, 0x20) || holds(word, 0x7F)
        }
        return bytes[tail...].allSatisfy { (0x20...0x7E).contains($0) }
    }
}
