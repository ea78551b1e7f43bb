/// A small deterministic random number generator (SplitMix64), for synthetic data: benchmark
/// rounds and the seeded randomised tests. The same seed gives the same numbers on every machine
/// and Swift version, which the standard library's generators do not promise.
/// Not for anything that needs to be unpredictable; the engine itself never uses it.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// An index in `0..<count` (0 when `count` is not positive); the slight modulo bias is harmless here.
    public mutating func index(_ count: Int) -> Int {
        count <= 0 ? 0 : Int(next() % UInt64(count))
    }

    /// A number in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + index(range.count)
    }

    /// True with the given probability (0 to 1).
    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(UInt64(1) << 53) < probability
    }

    /// True `percent` times in a hundred.
    public mutating func percentChance(_ percent: Int) -> Bool {
        index(100) < percent
    }

    /// One element of a non-empty array.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[index(elements.count)]
    }
}
