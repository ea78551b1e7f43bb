import Foundation
import Testing

@testable import TenderKit

/// `FileBytes` reads every input file. It replaced `FileManager.contents(atPath:)`, which loses a
/// 4 KB buffer per empty file: under AddressSanitizer `tender validate EMPTY.json` then exited 1
/// with a leak report instead of 2 (see `badRubricFilesExitTwoWithoutACrash`, "an empty file").
@Suite struct FileBytesTests {
    @Test(arguments: [
        ("empty", [UInt8]()),
        ("one byte", [0x7B]),
        ("invalid UTF-8 and a NUL", [0xFF, 0x00, 0xC3, 0x28]),
        ("past one read", (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }),
    ])
    func readsExactlyTheFilesBytes(_ name: String, _ bytes: [UInt8]) throws {
        let read = try TemporaryCopy.inFolder { folder in
            let path = FilePath.join(folder, "file")
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return FileBytes.contents(atPath: path)
        }
        #expect(read == bytes)
    }

    /// A file whose size says 0 but that holds text (as /proc's do, or a file that grows while it
    /// is read) is read to its end.
    @Test func readsPastTheSizeTheFileHad() throws {
        #if os(Linux)
            let bytes = try #require(FileBytes.contents(atPath: "/proc/version"))
            #expect(bytes.count > 20)
            #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Linux version"))
        #endif
    }

    @Test func aFolderOrAMissingFileIsNil() throws {
        let (folderRead, missingRead) = try TemporaryCopy.inFolder { folder in
            (
                FileBytes.contents(atPath: folder),
                FileBytes.contents(atPath: FilePath.join(folder, "missing"))
            )
        }
        #expect(folderRead == nil)
        #expect(missingRead == nil)
    }

    @Test func textIsNilUnlessUTF8() throws {
        let (good, bad) = try TemporaryCopy.inFolder { folder in
            let goodPath = FilePath.join(folder, "good")
            let badPath = FilePath.join(folder, "bad")
            try Data("Cymraeg: ŵ ŷ".utf8).write(to: URL(fileURLWithPath: goodPath))
            try Data([0x43, 0x61, 0x66, 0xE9]).write(to: URL(fileURLWithPath: badPath))
            return (FileBytes.text(atPath: goodPath), FileBytes.text(atPath: badPath))
        }
        #expect(good == "Cymraeg: ŵ ŷ")
        #expect(bad == nil)
    }
}

extension TemporaryCopy {
    /// Runs `body` with a fresh temporary folder, removed afterwards.
    static func inFolder<Result>(_ body: (String) throws -> Result) throws -> Result {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }
}
