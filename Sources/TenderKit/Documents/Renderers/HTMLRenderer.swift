/// Renders a `Document` as one self-contained HTML file: inline CSS, inline SVG charts, no
/// scripts, no external requests (a Content-Security-Policy forbids them), laid out for A4 print.
/// One short method per block kind; every piece of text goes through `escaped`.
public struct HTMLRenderer: DocumentRenderer {
    public init() {}

    public func render<Failure: Error>(
        _ document: Document, into html: inout String,
        drain: (inout String) throws(Failure) -> Void
    ) throws(Failure) {
        html += """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escaped(document.title))</title>
            <style>\(HTMLStyle.css)</style>
            </head>
            <body>
            <main>
            <h1>\(escaped(document.title))</h1>

            """
        for block in document.blocks {
            if case .table(let table) = block {
                try render(table, into: &html, drain: drain)
            } else {
                html += render(block)
            }
            html += "\n"
            try drain(&html)
        }
        html += "</main>\n</body>\n</html>\n"
    }

    func render(_ block: Block) -> String {
        switch block {
        case .heading(let level, let text, let anchor): heading(level, text, anchor)
        case .paragraph(let inlines): "<p>\(render(inlines))</p>"
        case .bulletList(let items):
            "<ul>\n" + items.map { "<li>\(render($0))</li>\n" }.joined() + "</ul>"
        case .table(let table): render(table)
        case .callout(let kind, let blocks):
            "<aside class=\"\(kind.rawValue)\">\n\(blocks.map(render).joined(separator: "\n"))\n</aside>"
        case .chart(let chart): "<figure>\(SVGChart.render(chart))</figure>"
        case .facts(let facts):
            "<dl>\n"
                + facts.map { "<dt>\(escaped($0.label))</dt><dd>\(render($0.value))</dd>\n" }
                .joined() + "</dl>"
        }
    }

    private func heading(_ level: Int, _ text: [Inline], _ anchor: String?) -> String {
        let tag = "h\(min(max(level, 1), 6))"
        let id = anchor.map { " id=\"\(escaped($0))\"" } ?? ""
        return "<\(tag)\(id)>\(render(text))</\(tag)>"
    }

    private func render(_ table: Table) -> String {
        var html = ""
        render(table, into: &html) { (_: inout String) in }
        return html
    }

    private func render<Failure: Error>(
        _ table: Table, into html: inout String, drain: (inout String) throws(Failure) -> Void
    ) throws(Failure) {
        html += "<table>\n"
        if let caption = table.caption { html += "<caption>\(escaped(caption))</caption>\n" }
        html +=
            "<thead><tr>"
            + zip(table.header, table.alignments).map { "<th\(align($1))>\(escaped($0))</th>" }
            .joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (cell, alignment) in zip(row, table.alignments) {
                html += "<td\(align(alignment))>"
                html += render(cell)
                html += "</td>"
            }
            html += "</tr>\n"
            try drain(&html)
        }
        html += "</tbody>\n</table>"
    }

    private func align(_ alignment: Table.Alignment) -> String {
        alignment == .right ? " class=\"num\"" : ""
    }

    func render(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): escaped(text)
            case .strong(let text): "<strong>\(escaped(text))</strong>"
            case .emphasis(let text): "<em>\(escaped(text))</em>"
            case .code(let text): "<code>\(escaped(text))</code>"
            }
        }.joined()
    }
}

/// The texts `escaped` leaves as they are: printable ASCII without `&<>"'`.
private let htmlPlain = PlainASCII(special: "&<>\"'", lineFeedsAndTabs: true)

/// `&`, `<`, `>`, `"` and `'` as entities: safe in element content and in quoted attributes.
func escaped(_ text: String) -> String {
    if htmlPlain.holds(text) { return text }
    return EscapedBytes.escape(text) { byte, _, output in
        switch byte {
        case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
        case UInt8(ascii: "\n"), UInt8(ascii: "\t"): output.append(byte)
        default: return false
        }
        return true
    }
}
