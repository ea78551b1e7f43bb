import Foundation
import Testing

@testable import TenderKit
@testable import tender

/// `tender evaluate` writes the same bytes on every run, and a failed run leaves the previous
/// outputs whole.
@Suite struct OutputWritingTests {
    private func evaluate(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        var out = ""
        var err = ""
        let console = Console(out: { out += $0 }, error: { err += $0 })
        let status = TenderCommand.main(["evaluate"] + arguments, console: console)
        return (status, out, err)
    }

    private func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test(arguments: SampleOutputs.names)
    func runningTwiceGivesByteIdenticalOutputs(sample: String) throws {
        let copy = try TemporarySample(sample)
        let first = copy.folder.appendingPathComponent("first")
        let second = copy.folder.appendingPathComponent("second")
        #expect(evaluate([copy.folder.path, "--out", first.path]).status == 0)
        #expect(evaluate([copy.folder.path, "--out", second.path]).status == 0)
        let a = try contents(of: first)
        let b = try contents(of: second)
        #expect(a.count >= 13)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs between runs") }
    }

    @Test func invalidInputWritesNothing() throws {
        let copy = try TemporarySample("victim-care-and-advice-2024")
        try copy.replace(
            "\"price\": 3312000", with: "\"price\": ", in: "submissions/vcas-2024-01.json")
        let out = copy.folder.appendingPathComponent("out")
        let run = evaluate([copy.folder.path, "--out", out.path])
        #expect(run.status == 2)
        #expect(run.err.contains("submissions/vcas-2024-01.json:"))
        #expect(run.err.contains(": error: malformed JSON"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func requireFinalExitsThreeWhenProvisional() throws {
        let copy = try TemporarySample("targeted-detached-youth-2024")
        let run = evaluate([copy.folder.path, "--require-final", "--format", "json"])
        #expect(run.status == 3)
        #expect(run.out.hasPrefix("targeted-detached-youth-2024: provisional (5 blocking)"))
        #expect(
            FileManager.default.fileExists(
                atPath: copy.folder.appendingPathComponent("out/decision.json").path))
        #expect(
            !FileManager.default.fileExists(
                atPath: copy.folder.appendingPathComponent("out/award-rationale.md").path))
    }
}

/// An award whose audit schedule cannot be worked out is reported, never silently left out.
@Suite struct AuditScheduleProblemTests {
    @Test func aScheduleThatCannotBeWorkedOutIsReported() throws {
        let copy = try TemporarySample("victim-care-and-advice-2024")
        let rubric = try String(
            contentsOfFile: RepositoryFiles.path("Rubrics/victim-care-and-advice-service.json"),
            encoding: .utf8
        )
        .replacingOccurrences(
            of: "\"durationMonths\": \"submission.durationMonths\"",
            with: "\"durationMonths\": \"submission.auditMonths\"")
        try rubric.write(
            to: copy.folder.appendingPathComponent("rubric.json"), atomically: true, encoding: .utf8
        )
        try copy.replace(
            "\"\(RepositoryFiles.root)/Rubrics/victim-care-and-advice-service.json\"",
            with: "\"rubric.json\"", in: "round.json")
        // One other tenderer gives the field (a field nobody gives is an error of the rubric).
        try copy.replace(
            "\"durationMonths\": 36,", with: "\"durationMonths\": 36,\n  \"auditMonths\": 36,",
            in: "submissions/vcas-2024-02.json")
        var err = ""
        let console = Console(out: { _ in }, error: { err += $0 })
        #expect(TenderCommand.main(["evaluate", copy.folder.path], console: console) == 0)
        #expect(
            err.contains(
                "submissions/vcas-2024-01.json:1:1: warning: submission 'vcas-2024-01' has no 'auditMonths': the audit duration (audit.durationMonths) reads submission.auditMonths and cannot be evaluated for it, so its award will have no audit schedule"
            ))
        #expect(
            err.contains(
                "warning: no audit schedule for vcas-2024-01: the duration could not be evaluated: submission.auditMonths is missing"
            ))
        let rationale = try String(
            contentsOf: copy.folder.appendingPathComponent("out/award-rationale.md"),
            encoding: .utf8)
        #expect(
            rationale.contains(
                "`vcas-2024-01`: **no schedule** (the duration could not be evaluated: submission.auditMonths is missing)"
            ))
        let calendar = try String(
            contentsOf: copy.folder.appendingPathComponent("out/audit-schedule.ics"),
            encoding: .utf8)
        #expect(!calendar.contains("BEGIN:VEVENT"))
    }
}
