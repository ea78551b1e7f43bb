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
