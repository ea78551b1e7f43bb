import Foundation
import Testing

@testable import TenderKit

extension FlowTests {
    /// `tender verify`: a record matches its own inputs; one changed score, one changed record
    /// figure and a record from another engine version are each reported as such.
    @Suite("tender verify")
    struct VerifyCommandTests {
        static func evaluated(_ scratch: Scratch, draws: String = "50") throws -> (String, String) {
            let folder = try Flow.copySample("victim-care-and-advice-2024", into: scratch)
            let out = scratch.file("out")
            let run = Flow.run(["evaluate", folder, "--out", out, "--sensitivity-draws", draws])
            try #require(run.exit == 0, "\(run.err)")
            return (folder, out + "/decision.json")
        }

        @Test("a record matches the inputs it was made from")
        func matches() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let (folder, record) = try Self.evaluated(scratch)
            let run = Flow.run(["verify", folder, record])
            #expect(run.exit == 0, "\(run.out)\(run.err)")
            #expect(run.out.contains("match    input digests"))
            #expect(run.out.contains("The record matches the inputs"))
        }

        @Test("changing one score in scores.csv exits 4 and names scores.csv and the figures")
        func changedScore() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let (folder, record) = try Self.evaluated(scratch)
            let path = folder + "/scores.csv"
            var lines = try Flow.read(path).components(separatedBy: "\n")
            // The last score row (entered through tender, so it counts; rows near the top can be
            // from an evaluator excluded by a conflict): evaluator,submission,criterion,score,comment.
            let row = try #require(lines.lastIndex { !$0.isEmpty })
            var fields = lines[row].components(separatedBy: ",")
            let old = Double(fields[3]) ?? 0
            fields[3] = NumberText.plain(old >= 3 ? old - 1 : old + 1)
            lines[row] = fields.joined(separator: ",")
            try Flow.write(lines.joined(separator: "\n"), to: path)
            let run = Flow.run(["verify", folder, record])
            #expect(run.exit == 4)
            #expect(run.out.contains("MISMATCH input digests"))
            #expect(run.out.contains("scores.csv: SHA-256 differs"))
            let submission = fields[1]
            #expect(run.out.contains("submissions[\(submission)].criteria[\(fields[2])]"))
            #expect(run.out.contains(" → "))
            #expect(!run.out.contains("round.json: SHA-256"))
        }

        @Test("a changed figure in the record is named with its old and new value")
        func changedRecord() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let (folder, record) = try Self.evaluated(scratch)
            let text = try Flow.read(record)
            let edited = text.replacingOccurrences(
                of: "\"remainingBudget\": 318000", with: "\"remainingBudget\": 1")
            try #require(edited != text)
            try Flow.write(edited, to: record)
            let run = Flow.run(["verify", folder, record])
            #expect(run.exit == 4)
            #expect(run.out.contains("remainingBudget: 1 → 318000"))
            #expect(run.out.contains("match    input digests"))
        }

        @Test("a record from another engine version says so and still compares the figures")
        func otherVersion() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let (folder, record) = try Self.evaluated(scratch, draws: "0")
            let text = try Flow.read(record).replacingOccurrences(
                of: "\"engineVersion\": \"\(EngineVersion.current)\"",
                with: "\"engineVersion\": \"0.0.1\"")
            try Flow.write(text, to: record)
            let run = Flow.run(["verify", folder, record])
            #expect(run.exit == 0)
            #expect(run.out.contains("made by tender 0.0.1"))
        }

        @Test("a record that is not JSON is an error at its position")
        func notJSON() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let (folder, record) = try Self.evaluated(scratch, draws: "0")
            try Flow.write("{\"submissions\": [}", to: record)
            let run = Flow.run(["verify", folder, record])
            #expect(run.exit == 2)
            #expect(run.errorLines.contains { $0.hasPrefix(record + ":1:") })
        }
    }

    /// `tender explain`: every step for one submission, in text and JSON; an unknown id gets
    /// "did you mean".
    @Suite("tender explain")
    struct ExplainCommandTests {
        static let sample = "community-safety-fund-2024"

        @Test("the text traces gates, scores, formulas, rank, award and sensitivity")
        func text() throws {
            let folder = RepositoryFiles.root + "/Samples/" + Self.sample
            let run = Flow.run([
                "explain", folder, "--submission", "csf-2024-03", "--sensitivity-draws", "20",
            ])
            #expect(run.exit == 0, "\(run.err)")
            for expected in [
                "Gates:", "agreed score = ", "points = (", "total = ", "rank ", "budget before",
                "Sensitivity:", "Criteria:",
            ] {
                #expect(run.out.contains(expected), "missing \(expected)")
            }
        }

        @Test("--format json is JSON with the same steps")
        func json() throws {
            let folder = RepositoryFiles.root + "/Samples/" + Self.sample
            let run = Flow.run([
                "explain", folder, "--submission", "csf-2024-02", "--format", "json",
                "--sensitivity-draws", "0",
            ])
            #expect(run.exit == 0)
            let object = try Flow.jsonObject(run.out)
            #expect(object["submission"] as? String == "csf-2024-02")
            #expect((object["criteria"] as? [Any])?.isEmpty == false)
            #expect((object["award"] as? [Any])?.isEmpty == false)
        }

        @Test("an unknown submission gets did you mean")
        func unknown() throws {
            let folder = RepositoryFiles.root + "/Samples/" + Self.sample
            let run = Flow.run(["explain", folder, "--submission", "csf-2024-3"])
            #expect(run.exit == 2)
            #expect(run.err.contains("did you mean 'csf-2024-03'?"))
        }
    }
}
