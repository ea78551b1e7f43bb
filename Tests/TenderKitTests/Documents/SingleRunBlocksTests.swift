import Testing

@testable import TenderKit

/// The forms that spare an array for each item or cell of one run (`Block.textList`,
/// `TableCell.run`) render exactly as the general forms with the same runs, in both formats:
/// text that starts a block, holds markup or is empty included.
@Suite struct SingleRunBlocksTests {
    static let texts = [
        "Score 4: clear plan.", "- looks like a list", "1. looks numbered", "# a heading?",
        "<b>bold</b> & \"quoted\" 'text'", "*stars* and _underscores_ | pipes", "", "café\r\nnext",
    ]

    static func expectSameRendering(_ compact: Document, _ general: Document) {
        #expect(MarkdownRenderer().render(compact) == MarkdownRenderer().render(general))
        #expect(HTMLRenderer().render(compact) == HTMLRenderer().render(general))
    }

    @Test(arguments: 0...texts.count)
    func aTextListRendersAsABulletListOfTextRuns(count: Int) {
        let items = Array(Self.texts.prefix(count))
        Self.expectSameRendering(
            Document(title: "List", blocks: [.paragraph([.text("Before")]), .textList(items)]),
            Document(
                title: "List",
                blocks: [.paragraph([.text("Before")]), .bulletList(items.map { [.text($0)] })]))
    }

    @Test(arguments: texts)
    func cellsOfOneRunRenderAsCellsOfRunLists(text: String) {
        let cells: [[TableCell]] = [
            [
                .text(text), .run(.code(text)), .run(.strong(text)),
                .runs([.text(text), .code("x|y")]),
            ],
            [.run(.emphasis(text)), .text("2"), .runs([]), .text(text)],
        ]
        let runs: [[[Inline]]] = [
            [[.text(text)], [.code(text)], [.strong(text)], [.text(text), .code("x|y")]],
            [[.emphasis(text)], [.text("2")], [], [.text(text)]],
        ]
        let header = ["A", "B", "C", "D"]
        let alignments: [Table.Alignment] = [.left, .right, .left, .right]
        Self.expectSameRendering(
            Document(
                title: "Table",
                blocks: [.table(Table(header: header, alignments: alignments, cells: cells))]),
            Document(
                title: "Table",
                blocks: [.table(Table(header: header, alignments: alignments, rows: runs))]))
    }
}
