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
        let raw = UnsafeRawBufferPointer(bytes)
        var seen: UInt64 = 0
        var index = 0
        while index + 8 <= raw.count {
            seen |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < raw.count {
            seen |= UInt64(raw[index])
            index += 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }
}
