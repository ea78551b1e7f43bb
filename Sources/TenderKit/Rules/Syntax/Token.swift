import Foundation

/// One word or symbol of a rule expression, with the UTF-8 byte range it was read from.
struct Token: Sendable {
    var kind: TokenKind
    /// UTF-8 byte offset of the token's first byte in the expression.
    var offset: Int
    /// Length in UTF-8 bytes.
    var length: Int

    var end: Int { offset + length }
}

enum TokenKind: Sendable, Equatable {
    case number(Decimal)
    case string(String)
    case name(String)
    case keyword(Keyword)
    case symbol(Symbol)
    /// Text the lexer could not read; the message says why. Parsing stops here.
    case invalid(String)
    case end
}

/// The reserved words: they cannot be used as root or lambda names.
enum Keyword: String, Sendable, CaseIterable {
    case and, or, not, `in`, `true`, `false`, null
}

enum Symbol: String, Sendable, CaseIterable {
    case openParen = "("
    case closeParen = ")"
    case openBracket = "["
    case closeBracket = "]"
    case comma = ","
    case dot = "."
    case arrow = "=>"
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case coalesce = "??"
}

extension TokenKind {
    /// How a message names the token: "')'", "the name 'budget'", "the end of the rule".
    var spoken: String {
        switch self {
        case .number(let value): "the number \(value)"
        case .string: "a text in quotes"
        case .name(let name): "the name '\(name)'"
        case .keyword(let keyword): "'\(keyword.rawValue)'"
        case .symbol(let symbol): "'\(symbol.rawValue)'"
        case .invalid(let message): message
        case .end: "the end of the rule"
        }
    }
}
