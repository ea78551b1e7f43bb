import Foundation

/// Reads JSON text (RFC 8259) into `JSONValue`s that remember where each value starts.
///
/// Written for diagnostics, exactness and speed at once: it works on UTF-8 bytes, keeps only a
/// byte offset in each value (the file's `SourceText` turns one into a line and column when
/// something is reported), reads numbers into exact `Decimal`s, and refuses nesting deeper than
/// `depthLimit` instead of overflowing the stack.
public struct JSONReader {
    public static let defaultDepthLimit = 256

    /// The value read and the repeated member names found on the way.
    public struct Document: Sendable {
        public var root: JSONValue
        public var duplicateKeys: [JSONDuplicateKey]
        /// Where each number that cannot be held exactly starts: reading goes on past it, so that
        /// one such number does not hide every other problem of the file.
        public var inexactNumbers: [Int] = []
    }

    public static func read(_ bytes: [UInt8], depthLimit: Int = defaultDepthLimit)
        throws(JSONSyntaxError) -> Document
    {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> Document in
            var parser = JSONParser(buffer: buffer, depthLimit: depthLimit)
            return try parser.parseDocument()
        }
    }

    public static func read(_ text: String, depthLimit: Int = defaultDepthLimit)
        throws(JSONSyntaxError) -> Document
    {
        try read(Array(text.utf8), depthLimit: depthLimit)
    }
}

/// The recursive-descent parser behind `JSONReader`.
struct JSONParser {
    let buffer: UnsafeBufferPointer<UInt8>
    let depthLimit: Int
    var index = 0
    var depth = 0
    var duplicateKeys: [JSONDuplicateKey] = []
    var inexactNumbers: [Int] = []

    init(buffer: UnsafeBufferPointer<UInt8>, depthLimit: Int) {
        self.buffer = buffer
        self.depthLimit = depthLimit
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONReader.Document {
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3 }
        skipWhitespace()
        let root = try parseValue()
        skipWhitespace()
        if index < buffer.count { throw JSONSyntaxError(.trailingContent, at: index) }
        return JSONReader.Document(
            root: root, duplicateKeys: duplicateKeys, inexactNumbers: inexactNumbers)
    }

    mutating func skipWhitespace() {
        while index < buffer.count {
            switch buffer[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < buffer.count else {
            throw JSONSyntaxError(.unexpectedEnd(expected: "a value"), at: index)
        }
        let start = index
        switch buffer[index] {
        case UInt8(ascii: "{"): return JSONValue(.object(try parseObject()), offset: start)
        case UInt8(ascii: "["): return JSONValue(.array(try parseArray()), offset: start)
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return JSONValue(.bool(true), offset: start)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return JSONValue(.bool(false), offset: start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return JSONValue(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try parseNumber()), offset: start)
        default:
            throw unexpected(expected: "a value")
        }
    }

    mutating func enterContainer() throws(JSONSyntaxError) {
        depth += 1
        if depth > depthLimit {
            throw JSONSyntaxError(.nestedTooDeeply(limit: depthLimit), at: index)
        }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONObject {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        var members: [JSONObject.Member] = []
        var keyIndex: [String: Int]? = nil
        skipWhitespace()
        if index < buffer.count, buffer[index] == UInt8(ascii: "}") {
            index += 1
            return JSONObject(members)
        }
        while true {
            skipWhitespace()
            guard index < buffer.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: "a member name"), at: index)
            }
            guard buffer[index] == UInt8(ascii: "\"") else {
                throw unexpected(expected: "a member name in double quotes")
            }
            let keyOffset = index
            let key = try parseString()
            if let firstOffset = firstOffset(of: key, at: keyOffset, in: members, index: &keyIndex)
            {
                duplicateKeys.append(
                    JSONDuplicateKey(key: key, offset: keyOffset, firstOffset: firstOffset))
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), what: "':' after the member name")
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONObject.Member(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            guard index < buffer.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: "',' or '}'"), at: index)
            }
            if buffer[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if buffer[index] == UInt8(ascii: "}") {
                index += 1
                return JSONObject(members)
            }
            throw unexpected(expected: "',' or '}'")
        }
    }

    /// Where `key` first appeared among `members`: a linear scan for small objects, a dictionary
    /// (built once, kept up to date by the caller's appends) for large ones.
    func firstOffset(
        of key: String, at keyOffset: Int, in members: [JSONObject.Member],
        index keyIndex: inout [String: Int]?
    ) -> Int? {
        if members.count < 16 {
            return members.first { $0.key == key }?.keyOffset
        }
        if keyIndex == nil {
            keyIndex = Dictionary(
                members.map { ($0.key, $0.keyOffset) }, uniquingKeysWith: { first, _ in first })
        }
        if let first = keyIndex?[key] { return first }
        keyIndex?[key] = keyOffset
        return nil
    }

    mutating func parseArray() throws(JSONSyntaxError) -> [JSONValue] {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < buffer.count, buffer[index] == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < buffer.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: "',' or ']'"), at: index)
            }
            if buffer[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if buffer[index] == UInt8(ascii: "]") {
                index += 1
                return elements
            }
            throw unexpected(expected: "',' or ']'")
        }
    }

    mutating func expect(_ byte: UInt8, what: String) throws(JSONSyntaxError) {
        guard index < buffer.count else {
            throw JSONSyntaxError(.unexpectedEnd(expected: what), at: index)
        }
        guard buffer[index] == byte else { throw unexpected(expected: what) }
        index += 1
    }

    mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let start = index
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected in
            index + count <= buffer.count
                && (0..<count).allSatisfy { buffer[index + $0] == expected[$0] }
        }
        guard matches else {
            index = start
            throw unexpected(expected: "a value")
        }
        index += count
    }

    /// An error naming the character at `index`.
    func unexpected(expected: String) -> JSONSyntaxError {
        guard index < buffer.count else {
            return JSONSyntaxError(.unexpectedEnd(expected: expected), at: index)
        }
        let byte = buffer[index]
        let found: String
        if byte >= 0x21 && byte < 0x7F {
            found = "'\(Character(Unicode.Scalar(byte)))'"
        } else if byte < 0x80 {
            found = "character 0x\(String(byte, radix: 16, uppercase: true))"
        } else {
            found = "a non-ASCII character"
        }
        return JSONSyntaxError(.unexpectedCharacter(found: found, expected: expected), at: index)
    }
}
