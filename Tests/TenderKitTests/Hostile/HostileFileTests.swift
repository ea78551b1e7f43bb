import Foundation
import Testing

@testable import TenderKit

extension HostileInputTests {
    /// Files as editors, phones and file systems leave them: byte-order marks, line ends, NULs,
    /// huge lines, deep nesting, repeated names, folders and links where files should be.
    @Suite struct HostileFileTests {
        @Test func byteOrderMarksAreSkippedInEveryReader() throws {
            let load = try HostileRound.load { folder in
                for file in [
                    "scores.csv", "round.json", "panel.json", "submissions/sub-alder.json",
                ] {
                    let path = FilePath.join(folder, file)
                    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
                    try HostileRound.write([0xEF, 0xBB, 0xBF] + bytes, to: file, folder: folder)
                }
            }
            #expect(load.diagnostics == [])
            #expect(load.round?.scores.count == 8)
        }

        @Test func crlfLineEndsReadAsLineEnds() throws {
            let load = try HostileRound.load { folder in
                for file in ["scores.csv", "round.json", "decisions.json"] {
                    let path = FilePath.join(folder, file)
                    let text = try TemporaryCopy.read(path)
                    try TemporaryCopy.write(
                        text.replacingOccurrences(of: "\n", with: "\r\n"), to: path)
                }
            }
            #expect(load.diagnostics == [])
            let round = try #require(load.round)
            #expect(round.scores.comment(1) == "Adequate, but no cover for leave.")
        }

        @Test func loneCarriageReturnLineEndsAreNamed() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                let path = FilePath.join(folder, "scores.csv")
                let text = try TemporaryCopy.read(path)
                try TemporaryCopy.write(text.replacingOccurrences(of: "\n", with: "\r"), to: path)
            }
            #expect(
                diagnostics == [
                    "scores.csv:1:1: the lines of this file end with a lone carriage return (CR), which CSV does not allow: save it with Windows (CRLF) or Unix (LF) line ends"
                ])
        }

        @Test func aNulByteInJSONIsAnErrorAtItsPlace() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "\"durationMonths\": 24", with: Array("\"durationMonths\": 24\u{0}".utf8),
                    in: "submissions/sub-alder.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "submissions/sub-alder.json:14:23: malformed JSON: found character 0x0 where ',' or '}' was expected"
                ])
        }

        @Test func aFiftyMegabyteLineIsReadWhole() throws {
            let comment = String(repeating: "Long comment. ", count: 50_000_000 / 14)
            let load = try HostileRound.load { folder in
                try HostileRound.replace(
                    "Well evidenced.", with: Array(comment.utf8), in: "scores.csv", folder: folder)
            }
            #expect(load.diagnostics == [])
            let round = try #require(load.round)
            // Every byte but the trailing space a comment is trimmed of.
            #expect(round.scores.comment(4).utf8.count == comment.utf8.count - 1)
        }

        @Test func deepNestingIsRefusedNotOverflowed() throws {
            let deep =
                String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "\"durationMonths\": 24", with: Array("\"durationMonths\": \(deep)".utf8),
                    in: "submissions/sub-alder.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "submissions/sub-alder.json:14:276: malformed JSON: arrays and objects nest more than 256 deep"
                ])
        }

        @Test func aRepeatedMemberIsReported() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "\"durationMonths\": 24",
                    with: Array("\"durationMonths\": 24, \"price\": 1".utf8),
                    in: "submissions/sub-alder.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "submissions/sub-alder.json:14:25: duplicate member 'price' (first at line 13): each name may appear once in an object"
                ])
        }

        @Test func minusZeroIsZero() throws {
            let load = try HostileRound.load { folder in
                try HostileRound.replace(
                    "\"amount\": 100000", with: Array("\"amount\": -0".utf8), in: "round.json",
                    folder: folder)
            }
            let round = try #require(load.round)
            #expect(round.round.budget.amount == 0)
        }

        @Test func aSubmissionFileThatIsAFolderIsReported() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try FileManager.default.createDirectory(
                    atPath: FilePath.join(folder, "submissions/sub-oak.json"),
                    withIntermediateDirectories: false)
            }
            #expect(
                diagnostics == [
                    "submissions/sub-oak.json:1:1: submission file is a folder, not a file"
                ]
            )
        }

        @Test func aSymbolicLinkLoopIsReported() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                let path = FilePath.join(folder, "submissions/loop.json")
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: path)
            }
            #expect(
                diagnostics == [
                    "submissions/loop.json:1:1: submission file is a symbolic link that leads nowhere (a loop, or a target that does not exist)"
                ])
        }

        @Test func anEmptyRoundFolderSaysWhatIsMissing() throws {
            let folder = try TemporaryCopy.makeFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let diagnostics = RoundLoader.load(folder: folder).diagnostics.map {
                $0.described(relativeTo: folder)
            }
            #expect(
                diagnostics == [
                    "panel.json:1:1: panel.json not found",
                    "round.json:1:1: round.json not found",
                    "scores.csv:1:1: scores.csv not found",
                    "submissions:1:1: the submissions folder is missing (each submission is a JSON file in submissions/)",
                ])
        }

        /// One submission and one evaluator: it is scored, ranked and awarded, but one evaluator
        /// is fewer than the rubric's two, so each criterion blocks a final decision.
        @Test func aRoundWithOneSubmissionAndOneEvaluatorIsEvaluated() throws {
            let load = try HostileRound.load { folder in
                for name in ["sub-birch", "sub-cedar"] {
                    try FileManager.default.removeItem(
                        atPath: FilePath.join(folder, "submissions/\(name).json"))
                }
                let panel = try TemporaryCopy.read(FilePath.join(folder, "panel.json"))
                let end = try #require(panel.range(of: "    },\n    {\n      \"id\": \"bpatel\""))
                try TemporaryCopy.write(
                    String(panel[..<end.lowerBound]) + "    }\n  ]\n}\n",
                    to: FilePath.join(folder, "panel.json"))
                try TemporaryCopy.write(
                    "evaluator,submission,criterion,score,comment\nahart,sub-alder,approach,3,Clear.\nahart,sub-alder,staffing,2,Adequate.\n",
                    to: FilePath.join(folder, "scores.csv"))
                try TemporaryCopy.write("{}\n", to: FilePath.join(folder, "decisions.json"))
            }
            #expect(load.diagnostics == [])
            let decision = RoundEvaluator.evaluate(try #require(load.round).scoringInput)
            #expect(decision.status == .provisional)
            #expect(
                decision.blocking.map(\.kind) == [.insufficientEvaluators, .insufficientEvaluators])
            let only = try #require(decision.submissions.first)
            // 3/3 × 50 + 2/3 × 20 + 30 (the only price is the best).
            #expect(abs((only.total ?? 0) - (50 + 40.0 / 3 + 30)) < 1e-9)
            #expect(only.status == .awarded)
        }
    }
}
