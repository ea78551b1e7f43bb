/// Renders a `Document` as one self-contained HTML file: inline CSS, inline SVG charts, no
/// scripts, no external requests (a Content-Security-Policy forbids them), laid out for A4 print.
/// One short method per block kind, each appending its bytes; every piece of text goes through
/// `appendEscaped`.
public struct HTMLRenderer: DocumentRenderer {
    public init() {}

    public func render<Failure: Error>(
        _ document: Document, into html: inout ByteBuffer,
        drain: (inout ByteBuffer) throws(Failure) -> Void
    ) throws(Failure) {
        html.append(
            """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>
            """)
        appendEscaped(document.title, to: &html)
        html.append("</title>\n<style>")
        html.append(contentsOf: HTMLStyle.css.utf8)
        html.append("</style>\n</head>\n<body>\n<main>\n<h1>")
        appendEscaped(document.title, to: &html)
        html.append("</h1>\n")
        for block in document.blocks {
            if case .table(let table) = block {
                try render(table, into: &html, drain: drain)
            } else {
                render(block, into: &html)
            }
            html.append(UInt8(ascii: "\n"))
            try drain(&html)
        }
        html.append("</main>\n</body>\n</html>\n")
    }

    private func render(_ block: Block, into html: inout ByteBuffer) {
        switch block {
        case .heading(let level, let text, let anchor): heading(level, text, anchor, into: &html)
        case .paragraph(let inlines): element("p", inlines, into: &html)
        case .bulletList(let items):
            html.append("<ul>\n")
            for item in items {
                element("li", item, into: &html)
                html.append(UInt8(ascii: "\n"))
            }
            html.append("</ul>")
        case .textList(let items):
            html.append("<ul>\n")
            for item in items {
                html.append("<li>")
                appendEscaped(item, to: &html)
                html.append("</li>\n")
            }
            html.append("</ul>")
        case .table(let table): render(table, into: &html) { (_: inout ByteBuffer) in }
        case .callout(let kind, let blocks):
            html.append("<aside class=\"")
            html.append(contentsOf: kind.rawValue.utf8)
            html.append("\">\n")
            for (index, block) in blocks.enumerated() {
                if index > 0 { html.append(UInt8(ascii: "\n")) }
                render(block, into: &html)
            }
            html.append("\n</aside>")
        case .chart(let chart):
            html.append("<figure>")
            html.append(contentsOf: SVGChart.render(chart).utf8)
            html.append("</figure>")
        case .facts(let facts): self.facts(facts, into: &html)
        }
    }

    private func heading(
        _ level: Int, _ text: [Inline], _ anchor: String?, into html: inout ByteBuffer
    ) {
        let digit = UInt8(ascii: "0") + UInt8(min(max(level, 1), 6))
        html.append("<h")
        html.append(digit)
        if let anchor {
            html.append(" id=\"")
            appendEscaped(anchor, to: &html)
            html.append(UInt8(ascii: "\""))
        }
        html.append(UInt8(ascii: ">"))
        render(text, into: &html)
        html.append("</h")
        html.append(digit)
        html.append(UInt8(ascii: ">"))
    }

    private func facts(_ facts: [(label: String, value: [Inline])], into html: inout ByteBuffer) {
        html.append("<dl>\n")
        for fact in facts {
            html.append("<dt>")
            appendEscaped(fact.label, to: &html)
            html.append("</dt><dd>")
            render(fact.value, into: &html)
            html.append("</dd>\n")
        }
        html.append("</dl>")
    }

    private func render<Failure: Error>(
        _ table: Table, into html: inout ByteBuffer,
        drain: (inout ByteBuffer) throws(Failure) -> Void
    ) throws(Failure) {
        html.append("<table>\n")
        if let caption = table.caption {
            html.append("<caption>")
            appendEscaped(caption, to: &html)
            html.append("</caption>\n")
        }
        html.append("<thead><tr>")
        for (label, alignment) in zip(table.header, table.alignments) {
            html.append(alignment == .right ? "<th class=\"num\">" : "<th>")
            appendEscaped(label, to: &html)
            html.append("</th>")
        }
        html.append("</tr></thead>\n<tbody>\n")
        // Rows and cells read in place: a national round's tables have millions of cells, and
        // a copy of each retained its text.
        for row in table.rows.indices {
            html.append("<tr>")
            for column in 0..<min(table.rows[row].count, table.alignments.count) {
                html.append(table.alignments[column] == .right ? "<td class=\"num\">" : "<td>")
                render(table.rows[row][column], into: &html)
                html.append("</td>")
            }
            html.append("</tr>\n")
            try drain(&html)
        }
        html.append("</tbody>\n</table>")
    }

    /// `<tag>inlines</tag>`.
    private func element(_ tag: StaticString, _ inlines: [Inline], into html: inout ByteBuffer) {
        open(tag, into: &html)
        render(inlines, into: &html)
        close(tag, into: &html)
    }

    private func render(_ cell: TableCell, into html: inout ByteBuffer) {
        switch cell {
        case .run(let inline): render(inline, into: &html)
        case .runs(let inlines): render(inlines, into: &html)
        }
    }

    private func render(_ inlines: [Inline], into html: inout ByteBuffer) {
        for inline in inlines { render(inline, into: &html) }
    }

    private func render(_ inline: Inline, into html: inout ByteBuffer) {
        switch inline {
        case .text(let text): appendEscaped(text, to: &html)
        case .strong(let text): wrapped(text, in: "strong", into: &html)
        case .emphasis(let text): wrapped(text, in: "em", into: &html)
        case .code(let text): wrapped(text, in: "code", into: &html)
        }
    }

    private func wrapped(_ text: String, in tag: StaticString, into html: inout ByteBuffer) {
        open(tag, into: &html)
        appendEscaped(text, to: &html)
        close(tag, into: &html)
    }

    private func open(_ tag: StaticString, into html: inout ByteBuffer) {
        html.append(UInt8(ascii: "<"))
        html.append(tag)
        html.append(UInt8(ascii: ">"))
    }

    private func close(_ tag: StaticString, into html: inout ByteBuffer) {
        html.append("</")
        html.append(tag)
        html.append(UInt8(ascii: ">"))
    }
}

/// The texts `appendEscaped` copies as they are: printable ASCII without `&<>"'`.
private let htmlPlain = PlainASCII(special: "&<>\"'", lineFeedsAndTabs: true)

/// `&`, `<`, `>`, `"` and `'` as entities: safe in element content and in quoted attributes.
func escaped(_ text: String) -> String {
    var html = ByteBuffer()
    appendEscaped(text, to: &html)
    return html.text
}

/// Appends `text` to `html` as `escaped` gives it: runs of plain bytes copied at once.
func appendEscaped(_ text: String, to html: inout ByteBuffer) {
    EscapedBytes.escape(text, into: &html, unchanged: htmlPlain) { byte, _, output in
        switch byte {
        case UInt8(ascii: "&"): output.append("&amp;")
        case UInt8(ascii: "<"): output.append("&lt;")
        case UInt8(ascii: ">"): output.append("&gt;")
        case UInt8(ascii: "\""): output.append("&quot;")
        case UInt8(ascii: "'"): output.append("&#39;")
        case UInt8(ascii: "\n"), UInt8(ascii: "\t"): output.append(byte)
        default: return false
        }
        return true
    }
}
