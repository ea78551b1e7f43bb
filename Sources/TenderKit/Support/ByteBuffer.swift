import Foundation

/// Bytes being rendered: a growing buffer of its own that appends a run with one capacity check
/// and a copy.
///
/// The renderers append tens of millions of short runs to a national round's documents (a tag, a
/// cell's text); an `[UInt8]` checked its uniqueness and went through the generic sequence copy
/// for each, about a hundred instructions before the first byte moved: a twentieth of all the
/// instructions of a run with every document. Not copyable: one owner appends, and the memory is
/// freed with it.
public struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes the buffer holds.
    public private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes before it first grows.
    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    public var isEmpty: Bool { count == 0 }

    public mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    public mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends bytes read in place from any memory (a number's digits worked out on the stack).
    public mutating func append(contentsOf bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    /// Appends a renderer's markup, written as a literal: copied from the program's constant bytes.
    public mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends bytes from any sequence: copied at once when it keeps them together, as a native
    /// string's `utf8` does.
    public mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        let copied: Void? = bytes.withContiguousStorageIfAvailable { append(contentsOf: $0) }
        guard copied == nil else { return }
        for byte in bytes { append(byte) }
    }

    /// Appends `byte` `count` times.
    public mutating func append(_ byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        if count + repeats > capacity { grow(toHold: count + repeats) }
        (base + count).update(repeating: byte, count: repeats)
        count += repeats
    }

    /// Empties the buffer, keeping its memory.
    public mutating func removeAll() { count = 0 }

    /// The bytes held, read in place.
    public func withUnsafeBufferPointer<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// A copy of the bytes held.
    public var bytes: [UInt8] { withUnsafeBufferPointer { Array($0) } }

    /// The bytes held as text (they are UTF-8: the renderers append only valid UTF-8).
    public var text: String { withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }

    /// Doubles the capacity, or more when `needed` is more.
    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(capacity * 2, needed)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
