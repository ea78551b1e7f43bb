import Testing

@testable import TenderKit

/// A list of plain texts renders as a bullet list of the same texts, each one `.text` run, in
/// both formats: text that starts a block, holds markup or is empty included.
@Suite struct TextListTests {
    static let items = [
        "Score 4: clear plan.", "- looks like a list", "1. looks numbered", "# a heading?",
        "<b>bold</b> & \"quoted\" 'text'", "*stars* and _underscores_ | pipes", "", "café\r\nnext",
    ]

    @Test(arguments: 0...items.count)
    func rendersAsABulletListOfTextRuns(count: Int) {
        let items = Array(Self.items.prefix(count))
        let plain = Document(
            title: "List", blocks: [.paragraph([.text("Before")]), .textList(items)])
        let runs = Document(
            title: "List",
            blocks: [.paragraph([.text("Before")]), .bulletList(items.map { [.text($0)] })])
        #expect(MarkdownRenderer().render(plain) == MarkdownRenderer().render(runs))
        #expect(HTMLRenderer().render(plain) == HTMLRenderer().render(runs))
    }
}
