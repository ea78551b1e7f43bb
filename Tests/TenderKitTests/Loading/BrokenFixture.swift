import Foundation
import Testing

@testable import TenderKit

/// The namespace of the validation tests (loaders, checks, `tender validate`, the rubric schema),
/// so that `swift test --filter ValidationTests` runs exactly them.
@Suite("Validation")
enum ValidationTests {}

/// One way to break the valid base round (`Fixtures/validation/base-round`), and every diagnostic
/// that validation must then report, written `FILE:LINE:COLUMN: MESSAGE` with FILE relative to the
/// round folder (`$ROUND/` stands for the folder where a message quotes a full path).
///
/// Each case breaks one thing; `expected` lists all its diagnostics, in the sorted order the
/// loaders return them, so a case also fails when validation reports anything more.
struct BrokenFixture: Sendable, CustomTestStringConvertible {
    enum Edit: Sendable {
        /// Replace the one occurrence of a text in a file (a text found 0 or 2+ times fails the test).
        case replace(file: String, old: String, new: String)
        /// Replace a file's whole text (creating the file if needed).
        case write(file: String, text: String)
        case remove(file: String)
        /// Rewrite a file's whole text (line ends, encodings).
        case transform(file: String, change: @Sendable (String) -> String)
    }

    var name: String
    var edits: [Edit]
    var expected: [String]

    var testDescription: String { name }

    init(_ name: String, _ edits: [Edit], expect expected: [String]) {
        self.name = name
        self.edits = edits
        self.expected = expected
    }

    /// The usual case: one substitution in one file.
    init(
        _ name: String, in file: String, replacing old: String, with new: String,
        expect expected: [String]
    ) {
        self.init(name, [.replace(file: file, old: old, new: new)], expect: expected)
    }

    static let baseRound = RepositoryFiles.validationFixture("base-round")

    /// Copies the base round, applies the edits, loads the round folder, and returns its diagnostics.
    func roundDiagnostics() throws -> [String] {
        try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
            try apply(in: folder)
            return RoundLoader.load(folder: folder).diagnostics.map {
                $0.described(relativeTo: folder)
            }
        }
    }

    /// Copies the base round, applies the edits, and loads only its `rubric.json` as a rubric file.
    func rubricDiagnostics() throws -> [String] {
        try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
            try apply(in: folder)
            return RubricLoader.load(path: FilePath.join(folder, "rubric.json")).diagnostics.map {
                $0.described(relativeTo: folder)
            }
        }
    }

    func apply(in folder: String) throws {
        for edit in edits {
            switch edit {
            case .replace(let file, let old, let new):
                let path = FilePath.join(folder, file)
                let text = try TemporaryCopy.read(path)
                let count = text.components(separatedBy: old).count - 1
                guard count == 1 else {
                    throw FixtureEditError(file: file, text: old, occurrences: count)
                }
                try TemporaryCopy.write(text.replacingOccurrences(of: old, with: new), to: path)
            case .write(let file, let text):
                try TemporaryCopy.write(text, to: FilePath.join(folder, file))
            case .remove(let file):
                try FileManager.default.removeItem(atPath: FilePath.join(folder, file))
            case .transform(let file, let change):
                let path = FilePath.join(folder, file)
                try TemporaryCopy.write(change(try TemporaryCopy.read(path)), to: path)
            }
        }
    }
}

/// A case's substitution did not match exactly once: the fixture changed under the case table.
struct FixtureEditError: Error, CustomStringConvertible {
    var file: String
    var text: String
    var occurrences: Int

    var description: String {
        "expected '\(text)' exactly once in \(file), found it \(occurrences) times"
    }
}

extension ValidationTests {
    /// The base round and its rubric are valid: every broken case differs from them by its edits only.
    @Suite struct BaseRoundTests {
        @Test func theBaseRoundLoadsWithoutDiagnostics() throws {
            let load = RoundLoader.load(folder: BrokenFixture.baseRound)
            #expect(
                load.diagnostics.map { $0.described(relativeTo: BrokenFixture.baseRound) } == [])
            let round = try #require(load.round)
            #expect(round.round.id == "mini-2024")
            #expect(round.submissions.map(\.id) == ["sub-alder", "sub-birch", "sub-cedar"])
            #expect(round.panel.evaluators.map(\.id) == ["ahart", "bpatel", "cwatts"])
            #expect((load.submissionCount, load.evaluatorCount, load.scoreCount) == (3, 3, 8))
            #expect(round.decisions.moderation.count == 1)
        }

        @Test func theBaseRubricLoadsWithoutDiagnostics() throws {
            let (rubric, diagnostics) = RubricLoader.load(
                path: FilePath.join(BrokenFixture.baseRound, "rubric.json"))
            #expect(diagnostics.isEmpty)
            let loaded = try #require(rubric)
            #expect(loaded.criteria.map(\.id) == ["approach", "staffing", "price"])
            #expect(loaded.criteria.map(\.weight) == [50, 20, 30])
        }

        @Test func anEditThatDoesNotMatchExactlyOnceFailsLoudly() {
            let ambiguous = BrokenFixture(
                "ambiguous", in: "decisions.json", replacing: "sub-birch", with: "x", expect: [])
            #expect(throws: FixtureEditError.self) { try ambiguous.roundDiagnostics() }
            let missing = BrokenFixture(
                "missing", in: "round.json", replacing: "no such text", with: "x", expect: [])
            #expect(throws: FixtureEditError.self) { try missing.roundDiagnostics() }
        }
    }
}
