/// A renderer of `Document`s (`HTMLRenderer`, `MarkdownRenderer`) that appends UTF-8 bytes and
/// can hand them on in pieces, so that a caller writing a file never holds a large document
/// whole: a national round's award rationale is over 100 MB.
public protocol DocumentRenderer: Sendable {
    /// Renders `document` onto the end of `bytes`, calling `drain` after each block and each row
    /// of a table; `drain` may write out and empty the bytes so far.
    func render<Failure: Error>(
        _ document: Document, into bytes: inout [UInt8],
        drain: (inout [UInt8]) throws(Failure) -> Void
    ) throws(Failure)
}

extension DocumentRenderer {
    /// The whole document as one string.
    public func render(_ document: Document) -> String {
        var bytes: [UInt8] = []
        render(document, into: &bytes) { (_: inout [UInt8]) in }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    /// Appends a renderer's markup, written as a literal: copied from the program's constant bytes,
    /// without making a `String` (a national round's documents append tens of millions of them).
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { append(contentsOf: $0) }
    }
}
