/// The ids an id column of a score file named lately, by their raw bytes, with the index each
/// resolved to: rows of one evaluator and one submission come together, and a rubric has a few
/// criteria, so nearly every row names ids seen a few rows before. A row whose field has the same
/// bytes (and quoting) as a remembered one resolves to the same index without making a `String`.
struct RecentIDs {
    private struct Entry {
        var bytes: [UInt8]
        var isQuoted: Bool
        var index: Int32
    }

    /// At most this many ids are remembered per column; the oldest is replaced.
    static let capacity = 16
    private var entries: [Entry] = []
    private var next = 0

    /// The index remembered for a field with these bytes and quoting.
    func index(of bytes: UnsafeBufferPointer<UInt8>.SubSequence, isQuoted: Bool) -> Int32? {
        for entry in entries where entry.isQuoted == isQuoted && entry.bytes.elementsEqual(bytes) {
            return entry.index
        }
        return nil
    }

    /// Remembers that a field with these bytes and quoting resolved to `index`.
    mutating func remember(
        _ bytes: UnsafeBufferPointer<UInt8>.SubSequence, isQuoted: Bool, index: Int32
    ) {
        let entry = Entry(bytes: Array(bytes), isQuoted: isQuoted, index: index)
        if entries.count < RecentIDs.capacity {
            entries.append(entry)
        } else {
            entries[next] = entry
            next = (next + 1) % RecentIDs.capacity
        }
    }
}
