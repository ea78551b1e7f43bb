/// A renderer of `Document`s (`HTMLRenderer`, `MarkdownRenderer`) that can hand its text on in
/// pieces, so that a caller writing a file never holds a large document whole: a national round's
/// award rationale is over 100 MB.
public protocol DocumentRenderer: Sendable {
    /// Renders `document` onto the end of `text`, calling `drain` after each block and each row
    /// of a table; `drain` may write out and empty the text so far.
    func render<Failure: Error>(
        _ document: Document, into text: inout String,
        drain: (inout String) throws(Failure) -> Void
    ) throws(Failure)
}

extension DocumentRenderer {
    /// The whole document as one string.
    public func render(_ document: Document) -> String {
        var text = ""
        render(document, into: &text) { (_: inout String) in }
        return text
    }
}
