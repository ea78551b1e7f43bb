/// The indices of the largest values of an array, in descending order of value, without sorting
/// the rest: a selection (quickselect with a median-of-three pivot, O(n) on average) puts the
/// `count` largest first, and only those are sorted.
///
/// Equal values are ordered by index, so the result is the same on every run. A selection that
/// recurses deeper than twice the logarithm of the size (an adversarial order) sorts instead, so
/// the worst case is O(n log n).
enum TopSelection {
    /// The indices of the `count` largest of `values` (all of them when `count` ≥ the size),
    /// largest first; `indices` is scratch space of at least `values.count` elements.
    static func largest(_ count: Int, of values: [Double], using indices: inout [Int32])
        -> ArraySlice<
            Int32
        >
    {
        let size = values.count
        if indices.count < size { indices = [Int32](repeating: 0, count: size) }
        for index in 0..<size { indices[index] = Int32(index) }
        let wanted = min(max(count, 0), size)
        let before = { (a: Int32, b: Int32) -> Bool in
            let left = values[Int(a)]
            let right = values[Int(b)]
            return left > right || (left == right && a < b)
        }
        if wanted < size {
            select(wanted, in: &indices, size: size, by: before)
        }
        indices[0..<wanted].sort(by: before)
        return indices[0..<wanted]
    }

    /// Rearranges `indices[0..<size]` so that its first `count` are the ones first by `before`.
    private static func select(
        _ count: Int, in indices: inout [Int32], size: Int, by before: (Int32, Int32) -> Bool
    ) {
        var low = 0
        var high = size - 1
        var depthLeft = 2 * (Int.bitWidth - size.leadingZeroBitCount)
        while low < high {
            if depthLeft == 0 {
                indices[low...high].sort(by: before)
                return
            }
            depthLeft -= 1
            let split = partition(&indices, low, high, by: before)
            if split == count - 1 || split == count { return }
            if split < count { low = split + 1 } else { high = split - 1 }
        }
    }

    /// Partitions `indices[low...high]` around a median-of-three pivot: those first by `before`
    /// come before it. Returns the pivot's final place.
    private static func partition(
        _ indices: inout [Int32], _ low: Int, _ high: Int, by before: (Int32, Int32) -> Bool
    ) -> Int {
        let middle = low + (high - low) / 2
        if before(indices[middle], indices[low]) { indices.swapAt(middle, low) }
        if before(indices[high], indices[low]) { indices.swapAt(high, low) }
        if before(indices[high], indices[middle]) { indices.swapAt(high, middle) }
        indices.swapAt(middle, high)
        let pivot = indices[high]
        var store = low
        for index in low..<high where before(indices[index], pivot) {
            indices.swapAt(index, store)
            store += 1
        }
        indices.swapAt(store, high)
        return store
    }
}
