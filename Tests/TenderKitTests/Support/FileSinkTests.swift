import Foundation
import Testing

@testable import TenderKit

/// A file written in pieces holds exactly the pieces in order, whether they pass through the
/// buffer (small ones) or go to the file straight from where they are (a megabyte or more).
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
        try sink.flush()
        #expect(FileBytes.contents(atPath: path) == expected)
    }

    @Test func textIsWrittenAsUTF8() throws {
        let sink = FileSink.inMemory("memory")
        try sink.write("£5 · é")
        try sink.write([0x21])
        #expect(sink.collected == Array("£5 · é!".utf8))
    }
}
