import Foundation
import Testing

@testable import TenderKit
@testable import tender

/// A run's outputs are replaced as one set: a run that fails half way leaves the previous set
/// whole and nothing beside it; a run that succeeds leaves no file of the previous set behind.
@Suite struct OutputSetTests {
    private func evaluate(_ arguments: [String]) -> (status: Int32, err: String) {
        let capture = ConsoleCapture()
        let status = capture.run(["evaluate"] + arguments)
        return (status, capture.error)
    }

    /// Every file under `folder`, hidden ones included, by path relative to it.
    private func contents(of folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let manager = FileManager.default
        for path in (manager.subpaths(atPath: folder) ?? []) {
            var isDirectory: ObjCBool = false
            let full = folder + "/" + path
            if manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = manager.contents(atPath: full)
            }
        }
        return files
    }

    /// What lies beside the output folder other than the round's own files.
    private func leftovers(in round: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: round.path)) ?? []
        return names.filter { $0.hasPrefix(".") }.sorted()
    }

    @Test func aRunThatFailsHalfWayLeavesThePreviousSetWhole() throws {
        let copy = try TemporarySample("victim-care-and-advice-2024")
        let out = copy.folder.appendingPathComponent("out").path
        #expect(evaluate([copy.folder.path, "--out", out]).status == 0)
        let before = contents(of: out)
        #expect(before["summaries/vcas-2024-01.md"] != nil)
        try copy.replace(
            "\"price\": 3312000", with: "\"price\": 3300000", in: "submissions/vcas-2024-01.json")
        let load = RoundLoader.load(folder: copy.folder.path)
        let round = try #require(load.round)
        let evaluation = RoundEvaluation(
            round: round, decision: RoundEvaluator.evaluate(round.scoringInput))
        // decision.json and the rationale are written; then a plain file stands where the
        // summaries folder must go, so the run fails half way.
        #expect(throws: CommandError.self) {
            _ = try OutputWriting.write(
                evaluation, formats: Set(RoundOutputs.Format.allCases), to: out
            ) { staged in
                _ = FileManager.default.createFile(
                    atPath: staged.staging + "/summaries", contents: Data("in the way".utf8))
            }
        }
        #expect(contents(of: out) == before, "the previous set changed although the run failed")
        #expect(leftovers(in: copy.folder) == [], "left behind: \(leftovers(in: copy.folder))")
    }

    @Test func theFailureSaysNothingWasChangedAndNamesTheFile() throws {
        let copy = try TemporarySample("victim-care-and-advice-2024")
        let out = copy.folder.appendingPathComponent("out").path
        let round = try #require(RoundLoader.load(folder: copy.folder.path).round)
        let evaluation = RoundEvaluation(
            round: round, decision: RoundEvaluator.evaluate(round.scoringInput))
        do {
            _ = try OutputWriting.write(evaluation, formats: [.md], to: out) { staged in
                _ = FileManager.default.createFile(
                    atPath: staged.staging + "/summaries", contents: Data())
            }
            Issue.record("the write did not fail")
        } catch {
            guard case .failed(let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(
                message
                    == "cannot write \(out)/summaries: it exists and is not a folder; no output was changed"
            )
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(leftovers(in: copy.folder) == [])
    }

    @Test func filesOfAnEarlierRunThatThisRunDoesNotWriteAreGone() throws {
        let copy = try TemporarySample("police-property-act-fund-2024")
        let out = copy.folder.appendingPathComponent("out").path
        #expect(evaluate([copy.folder.path]).status == 0)
        try Data("withdrawn".utf8).write(
            to: URL(fileURLWithPath: out + "/summaries/ppaf-2024-99.md"))
        #expect(evaluate([copy.folder.path, "--format", "json,md"]).status == 0)
        let after = contents(of: out).keys.sorted()
        #expect(after.contains("decision.json"))
        #expect(after.contains("summaries/ppaf-2024-01.md"))
        #expect(!after.contains("summaries/ppaf-2024-99.md"))
        #expect(!after.contains { $0.hasSuffix(".html") || $0 == "ocds.json" })
        #expect(leftovers(in: copy.folder) == [])
    }

    @Test func aPlainFileInTheOldSetNoLongerStopsARun() throws {
        let copy = try TemporarySample("victim-care-and-advice-2024")
        let out = copy.folder.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Data("in the way".utf8).write(to: URL(fileURLWithPath: out + "/summaries"))
        #expect(evaluate([copy.folder.path]).status == 0)
        #expect(contents(of: out)["summaries/vcas-2024-02.html"] != nil)
    }

    @Test func aFolderHoldingOtherFilesIsNeverReplaced() throws {
        let copy = try TemporarySample("victim-care-and-advice-2024")
        // A folder of someone else's (the round's own folder is refused earlier, as an input).
        let other = copy.folder.appendingPathComponent("minutes").path
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data("Panel minutes".utf8).write(to: URL(fileURLWithPath: other + "/minutes.txt"))
        let run = evaluate([copy.folder.path, "--out", other])
        #expect(run.status == 2)
        #expect(run.err.contains("it holds files tender did not write"))
        #expect(run.err.contains("no output was changed"))
        #expect(FileManager.default.fileExists(atPath: other + "/minutes.txt"))
    }

    @Test func stagingFoldersAndTemporariesOfKilledRunsAreRemoved() throws {
        let copy = try TemporarySample("victim-care-and-advice-2024")
        let dead = try #require(OutputSetTests.pidNotRunning())
        let manager = FileManager.default
        let staleStaging = copy.folder.path + "/.out.tender-\(dead)-12345"
        try manager.createDirectory(atPath: staleStaging, withIntermediateDirectories: true)
        try #require(
            manager.createFile(atPath: staleStaging + "/decision.json", contents: Data("{}".utf8)))
        let staleTemporary = copy.folder.path + "/.decisions.json.\(dead)-987.tmp"
        try #require(manager.createFile(atPath: staleTemporary, contents: Data("half".utf8)))
        let alive = copy.folder.path + "/.out.tender-\(getpid())-1"
        try manager.createDirectory(atPath: alive, withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: alive) }
        #expect(evaluate([copy.folder.path, "--format", "json"]).status == 0)
        #expect(!manager.fileExists(atPath: staleStaging))
        #expect(manager.fileExists(atPath: alive), "a running process's staging folder was removed")
        let decide = ConsoleCapture().run([
            "decide", copy.folder.path, "moderation", "--submission", "vcas-2024-05",
            "--criterion", "mobilisation-and-workforce", "--score", "2", "--rationale",
            "Agreed at the moderation meeting.", "--replace",
        ])
        #expect(decide == 0)
        #expect(!manager.fileExists(atPath: staleTemporary))
    }

    @Test(
        arguments: [
            (".out.tender-123-456", "out", Int32(123)), (".scores.csv.77-1.tmp", "scores.csv", 77),
            (".out.tender-x-1", "out", nil), (".scores.csv.77.tmp", "scores.csv", nil),
            ("out", "out", nil), (".other.tender-5-1", "out", nil),
        ] as [(String, String, Int32?)])
    func staleNamesAreRecognisedByTheirProcess(entry: String, name: String, pid: Int32?) {
        #expect(TemporaryFiles.stalePID(entry, name: name) == pid)
    }

    /// A process id that no process has now.
    static func pidNotRunning() -> Int32? {
        (400_000..<400_100).lazy.map(Int32.init).first { kill($0, 0) != 0 && errno == ESRCH }
    }
}
