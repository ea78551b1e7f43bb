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

    /// `line(at:)` for an offset near one looked up before (a decision record's score rows, a few
    /// lines apart): searches out from `hint`, the line index the last lookup found (updated to
    /// this one's; -1 for none), in steps that double, then between the last two steps. A few
    /// probes of memory close together instead of a search over five million lines.
    public func line(at offset: Int, near hint: inout Int) -> Int {
        let offset = max(0, min(offset, bytes.count))
        guard hint >= 0, hint < lineStarts.count else {
            hint = lineIndex(containing: offset)
            return hint + 1
        }
        var low = hint
        var high = hint
        var step = 1
        if lineStarts[hint] <= offset {
            // lineStarts[low] <= offset; the answer is below low + step.
            while low + step < lineStarts.count, lineStarts[low + step] <= offset {
                low += step
                step *= 2
            }
            high = min(low + step, lineStarts.count) - 1
        } else {
            // lineStarts[high + 1] > offset; lineStarts[0] == 0 <= offset.
            high -= 1
            while high - step >= 0, lineStarts[high - step + 1] > offset {
                high -= step
                step *= 2
            }
            low = max(0, high - step + 1)
        }
        hint = lineIndex(containing: offset, from: low, to: high)
        return hint + 1
    }

    /// The last line starting at or before `offset`, among lines `low...high` (it is one of them).
    private func lineIndex(containing offset: Int, from low: Int = 0, to high: Int? = nil) -> Int {
        var low = low
        var high = high ?? lineStarts.count - 1
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
