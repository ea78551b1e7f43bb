import Foundation
import Testing

@testable import TenderKit

/// A round without its submissions folder gets one error, not one more for every score row and
/// decision that names a submission.
@Suite struct MissingSubmissionsFolderTests {
    @Test func aMissingSubmissionsFolderIsReportedOnce() throws {
        try TemporaryCopy.of(RepositoryFiles.validationFixture("base-round")) { round in
            try FileManager.default.removeItem(atPath: FilePath.join(round, "submissions"))
            let load = RoundLoader.load(folder: round)
            #expect(load.round == nil)
            #expect(
                load.diagnostics.map { $0.described(relativeTo: round) } == [
                    "submissions:1:1: the submissions folder is missing (each submission is a JSON file in submissions/)"
                ])
        }
    }
}
