import Dispatch
import Foundation

/// A map over `0..<count` that runs chunks of indices on all cores and returns results in index order.
///
/// Conflict detection at 100,000 submissions is independent per submission, so chunks of them are
/// assessed concurrently. Each chunk's results are stored under the chunk's number and joined in
/// order at the end, so the output is the same whatever the thread count or scheduling.
enum ParallelChunks {
    /// `(0..<count).map(transform)`, concurrently when there is enough work to share.
    static func map<Result: Sendable>(
        count: Int, minimumChunk: Int = 512, _ transform: @escaping @Sendable (Int) -> Result
    ) -> [Result] {
        let chunkCount = min(max(1, count / minimumChunk), ProcessInfo.processInfo.activeProcessorCount * 4)
        guard chunkCount > 1 else { return (0..<count).map(transform) }
        let store = ChunkStore<Result>(chunkCount: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (count * chunk / chunkCount)..<(count * (chunk + 1) / chunkCount)
            store.set(chunk, range.map(transform))
        }
        return store.joined()
    }
}

/// The finished chunks of a `ParallelChunks.map`, written from many threads under a lock.
///
/// `@unchecked Sendable` because the lock, not the compiler, guards `chunks`: every access to it
/// takes `lock`.
private final class ChunkStore<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[Result]]

    init(chunkCount: Int) {
        chunks = Array(repeating: [], count: chunkCount)
    }

    func set(_ chunk: Int, _ results: [Result]) {
        lock.lock()
        defer { lock.unlock() }
        chunks[chunk] = results
    }

    func joined() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return Array(chunks.joined())
    }
}
