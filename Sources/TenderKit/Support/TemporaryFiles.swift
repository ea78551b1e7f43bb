import Foundation

/// The temporary files and staging folders this process is writing, so that a run stopped by
/// Ctrl-C or SIGTERM removes them before it ends (`removeAllAndExit`), and the names they are
/// given, so that a later run can remove those a killed process (SIGKILL, a power cut) left behind.
///
/// Writers hold a shared lock while they write into a registered path; removal takes it
/// exclusively, so it never races a file half created inside a folder being removed.
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()

    private let lock: UnsafeMutablePointer<pthread_rwlock_t>
    private let mutex = NSLock()
    private var paths: Set<String> = []

    private init() {
        lock = UnsafeMutablePointer.allocate(capacity: 1)
        // Writer first: with several threads writing files one after another, a lock that prefers
        // readers would keep the clean-up waiting for ever.
        var attributes = pthread_rwlockattr_t()
        pthread_rwlockattr_init(&attributes)
        pthread_rwlockattr_setkind_np(
            &attributes, Int32(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP))
        pthread_rwlock_init(lock, &attributes)
        pthread_rwlockattr_destroy(&attributes)
    }

    func register(_ path: String) {
        mutex.withLock { _ = paths.insert(path) }
    }

    func unregister(_ path: String) {
        mutex.withLock { _ = paths.remove(path) }
    }

    /// Runs `body`, which writes into a registered path, so that removal waits for it to finish.
    func writing<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure)
        -> Result
    {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }

    /// Removes every registered path and ends the process with `status`, never releasing the lock:
    /// a writer still running waits for the end instead of writing into a removed folder.
    public func removeAllAndExit(status: Int32) -> Never {
        pthread_rwlock_wrlock(lock)
        let pending = mutex.withLock { paths }
        for path in pending { try? FileManager.default.removeItem(atPath: path) }
        _exit(status)
    }

    // MARK: Names

    /// `.NAME.PID-RANDOM.tmp` beside `path`: a temporary for one file.
    static func temporaryFileName(for path: String) -> String {
        sibling(of: path, prefix: ".\(FilePath.fileName(path)).", suffix: ".tmp")
    }

    /// `.NAME.tender-PID-RANDOM` beside `path`: a staging folder for a set of outputs.
    static func stagingFolderName(for path: String) -> String {
        sibling(of: path, prefix: ".\(FilePath.fileName(path)).tender-", suffix: "")
    }

    private static func sibling(of path: String, prefix: String, suffix: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return (folder.isEmpty ? "" : folder + "/") + prefix + unique + suffix
    }

    /// Removes the temporaries and staging folders for `path` that a process no longer running
    /// left beside it.
    static func removeStale(besides path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = FilePath.fileName(path)
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)
        else { return }
        for entry in entries {
            guard let pid = stalePID(entry, name: name), !isRunning(pid) else { continue }
            try? manager.removeItem(atPath: (folder.isEmpty ? "" : folder + "/") + entry)
        }
    }

    /// The process id in a temporary's or a staging folder's name for `name`, or nil.
    static func stalePID(_ entry: String, name: String) -> Int32? {
        var rest: Substring
        if entry.hasPrefix(".\(name).tender-") {
            rest = entry.dropFirst(name.count + 9)
        } else if entry.hasPrefix(".\(name)."), entry.hasSuffix(".tmp") {
            rest = entry.dropFirst(name.count + 2).dropLast(4)
        } else {
            return nil
        }
        let parts = rest.split(separator: "-")
        guard parts.count == 2, UInt32(parts[1]) != nil else { return nil }
        return Int32(parts[0])
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
