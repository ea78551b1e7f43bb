import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file into bytes with the operating system's own calls.
///
/// `FileManager.contents(atPath:)`, `Data(contentsOf:)` and `String(contentsOf:)` lose a 4 KB
/// buffer for every empty file they read (swift-foundation's `readBytesFromFile`), which
/// LeakSanitizer reports as a leak; reading here also saves copying `Data` into `[UInt8]`.
public enum FileBytes {
    /// The file's bytes; nil when it cannot be opened or read (a folder cannot be read either).
    /// Read straight into an array of the size the file has (one byte more, to see its end), with
    /// no buffer in between; a file that grows while it is read is read to its new end.
    public static func contents(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let expected = max(Int(status.st_size), 0) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < buffer.count, let read = readSome(descriptor, into: buffer, from: count) {
                guard read > 0 else { return }
                count += read
            }
            failed = count < buffer.count
        }
        guard !failed else { return nil }
        if bytes.count == expected, !readRest(descriptor, into: &bytes) { return nil }
        return bytes
    }

    /// Reads what the file holds after `bytes` (it grew after its size was taken).
    private static func readRest(_ descriptor: Int32, into bytes: inout [UInt8]) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { chunk in
            while let read = readSome(descriptor, into: chunk, from: 0) {
                guard read > 0 else { return true }
                bytes.append(contentsOf: chunk[0..<read])
            }
            return false
        }
    }

    /// One `read` into `buffer` from `offset`: the count read (0 at the end of the file), or nil
    /// when reading failed; retried when a signal interrupts it.
    private static func readSome(
        _ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, from offset: Int
    ) -> Int? {
        while true {
            let count = read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count >= 0 { return count }
            if errno != EINTR { return nil }
        }
    }

    /// The file's text, when it is UTF-8.
    public static func text(atPath path: String) -> String? {
        contents(atPath: path).flatMap { String(validating: $0, as: UTF8.self) }
    }
}
