import Foundation

/// Writes files so that a reader sees either the old content or the new, never half of either:
/// each file is written to a temporary name beside it and renamed over the target.
///
/// `writeAll` writes every temporary file before renaming any, so a failure while writing (a full
/// disk, a permission) leaves all earlier outputs as they were.
public enum AtomicFile {
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        try writeAll([(path, bytes)])
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes every file, creating parent folders as needed, then renames them all into place.
    public static func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws(WriteError) {
        let manager = FileManager.default
        var staged: [(temporary: String, path: String)] = []
        do throws(WriteError) {
            for file in files {
                let folder = (file.path as NSString).deletingLastPathComponent
                if !folder.isEmpty { try createFolder(folder, manager: manager) }
                let temporary = temporaryName(for: file.path)
                guard manager.createFile(atPath: temporary, contents: Data(file.bytes)) else {
                    throw WriteError(
                        path: file.path, reason: "the folder is not writable or the disk is full")
                }
                staged.append((temporary, file.path))
            }
            for entry in staged {
                guard rename(entry.temporary, entry.path) == 0 else {
                    throw WriteError(path: entry.path, reason: String(cString: strerror(errno)))
                }
            }
        } catch {
            for entry in staged { try? manager.removeItem(atPath: entry.temporary) }
            throw error
        }
    }

    private static func createFolder(_ folder: String, manager: FileManager) throws(WriteError) {
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw WriteError(path: folder, reason: "it exists and is not a folder")
        }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: folder, reason: "the folder cannot be created")
        }
    }

    private static func temporaryName(for path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return (folder.isEmpty ? "" : folder + "/") + ".\(name).\(unique).tmp"
    }
}
