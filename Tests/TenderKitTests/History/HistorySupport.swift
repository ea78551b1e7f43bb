import Foundation
import Testing

@testable import TenderKit
@testable import tender

/// The namespace of the round-history tests, so that `swift test --filter HistoryTests` runs them.
@Suite("The round's history")
enum HistoryTests {}

/// Running `tender` with a fixed clock and a fixed system user name, and reading a journal.
enum HistoryFlow {
    static let user = "login-chair"

    /// Runs `tender ARGUMENTS` at `time` (UTC), feeding `input` as typed lines.
    static func run(_ arguments: [String], at time: String, input: [String] = []) -> FlowRun {
        final class Capture {
            var out = ""
            var err = ""
            var lines: [String] = []
        }
        let capture = Capture()
        capture.lines = input
        let console = Console(
            out: { capture.out += $0 }, error: { capture.err += $0 },
            readLine: { capture.lines.isEmpty ? nil : capture.lines.removeFirst() },
            clock: { UTCTime(time) }, userName: { user })
        let exit = TenderCommand.main(arguments, console: console)
        return FlowRun(exit: exit, out: capture.out, err: capture.err)
    }

    /// The journal's lines as JSON objects.
    static func lines(_ round: String) throws -> [[String: Any]] {
        try Flow.read(round + "/history.jsonl").split(separator: "\n").map {
            try Flow.jsonObject(String($0))
        }
    }

    /// The journal as read and checked, with its problems.
    static func journal(_ round: String) throws -> (HistoryJournal, [Diagnostic]) {
        let (journal, problems) = HistoryJournal.readChecked(folder: round)
        return (try #require(journal, "no journal in \(round)"), problems)
    }

    static func digest(_ path: String) throws -> String { SHA256.hex(try Flow.bytes(path)) }

    /// The SHA-256 of line `number` (1-based) of the journal, without its line break.
    static func lineDigest(_ round: String, _ number: Int) throws -> String {
        let lines = try Flow.read(round + "/history.jsonl").split(separator: "\n")
        return SHA256.hex(Array(lines[number - 1].utf8))
    }

    /// A scoresheet file in `scratch` with these rows under the header.
    static func sheet(_ rows: [String], in scratch: Scratch, name: String = "sheet.csv") throws
        -> String
    {
        let path = scratch.file(name)
        try Flow.write(
            (["evaluator,submission,criterion,score,comment"] + rows).joined(separator: "\n")
                + "\n", to: path)
        return path
    }

    /// A copy of a sample without its journal: a round made before tender kept one.
    static func withoutHistory(_ name: String, into scratch: Scratch) throws -> String {
        let round = try Flow.copySample(name, into: scratch)
        try FileManager.default.removeItem(atPath: round + "/history.jsonl")
        return round
    }
}
