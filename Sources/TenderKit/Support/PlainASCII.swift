/// A quick test that a byte, or a whole text, needs no escaping: printable ASCII (with line feeds
/// and tabs when allowed) and none of a renderer's special characters. `EscapedBytes` copies the
/// runs of bytes that pass at once and looks closer only at the others, which in a national
/// round's hundreds of thousands of documents are few.
///
/// The bytes that pass are kept as a table of 256 flags, made once for each renderer's rule: a
/// run is found eight bytes at a time, with one branch for the eight, since a national round's
/// documents run gigabytes of text through it.
struct PlainASCII: @unchecked Sendable {
    /// The table's memory, freed with the last copy of the rule.
    private let storage: FlagTable
    /// 1 for each byte that passes, 0 for the others (`storage`'s, read without going through
    /// the object; never written after `init`, so the rule may be shared between threads).
    private let table: UnsafePointer<UInt8>

    /// - Parameters:
    ///   - special: the characters the renderer rewrites.
    ///   - lineFeedsAndTabs: whether a line feed or tab passes unchanged.
    init(special: String, lineFeedsAndTabs: Bool) {
        var passing = (UInt8(0x20)...UInt8(0x7E)).filter { !special.utf8.contains($0) }
        if lineFeedsAndTabs { passing += [0x0A, 0x09] }
        storage = FlagTable(setting: passing)
        table = UnsafePointer(storage.flags)
    }

    /// True when every byte of `text` passes.
    func holds(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { endOfRun(in: $0, from: 0) == $0.count }
    }

    /// The index of the first byte at or after `start` that does not pass (`bytes.count` when
    /// none).
    func endOfRun(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + 8 <= bytes.count {
            let word = base + index
            let all =
                table[Int(word[0])] & table[Int(word[1])] & table[Int(word[2])]
                & table[Int(word[3])] & table[Int(word[4])] & table[Int(word[5])]
                & table[Int(word[6])] & table[Int(word[7])]
            if all == 0 { break }
            index += 8
        }
        while index < bytes.count, table[Int(base[index])] != 0 { index += 1 }
        return index
    }
}

/// 256 flags, one per byte, written once when made and freed with the object.
private final class FlagTable: @unchecked Sendable {
    let flags: UnsafeMutablePointer<UInt8>

    init(setting bytes: [UInt8]) {
        flags = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        flags.initialize(repeating: 0, count: 256)
        for byte in bytes { flags[Int(byte)] = 1 }
    }

    deinit { flags.deallocate() }
}
