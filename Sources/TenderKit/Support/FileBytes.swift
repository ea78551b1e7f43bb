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
    public static func contents(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(Int(status.st_size), 0) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress, buffer.count)
            }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// The file's text, when it is UTF-8.
    public static func text(atPath path: String) -> String? {
        contents(atPath: path).flatMap { String(validating: $0, as: UTF8.self) }
    }
}
