import Testing

@testable import TenderKit

/// A document written in pieces (each renderer hands its text on once it holds a megabyte, after
/// a block or a table row) is byte for byte the document rendered whole.
@Suite struct DrainedRenderingTests {
    /// A document of several megabytes: paragraphs around a table of 50,000 seeded rows with text
    /// that needs escaping in both formats.
    static func largeDocument() -> Document {
        var generator = SeededGenerator(seed: 50_000)
        let words = ["panel", "<b>", "£5,000", "a|b", "*note*", "O'Neill & Co", "café", "1."]
        let rows: [[[Inline]]] = (0..<50_000).map { row in
            [
                [.code("s\(row)")],
                [.text(words[Int.random(in: 0..<words.count, using: &generator)])],
                [.strong("\(Int.random(in: 0...100, using: &generator))")],
            ]
        }
        return Document(
            title: "Large <round>",
            blocks: [
                .paragraph([.text("Before the table & its rows.")]),
                .table(Table(header: ["Id", "Text", "Score"], rows: rows, caption: "Every row")),
                .paragraph([.emphasis("After the table.")]),
            ])
    }

    @Test func piecesJoinIntoTheWholeDocument() throws {
        let document = Self.largeDocument()
        let memory = MemoryOutputs()
        try RoundOutputs.write(document, as: "large", formats: [.md, .html], into: memory)
        let files = Dictionary(uniqueKeysWithValues: memory.files.map { ($0.path, $0.bytes) })
        let markdown = Array(MarkdownRenderer().render(document).utf8)
        let html = Array(HTMLRenderer().render(document).utf8)
        #expect(markdown.count > 1 << 20 && html.count > 2 << 20)
        #expect(files["large.md"] == markdown)
        #expect(files["large.html"] == html)
    }
}
