import Testing

@testable import TenderKit

/// A round loaded for its digests keeps them instead of its files' bytes, and they are the digests
/// of the files as they are on disk, the same as a round loaded without them works out later.
@Suite struct RoundInputTests {
    @Test func digestsAreTheSameWhenWorkedOutWhileLoadingOrLater() throws {
        let folder = RepositoryFiles.path("Samples/community-safety-fund-2024")
        let early = try #require(RoundLoader.load(folder: folder, digestingInputs: true).round)
        let late = try #require(RoundLoader.load(folder: folder).round)
        #expect(early.inputs.map(\.path) == late.inputs.map(\.path))
        #expect(early.inputs.map(\.sha256) == late.inputs.map(\.sha256))
        for input in early.inputs {
            let bytes = try #require(FileBytes.contents(atPath: input.path))
            #expect(input.sha256 == SHA256.hex(bytes), "\(input.path)")
        }
        #expect(early.submissions.allSatisfy { $0.source == nil })
    }
}
