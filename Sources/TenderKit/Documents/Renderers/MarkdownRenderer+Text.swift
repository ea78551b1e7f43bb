import Foundation

/// Escaped text, emphasis and code spans, appended as bytes. Only emphasis around text beyond ASCII
/// goes through `String`, where Unicode decides what is whitespace to trim; and only escaped text
/// starting with a block's marker, where Unicode decides what is a digit.
extension MarkdownRenderer {
    /// Text with every character that Markdown could read as inline syntax backslash-escaped, and
    /// HTML's `<` and `&` as entities (CommonMark passes raw HTML through). A run that would start a
    /// block (`# `, `- `, `1. `) has its first character escaped too.
    func escaped(_ text: String) -> String {
        var output = ByteBuffer()
        appendEscaped(text, to: &output)
        return output.text
    }

    /// Appends `text` as `escaped` gives it.
    func appendEscaped(_ text: String, to output: inout ByteBuffer) {
        // Text starting with any other ASCII byte cannot start a block, whatever follows.
        guard let first = text.utf8.first, first >= 0x80 || mayStartBlock(first) else {
            return escapeInline(text, into: &output)
        }
        if MarkdownRenderer.plain.holds(text), !startsBlock(text.utf8) {
            output.append(contentsOf: text.utf8)
            return
        }
        var text = Substring(text)
        if let first = text.first, "#-+=".contains(first) {
            output.append(UInt8(ascii: "\\"))
        } else if startsOrderedList(text) {
            output.append(contentsOf: text.prefix(while: \.isNumber).utf8)
            output.append(UInt8(ascii: "\\"))
            text = text.drop(while: \.isNumber)
        }
        escapeInline(text, into: &output)
    }

    /// `text` with its inline syntax escaped, in runs of bytes that need nothing.
    private func escapeInline(_ text: some StringProtocol, into output: inout ByteBuffer) {
        EscapedBytes.escape(text, into: &output, unchanged: MarkdownRenderer.plain) {
            byte, previous, output in
            switch byte {
            case UInt8(ascii: "<"): output.append("&lt;")
            case UInt8(ascii: "&"): output.append("&amp;")
            case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"): break
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): output.append(UInt8(ascii: " "))
            case UInt8(ascii: "\t"): output.append(byte)
            default:
                guard MarkdownRenderer.backslashed[Int(byte)] else { return false }
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            }
            return true
        }
    }

    /// Emphasis with the delimiters against the text: CommonMark does not close `**bold **`, so
    /// spaces at either end stay outside (`**Rationale:** text`); other whitespace at the ends is
    /// dropped.
    func delimited(_ text: String, by delimiter: StaticString, into output: inout ByteBuffer) {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return delimitedUnicode(text, by: delimiter, into: &output)
        }
        let bytes = Array(text.utf8)
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }),
            let last = bytes.lastIndex(where: { !isBlank($0) })
        else { return appendEscaped(text, to: &output) }
        let leading = bytes.prefix { $0 == UInt8(ascii: " ") }.count
        let trailing = bytes.reversed().prefix { $0 == UInt8(ascii: " ") }.count
        output.append(UInt8(ascii: " "), count: leading)
        output.append(delimiter)
        appendEscaped(String(decoding: bytes[first...last], as: UTF8.self), to: &output)
        output.append(delimiter)
        output.append(UInt8(ascii: " "), count: trailing)
    }

    private func delimitedUnicode(
        _ text: String, by delimiter: StaticString, into output: inout ByteBuffer
    ) {
        let core = text.trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty else { return appendEscaped(text, to: &output) }
        let space = UInt8(ascii: " ")
        output.append(space, count: text.prefix { $0 == " " }.count)
        output.append(delimiter)
        appendEscaped(core, to: &output)
        output.append(delimiter)
        output.append(space, count: text.reversed().prefix { $0 == " " }.count)
    }

    /// A code span: fenced with two backticks when the text holds one, padded when it starts or
    /// ends with one; line breaks as spaces, control characters made visible, and in a table cell
    /// its pipes escaped. Backticks and pipes are looked for as bytes, as CommonMark and GitHub's
    /// tables read them, whatever combining mark follows.
    func code(_ text: String, inTableCell: Bool, into output: inout ByteBuffer) {
        let backtick = UInt8(ascii: "`")
        let fence: StaticString = text.utf8.contains(backtick) ? "``" : "`"
        let padded = text.utf8.first == backtick || text.utf8.last == backtick
        output.append(fence)
        if padded { output.append(UInt8(ascii: " ")) }
        let unchanged = inTableCell ? MarkdownRenderer.plainCodeInTable : MarkdownRenderer.plainCode
        EscapedBytes.escape(text, into: &output, unchanged: unchanged) { byte, previous, output in
            switch byte {
            case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"): break
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): output.append(UInt8(ascii: " "))
            case UInt8(ascii: "|") where inTableCell: output.append("\\|")
            case UInt8(ascii: "\t"): output.append(byte)
            default: return false
            }
            return true
        }
        if padded { output.append(UInt8(ascii: " ")) }
        output.append(fence)
    }
}

/// Whether plain ASCII text starts the way a heading, list, rule or ordered list item does
/// (`# `, `- `, `+`, `=`, `12. `), so that `escaped` must look at it more closely.
private func startsBlock(_ text: String.UTF8View) -> Bool {
    guard let first = text.first, mayStartBlock(first) else { return false }
    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return true }
    var rest = text.drop { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    guard let marker = rest.popFirst(), marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")")
    else { return false }
    return rest.first == nil || rest.first == UInt8(ascii: " ")
}

/// Whether a text starting with this ASCII byte may start a heading, list, rule or ordered list.
private func mayStartBlock(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="): true
    case UInt8(ascii: "0")...UInt8(ascii: "9"): true
    default: false
    }
}

/// `12. ` or `3) ` at the start: CommonMark would read an ordered list item.
private func startsOrderedList(_ text: Substring) -> Bool {
    guard text.first?.isNumber == true else { return false }
    let rest = text.drop(while: \.isNumber)
    return (rest.hasPrefix(". ") || rest.hasPrefix(") ") || rest == "." || rest == ")")
}
