/// Where a run's output files go: a staging `OutputFolder` (the command line), or memory (tests).
/// Files may be written from several threads at once, each file by one.
public protocol OutputSink: Sendable {
    /// Writes one file of the set in pieces, through `body`.
    func stream(to path: String, _ body: (FileSink) throws(AtomicFile.WriteError) -> Void)
        throws(AtomicFile.WriteError)
}

extension OutputSink {
    public func write(_ bytes: [UInt8], to path: String) throws(AtomicFile.WriteError) {
        try stream(to: path) { sink throws(AtomicFile.WriteError) in try sink.write(bytes) }
    }

    /// Writes `text` as UTF-8, from the string's own storage.
    public func write(_ text: String, to path: String) throws(AtomicFile.WriteError) {
        try stream(to: path) { sink throws(AtomicFile.WriteError) in try sink.write(text) }
    }
}

extension OutputFolder: OutputSink {}
