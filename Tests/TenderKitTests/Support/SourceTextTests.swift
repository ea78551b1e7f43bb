import Testing

@testable import TenderKit

@Suite struct SourceTextTests {
    @Test func turnsOffsetsIntoLinesAndColumns() {
        let source = SourceText(path: "f.json", text: "ab\ncdé\nf")
        #expect(source.location(at: 0) == SourceLocation(file: "f.json", line: 1, column: 1))
        #expect(source.location(at: 4) == SourceLocation(file: "f.json", line: 2, column: 2))
        // 'é' is two bytes; the 'f' after the newline is line 3.
        #expect(source.location(at: 7) == SourceLocation(file: "f.json", line: 2, column: 4))
        #expect(source.location(at: 8) == SourceLocation(file: "f.json", line: 3, column: 1))
        #expect(source.lineText(2) == "cdé")
    }

    /// Line starts by hand: one past every line feed, a CR alone not ending a line.
    @Test(arguments: [
        ("", [0]), ("a", [0]), ("\n", [0, 1]), ("a\nb\n", [0, 2, 4]), ("a\r\nb", [0, 3]),
        ("\n\n", [0, 1, 2]), ("a\rb", [0]),
    ])
    func findsLineStarts(_ text: String, _ starts: [Int]) {
        #expect(SourceText.findLineStarts(Array(text.utf8)) == starts)
    }

    @Test func findsLineStartsLikeAPlainScanInRandomText() {
        var generator = SeededGenerator(seed: 31)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in
                Bool.random(using: &generator)
                    ? UInt8(ascii: "\n") : UInt8.random(in: 0...255, using: &generator)
            }
            let plain =
                [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
            #expect(SourceText.findLineStarts(bytes) == plain)
        }
    }

    /// Lines by hand for "a\nbb\n\nc" (lines start at 0, 2, 5, 6), looked up near each hint.
    @Test(arguments: [
        (0, -1, 1), (1, -1, 1), (2, 0, 2), (4, 0, 2), (5, 0, 3), (6, 0, 4), (8, 0, 4),
        (0, 3, 1), (3, 3, 2), (5, 2, 3), (6, 1, 4), (1, 9, 1), (7, 9, 4),
    ])
    func findsLinesNearAHint(offset: Int, hint: Int, line: Int) {
        let source = SourceText(path: "f", text: "a\nbb\n\nc")
        var near = hint
        #expect(source.line(at: offset, near: &near) == line)
        #expect(near == line - 1)
    }

    /// Near a hint and from scratch agree on 200 seeded random texts, looking up offsets in file
    /// order, in random order and a few bytes apart, the hint carried from each lookup to the
    /// next.
    @Test func findsLinesNearAHintLikeASearchOfTheWholeFile() {
        var generator = SeededGenerator(seed: 0x11E5)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0
                    ? UInt8(ascii: "\n") : UInt8(ascii: "x")
            }
            let source = SourceText(path: "f", bytes: bytes)
            let random = (0..<50).map { _ in Int.random(in: 0...bytes.count, using: &generator) }
            let nearby = random.map { max(0, $0 - Int.random(in: 0...6, using: &generator)) }
            for offsets in [
                Array(0...bytes.count), random, zip(random, nearby).flatMap { [$0, $1] },
            ] {
                var hint = -1
                for offset in offsets {
                    #expect(source.line(at: offset, near: &hint) == source.line(at: offset))
                }
            }
        }
    }

    @Test func formatsDiagnosticsWithACaret() {
        let diagnostic = Diagnostic.error(
            at: SourceLocation(file: "r.json", line: 14, column: 12),
            "unknown function 'cuont' (did you mean 'count'?)",
            excerpt: "\t\"value\": \"cuont(x)\"")
        #expect(
            DiagnosticFormatter().format(diagnostic) == """
                r.json:14:12: error: unknown function 'cuont' (did you mean 'count'?)
                \t"value": "cuont(x)"
                \t          ^
                """)
    }

    @Test func sortsDiagnosticsByPlace() {
        let a = Diagnostic.error(at: SourceLocation(file: "a", line: 2, column: 1), "x")
        let b = Diagnostic.error(at: SourceLocation(file: "a", line: 10, column: 1), "y")
        let c = Diagnostic.error(at: SourceLocation(file: "b", line: 1, column: 1), "z")
        #expect([c, b, a].sorted() == [a, b, c])
    }
}
