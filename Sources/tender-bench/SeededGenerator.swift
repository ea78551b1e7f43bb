/// A small deterministic random number generator (SplitMix64) for synthetic benchmark data.
///
/// The same seed gives the same data on every machine and run, so benchmark figures compare
/// like with like. Not for anything that needs unpredictability.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A uniformly chosen index in `0..<count` (count > 0).
    mutating func index(_ count: Int) -> Int {
        Int(next() % UInt64(count))
    }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[index(elements.count)]
    }
}
