import Foundation

/// Writes files so that a reader sees either the old content or the new, never half of either:
/// each file is written to a temporary name beside it (`.NAME.PID-RANDOM.tmp`) and renamed over
/// the target. The temporary is removed when writing fails, when the process is stopped by a
/// signal (see `TemporaryFiles`), and, if the process was killed outright, by the next write of
/// the same file.
///
/// `writeAll` writes every temporary file before renaming any, so a failure while writing (a full
/// disk, a folder in the way) leaves all earlier outputs as they were.
public enum AtomicFile {
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        try writeAll([(path, bytes)])
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes every file, creating parent folders as needed, then renames them all into place.
    public static func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws(WriteError) {
        let registry = TemporaryFiles.shared
        var staged: [(temporary: String, path: String)] = []
        defer { for entry in staged { registry.unregister(entry.temporary) } }
        do throws(WriteError) {
            try registry.writing { () throws(WriteError) in
                for file in files {
                    let folder = (file.path as NSString).deletingLastPathComponent
                    if !folder.isEmpty { try createFolder(folder) }
                    TemporaryFiles.removeStale(besides: file.path)
                    let temporary = TemporaryFiles.temporaryFileName(for: file.path)
                    registry.register(temporary)
                    staged.append((temporary, file.path))
                    try FileSink.write(file.bytes, to: temporary, shownAs: file.path)
                }
                for entry in staged {
                    guard rename(entry.temporary, entry.path) == 0 else {
                        throw WriteError(path: entry.path, reason: FileSink.reason(errno))
                    }
                }
            }
        } catch {
            for entry in staged { unlink(entry.temporary) }
            throw error
        }
    }

    /// Creates `folder` and its parents, or fails if something that is not a folder is in the way.
    static func createFolder(_ folder: String) throws(WriteError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw WriteError(path: folder, reason: "it exists and is not a folder")
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try createFolder(parent) }
        guard mkdir(folder, 0o777) == 0 || errno == EEXIST else {
            throw WriteError(path: folder, reason: FileSink.reason(errno))
        }
    }
}
