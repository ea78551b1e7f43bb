import Foundation

/// A JSON value read from a file, with the byte offset at which it starts.
///
/// Objects keep their members in file order (duplicates are reported by the reader); numbers keep
/// the exact decimal value of their literal, so money read from JSON never passes through `Double`.
public struct JSONValue: Sendable {
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    public var kind: Kind
    /// Byte offset of the value's first byte in its `SourceText` (0 for values built in code).
    public var offset: Int

    public init(_ kind: Kind, offset: Int = 0) {
        self.kind = kind
        self.offset = offset
    }

    /// The name of the value's JSON type, as messages say it: "a string", "an object".
    public var typeDescription: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    public var string: String? {
        if case .string(let value) = kind { return value }
        return nil
    }

    public var number: JSONNumber? {
        if case .number(let value) = kind { return value }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let value) = kind { return value }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let value) = kind { return value }
        return nil
    }

    public var object: JSONObject? {
        if case .object(let value) = kind { return value }
        return nil
    }

    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The member `key` of an object (nil for anything else or a missing key).
    public subscript(key: String) -> JSONValue? {
        object?[key]
    }
}

/// A JSON object's members, in the order the file gives them.
public struct JSONObject: Sendable {
    public struct Member: Sendable {
        public var key: String
        public var keyOffset: Int
        public var value: JSONValue

        public init(key: String, keyOffset: Int = 0, value: JSONValue) {
            self.key = key
            self.keyOffset = keyOffset
            self.value = value
        }
    }

    public var members: [Member]

    public init(_ members: [Member] = []) {
        self.members = members
    }

    /// The first member named `key`.
    public subscript(key: String) -> JSONValue? {
        for member in members where member.key == key {
            return member.value
        }
        return nil
    }

    public func member(_ key: String) -> Member? {
        members.first { $0.key == key }
    }

    public var keys: [String] { members.map(\.key) }
}

/// A JSON number: the exact decimal value of its literal, and the nearest `Double`.
public struct JSONNumber: Sendable, Hashable {
    public var decimal: Decimal
    public var double: Double
    /// The literal had neither fraction nor exponent (`12`, not `12.0` or `1.2e1`).
    public var isIntegerLiteral: Bool
    /// False for a literal `Decimal` cannot hold (over 38 digits, an exponent beyond ±127): its
    /// `decimal` is then 0, and the reader lists its offset in `Document.inexactNumbers`.
    public var isExact: Bool

    public init(decimal: Decimal, double: Double, isIntegerLiteral: Bool, isExact: Bool = true) {
        self.decimal = decimal
        self.double = double
        self.isIntegerLiteral = isIntegerLiteral
        self.isExact = isExact
    }

    /// The value as an `Int`, when it is a whole number that fits.
    public var int: Int? {
        guard double.rounded() == double, abs(double) < 9.0e15 else { return nil }
        return Int(double)
    }
}

extension JSONValue: Equatable {
    /// Values are equal when their content is; offsets do not take part.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs.kind, rhs.kind) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a.decimal == b.decimal
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.members.count == b.members.count
                && zip(a.members, b.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }
}
