import Foundation
import Synchronization

/// The bytes of one input file and the table that turns byte offsets into line and column.
///
/// Readers keep only byte offsets in the values they produce; an offset becomes a
/// `SourceLocation` here, and only when something has to be reported.
public final class SourceText: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int]
    /// The SHA-256 of `bytes`, once asked for (several documents print it).
    private let digest = Mutex<String?>(nil)

    /// The SHA-256 of the file's bytes, as 64 lower-case hex digits (worked out once).
    public var sha256: String {
        if let known = digest.withLock({ $0 }) { return known }
        let computed = SHA256.hex(bytes)
        digest.withLock { $0 = computed }
        return computed
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.lineStarts = SourceText.findLineStarts(bytes)
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The location of the byte at `offset` (clamped into the file).
    public func location(at offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        let lineIndex = lineIndex(containing: offset)
        let start = lineStarts[lineIndex]
        var column = 1
        var index = start
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        if offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { column -= 1 }
        return SourceLocation(file: path, line: lineIndex + 1, column: max(column, 1))
    }

    /// The 1-based line of the byte at `offset` (clamped into the file): `location(at:).line`
    /// without working out the column.
    public func line(at offset: Int) -> Int {
        lineIndex(containing: max(0, min(offset, bytes.count))) + 1
    }

    /// The text of a 1-based line, without its line terminator.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start,
            bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r")
        {
            end -= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Where each line starts: 0, then one past each line feed (found with the C library's
    /// `memchr`, which reads many bytes at a time: scores.csv can have five million lines).
    static func findLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            while index < buffer.count,
                let found = memchr(base + index, Int32(UInt8(ascii: "\n")), buffer.count - index)
            {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(index)
            }
        }
        return starts
    }
}
