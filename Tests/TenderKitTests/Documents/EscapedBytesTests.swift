import Testing

@testable import TenderKit

/// `EscapedBytes.escape`, which copies runs of unchanged bytes at once, gives the bytes of the
/// plain walk it replaced (each byte offered to the renderer, controls made visible), on seeded
/// random texts of specials, line breaks, controls, C1 and bidirectional marks, and other
/// letters, with the HTML and Markdown renderers' rules.
@Suite struct EscapedBytesTests {
    /// The walk one byte at a time, as the escaper worked before runs were copied whole.
    static func walked(_ text: String, ascii: (UInt8, UInt8?, inout ByteBuffer) -> Bool) -> [UInt8]
    {
        var output = ByteBuffer()
        var previous: UInt8?
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            defer { previous = bytes[0] }
            if scalar.isASCII {
                if ascii(bytes[0], previous, &output) { continue }
            }
            if ControlCharacters.isControl(scalar) {
                output.append(contentsOf: ControlCharacters.picture(scalar).utf8)
            } else {
                output.append(contentsOf: bytes)
            }
        }
        return output.bytes
    }

    static let pieces = [
        "a", "Z", " ", "9", ".", "&", "<", ">", "\"", "'", "\\", "`", "*", "_", "[", "]", "|", "~",
        "#", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
        "£", "é", "–", "\u{202E}", "\u{2066}", "\u{2028}", "€", "😀", "e\u{301}",
    ]

    static func text(_ random: inout SeededGenerator) -> String {
        (0..<random.int(0...24)).map { _ in pieces[random.index(pieces.count)] }.joined()
    }

    static func htmlRule(_ byte: UInt8, _ previous: UInt8?, _ output: inout ByteBuffer) -> Bool {
        switch byte {
        case UInt8(ascii: "&"): output.append("&amp;")
        case UInt8(ascii: "<"): output.append("&lt;")
        case UInt8(ascii: "'"): output.append("&#39;")
        case UInt8(ascii: "\n"), UInt8(ascii: "\t"): output.append(byte)
        default: return false
        }
        return true
    }

    static func markdownRule(_ byte: UInt8, _ previous: UInt8?, _ output: inout ByteBuffer) -> Bool
    {
        switch byte {
        case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"): break
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): output.append(UInt8(ascii: " "))
        case UInt8(ascii: "\t"): output.append(byte)
        default:
            guard MarkdownRenderer.backslashed[Int(byte)] else { return false }
            output.append(UInt8(ascii: "\\"))
            output.append(byte)
        }
        return true
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func givesTheBytesOfTheWalkOneByteAtATime(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let rules = [
            (PlainASCII(special: "&<'", lineFeedsAndTabs: true), Self.htmlRule),
            (MarkdownRenderer.plain, Self.markdownRule),
        ]
        for _ in 0..<2_000 {
            let text = Self.text(&random)
            for (unchanged, rule) in rules {
                var output = ByteBuffer()
                output.append(UInt8(ascii: "x"))
                EscapedBytes.escape(text, into: &output, unchanged: unchanged, ascii: rule)
                let escaped = output.bytes
                #expect(
                    escaped == [UInt8(ascii: "x")] + Self.walked(text, ascii: rule),
                    "\(text.debugDescription)")
            }
        }
    }

    /// The end of a run, found eight bytes at a time, is where a byte-at-a-time scan stops: for
    /// every start and every place of the first failing byte within the words, in random bytes.
    @Test func runsEndWhereAScanOneByteAtATimeEnds() {
        var random = SeededGenerator(seed: 0x2A_5C11)
        let rule = PlainASCII(special: "&<'", lineFeedsAndTabs: true)
        let passing = (0...255).map(UInt8.init).filter(Self.passesHTMLRule)
        for _ in 0..<3_000 {
            var bytes = (0..<random.int(0...40)).map { _ in passing[random.index(passing.count)] }
            if !bytes.isEmpty, random.chance(0.8) {
                bytes[random.index(bytes.count)] = UInt8(random.int(0...255))
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...buffer.count {
                    let scanned =
                        buffer[start...].firstIndex { !passing.contains($0) } ?? buffer.count
                    #expect(rule.endOfRun(in: buffer, from: start) == scanned, "\(bytes)")
                }
            }
        }
    }

    /// What the rule above leaves as it is: printable ASCII but `&<'`, and line feeds and tabs.
    static func passesHTMLRule(_ byte: UInt8) -> Bool {
        if byte == 0x0A || byte == 0x09 { return true }
        guard (0x20...0x7E).contains(byte) else { return false }
        return !"&<'".utf8.contains(byte)
    }

    /// By hand: a run, a rewritten byte, a control made visible, a kept letter.
    @Test func byHand() {
        var output = ByteBuffer()
        EscapedBytes.escape(
            "a&b\u{1B}é", into: &output,
            unchanged: PlainASCII(special: "&<'", lineFeedsAndTabs: true),
            ascii: Self.htmlRule)
        let text = output.text
        #expect(text == "a&amp;b\(ControlCharacters.picture("\u{1B}"))é")
    }
}
