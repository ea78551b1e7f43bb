/// A renderer of `Document`s (`HTMLRenderer`, `MarkdownRenderer`) that appends UTF-8 bytes and
/// can hand them on in pieces, so that a caller writing a file never holds a large document
/// whole: a national round's award rationale is over 100 MB.
public protocol DocumentRenderer: Sendable {
    /// Renders `document` onto the end of `bytes`, calling `drain` after each block and each row
    /// of a table; `drain` may write out and empty the bytes so far.
    func render<Failure: Error>(
        _ document: Document, into bytes: inout ByteBuffer,
        drain: (inout ByteBuffer) throws(Failure) -> Void
    ) throws(Failure)
}

extension DocumentRenderer {
    /// The whole document as one string.
    public func render(_ document: Document) -> String {
        var bytes = ByteBuffer()
        render(document, into: &bytes) { (_: inout ByteBuffer) in }
        return bytes.text
    }
}
