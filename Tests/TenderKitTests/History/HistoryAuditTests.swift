import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension HistoryTests {
    /// The award rationale's audit section, for the panel (with names) and the public (without).
    @Suite("The audit section")
    struct HistoryAuditTests {
        /// The Police Property Act Fund sample (evaluated as final), then a score replaced.
        static func changedAfterFinal(_ scratch: Scratch) throws -> String {
            let round = try Flow.copySample("police-property-act-fund-2024", into: scratch)
            let sheet = try HistoryFlow.sheet(
                ["pkaur,ppaf-2024-01,local-roots,2,Fewer local members than I thought."],
                in: scratch)
            let run = HistoryFlow.run(
                ["import", round, sheet, "--evaluator", "pkaur", "--replace"],
                at: "2024-09-21T09:15:00Z")
            #expect(run.exit == 0)
            return round
        }

        @Test(
            "counts by person, each decision with its time, and a change after the final evaluation"
        )
        func counts() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Self.changedAfterFinal(scratch)
            let (journal, _) = try HistoryFlow.journal(round)
            let audit = HistoryAudit(journal: journal)
            // From Samples/police-property-act-fund-2024/history.jsonl: 56 scores imported by
            // three evaluators (abell's 4 for ppaf-2024-03 predate it), one ruling, one final evaluation.
            #expect((audit.scoresEntered, audit.scoresReplaced) == (56, 1))
            #expect(
                audit.people == [
                    .init(name: "abell", entered: 16, replaced: 0),
                    .init(name: "jpattison", entered: 20, replaced: 0),
                    .init(name: "pkaur", entered: 20, replaced: 1),
                ])
            #expect(audit.decisions.map(\.time.description) == ["2024-08-27T15:50:00Z"])
            #expect(audit.firstFinal?.time.description == "2024-09-19T10:00:00Z")
            #expect(audit.changedAfterFinal.map(\.seq) == [journal.entries.count])
            #expect(audit.digest == journal.digests.last)
        }

        @Test("the panel's section names people; the public form shows counts and times only")
        func namesAndNoNames() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Self.changedAfterFinal(scratch)
            let (journal, _) = try HistoryFlow.journal(round)
            let panel = MarkdownRenderer().render(
                Document(
                    title: "t",
                    blocks: HistoryAuditSection(history: journal, showsNames: true).blocks()))
            let publicText = MarkdownRenderer().render(
                Document(
                    title: "t",
                    blocks: HistoryAuditSection(history: journal, showsNames: false).blocks()))

            #expect(
                panel.contains(
                    "56 scores entered, 1 replaced afterwards, and 1 decision recorded, replaced or withdrawn."
                ))
            #expect(
                panel.contains(
                    "**Changed after a final evaluation.** The round was first evaluated as final at 2024-09-19 10:00 (UTC, entry 60); 1 change to scores or decisions followed:"
                ))
            #expect(panel.contains("2024-09-21 09:15 pkaur replaced ppaf-2024-01 / local-roots: "))
            #expect(panel.contains("`jpattison`"))
            #expect(publicText.contains("56 scores entered, 1 replaced afterwards"))
            #expect(
                publicText.contains(
                    "2024-09-21 09:15 a score replaced for ppaf-2024-01 / local-roots"))
            #expect(publicText.contains("2024-08-27 15:50"))
            #expect(publicText.contains("the conflict ruling for ppaf-2024-06 recorded"))
            let panelJSON = try Flow.read(round + "/panel.json")
            for person in try Flow.jsonObject(panelJSON)["evaluators"] as? [[String: Any]] ?? [] {
                for key in ["id", "name", "email"] {
                    let value = try #require(person[key] as? String)
                    #expect(!publicText.contains(value), "the public form names \(value)")
                }
            }
        }

        @Test(
            "the rationale and decision.json record the last recorded entry, not a later final evaluation"
        )
        func recordedDigest() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("community-safety-fund-2024", into: scratch)
            let (journal, _) = try HistoryFlow.journal(round)
            #expect(journal.entries.last?.change.action == .finalEvaluation)
            let out = scratch.file("out")
            #expect(
                HistoryFlow.run(["evaluate", round, "--out", out], at: "2024-07-01T00:00:00Z").exit
                    == 0)
            let record = try Flow.jsonObject(try Flow.read(out + "/decision.json"))
            let history = try #require(record["history"] as? [String: Any])
            #expect(history["entries"] as? Int == journal.entries.count - 1)
            #expect(history["sha256"] as? String == journal.digests[journal.entries.count - 2])
            let rationale = try Flow.read(out + "/award-rationale.md")
            #expect(rationale.contains("## The round's history"))
            #expect(rationale.contains(journal.digests[journal.entries.count - 2]))
        }
    }
}
