import Foundation

/// The ids an id column of a score file named lately, by their raw bytes, with the index each
/// resolved to: rows of one evaluator and one submission come together, and a rubric has a few
/// criteria, so nearly every row names ids seen a few rows before. A row whose field has the same
/// bytes (and quoting) as a remembered one resolves to the same index without making a `String`.
struct RecentIDs: Sendable {
    private struct Entry: Sendable {
        var bytes: [UInt8]
        var isQuoted: Bool
        var index: Int32
    }

    /// At most this many ids are remembered per column; the oldest is replaced.
    static let capacity = 16
    private var entries: [Entry] = []
    private var next = 0
    /// The entry found last: the search starts there, since the next row most often names it too.
    private var lastFound = 0

    /// The index remembered for a field with these bytes and quoting.
    mutating func index(of bytes: UnsafeBufferPointer<UInt8>.SubSequence, isQuoted: Bool)
        -> Int32?
    {
        var slot = lastFound
        for _ in 0..<entries.count {
            if slot >= entries.count { slot = 0 }
            if RecentIDs.matches(entries[slot], bytes, isQuoted: isQuoted) {
                lastFound = slot
                return entries[slot].index
            }
            slot += 1
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

    private static func matches(
        _ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>.SubSequence, isQuoted: Bool
    ) -> Bool {
        guard entry.isQuoted == isQuoted, entry.bytes.count == bytes.count else { return false }
        guard let start = bytes.base.baseAddress, !bytes.isEmpty else { return true }
        return entry.bytes.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress!, start + bytes.startIndex, bytes.count) == 0
        }
    }
}
