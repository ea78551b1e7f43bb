/// Text from bytes that must be UTF-8, or nil when they are not: what `String(validating:as:)`
/// gives, with ASCII (nearly every string of a round's files) taken the direct way. The generic
/// `String(validating:as:)` looks up type metadata on every call, a third of a second of a
/// national round's loading for its millions of strings.
enum ValidatedUTF8 {
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard isASCII(bytes) else { return String(validating: bytes, as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func string(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { string($0) }
    }

    /// Whether every byte is below 0x80, looked at eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        TextEncoding.endOfASCII(bytes, from: 0) == bytes.count
    }
}
