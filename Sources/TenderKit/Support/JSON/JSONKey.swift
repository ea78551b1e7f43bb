/// A member name written many times (each of a national round's five million score rows has
/// three): its quoted and escaped bytes, worked out once and held in the value itself, so that
/// writers on several cores share no reference count.
public struct JSONKey: Sendable {
    /// The quoted bytes when they fit in 16, else nil and `name` is written as `key` writes it.
    private let inline: (UInt64, UInt64)?
    private let count: Int
    let name: String

    public init(_ name: String) {
        self.name = name
        var writer = JSONWriter(compact: true)
        writer.string(name)
        let quoted = writer.bytes
        count = quoted.count
        guard quoted.count <= 16 else {
            inline = nil
            return
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: quoted) }
        inline = words
    }

    /// Appends the quoted name to `buffer`.
    func append(to buffer: inout ByteBuffer) {
        guard var words = inline else { return }
        let count = self.count
        withUnsafeBytes(of: &words) {
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[..<count]))
        }
    }

    var isInline: Bool { inline != nil }
}
