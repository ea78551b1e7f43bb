import Foundation

/// Lines from standard input, read with `read(2)` rather than the C library's buffered streams:
/// a Ctrl-C (see `StopRequest`) interrupts a read that is waiting for the user, and the line that
/// was being typed ends the input at once, so `tender score` stops like 'q'. A carriage return
/// before the line break is dropped; bytes that are not UTF-8 become U+FFFD.
final class StandardInput: @unchecked Sendable {
    static let shared = StandardInput()
    private var buffer: [UInt8] = []
    private var ended = false

    func readLine() -> String? {
        while true {
            if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                return Self.text(line)
            }
            if StopRequest.isRequested || ended { return remainder() }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(0, &chunk, chunk.count)
            if count > 0 {
                buffer += chunk[..<count]
            } else if count < 0, errno == EINTR {
                continue
            } else {
                ended = true
            }
        }
    }

    /// At the end of input, a last line without a line break; nil after a stop request.
    private func remainder() -> String? {
        guard !StopRequest.isRequested, !buffer.isEmpty else { return nil }
        defer { buffer = [] }
        return Self.text(buffer)
    }

    private static func text(_ bytes: [UInt8]) -> String {
        var line = bytes[...]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }
}
