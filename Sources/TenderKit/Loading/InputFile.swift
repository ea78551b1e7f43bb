import Foundation

/// Reads input files as bytes, reporting a missing or unreadable file as a diagnostic.
enum InputFile {
    static func read(_ path: String, log: DiagnosticLog, what: String) -> SourceText? {
        // Read first, and only when that fails work out why: a national round reads 100,000
        // submission files, and looking each one up beforehand cost a path walk per file.
        if let bytes = FileBytes.contents(atPath: path) {
            return SourceText(path: path, bytes: bytes)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            // A link whose target cannot be reached (a loop, or a missing target) still exists.
            let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            log.error(
                isLink
                    ? "\(what) is a symbolic link that leads nowhere (a loop, or a target that does not exist)"
                    : "\(what) not found", at: .file(path))
            return nil
        }
        guard !isDirectory.boolValue else {
            log.error("\(what) is a folder, not a file", at: .file(path))
            return nil
        }
        log.error("\(what) cannot be read (check its permissions)", at: .file(path))
        return nil
    }
}
