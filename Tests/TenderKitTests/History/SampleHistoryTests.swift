import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension HistoryTests {
    /// Every sample carries a real history, rebuilt through the commands by
    /// Samples/rebuild-histories.py: its chain is intact and its files are as it last recorded.
    @Suite("The samples' histories")
    struct SampleHistoryTests {
        static let samples = RepositoryFiles.names(in: "Samples").filter {
            FileManager.default.fileExists(atPath: RepositoryFiles.path("Samples/\($0)/round.json"))
        }

        @Test(arguments: samples)
        func chainIsIntactAndFilesMatch(_ name: String) throws {
            let folder = RepositoryFiles.path("Samples/\(name)")
            let (journal, problems) = HistoryJournal.readChecked(folder: folder)
            #expect(problems.map { DiagnosticFormatter().format($0) } == [])
            let entries = try #require(journal?.entries)
            #expect(entries.map(\.seq) == Array(1...entries.count))
            #expect(entries.first?.change.action == .historyStarted)
            #expect(entries.contains { $0.change.action == .scoreAdded })
            #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.time <= $1.time })
        }

        @Test("every score of the samples came through tender, but those of excluded evaluators")
        func scoresCameThroughTender() throws {
            let load = RoundLoader.load(
                folder: RepositoryFiles.path("Samples/police-property-act-fund-2024"))
            let round = try #require(load.round)
            let history = try #require(round.history)
            let added = history.entries.filter { $0.change.action == .scoreAdded }
            // 60 rows: abell's 4 for ppaf-2024-03 (a declared person interest) were there when the history began.
            #expect(round.scores.scores.count == 60)
            #expect(added.count == 56)
            #expect(Set(added.map(\.by)) == ["pkaur", "jpattison", "abell"])
        }
    }
}
