/// Why a JSON text could not be read, and the byte offset where the reader stopped.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case unexpectedEnd(expected: String)
        case unexpectedCharacter(found: String, expected: String)
        case invalidNumber(String)
        case numberOutOfRange
        case invalidEscape
        case invalidUnicodeEscape
        case controlCharacterInString
        case invalidUTF8
        case nestedTooDeeply(limit: Int)
        case trailingContent
    }

    public var kind: Kind
    public var offset: Int

    public init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// The message shown after `FILE:LINE:COLUMN: error:`.
    public var message: String {
        switch kind {
        case .unexpectedEnd(let expected):
            "malformed JSON: the file ends where \(expected) was expected"
        case .unexpectedCharacter(let found, let expected):
            "malformed JSON: found \(found) where \(expected) was expected"
        case .invalidNumber(let reason):
            "malformed JSON: invalid number (\(reason))"
        case .numberOutOfRange:
            "number cannot be held exactly (more than 38 significant digits, or an exponent beyond ±127)"
        case .invalidEscape:
            "malformed JSON: invalid escape in string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"
        case .invalidUnicodeEscape:
            "malformed JSON: invalid \\u escape (four hex digits; surrogates must come in pairs)"
        case .controlCharacterInString:
            "malformed JSON: control character in string (write it as an escape such as \\n)"
        case .invalidUTF8:
            "malformed JSON: the text is not valid UTF-8"
        case .nestedTooDeeply(let limit):
            "malformed JSON: arrays and objects nest more than \(limit) deep"
        case .trailingContent:
            "malformed JSON: unexpected content after the end of the JSON value"
        }
    }
}

/// A member name that appears twice in one object (RFC 8259 says names SHOULD be unique; a rubric
/// or round file with a repeated name is ambiguous, so loaders report it).
public struct JSONDuplicateKey: Sendable, Equatable {
    public var key: String
    public var offset: Int
    public var firstOffset: Int
}
