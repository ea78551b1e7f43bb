import Foundation

/// Splits a rule expression into tokens, working on its UTF-8 bytes so offsets are byte offsets.
///
/// Reading stops at the first thing that is not a token (an unclosed string, a stray `&`): the
/// lexer then emits one `.invalid` token carrying the message, followed by `.end`.
struct Lexer {
    private let bytes: [UInt8]
    private var index = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Every token of `bytes`, ending with `.end` (after an `.invalid` token when reading failed).
    static func tokens(of bytes: [UInt8]) -> [Token] {
        var lexer = Lexer(bytes: bytes)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if case .invalid = token.kind {
                tokens.append(Token(kind: .end, offset: bytes.count, length: 0))
                return tokens
            }
            if case .end = token.kind { return tokens }
        }
    }

    mutating func next() -> Token {
        skipWhitespace()
        guard index < bytes.count else { return Token(kind: .end, offset: bytes.count, length: 0) }
        let start = index
        let byte = bytes[index]
        if Lexer.isNameStart(byte) { return name(from: start) }
        if DecimalLiteral.isDigit(byte) { return number(from: start) }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return string(from: start) }
        return symbol(from: start)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func name(from start: Int) -> Token {
        while index < bytes.count,
            Lexer.isNameStart(bytes[index]) || DecimalLiteral.isDigit(bytes[index])
        {
            index += 1
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        let kind: TokenKind = Keyword(rawValue: text).map { .keyword($0) } ?? .name(text)
        return Token(kind: kind, offset: start, length: index - start)
    }

    private mutating func number(from start: Int) -> Token {
        let scanned = bytes.withUnsafeBufferPointer { buffer -> (DecimalLiteral?, Int, Decimal?) in
            var end = start
            guard let literal = try? DecimalLiteral.scan(buffer, from: &end) else {
                return (nil, end, nil)
            }
            return (literal, end, literal.decimal(text: buffer[start..<end]))
        }
        index = max(scanned.1, start + 1)
        guard scanned.0 != nil else {
            return invalid(
                "this number is not written correctly (write it like 1500 or 12.50)", at: start)
        }
        guard let value = scanned.2 else {
            return invalid("this number has too many digits or is too large", at: start)
        }
        return Token(kind: .number(value), offset: start, length: index - start)
    }

    private mutating func string(from start: Int) -> Token {
        let quote = bytes[start]
        var content: [UInt8] = []
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                index += 1
                return Token(
                    kind: .string(String(decoding: content, as: UTF8.self)), offset: start,
                    length: index - start)
            }
            if byte == UInt8(ascii: "\\") {
                guard let escaped = escape(at: index + 1) else {
                    let shown = index + 1 < bytes.count ? scalarText(at: index + 1) : ""
                    return invalid(
                        "unknown escape '\\\(shown)' in a text in quotes (use \\\", \\', \\\\, \\n or \\t)",
                        at: index)
                }
                content.append(escaped)
                index += 2
                continue
            }
            content.append(byte)
            index += 1
        }
        return invalid("this text in quotes is never closed", at: start)
    }

    private func escape(at position: Int) -> UInt8? {
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"): return bytes[position]
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }

    private mutating func symbol(from start: Int) -> Token {
        if index + 1 < bytes.count {
            let pair = String(decoding: bytes[index...(index + 1)], as: UTF8.self)
            if let symbol = Symbol(rawValue: pair) {
                index += 2
                return Token(kind: .symbol(symbol), offset: start, length: 2)
            }
            if let hint = Lexer.misspelledPairs[pair] { return invalid(hint, at: start, length: 2) }
        }
        let single = String(decoding: bytes[index...index], as: UTF8.self)
        if let symbol = Symbol(rawValue: single) {
            index += 1
            return Token(kind: .symbol(symbol), offset: start, length: 1)
        }
        if let hint = Lexer.misspelledSingles[single] { return invalid(hint, at: start) }
        return invalid("unexpected character '\(scalarText(at: start))'", at: start)
    }

    private static let misspelledPairs = [
        "&&": "write 'and' instead of '&&'",
        "||": "write 'or' instead of '||'",
    ]

    private static let misspelledSingles = [
        "=": "'=' is not an operator: write '==' to compare",
        "!": "write 'not' instead of '!'",
        "&": "write 'and' instead of '&'",
        "|": "write 'or' instead of '|'",
        "?": "'?' is not an operator: write '??' to give a default",
    ]

    private mutating func invalid(_ message: String, at offset: Int, length: Int = 1) -> Token {
        index = bytes.count
        return Token(kind: .invalid(message), offset: offset, length: length)
    }

    /// The whole Unicode character starting at `position`, for messages.
    private func scalarText(at position: Int) -> String {
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }
}
