import Testing

@testable import TenderKit

/// `ByteBuffer` holds what an `[UInt8]` given the same appends holds, across its growth.
@Suite struct ByteBufferTests {
    /// Seeded runs of every kind of append, from a buffer of the smallest capacity (so that it
    /// grows many times, by doubling and by a run larger than double), against an array.
    @Test(arguments: [UInt64(1), 2, 3])
    func holdsWhatAnArrayGivenTheSameAppendsHolds(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var buffer = ByteBuffer(capacity: 0)
        var expected: [UInt8] = []
        for step in 0..<400 {
            switch random.int(0...6) {
            case 0:
                let byte = UInt8(random.int(0...255))
                buffer.append(byte)
                expected.append(byte)
            case 1:
                let run = (0..<random.int(0...300)).map { _ in UInt8(random.int(0...255)) }
                run.withUnsafeBufferPointer { buffer.append(contentsOf: $0) }
                expected += run
            case 2:
                buffer.append("<td class=\"num\">")
                expected += Array("<td class=\"num\">".utf8)
            case 3:
                let text = String(repeating: "é£x", count: random.int(0...40))
                buffer.append(contentsOf: text.utf8)
                expected += Array(text.utf8)
            case 4:
                let count = random.int(0...70)
                buffer.append(UInt8(ascii: " "), count: count)
                buffer.append(contentsOf: repeatElement(UInt8(ascii: "#"), count: count))
                expected += Array(repeating: UInt8(ascii: " "), count: count)
                expected += Array(repeating: UInt8(ascii: "#"), count: count)
            case 5:
                let run = (0..<random.int(0...40)).map { _ in UInt8(random.int(0...255)) }
                run.withUnsafeBytes { buffer.append(contentsOf: $0) }
                expected += run
            default:
                if step % 7 == 0 {
                    buffer.removeAll()
                    expected.removeAll()
                }
            }
            let count = buffer.count
            #expect(count == expected.count)
        }
        let bytes = buffer.bytes
        #expect(bytes == expected)
    }

    /// By hand: markup, text beyond ASCII and a repeated byte, read back as text.
    @Test func byHand() {
        var buffer = ByteBuffer(capacity: 4)
        buffer.append("<h")
        buffer.append(UInt8(ascii: "2"))
        buffer.append(UInt8(ascii: ">"))
        buffer.append(contentsOf: "Café – £5".utf8)
        buffer.append(UInt8(ascii: "!"), count: 3)
        let (text, count) = (buffer.text, buffer.count)
        #expect(text == "<h2>Café – £5!!!")
        #expect(count == 20)
        buffer.removeAll()
        let (emptied, isEmpty) = (buffer.text, buffer.isEmpty)
        #expect(emptied == "")
        #expect(isEmpty)
    }
}
