import Testing

@testable import TenderKit

/// `ScoreTable.comment` reads a row whose only quoted field (if any) is the comment straight from
/// the bytes and any other through the CSV parser: both give the comment the parser reads,
/// trimmed of spaces, tabs and line ends.
struct ScoreTableCommentTests {
    /// One data row after the header, and the comment read from it.
    static let rows: [(String, String)] = [
        ("e1,s1,need,4,Clear need.\n", "Clear need."),
        ("e1,s1,need,4,  Clear need. \t\r\n", "Clear need."),
        ("e1,s1,need,4,Clear need.", "Clear need."),
        ("e1,s1,need,4,\n", ""),
        ("e1,s1,need,4,   \n", ""),
        ("e1,s1,need,4,Café ✓ needs\u{0D}more\n", "Café ✓ needs\u{0D}more"),
        // A quoted comment, read from the bytes too.
        ("e1,s1,need,4,\"Clear, \"\"local\"\" need.\"\n", "Clear, \"local\" need."),
        ("e1,s1,need,4,\"Clear, local need.\"\r\n", "Clear, local need."),
        ("e1,s1,need,4,\"Clear, local need.\"", "Clear, local need."),
        ("e1,s1,need,4,\"\"\"Quoted\"\", and \"\"more\"\"\"\n", "\"Quoted\", and \"more\""),
        ("e1,s1,need,4,\" line one,\nline two\r\n\"\n", "line one,\nline two"),
        ("e1,s1,need,4,\"\"\n", ""),
        ("e1,s1,need,4,\"Café, ✓\"\n", "Café, ✓"),
        // Quoted fields elsewhere in the row: the parser's way.
        ("\"e1\",s1,need,4,Clear need.\n", "Clear need."),
        ("e1,s1,\"need\",4, Clear need. \r\n", "Clear need."),
        ("e1,s1,need,4,\" spaced \"\n", "spaced"),
    ]

    @Test(arguments: rows)
    func comment(_ row: String, _ expected: String) {
        // A row that ends the file without a line feed is the last; any other has one after it.
        let header = "evaluator,submission,criterion,score,comment\n"
        let next = row.hasSuffix("\n") ? "e2,s1,need,3,next\n" : ""
        var table = ScoreTable(source: SourceText(path: "scores.csv", text: header + row + next))
        table.append(
            evaluator: 0, submission: 0, criterion: 0, score: 4, rowOffset: header.utf8.count)
        #expect(table.comment(0) == expected)
        #expect(Self.parsersComment(header + row) == expected, "the CSV parser's way")
        if !next.isEmpty {
            table.append(
                evaluator: 1, submission: 0, criterion: 0, score: 3,
                rowOffset: header.utf8.count + row.utf8.count)
            #expect(table.comment(1) == "next")
        }
    }

    /// The last field of the second record, as the CSV parser reads it, trimmed.
    static func parsersComment(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = CSVParser(buffer: buffer)
            var record = CSVRecord(buffer: buffer)
            guard parser.next(into: &record), parser.next(into: &record) else { return "?" }
            return (record.string(record.count - 1) ?? "").trimmingWhitespace()
        }
    }

    /// A comment that is not UTF-8 reads as empty both ways (the loader reports it).
    @Test(arguments: [false, true])
    func notUTF8(quoted: Bool) {
        let header = Array("evaluator,submission,criterion,score,comment\n".utf8)
        let comment: [UInt8] = [0x43, 0xC3, 0x28, 0x21]
        let field = quoted ? [0x22] + comment + [0x22] : comment
        let source = SourceText(
            path: "scores.csv", bytes: header + Array("e1,s1,need,4,".utf8) + field + [0x0A])
        var table = ScoreTable(source: source)
        table.append(evaluator: 0, submission: 0, criterion: 0, score: 4, rowOffset: header.count)
        #expect(table.comment(0) == "")
    }
}
