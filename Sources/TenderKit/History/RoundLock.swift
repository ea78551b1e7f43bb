import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on a round folder, held while a command writes the journal and a file, so
/// that two tender commands changing one round (two evaluators scoring at once) take turns. The
/// lock is `flock` on the folder itself: no lock file is left behind, and the system releases it
/// when the process ends, however it ends.
enum RoundLock {
    static func withLock<Result>(
        _ folder: String, _ body: () throws(HistoryWriteError) -> Result
    ) throws(HistoryWriteError) -> Result {
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY)
        guard descriptor >= 0 else {
            throw HistoryWriteError(message: "cannot open the round folder \(folder) to lock it")
        }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            throw HistoryWriteError(message: "cannot lock the round folder \(folder)")
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
