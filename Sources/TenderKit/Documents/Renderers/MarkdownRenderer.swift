import Foundation

/// Renders a `Document` as CommonMark with GitHub tables: one short method per block kind, and
/// every piece of text escaped so that input data can never turn into Markdown syntax.
public struct MarkdownRenderer: DocumentRenderer {
    /// The texts `escaped` leaves as they are (unless they start a heading, list or rule).
    static let plain = PlainASCII(special: "\\`*_[]|~><&", lineFeedsAndTabs: false)
    /// The characters `escaped` puts a backslash before.
    static let backslashed = Set("\\`*_[]|~>".utf8)

    public init() {}

    public func render<Failure: Error>(
        _ document: Document, into output: inout String,
        drain: (inout String) throws(Failure) -> Void
    ) throws(Failure) {
        output += "# \(escaped(document.title))\n"
        for block in document.blocks {
            output += "\n"
            if case .table(let table) = block {
                try render(table, into: &output, drain: drain)
            } else {
                output += render(block)
            }
            try drain(&output)
        }
    }

    func render(_ block: Block) -> String {
        switch block {
        case .heading(let level, let text, _): heading(level, text)
        case .paragraph(let inlines): render(inlines) + "\n"
        case .bulletList(let items): items.map { "- " + render($0) + "\n" }.joined()
        case .table(let table): render(table)
        case .callout(let kind, let blocks): callout(kind, blocks)
        case .chart(let chart): chartSentence(chart)
        case .facts(let facts):
            facts.map { "- **\(escaped($0.label)):** \(render($0.value))\n" }.joined()
        }
    }

    private func heading(_ level: Int, _ text: [Inline]) -> String {
        String(repeating: "#", count: min(max(level, 1), 6)) + " " + render(text) + "\n"
    }

    private func render(_ table: Table) -> String {
        var output = ""
        render(table, into: &output) { (_: inout String) in }
        return output
    }

    /// The caption (when there is one) and a blank line, the header, the alignment row and a line
    /// per row.
    private func render<Failure: Error>(
        _ table: Table, into output: inout String, drain: (inout String) throws(Failure) -> Void
    ) throws(Failure) {
        if let caption = table.caption { output += "*\(escaped(caption))*\n\n" }
        output += "| " + table.header.map { cell(escaped($0)) }.joined(separator: " | ") + " |\n"
        output +=
            "|" + table.alignments.map { $0 == .right ? " ---: " : " --- " }.joined(separator: "|")
            + "|\n"
        for row in table.rows {
            output += "| "
            for (index, text) in row.enumerated() {
                if index > 0 { output += " | " }
                output += cell(render(text, inTableCell: true))
            }
            output += " |\n"
            try drain(&output)
        }
    }

    private func callout(_ kind: Block.CalloutKind, _ blocks: [Block]) -> String {
        let label = kind == .warning ? "**Warning.** " : "**Note.** "
        let body = blocks.map(render).joined(separator: "\n")
        let lines = (label + body).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n") + "\n"
    }

    private func chartSentence(_ chart: Chart) -> String {
        switch chart {
        case .stackedBars(let bars): "*Chart (in the HTML version): \(escaped(bars.title)).*\n"
        case .spread(let spread): "*Chart (in the HTML version): \(escaped(spread.title)).*\n"
        }
    }

    /// - Parameter inTableCell: GitHub tables split cells at every unescaped `|`, even inside a
    ///   code span, so there a code span's pipes are escaped too (text escapes its own anywhere).
    func render(_ inlines: [Inline], inTableCell: Bool = false) -> String {
        if inlines.count == 1 { return render(inlines[0], inTableCell: inTableCell) }
        return inlines.map { render($0, inTableCell: inTableCell) }.joined()
    }

    private func render(_ inline: Inline, inTableCell: Bool) -> String {
        switch inline {
        case .text(let text): escaped(text)
        case .strong(let text): delimited(text, by: "**")
        case .emphasis(let text): delimited(text, by: "*")
        case .code(let text):
            code(inTableCell ? text.replacingOccurrences(of: "|", with: "\\|") : text)
        }
    }

    /// Emphasis with the delimiters against the text: CommonMark does not close `**bold **`, so
    /// spaces at either end stay outside (`**Rationale:** text`).
    private func delimited(_ text: String, by delimiter: String) -> String {
        let core = text.trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty else { return escaped(text) }
        let leading = String(text.prefix { $0 == " " })
        let trailing = String(text.reversed().prefix { $0 == " " })
        return leading + delimiter + escaped(core) + delimiter + trailing
    }

    /// A table cell: no line breaks (its pipes are escaped as it is rendered).
    private func cell(_ text: String) -> String {
        text.utf8.contains { $0 == 0x0A || $0 == 0x0D } ? text.replacingNewlines(with: " ") : text
    }

    private func code(_ text: String) -> String {
        let fence = text.contains("`") ? "``" : "`"
        let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + padding + text.replacingNewlines(with: " ") + padding + fence
    }

    /// Text with every character that Markdown could read as inline syntax backslash-escaped, and
    /// HTML's `<` and `&` as entities (CommonMark passes raw HTML through). A run that would start a
    /// block (`# `, `- `, `1. `) has its first character escaped too.
    func escaped(_ text: String) -> String {
        if MarkdownRenderer.plain.holds(text), !startsBlock(text.utf8) { return text }
        var prefix = ""
        var text = Substring(text)
        if let first = text.first, "#-+=".contains(first) {
            prefix = "\\"
        } else if startsOrderedList(text) {
            prefix = text.prefix(while: \.isNumber) + "\\"
            text = text.drop(while: \.isNumber)
        }
        return prefix
            + EscapedBytes.escape(String(text)) { byte, previous, output in
                switch byte {
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"): break
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"): output.append(UInt8(ascii: " "))
                case UInt8(ascii: "\t"): output.append(byte)
                default:
                    guard MarkdownRenderer.backslashed.contains(byte) else { return false }
                    output += [UInt8(ascii: "\\"), byte]
                }
                return true
            }
    }
}

/// Whether plain ASCII text starts the way a heading, list, rule or ordered list item does
/// (`# `, `- `, `+`, `=`, `12. `), so that `escaped` must look at it more closely.
private func startsBlock(_ text: String.UTF8View) -> Bool {
    guard let first = text.first else { return false }
    if "#-+=".utf8.contains(first) { return true }
    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
    var rest = text.drop { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    guard let marker = rest.popFirst(), marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")")
    else { return false }
    return rest.first == nil || rest.first == UInt8(ascii: " ")
}

/// `12. ` or `3) ` at the start: CommonMark would read an ordered list item.
private func startsOrderedList(_ text: Substring) -> Bool {
    guard text.first?.isNumber == true else { return false }
    let rest = text.drop(while: \.isNumber)
    return (rest.hasPrefix(". ") || rest.hasPrefix(") ") || rest == "." || rest == ")")
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(
            omittingEmptySubsequences: false,
            whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        )
        .joined(separator: replacement)
    }
}
