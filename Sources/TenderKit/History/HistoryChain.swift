/// Walks the lines of a journal, decoding each entry and checking it against the one before:
/// `seq` counts 1, 2, 3, … and `previous` is the SHA-256 of the previous line. Stops at the
/// first line that breaks the chain and reports it: that line, when it is not an entry or its
/// `seq` is wrong; the line before it, when that line no longer has the digest the next entry
/// recorded for it (it was changed after the next entry was written).
struct HistoryChain {
    let source: SourceText
    private(set) var entries: [HistoryEntry] = []
    private(set) var digests: [String] = []
    /// The offset of each entry's line break (or the end of the file).
    private(set) var lineEnds: [Int] = []
    private(set) var problem: Diagnostic?

    init(source: SourceText) {
        self.source = source
    }

    mutating func verify() {
        let bytes = source.bytes
        var start = 0
        while start < bytes.count, problem == nil {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            check(bytes[start..<end], start: start, end: end)
            start = end + 1
        }
    }

    private mutating func check(_ line: ArraySlice<UInt8>, start: Int, end: Int) {
        let number = entries.count + 1
        guard !line.isEmpty else {
            return fail(
                at: start, "line \(number) is empty: the history has one entry on every line")
        }
        let entry: HistoryEntry
        do {
            entry = try HistoryEntryDecoder.decode(line)
        } catch {
            return fail(
                at: start + error.offset,
                "history entry \(number) is not an entry tender wrote: \(error.message)")
        }
        guard entry.seq == number else {
            return fail(
                at: start,
                "history entry \(number) says it is entry \(entry.seq): entries were removed, added or reordered outside tender"
            )
        }
        if let failure = linkProblem(entry, number: number) {
            let bad = max(number - 1, 1)
            let offset = lineStart(of: bad)
            // The entry the link condemns is not history either.
            if bad < number {
                entries.removeLast()
                digests.removeLast()
                lineEnds.removeLast()
            }
            return fail(at: offset, failure)
        }
        entries.append(entry)
        digests.append(SHA256.hex(Array(line)))
        lineEnds.append(end)
    }

    /// Why `entry` does not follow the entry before it, or nil.
    private func linkProblem(_ entry: HistoryEntry, number: Int) -> String? {
        guard let before = digests.last else {
            return entry.previous == nil
                ? nil
                : "history entry 1 names an entry before it: the entries before it were removed"
        }
        guard let previous = entry.previous else {
            return
                "history entry \(number) names no entry before it, but follows entry \(number - 1)"
        }
        guard previous == before else {
            return
                "history entry \(number - 1) was changed after it was written: entry \(number) records its SHA-256 as \(previous.prefix(12))…, the line now has \(before.prefix(12))… (the chain is broken here)"
        }
        return nil
    }

    private func lineStart(of number: Int) -> Int {
        number <= 1 ? 0 : lineEnds[number - 2] + 1
    }

    private mutating func fail(at offset: Int, _ message: String) {
        problem = .error(at: source.location(at: offset), message)
    }
}
