import Foundation

/// Renders a `Document` as CommonMark with GitHub tables: one short method per block kind, each
/// appending its bytes, and every piece of text escaped so that input data can never turn into
/// Markdown syntax. Inline text never carries a line break (escaping and code spans turn them
/// into spaces), so a table cell stays on its row.
public struct MarkdownRenderer: DocumentRenderer {
    /// The texts `escaped` leaves as they are (unless they start a heading, list or rule).
    static let plain = PlainASCII(special: "\\`*_[]|~><&", lineFeedsAndTabs: false)
    /// What a code span copies as it is (`code(_:inTableCell:into:)`), outside and inside a table.
    static let plainCode = PlainASCII(special: "", lineFeedsAndTabs: false)
    static let plainCodeInTable = PlainASCII(special: "|", lineFeedsAndTabs: false)
    /// Whether `escaped` puts a backslash before each ASCII byte (looked up for every byte of
    /// the text it escapes: an array, not a hashed set).
    static let backslashed = (0..<128).map { "\\`*_[]|~>".utf8.contains(UInt8($0)) }

    public init() {}

    public func render<Failure: Error>(
        _ document: Document, into output: inout ByteBuffer,
        drain: (inout ByteBuffer) throws(Failure) -> Void
    ) throws(Failure) {
        output.append("# ")
        appendEscaped(document.title, to: &output)
        output.append(UInt8(ascii: "\n"))
        for block in document.blocks {
            output.append(UInt8(ascii: "\n"))
            if case .table(let table) = block {
                try render(table, into: &output, drain: drain)
            } else {
                render(block, into: &output)
            }
            try drain(&output)
        }
    }

    private func render(_ block: Block, into output: inout ByteBuffer) {
        switch block {
        case .heading(let level, let text, _):
            output.append(UInt8(ascii: "#"), count: min(max(level, 1), 6))
            output.append(UInt8(ascii: " "))
            line(text, into: &output)
        case .paragraph(let inlines): line(inlines, into: &output)
        case .bulletList(let items):
            for item in items {
                output.append("- ")
                line(item, into: &output)
            }
        case .textList(let items):
            for item in items {
                output.append("- ")
                appendEscaped(item, to: &output)
                output.append(UInt8(ascii: "\n"))
            }
        case .table(let table): render(table, into: &output) { (_: inout ByteBuffer) in }
        case .callout(let kind, let blocks): callout(kind, blocks, into: &output)
        case .chart(.stackedBars(let bars)): chartSentence(bars.title, into: &output)
        case .chart(.spread(let spread)): chartSentence(spread.title, into: &output)
        case .facts(let facts):
            for fact in facts {
                output.append("- **")
                appendEscaped(fact.label, to: &output)
                output.append(":** ")
                line(fact.value, into: &output)
            }
        }
    }

    /// The runs and a line feed.
    private func line(_ inlines: [Inline], into output: inout ByteBuffer) {
        render(inlines, inTableCell: false, into: &output)
        output.append(UInt8(ascii: "\n"))
    }

    /// The caption (when there is one) and a blank line, the header, the alignment row and a line
    /// per row.
    private func render<Failure: Error>(
        _ table: Table, into output: inout ByteBuffer,
        drain: (inout ByteBuffer) throws(Failure) -> Void
    ) throws(Failure) {
        if let caption = table.caption {
            output.append(UInt8(ascii: "*"))
            appendEscaped(caption, to: &output)
            output.append("*\n\n")
        }
        output.append("| ")
        for (index, label) in table.header.enumerated() {
            if index > 0 { output.append(" | ") }
            appendEscaped(label, to: &output)
        }
        output.append(" |\n|")
        for (index, alignment) in table.alignments.enumerated() {
            if index > 0 { output.append(UInt8(ascii: "|")) }
            output.append(alignment == .right ? " ---: " : " --- ")
        }
        output.append("|\n")
        // Rows and cells read in place: a national round's tables have millions of cells, and
        // a copy of each retained its text.
        for row in table.rows.indices {
            output.append("| ")
            for column in table.rows[row].indices {
                if column > 0 { output.append(" | ") }
                render(table.rows[row][column], into: &output)
            }
            output.append(" |\n")
            try drain(&output)
        }
    }

    /// The label and the blocks as a block quote: `> ` before each line, `>` alone on a blank one.
    private func callout(
        _ kind: Block.CalloutKind, _ blocks: [Block], into output: inout ByteBuffer
    ) {
        var body = ByteBuffer()
        body.append(kind == .warning ? "**Warning.** " : "**Note.** ")
        for (index, block) in blocks.enumerated() {
            if index > 0 { body.append(UInt8(ascii: "\n")) }
            render(block, into: &body)
        }
        body.withUnsafeBufferPointer { body in
            let lines = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                if index > 0 { output.append(UInt8(ascii: "\n")) }
                output.append(line.isEmpty ? ">" : "> ")
                output.append(contentsOf: UnsafeBufferPointer(rebasing: line))
            }
        }
        output.append(UInt8(ascii: "\n"))
    }

    private func chartSentence(_ title: String, into output: inout ByteBuffer) {
        output.append("*Chart (in the HTML version): ")
        appendEscaped(title, to: &output)
        output.append(".*\n")
    }

    private func render(_ cell: TableCell, into output: inout ByteBuffer) {
        switch cell {
        case .run(let inline): render(inline, inTableCell: true, into: &output)
        case .runs(let inlines): render(inlines, inTableCell: true, into: &output)
        }
    }

    /// - Parameter inTableCell: GitHub tables split cells at every unescaped `|`, even inside a
    ///   code span, so there a code span's pipes are escaped too (text escapes its own anywhere).
    private func render(_ inlines: [Inline], inTableCell: Bool, into output: inout ByteBuffer) {
        for inline in inlines { render(inline, inTableCell: inTableCell, into: &output) }
    }

    private func render(_ inline: Inline, inTableCell: Bool, into output: inout ByteBuffer) {
        switch inline {
        case .text(let text): appendEscaped(text, to: &output)
        case .strong(let text): delimited(text, by: "**", into: &output)
        case .emphasis(let text): delimited(text, by: "*", into: &output)
        case .code(let text): code(text, inTableCell: inTableCell, into: &output)
        }
    }
}
