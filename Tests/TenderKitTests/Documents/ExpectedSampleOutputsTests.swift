import Foundation
import Testing

@testable import TenderKit

/// Every bundled sample's outputs, byte for byte, against the copies committed in
/// `Tests/TenderKitTests/Fixtures/sample-outputs/SAMPLE/`: the files `tender evaluate` writes
/// (`files/`), and what `evaluate`, `status`, `conflicts` and `explain` print (`commands/`).
///
/// A refactoring must leave all of them unchanged. A change that means to alter an output
/// rewrites the copies, and the diff shows exactly what changed:
///
///     TENDER_UPDATE_SAMPLE_OUTPUTS=1 swift test --filter ExpectedSampleOutputsTests
@Suite struct ExpectedSampleOutputsTests {
    static let updating = ProcessInfo.processInfo.environment["TENDER_UPDATE_SAMPLE_OUTPUTS"] == "1"

    @Test(arguments: SampleOutputs.names)
    func outputsMatchTheCommittedCopies(_ name: String) throws {
        let expected = RepositoryFiles.path("Tests/TenderKitTests/Fixtures/sample-outputs/\(name)")
        let actual = try TemporaryCopy.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: actual) }
        try SampleCommands(sample: name, into: actual).runAll()
        if Self.updating {
            try? FileManager.default.removeItem(atPath: expected)
            try FileManager.default.copyItem(atPath: actual, toPath: expected)
        }
        let written = try Self.files(under: actual)
        let committed = try Self.files(under: expected)
        #expect(written.keys.sorted() == committed.keys.sorted(), "outputs added or missing")
        for (path, bytes) in written.sorted(by: { $0.key < $1.key }) {
            guard let copy = committed[path], copy != bytes else { continue }
            Issue.record(
                "\(name)/\(path) differs from the committed copy\(Self.firstDifference(bytes, copy))"
            )
        }
    }

    /// ` from line N`: where two texts first differ, so that the failure does not print both.
    static func firstDifference(_ written: [UInt8], _ committed: [UInt8]) -> String {
        let same = zip(written, committed).prefix { $0 == $1 }.count
        return " from line \(written.prefix(same).count { $0 == UInt8(ascii: "\n") } + 1)"
    }

    /// Every file under `folder` by its path relative to it, hidden files included.
    static func files(under folder: String) throws -> [String: [UInt8]] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [:] }
        var files: [String: [UInt8]] = [:]
        while let relative = walker.nextObject() as? String {
            let path = FilePath.join(folder, relative)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
                !isFolder.boolValue
            else { continue }
            let bytes = try #require(FileBytes.contents(atPath: path), "cannot read \(path)")
            files[relative] = bytes
        }
        return files
    }
}

/// Runs the read-only commands on one sample where it stands, writing the outputs and the printed
/// text under a scratch folder.
private struct SampleCommands {
    let round: String
    let folder: String

    init(sample: String, into folder: String) {
        round = RepositoryFiles.path("Samples/" + sample)
        self.folder = folder
    }

    func runAll() throws {
        try run(["evaluate", round, "--out", FilePath.join(folder, "files")], as: "evaluate")
        try run(["status", round], as: "status")
        try run(["conflicts", round, "--out", FilePath.join(folder, "conflicts")], as: "conflicts")
        let load = RoundLoader.load(folder: round)
        let round = try #require(load.round)
        for submission in round.submissions.map(\.id).sorted() {
            try run(
                ["explain", self.round, "--submission", submission], as: "explain-" + submission)
        }
    }

    /// Runs `tender ARGUMENTS` and keeps its exit code and standard output, the repository's
    /// root left out of any path it prints.
    private func run(_ arguments: [String], as name: String) throws {
        let capture = ConsoleCapture()
        let code = capture.run(arguments)
        let printed = capture.out.replacingOccurrences(of: RepositoryFiles.root + "/", with: "")
        let commands = FilePath.join(folder, "commands")
        try FileManager.default.createDirectory(atPath: commands, withIntermediateDirectories: true)
        try TemporaryCopy.write(
            "exit \(code)\n" + printed,
            to: FilePath.join(commands, name + ".txt"))
    }
}
