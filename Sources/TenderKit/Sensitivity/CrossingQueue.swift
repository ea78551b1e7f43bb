/// The events of a sweep over the transferred weight, earliest first: a binary min-heap ordered
/// by (time, kind, index), so events at the same time come out in the same order on every run.
struct CrossingQueue {
    struct Event: Comparable {
        enum Kind: Int, Comparable {
            /// Two neighbours in the ranking change places; `index` is the upper one's slot.
            case swap = 0
            /// A total crosses `award.minimumTotal`; `index` is the submission's position.
            case threshold = 1

            static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
        }

        var time: Double
        var kind: Kind
        var index: Int
        /// The slot's version when the event was made; a later swap at the slot makes it stale.
        var stamp: Int

        static func < (lhs: Event, rhs: Event) -> Bool {
            (lhs.time, lhs.kind, lhs.index, lhs.stamp) < (rhs.time, rhs.kind, rhs.index, rhs.stamp)
        }
    }

    private var heap: [Event] = []

    var isEmpty: Bool { heap.isEmpty }

    init(_ events: [Event]) {
        heap = events
        guard heap.count > 1 else { return }
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
    }

    mutating func push(_ event: Event) {
        heap.append(event)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child] < heap[parent] else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Event? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let event = heap.removeLast()
        siftDown(0)
        return event
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = parent * 2 + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, heap[left] < heap[smallest] { smallest = left }
            if right < heap.count, heap[right] < heap[smallest] { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
