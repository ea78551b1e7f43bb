/// One file a round was loaded from, as the documents name it: its path and SHA-256 digest.
///
/// A round loaded for its digests (`RoundLoader.load(digestingInputs:)`) has them worked out
/// while scores.csv is read and keeps only the digest, so that a national round's 100,000
/// submission files are not held in memory twice (once as bytes, once as values). Otherwise the
/// file's text is kept and digested when first asked.
public struct RoundInput: Sendable {
    public let path: String
    private let digest: Digest

    private enum Digest: Sendable {
        case known(String)
        case later(SourceText)
    }

    /// The input `source` stands for; with `keepingText` false its digest is worked out now and
    /// its bytes are not kept.
    public init(_ source: SourceText, keepingText: Bool = true) {
        path = source.path
        digest = keepingText ? .later(source) : .known(source.sha256)
    }

    /// The SHA-256 of the file's bytes, as 64 lower-case hex digits.
    public var sha256: String {
        switch digest {
        case .known(let hex): hex
        case .later(let source): source.sha256
        }
    }
}
