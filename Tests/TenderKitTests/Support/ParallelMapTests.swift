import Testing

@testable import TenderKit

/// `ParallelMap.map` gives what a plain sequential map gives, in input order, whether it runs on
/// the calling thread (below twice `minimumChunk` items, or one worker) or splits the work into
/// chunks across threads (at and above that threshold).
@Suite struct ParallelMapTests {
    /// A small chunk, so the threshold (twice the chunk) is met by small inputs.
    static let minimumChunk = 8
    static let threshold = minimumChunk * 2

    /// 0, 1, below, at and just above the threshold, and large.
    static let sizes = [0, 1, threshold - 1, threshold, threshold + 1, 10_007]

    /// Seeded random numbers, so a failure can be repeated.
    static func inputs(_ count: Int, seed: UInt64) -> [UInt64] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in random.next() }
    }

    /// Some work whose result depends on the input and its index.
    @Sendable static func work(_ value: UInt64, _ index: Int) -> String {
        "\(index):\(value.multipliedReportingOverflow(by: 0x9E37_79B9_7F4A_7C15).partialValue % 1_000_003)"
    }

    @Test(arguments: sizes, [1, 2, 4])
    func matchesASequentialMapInInputOrder(count: Int, threads: Int) {
        let inputs = Self.inputs(count, seed: 0x5EED + UInt64(count))
        let expected = inputs.enumerated().map { Self.work($1, $0) }
        let results = ParallelMap.$threadLimit.withValue(threads) {
            ParallelMap.map(count, minimumChunk: Self.minimumChunk) { Self.work(inputs[$0], $0) }
        }
        #expect(results == expected)
    }

    @Test(arguments: sizes)
    func theParallelBranchIsTakenFromTheThresholdOn(count: Int) {
        let chunks = ParallelMap.chunkCount(count, minimumChunk: Self.minimumChunk, workers: 4)
        if count >= Self.threshold {
            #expect(chunks > 1)
            #expect(chunks <= 4 * 4)
            #expect(chunks <= (count + Self.minimumChunk - 1) / Self.minimumChunk)
        } else {
            #expect(chunks == 1)
        }
        #expect(
            ParallelMap.chunkCount(count, minimumChunk: Self.minimumChunk, workers: 1) == 1,
            "one worker never splits")
    }

    /// More chunks per worker when asked, still at most one per `minimumChunk` items: by hand.
    @Test(arguments: [
        (10_000, 64, 2, 4, 8), (10_000, 64, 2, 64, 128), (1_000, 64, 2, 64, 16),
        (100, 64, 2, 64, 1), (200, 64, 2, 64, 4), (200, 64, 1, 64, 1), (10_000, 64, 2, 0, 2),
    ])
    func splitsIntoTheChunksAskedFor(
        count: Int, minimumChunk: Int, workers: Int, perWorker: Int, chunks: Int
    ) {
        #expect(
            ParallelMap.chunkCount(
                count, minimumChunk: minimumChunk, workers: workers, chunksPerWorker: perWorker)
                == chunks)
    }

    @Test func matchesASequentialMapWithManyChunks() {
        let inputs = Self.inputs(10_007, seed: 0xC4_0C5)
        let results = ParallelMap.$threadLimit.withValue(2) {
            ParallelMap.map(inputs.count, minimumChunk: 1, chunksPerWorker: 64) {
                Self.work(inputs[$0], $0)
            }
        }
        #expect(results == inputs.enumerated().map { Self.work($1, $0) })
    }

    /// Each index is transformed exactly once, also when the work is split.
    @Test func everyIndexIsTransformedOnce() {
        let count = 10_007
        let results = ParallelMap.$threadLimit.withValue(4) {
            ParallelMap.map(count, minimumChunk: Self.minimumChunk) { $0 }
        }
        #expect(results == Array(0..<count))
    }

    /// `joined` gives the arrays one after another, as `joined()` does, with empty ones anywhere.
    @Test(
        arguments: [
            [[Int32]](), [[]], [[1, 2, 3]], [[], [1], [], [2, 3], []],
            [[7], [8, 9], [10, 11, 12], [13]],
        ], [1, 2, 4])
    func joinedIsTheArraysInOrder(arrays: [[Int32]], threads: Int) {
        let joined = ParallelMap.$threadLimit.withValue(threads) { ParallelMap.joined(arrays) }
        #expect(joined == Array(arrays.joined()))
    }

    /// Seeded columns of a score table's size per part, joined on every core.
    @Test func joinsLargeSeededParts() {
        var random = SeededGenerator(seed: 0x701)
        let parts = (0..<9).map { _ in
            (0..<Int(random.next() % 50_000)).map { _ in Double(random.next() % 1_000) / 8 }
        }
        #expect(ParallelMap.joined(parts) == Array(parts.joined()))
    }

    /// `alongside` returns the body's result once the background work is done too, and the
    /// background work sees the same thread limit (so a `map` inside it keeps to `--threads`).
    @Test(arguments: [1, 2, 4])
    func alongsideFinishesBothAndKeepsTheLimit(threads: Int) {
        let seen = LimitSeen()
        let result = ParallelMap.$threadLimit.withValue(threads) {
            ParallelMap.alongside(
                background: { seen.record(ParallelMap.threadLimit) },
                body: { (1...100).reduce(0, +) })
        }
        #expect(result == 5_050)
        #expect(seen.value == threads)
    }
}

/// The thread limit the background work of `alongside` saw.
private final class LimitSeen: @unchecked Sendable {
    private(set) var value: Int?
    func record(_ limit: Int?) { value = limit }
}
