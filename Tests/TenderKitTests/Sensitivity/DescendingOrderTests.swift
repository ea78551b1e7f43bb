import Foundation
import Testing

@testable import TenderKit

extension SensitivityTests {
    /// The draws' bucket sort gives exactly the order a plain sort gives: highest total first,
    /// equal totals by index.
    @Suite("Descending order")
    struct DescendingOrderTests {
        static func plainOrder(_ totals: [Double]) -> [Int32] {
            totals.indices.sorted { (totals[$1], $0) < (totals[$0], $1) }.map(Int32.init)
        }

        static func bucketOrder(_ totals: [Double]) -> [Int32] {
            var order = DescendingOrder()
            order.prepare(totals)
            return (0..<order.count).map { Int32(order.row(at: $0)) }
        }

        @Test(
            arguments: [
                ([], []),
                ([7.5], [0]),
                ([1, 3, 2], [1, 2, 0]),
                ([2, 2, 2], [0, 1, 2]),
                ([5, 1, 5, 1], [0, 2, 1, 3]),
                ([0.1, 0.1 + 1e-12, 100], [2, 1, 0]),
                ([-3, 0, 3], [2, 1, 0]),
            ] as [([Double], [Int32])])
        func handWorked(totals: [Double], expected: [Int32]) {
            #expect(Self.bucketOrder(totals) == expected)
        }

        /// Spread totals, bunched totals (many in one bucket, so the standard sort runs inside
        /// it) and repeated totals, each against the plain sort.
        @Test(arguments: [2_001, 2_002, 2_003])
        func randomTotals(seed: UInt64) {
            var random = SeededGenerator(seed: seed)
            for shape in 0..<3 {
                let count = 1 + random.index(3_000)
                let totals = (0..<count).map { _ -> Double in
                    switch shape {
                    case 0: return Double(random.index(1_000_000)) / 10_000
                    case 1:
                        return random.index(100) == 0 ? 90 : 50 + Double(random.index(1_000)) * 1e-9
                    default: return Double(random.index(7))
                    }
                }
                #expect(Self.bucketOrder(totals) == Self.plainOrder(totals), "shape \(shape)")
            }
        }
    }
}
