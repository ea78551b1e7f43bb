import Foundation

/// A file being written in pieces through a buffer, so that a large output (decision.json of a
/// national round) is never held whole in memory; or, made with `inMemory()`, bytes collected for
/// a test.
///
/// A file's bytes after its first `bypassingCacheAfter` (8 MB unless a test says otherwise) are
/// written past the kernel's page cache where the file system allows it (`UnbufferedWrites`).
public final class FileSink {
    private let descriptor: Int32
    private let shownAs: String
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20
    /// Bytes handed to the file so far, through the page cache.
    private var written = 0
    /// Where the file's bytes go once it is past `bypassingCacheAfter` bytes; nil before then,
    /// and for good where the file system has no writes past the cache.
    private var unbuffered: UnbufferedWrites?
    private var bypassingCacheAfter: Int?

    /// Creates (or truncates) `path`; errors name `shownAs`, the path the user knows.
    ///
    /// One thread creates a file at a time: threads creating files in one folder at once wait
    /// for the folder's lock spinning in the kernel (10% of a national round's samples went to
    /// it), where waiting here leaves the core to a thread with work to do.
    init(creating path: String, shownAs: String, bypassingCacheAfter: Int = 8 << 20)
        throws(AtomicFile.WriteError)
    {
        let (opened, code) = FileSink.creating.withLock {
            let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            return (opened, errno)
        }
        descriptor = opened
        self.shownAs = shownAs
        self.bypassingCacheAfter = bypassingCacheAfter
        guard descriptor >= 0 else {
            throw AtomicFile.WriteError(path: shownAs, reason: FileSink.reason(code))
        }
    }

    private static let creating = NSLock()

    private init(shownAs: String) {
        descriptor = -1
        self.shownAs = shownAs
    }

    /// A sink that keeps everything written in `collected`.
    public static func inMemory(_ name: String) -> FileSink { FileSink(shownAs: name) }

    /// Everything written to an in-memory sink.
    public var collected: [UInt8] { buffer }

    deinit { if descriptor >= 0 { close(descriptor) } }

    public func write(_ bytes: [UInt8]) throws(AtomicFile.WriteError) {
        try bytes.withUnsafeBufferPointer { chunk throws(AtomicFile.WriteError) in
            try write(chunk)
        }
    }

    /// Writes the text's UTF-8 from the string's own storage (a national round's open data files
    /// are tens of megabytes: they are not copied into an array, nor into the buffer).
    public func write(_ text: String) throws(AtomicFile.WriteError) {
        var text = text
        var failure: AtomicFile.WriteError?
        text.withUTF8 { chunk in
            do throws(AtomicFile.WriteError) { try write(chunk) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes `bytes` and empties them (keeping their storage) once they are a buffer's worth: for
    /// a renderer handing on a large document in pieces.
    public func drain(_ bytes: inout ByteBuffer) throws(AtomicFile.WriteError) {
        guard bytes.count >= FileSink.flushSize else { return }
        try bytes.withUnsafeBufferPointer { chunk throws(AtomicFile.WriteError) in
            try write(chunk)
        }
        bytes.removeAll()
    }

    /// Writes `bytes` after what is buffered, straight from where they are: the last piece of a
    /// file, which no buffer needs to gather (each of a national round's 200,000 summaries is one).
    public func writeLast(_ bytes: borrowing ByteBuffer) throws(AtomicFile.WriteError) {
        try bytes.withUnsafeBufferPointer { chunk throws(AtomicFile.WriteError) in
            guard descriptor >= 0 else { return try write(chunk) }
            try flush()
            try writeWhole(UnsafeRawBufferPointer(chunk))
        }
    }

    /// A chunk of a buffer's size or more goes to the file straight from where it is.
    private func write(_ chunk: UnsafeBufferPointer<UInt8>) throws(AtomicFile.WriteError) {
        if unbuffered != nil { return try writeWhole(UnsafeRawBufferPointer(chunk)) }
        if descriptor >= 0, chunk.count >= FileSink.flushSize {
            try flush()
            try writeWhole(UnsafeRawBufferPointer(chunk))
            return
        }
        buffer.append(contentsOf: chunk)
        if descriptor >= 0, buffer.count >= FileSink.flushSize { try flush() }
    }

    /// Writes what is still buffered: the end of the file.
    func finish() throws(AtomicFile.WriteError) {
        try flush()
        if let unbuffered { try check(unbuffered.finish()) }
    }

    private func flush() throws(AtomicFile.WriteError) {
        guard descriptor >= 0 else { return }
        try buffer.withUnsafeBufferPointer { bytes throws(AtomicFile.WriteError) in
            try writeWhole(UnsafeRawBufferPointer(bytes))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Hands all of `bytes` to the file: through the page cache up to the first offset past
    /// `bypassingCacheAfter` that `UnbufferedWrites.alignment` divides, past it from there on.
    private func writeWhole(_ bytes: UnsafeRawBufferPointer) throws(AtomicFile.WriteError) {
        if let unbuffered { return try check(unbuffered.append(bytes)) }
        var rest = bytes
        if let threshold = bypassingCacheAfter, written + rest.count >= threshold {
            let alignment = UnbufferedWrites.alignment
            let start = (max(threshold, written) + alignment - 1) / alignment * alignment
            let before = min(rest.count, start - written)
            try writeThroughCache(UnsafeRawBufferPointer(rebasing: rest[..<before]))
            rest = UnsafeRawBufferPointer(rebasing: rest[before...])
            if written == start {
                bypassingCacheAfter = nil
                unbuffered = UnbufferedWrites.start(descriptor)
                if let unbuffered { return try check(unbuffered.append(rest)) }
            }
        }
        try writeThroughCache(rest)
    }

    private func writeThroughCache(_ bytes: UnsafeRawBufferPointer) throws(AtomicFile.WriteError) {
        try check(FileSink.writeAll(descriptor, bytes))
        written += bytes.count
    }

    /// Throws the error an `errno` stands for (0: none).
    private func check(_ code: Int32) throws(AtomicFile.WriteError) {
        guard code == 0 else {
            throw AtomicFile.WriteError(path: shownAs, reason: FileSink.reason(code))
        }
    }

    /// Writes all of `bytes` to `descriptor`, however many calls it takes. Returns 0, or the
    /// `errno` of the call that failed.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        write(descriptor, bytes).error
    }

    /// `writeAll`, with how many bytes were written before a call failed (all, when none did).
    static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> (
        written: Int, error: Int32
    ) {
        guard let base = bytes.baseAddress else { return (0, 0) }
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(descriptor, base + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return (written, errno)
            }
            written += result
        }
        return (written, 0)
    }

    /// Writes `bytes` as the whole of `path`.
    static func write(_ bytes: [UInt8], to path: String, shownAs: String)
        throws(AtomicFile.WriteError)
    {
        let sink = try FileSink(creating: path, shownAs: shownAs)
        try sink.write(bytes)
        try sink.finish()
    }

    /// Words for an `errno`, for people rather than programmers.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "the disk is full"
        case EACCES, EPERM, EROFS: return "permission denied"
        case ENOTDIR: return "part of the path is a file, not a folder"
        case EISDIR: return "it is a folder"
        case ENOENT: return "the folder does not exist"
        case ENAMETOOLONG: return "the name is too long"
        default: return "the system refused (error \(code))"
        }
    }
}
