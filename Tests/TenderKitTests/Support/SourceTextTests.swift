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
