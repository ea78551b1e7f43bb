import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension HostileInputTests {
    /// Text that is not UTF-8 is an error at its line and column in every reader: never a blank.
    @Suite struct EncodingTests {
        static let advice = TextEncoding.csvAdvice

        @Test func aScoresFileSavedAsWindows1252IsAnErrorAtTheLine() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "Generic answer.", with: HostileRound.windows1252("Generic answer, £5 café’s."),
                    in: "scores.csv", folder: folder)
            }
            #expect(
                diagnostics == [
                    "scores.csv:8:45: line 8 is not UTF-8; it looks like Windows-1252 (byte 0xA3 would be '£'): \(Self.advice)"
                ])
        }

        @Test func aCommentOfOnlyInvalidBytesIsNotAnEmptyComment() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "Well evidenced.", with: [0xFF, 0xFE, 0x81], in: "scores.csv", folder: folder)
            }
            #expect(
                diagnostics == [
                    "scores.csv:6:29: line 6 is not UTF-8 (byte 0xFF cannot start or continue a character): \(Self.advice)"
                ])
        }

        @Test func everyBrokenLineIsReportedAndTheOtherRowsStillChecked() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "Well evidenced.", with: [0xE9], in: "scores.csv", folder: folder)
                try HostileRound.replace(
                    "Generic answer.", with: [0xE9], in: "scores.csv", folder: folder)
                try HostileRound.replace(
                    "bpatel,sub-birch,staffing", with: Array("bpatel,sub-brich,staffing".utf8),
                    in: "scores.csv", folder: folder)
            }
            #expect(diagnostics.count == 3)
            #expect(diagnostics[0].hasPrefix("scores.csv:6:29: line 6 is not UTF-8"))
            #expect(diagnostics[1].hasPrefix("scores.csv:8:29: line 8 is not UTF-8"))
            #expect(
                diagnostics[2]
                    == "scores.csv:9:8: row 8: unknown submission 'sub-brich' (did you mean 'sub-birch'?)"
            )
        }

        @Test func anImportedSheetInWindows1252IsRefusedAtItsLine() throws {
            try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                let sheet = FilePath.join(folder, "../sheet.csv")
                let bytes =
                    Array(
                        "evaluator,submission,criterion,score,comment\nahart,sub-cedar,approach,2,Caf"
                            .utf8)
                    + [0xE9, 0x0A]
                try Data(bytes).write(to: URL(fileURLWithPath: sheet))
                let scores = try TemporaryCopy.read(FilePath.join(folder, "scores.csv"))
                let console = ConsoleCapture()
                #expect(console.run(["import", folder, sheet, "--evaluator", "ahart"]) == 2)
                #expect(
                    console.errorLines.contains(
                        "\(sheet):2:31: error: line 2 is not UTF-8; it looks like Windows-1252 (byte 0xE9 would be 'é'): \(Self.advice)"
                    ))
                #expect(try TemporaryCopy.read(FilePath.join(folder, "scores.csv")) == scores)
            }
        }

        @Test func aSubmissionInWindows1252IsAnErrorAtItsLine() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "Ruth Alder", with: HostileRound.windows1252("Ruth Ald\u{E9}r"),
                    in: "submissions/sub-alder.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "submissions/sub-alder.json:10:35: line 10 is not UTF-8; it looks like Windows-1252 (byte 0xE9 would be 'é'): \(TextEncoding.jsonAdvice)"
                ])
        }

        @Test func aUTF16FileIsNamedAsSuch() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                let text = try TemporaryCopy.read(FilePath.join(folder, "panel.json"))
                var bytes: [UInt8] = [0xFF, 0xFE]
                for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
                try HostileRound.write(bytes, to: "panel.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "panel.json:1:1: the file is UTF-16, not UTF-8: \(TextEncoding.jsonAdvice)"
                ])
        }

        /// Table-driven: each byte sequence that breaks UTF-8, and where the first bad byte is.
        @Test(
            arguments: [
                ([0x41, 0xC0, 0x80], 1),  // overlong NUL
                ([0xED, 0xA0, 0x80], 0),  // a surrogate
                ([0xF4, 0x90, 0x80, 0x80], 0),  // past U+10FFFF
                ([0x41, 0xE2, 0x82], 1),  // truncated at the end
                ([0x80], 0),  // a lone continuation byte
            ] as [([UInt8], Int)])
        func invalidSequencesAreFoundAtTheirFirstByte(bytes: [UInt8], offset: Int) {
            #expect(TextEncoding.invalidLines(in: bytes) == [.init(offset: offset)])
        }

        /// One entry per line, at its first broken byte, wherever the line breaks fall around
        /// the eight-byte runs of ASCII.
        @Test(
            arguments: [
                (Array("abcdefghijkl\u{E9}".utf8) + [0xFF, 0x41, 0xFE], [14]),
                ([0xFF, 0x0A, 0xFE] + Array("0123456789".utf8) + [0x80], [0, 2]),
                (Array("0123456789abcdef\n".utf8) + [0xC3, 0x0A, 0xC3, 0xA9, 0xFF], [17, 21]),
            ] as [([UInt8], [Int])])
        func oneEntryPerBrokenLine(bytes: [UInt8], offsets: [Int]) {
            #expect(TextEncoding.invalidLines(in: bytes) == offsets.map { .init(offset: $0) })
        }

        /// Against a plain byte-by-byte scan, on seeded random text of ASCII, line feeds, valid
        /// sequences and broken bytes.
        @Test func findsWhatAPlainScanFinds() {
            var generator = SeededGenerator(seed: 1252)
            let pieces: [[UInt8]] = [
                Array("abcdefgh".utf8), [0x0A], [0xC3, 0xA9], [0xE2, 0x82, 0xAC],
                [0xF0, 0x9F, 0xA4, 0x9D], [0xFF], [0x80], [0xC3], [0xED, 0xA0, 0x80], [0x41],
            ]
            for _ in 0..<500 {
                var bytes: [UInt8] = []
                for _ in 0..<Int.random(in: 0...40, using: &generator) {
                    bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                }
                #expect(TextEncoding.invalidLines(in: bytes) == Self.plainScan(bytes))
            }
        }

        /// The first broken byte of each line, one byte at a time.
        static func plainScan(_ bytes: [UInt8]) -> [TextEncoding.InvalidLine] {
            bytes.withUnsafeBufferPointer { buffer in
                var lines: [TextEncoding.InvalidLine] = []
                var (index, lineStart, lastReported) = (0, 0, -1)
                while index < buffer.count {
                    if buffer[index] < 0x80 {
                        if buffer[index] == 0x0A { lineStart = index + 1 }
                        index += 1
                        continue
                    }
                    let length = TextEncoding.sequenceLength(buffer, at: index)
                    if length == 0, lastReported != lineStart {
                        lines.append(.init(offset: index))
                        lastReported = lineStart
                    }
                    index += max(length, 1)
                }
                return lines
            }
        }

        @Test func validUTF8InManyScriptsPasses() {
            let text = "Cymdeithas Gofal Llŷn · Zażółć gęślą jaźń · جمعية الخير · 🤝 · 日本"
            #expect(TextEncoding.invalidLines(in: Array(text.utf8)) == [])
        }
    }
}
