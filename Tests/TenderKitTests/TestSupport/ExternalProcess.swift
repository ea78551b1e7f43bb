import Foundation
import TenderKit

/// Runs another program (Python's jsonschema, Chromium, the built `tender`) for the tests that need
/// one, capturing what it prints. Output goes through temporary files, not pipes, so a program that
/// writes a lot to both streams cannot stall waiting for the test to read.
enum ExternalProcess {
    struct Run {
        var code: Int32
        var out: String
        var error: String
    }

    /// `arguments[0]` is looked up on the PATH unless `executable` names a file.
    static func run(_ arguments: [String], executable: String? = nil, directory: String? = nil)
        throws -> Run
    {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tender-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errorURL = scratch.appendingPathComponent("error")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        // FileBytes, not String(contentsOf:), which leaks a buffer for each empty file it reads.
        return Run(
            code: process.terminationStatus, out: try text(of: outURL),
            error: try text(of: errorURL))
    }

    private static func text(of url: URL) throws -> String {
        guard let text = FileBytes.text(atPath: url.path) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        return text
    }

    /// Whether `arguments` runs and exits 0 (to decide whether a test can run here).
    static func succeeds(_ arguments: [String]) -> Bool {
        (try? run(arguments))?.code == 0
    }
}
