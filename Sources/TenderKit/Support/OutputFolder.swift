import Foundation

/// A set of outputs replaced as one: every file is written into a staging folder beside the
/// target (`.NAME.tender-PID-RANDOM`), and `commit` swaps the staging folder in for the target
/// once all are written. Until then the previous set stays whole; after it, no file of the
/// previous set remains (a summary of a withdrawn submission, a format left out).
///
/// `discard` (or a failure) removes the staging folder; so does a signal (see `TemporaryFiles`),
/// and a later run removes any a killed process left. A target folder that holds anything tender
/// did not write is refused rather than replaced.
public final class OutputFolder: Sendable {
    public let target: String
    /// `target` tidied (`FilePath.join(target, "")`), for the paths errors name.
    private let tidiedTarget: String
    let staging: String
    /// The folders inside the staging folder made so far (100,000 summaries share one).
    private let madeFolders = MadeFolders()
    /// The file that marks a folder as tender's outputs, so a later run may replace it whole.
    public static let marker = ".tender-outputs"

    /// Prepares to replace `target`; fails if it cannot be replaced or staged beside.
    public init(replacing target: String) throws(AtomicFile.WriteError) {
        self.target = target
        tidiedTarget = FilePath.join(target, "")
        let parent = (target as NSString).deletingLastPathComponent
        if !parent.isEmpty { try AtomicFile.createFolder(parent) }
        TemporaryFiles.removeStale(besides: target)
        try OutputFolder.checkReplaceable(target)
        staging = TemporaryFiles.stagingFolderName(for: target)
        TemporaryFiles.shared.register(staging)
        guard mkdir(staging, 0o777) == 0 else {
            TemporaryFiles.shared.unregister(staging)
            throw AtomicFile.WriteError(path: target, reason: FileSink.reason(errno))
        }
        try write(Array(OutputFolder.markerText.utf8), to: OutputFolder.marker)
    }

    static let markerText =
        "This folder holds the outputs of 'tender evaluate'; each run replaces all of it.\n"

    /// Writes one file of the set in pieces, through `body`.
    public func stream(
        to relativePath: String, _ body: (FileSink) throws(AtomicFile.WriteError) -> Void
    ) throws(AtomicFile.WriteError) {
        let shown = FilePath.join(tidied: tidiedTarget, of: target, relativePath)
        do throws(AtomicFile.WriteError) {
            try TemporaryFiles.shared.writing { () throws(AtomicFile.WriteError) in
                let path = staging + "/" + relativePath
                let folder = folder(of: path, relativePath)
                if folder != staging { try madeFolders.make(folder) }
                let sink = try FileSink(creating: path, shownAs: shown)
                try body(sink)
                try sink.finish()
            }
        } catch {
            // Name the path the user knows, not the staging folder's.
            var named = error
            if named.path.hasPrefix(staging) {
                named.path = target + named.path.dropFirst(staging.count)
            }
            throw named
        }
    }

    /// The folder `path` (the staging folder joined with `relativePath`) is in: for a name of
    /// plain parts, the staging folder and the parts before the last (no Foundation path
    /// tidying for each of a national round's 200,000 files).
    private func folder(of path: String, _ relativePath: String) -> String {
        guard FilePath.hasPlainParts(relativePath) else {
            return (path as NSString).deletingLastPathComponent
        }
        guard let slash = relativePath.utf8.lastIndex(of: UInt8(ascii: "/")) else { return staging }
        return staging + "/" + relativePath[..<slash]
    }

    /// Swaps the staged set in for the target: the previous set is moved aside, the new one
    /// renamed into its place, then the previous one removed. If the second rename fails the
    /// previous set is put back.
    public func commit() throws(AtomicFile.WriteError) {
        defer { TemporaryFiles.shared.unregister(staging) }
        try TemporaryFiles.shared.writing { () throws(AtomicFile.WriteError) in
            let previous = TemporaryFiles.stagingFolderName(for: target)
            TemporaryFiles.shared.register(previous)
            defer { TemporaryFiles.shared.unregister(previous) }
            let hadPrevious = rename(target, previous) == 0
            guard hadPrevious || errno == ENOENT else {
                defer { removeTree(staging) }
                throw AtomicFile.WriteError(path: target, reason: FileSink.reason(errno))
            }
            guard rename(staging, target) == 0 else {
                let reason = FileSink.reason(errno)
                if hadPrevious { rename(previous, target) }
                removeTree(staging)
                throw AtomicFile.WriteError(path: target, reason: reason)
            }
            if hadPrevious { removeTree(previous) }
        }
    }

    /// Removes everything staged; the target is untouched.
    public func discard() {
        TemporaryFiles.shared.writing { removeTree(staging) }
        TemporaryFiles.shared.unregister(staging)
    }

    private func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A target may be replaced when it does not exist, is an empty folder, or holds tender's
    /// outputs (the marker, or only the names `tender evaluate` writes, from before the marker).
    static func checkReplaceable(_ target: String) throws(AtomicFile.WriteError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else {
            return
        }
        guard isDirectory.boolValue else {
            throw AtomicFile.WriteError(path: target, reason: "it exists and is not a folder")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        if entries.isEmpty || entries.contains(marker) { return }
        let foreign = entries.filter { !OutputFolder.earlierOutputNames.contains($0) }.sorted()
        guard foreign.isEmpty else {
            throw AtomicFile.WriteError(
                path: target,
                reason:
                    "it holds files tender did not write (\(foreign.prefix(3).joined(separator: ", "))\(foreign.count > 3 ? ", …" : "")) and each run replaces the whole folder: choose another --out or an empty folder"
            )
        }
    }

    /// What `tender evaluate` wrote before output folders were marked.
    static let earlierOutputNames: Set<String> = [
        "decision.json", "award-rationale.md", "award-rationale.html", "conflicts-assessment.md",
        "conflicts-assessment.html", "summaries", "ocds.json", "360giving.json", "360giving.csv",
        "audit-schedule.ics",
    ]
}

/// Folders made once each, from any thread.
private final class MadeFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Set<String> = []

    func make(_ folder: String) throws(AtomicFile.WriteError) {
        if lock.withLock({ made.contains(folder) }) { return }
        try AtomicFile.createFolder(folder)
        lock.withLock { _ = made.insert(folder) }
    }
}
