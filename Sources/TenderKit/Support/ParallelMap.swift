import Dispatch
import Foundation

/// Runs independent work on every core and returns the results in index order, so the output is
/// the same whatever the threads did.
public enum ParallelMap {
    /// At most this many threads (1: everything on the calling thread), for `--threads` and for
    /// the test that parallel and single-threaded runs give the same bytes; nil: one per core.
    @TaskLocal public static var threadLimit: Int?

    /// `transform(i)` for every `i` in `0..<count`, computed in contiguous chunks across cores;
    /// on the calling thread alone when `count` is below twice `minimumChunk` (see `chunkCount`).
    /// Long work whose items vary, or that shares the cores with other work, asks for more
    /// `chunksPerWorker`, so that no core is left with a long last chunk while the other idles.
    public static func map<Result: Sendable>(
        _ count: Int, minimumChunk: Int = 64, chunksPerWorker: Int = 4,
        _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        guard count > 0 else { return [] }
        let workers = threadLimit ?? ProcessInfo.processInfo.activeProcessorCount
        let chunks = chunkCount(
            count, minimumChunk: minimumChunk, workers: workers, chunksPerWorker: chunksPerWorker)
        guard chunks > 1 else { return (0..<count).map(transform) }
        let results = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * count / chunks
            let end = (chunk + 1) * count / chunks
            for index in start..<end { results.store(transform(index), at: index) }
        }
        return results.collect()
    }

    /// Runs `body` on the calling thread while `background` runs on another (both on the calling
    /// thread, one after the other, when only one thread is allowed), and returns when both are
    /// done.
    public static func alongside<Result>(
        background: @escaping @Sendable () -> Void, body: () -> Result
    ) -> Result {
        let workers = threadLimit ?? ProcessInfo.processInfo.activeProcessorCount
        guard workers > 1 else {
            let result = body()
            background()
            return result
        }
        let group = DispatchGroup()
        // A task-local value is not carried to another thread by Dispatch: the limit is passed on.
        let limit = threadLimit
        DispatchQueue.global().async(group: group) {
            ParallelMap.$threadLimit.withValue(limit, operation: background)
        }
        let result = body()
        group.wait()
        return result
    }

    /// `alongside` for a background job with a result: both results, once both are done.
    public static func alongside<Background: Sendable, Result>(
        background: @escaping @Sendable () -> Background, body: () -> Result
    ) -> (background: Background, body: Result) {
        let slot = ResultSlots<Background>(count: 1)
        let result = alongside(background: { slot.store(background(), at: 0) }, body: body)
        // `alongside` returns only once the background job has stored its result.
        return (slot.collect()[0], result)
    }

    /// The arrays one after another, each copied into its place on its own core: joining the
    /// columns of five million score rows read in parts is then a copy on every core, not one.
    public static func joined<Element: BitwiseCopyable & Sendable>(_ arrays: [[Element]])
        -> [Element]
    {
        var offsets = [0]
        for array in arrays { offsets.append(offsets[offsets.count - 1] + array.count) }
        let starts = offsets
        let total = starts[arrays.count]
        return [Element](unsafeUninitializedCapacity: total) { buffer, initialized in
            let target = UncheckedBuffer(base: buffer)
            _ = map(arrays.count, minimumChunk: 1) { part in
                arrays[part].withUnsafeBufferPointer { source in
                    _ = UnsafeMutableBufferPointer(
                        rebasing: target.base[starts[part]..<starts[part + 1]]
                    ).initialize(fromContentsOf: source)
                }
            }
            initialized = total
        }
    }

    /// How many chunks `map` splits `count` items into: 1 (no threads) with one worker or fewer
    /// than `2 × minimumChunk` items; otherwise up to `chunksPerWorker` per worker, and at most
    /// one for each `minimumChunk` items (rounded up).
    static func chunkCount(
        _ count: Int, minimumChunk: Int, workers: Int, chunksPerWorker: Int = 4
    ) -> Int {
        guard count >= minimumChunk * 2, workers > 1 else { return 1 }
        return min(workers * max(1, chunksPerWorker), (count + minimumChunk - 1) / minimumChunk)
    }
}

/// A buffer whose disjoint ranges are written from several threads (`joined`).
private struct UncheckedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Element>
}

/// Slots written once each, by index, from several threads; read after all writers finish.
///
/// The storage is a raw buffer (not a Swift array property) so concurrent writes to different
/// indices never contend for exclusive access to one variable.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = UnsafeMutableBufferPointer.allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Each index is written by exactly one thread.
    func store(_ value: Value, at index: Int) {
        slots[index] = value
    }

    /// Moves the values out in index order, leaving the slots empty: a copy would retain every
    /// string and array each value holds, only for the slots to release them again.
    func collect() -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(slots.count)
        for index in slots.indices {
            if let value = slots[index].take() { values.append(value) }
        }
        return values
    }
}
