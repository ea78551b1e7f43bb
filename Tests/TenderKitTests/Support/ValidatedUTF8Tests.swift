import Testing

@testable import TenderKit

/// `ValidatedUTF8.string` gives what `String(validating:as:)` gives: the text of valid UTF-8 and
/// nil for anything else, whatever the length around its eight-byte steps.
@Suite struct ValidatedUTF8Tests {
    static let cases: [[UInt8]] = [
        [], Array("a".utf8), Array("exactly8".utf8), Array("nine byte".utf8),
        Array("sixteen bytes!!!".utf8), Array("Café".utf8), Array("seven b£".utf8),
        Array("£ at the start of a longer text".utf8), Array("😀".utf8),
        [0x80], [0xC3], [0x43, 0xC3, 0x28, 0x21], [0xED, 0xA0, 0x80], [0xC0, 0xAF],
        Array("eight by".utf8) + [0xFF], Array("valid then".utf8) + [0xE2, 0x82],
        [0xF4, 0x90, 0x80, 0x80],
    ]

    @Test(arguments: cases)
    func asStringValidatingGivesIt(bytes: [UInt8]) {
        let expected = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
        #expect(bytes.withUnsafeBufferPointer { ValidatedUTF8.string($0) } == expected)
        #expect(ValidatedUTF8.string(bytes) == expected)
        #expect(
            bytes.withUnsafeBufferPointer { ValidatedUTF8.isASCII($0) }
                == bytes.allSatisfy { $0 < 0x80 })
    }

    /// Seeded byte strings of every length to 40, mostly ASCII with some bytes above it.
    @Test func seededBytes() {
        var random = SeededGenerator(seed: 0x0DF8)
        for _ in 0..<5_000 {
            let bytes = (0..<random.int(0...40)).map { _ in
                random.chance(0.9) ? UInt8(random.int(0x20...0x7E)) : UInt8(random.int(0x80...0xFF))
            }
            let expected = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
            #expect(ValidatedUTF8.string(bytes) == expected, "\(bytes)")
        }
    }
}
