import Foundation

/// Output folders for the benchmark's runs that write documents and for its output stages in
/// process: each run writes into a new one, and all are removed only when the benchmark ends.
///
/// Replacing the previous run's 200,010 files would delete them just before the next run creates
/// as many, and ext4 without a journal (the development machine's disk) passes over inodes freed
/// in the last minutes when it allocates new ones: creating 200,000 small files right after
/// deleting 200,000 took 129 s instead of 7–8 s (a Python loop of `open`, `write`, `close`, same
/// folder, same disk). That is the filesystem's and the back-to-back runs', not tender's, so each
/// run is measured into a folder of its own, as the first evaluation of a round is.
enum FreshOutputFolders {
    nonisolated(unsafe) private static var made: [String] = []

    static func next(_ label: String) -> String {
        let path = NSTemporaryDirectory() + "tender-bench-out-\(label)-\(made.count)"
        try? FileManager.default.removeItem(atPath: path)
        made.append(path)
        return path
    }

    static func removeAll() {
        for path in made { try? FileManager.default.removeItem(atPath: path) }
        made = []
    }
}
