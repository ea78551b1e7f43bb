import Foundation
import Testing

@testable import TenderKit
@testable import tender

/// The repository's own files (rubrics, samples, fixtures, the built executable), found from this
/// source file's path so that tests do not depend on the directory `swift test` runs in.
enum RepositoryFiles {
    /// The package root: this file is `Tests/TenderKitTests/TestSupport/TestWorkspace.swift`.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return FilePath.normalise(url.path)
    }()

    static func path(_ relative: String) -> String { FilePath.join(root, relative) }

    /// `Tests/TenderKitTests/Fixtures/validation/NAME`.
    static func validationFixture(_ name: String) -> String {
        path("Tests/TenderKitTests/Fixtures/validation/\(name)")
    }

    /// The names in `folder` (relative to the root) ending in `suffix`, sorted; folders included.
    static func names(in folder: String, endingWith suffix: String = "") -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted()
    }
}

/// A private copy of a fixture in a fresh temporary folder, for tests that break it; removed
/// when the body returns.
enum TemporaryCopy {
    static func of<Result>(_ source: String, _ body: (String) throws -> Result) throws -> Result {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = FilePath.join(folder, FilePath.fileName(source))
        try FileManager.default.copyItem(atPath: source, toPath: copy)
        return try body(copy)
    }

    /// An empty temporary folder that the caller removes.
    static func makeFolder() throws -> String {
        let base = FileManager.default.temporaryDirectory.path
        let folder = FilePath.join(base, "tender-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static func read(_ path: String) throws -> String {
        try #require(FileBytes.text(atPath: path), "cannot read \(path) as UTF-8")
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// Runs `tender` in-process with its standard output and standard error captured.
final class ConsoleCapture {
    private(set) var out = ""
    private(set) var error = ""

    /// Runs `tender ARGUMENTS…` and returns its exit code.
    func run(_ arguments: [String]) -> Int32 {
        let console = Console(out: { self.out += $0 }, error: { self.error += $0 })
        return TenderCommand.main(arguments, console: console)
    }

    var outLines: [String] { Self.lines(out) }
    var errorLines: [String] { Self.lines(error) }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter {
            !$0.isEmpty
        }
    }
}

extension Diagnostic {
    /// `FILE:LINE:COLUMN: MESSAGE` with FILE relative to `folder`, and `$ROUND/` for the folder
    /// where the message quotes a path in it: the form the case tables use.
    func described(relativeTo folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let file =
            location.file.hasPrefix(prefix)
            ? String(location.file.dropFirst(prefix.count)) : location.file
        return
            "\(file):\(location.line):\(location.column): \(message.replacingOccurrences(of: prefix, with: "$ROUND/"))"
    }
}
