import Foundation
import Testing

@testable import TenderKit

/// The namespace of the hostile-input suite: files as tired panel members, phones, spreadsheets on
/// Windows and attackers make them. Each case gets a correct result or a clear
/// `FILE:LINE:COLUMN: error:`, never a crash, a hang or a silently wrong value.
@Suite("Hostile input")
enum HostileInputTests {}

/// A copy of the valid base round (`Fixtures/validation/base-round`) changed at the byte level,
/// for the encodings, control characters and file-system tricks that text edits cannot express.
enum HostileRound {
    /// Copies the base round, lets `change` alter the copy, and loads it.
    static func load(_ change: (String) throws -> Void) throws -> (
        diagnostics: [String], round: LoadedRound?
    ) {
        try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
            try change(folder)
            let load = RoundLoader.load(folder: folder)
            return (load.diagnostics.map { $0.described(relativeTo: folder) }, load.round)
        }
    }

    /// The diagnostics of the base round after `change`.
    static func diagnostics(_ change: (String) throws -> Void) throws -> [String] {
        try load(change).diagnostics
    }

    /// Replaces the one occurrence of `old` in `file` by the raw bytes `new`.
    static func replace(_ old: String, with new: [UInt8], in file: String, folder: String) throws {
        let path = FilePath.join(folder, file)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let needle = Array(old.utf8)
        let starts = (0...(bytes.count - needle.count)).filter {
            Array(bytes[$0..<$0 + needle.count]) == needle
        }
        guard starts.count == 1 else {
            throw FixtureEditError(file: file, text: old, occurrences: starts.count)
        }
        let start = starts[0]
        let changed = Array(bytes[..<start]) + new + Array(bytes[(start + needle.count)...])
        try Data(changed).write(to: URL(fileURLWithPath: path))
    }

    /// Writes raw bytes to `file` in the round.
    static func write(_ bytes: [UInt8], to file: String, folder: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: FilePath.join(folder, file)))
    }

    /// The bytes of `text` in Windows-1252 (Latin-1 letters plus the few it adds, such as '’').
    static func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar {
            case "\u{2019}": 0x92
            case "\u{20AC}": 0x80
            default: UInt8(truncatingIfNeeded: scalar.value)
            }
        }
    }
}
