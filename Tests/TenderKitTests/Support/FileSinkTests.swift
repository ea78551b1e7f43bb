import Foundation
import Testing

@testable import TenderKit

/// A file written in pieces holds exactly the pieces in order, whether they pass through the
/// buffer (small ones), go to the file straight from where they are (a megabyte or more), or,
/// past the sink's threshold, past the kernel's page cache in aligned blocks (`UnbufferedWrites`).
@Suite struct FileSinkTests {
    /// Piece sizes around the buffer's megabyte, in bytes and in text.
    static let pieceSizes: [[Int]] = [
        [10, 20], [1 << 20], [5, 1 << 20, 7], [(1 << 20) - 1, 1, 3 << 20, 0, 2],
        [3 << 19, 3 << 19],
    ]

    @Test(arguments: pieceSizes)
    func holdsEveryPieceInOrder(_ sizes: [Int]) throws {
        let folder = try TemporaryCopy.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = FilePath.join(folder, "out.txt")
        var generator = SeededGenerator(seed: UInt64(sizes.reduce(0, +)))
        var expected: [UInt8] = []
        let sink = try FileSink(creating: path, shownAs: "out.txt")
        for (index, size) in sizes.enumerated() {
            let letters = (0..<size).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) }
            expected += letters
            if index % 2 == 0 {
                try sink.write(letters)
            } else {
                try sink.write(String(decoding: letters, as: UTF8.self))
            }
        }
        try sink.finish()
        #expect(FileBytes.contents(atPath: path) == expected)
    }

    /// Where the file goes past the page cache (after `threshold` bytes, at the next multiple of
    /// the page size), and pieces that fill its block, cross it, or leave a last part shorter
    /// than a page.
    static let pastTheCache: [(threshold: Int, sizes: [Int])] = [
        (0, [4096]), (0, [1]), (1, [4095, 2]), (5_000, [10, 20_000, 3]),
        (4096, [4096, 4 << 20, 4096]), (100, [(4 << 20) + 1, 4095, 9 << 20]),
        (3 << 20, [1 << 20, 1 << 20, 1 << 20, 1 << 20, 12_345]), (0, [(4 << 20) - 4096]),
    ]

    @Test(arguments: pastTheCache)
    func holdsEveryPieceWrittenPastTheCache(_ threshold: Int, _ sizes: [Int]) throws {
        let folder = try TemporaryCopy.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = FilePath.join(folder, "out.txt")
        var expected: [UInt8] = []
        let sink = try FileSink(creating: path, shownAs: "out.txt", bypassingCacheAfter: threshold)
        for (index, size) in sizes.enumerated() {
            let piece = Array(Self.pattern[index..<index + size])
            expected += piece
            try sink.write(piece)
        }
        try sink.finish()
        #expect(FileBytes.contents(atPath: path) == expected)
    }

    /// Bytes that repeat only every 251: a piece cut from here at any offset is its own.
    static let pattern = [UInt8](unsafeUninitializedCapacity: (9 << 20) + 256) { buffer, count in
        for index in buffer.indices { buffer[index] = UInt8(index % 251) }
        count = buffer.count
    }

    /// Pieces of seeded random sizes (from empty to past a block) through every way in, against
    /// the bytes they make.
    @Test(arguments: [UInt64(7), 8, 9])
    func randomPiecesPastTheCache(_ seed: UInt64) throws {
        let folder = try TemporaryCopy.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = FilePath.join(folder, "out.txt")
        var generator = SeededGenerator(seed: seed)
        let threshold = Int.random(in: 0...70_000, using: &generator)
        let sink = try FileSink(creating: path, shownAs: "out.txt", bypassingCacheAfter: threshold)
        var expected: [UInt8] = []
        for _ in 0..<20 {
            let size = [0, 1, 4096, 100_000, 5 << 20].randomElement(using: &generator) ?? 0
            let start = Int.random(in: 0..<256, using: &generator)
            let piece = Array(
                Self.pattern[start..<start + Int.random(in: 0...size, using: &generator)])
            expected += piece
            var buffer = ByteBuffer()
            buffer.append(contentsOf: piece)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: try sink.write(piece)
            case 1: try sink.writeLast(buffer)
            default:
                // A buffer's worth or more is written and emptied; less is left for the caller.
                try sink.drain(&buffer)
                if buffer.count > 0 { try sink.write(piece) }
            }
        }
        try sink.finish()
        #expect(FileBytes.contents(atPath: path) == expected)
    }

    @Test func textIsWrittenAsUTF8() throws {
        let sink = FileSink.inMemory("memory")
        try sink.write("£5 · é")
        try sink.write([0x21])
        #expect(sink.collected == Array("£5 · é!".utf8))
    }
}
