import Foundation

/// How values appear in explanations and messages: numbers with thousands separators and at
/// most 4 decimal places (no trailing zeros: 12.5, not 12.50; a non-zero number that would
/// round to 0 is shown in full), strings in double quotes, dates
/// as YYYY-MM-DD, long lists and objects shortened.
enum ValueFormatting {
    static let maxListItems = 5
    static let maxObjectMembers = 3
    static let maxStringLength = 100

    static func show(_ value: RuleValue, depth: Int = 0) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return show(number)
        case .string(let text): return quote(text)
        case .date(let date): return date.description
        case .list(let items): return showList(items, depth: depth)
        case .object(let object): return showObject(object, depth: depth)
        }
    }

    /// `48500` → `48,500`; `16166.666…` → `16,166.6667`; `0.1` → `0.1`.
    static func show(_ number: Decimal) -> String {
        let rounded = DecimalArithmetic.rounded(number, places: 4)
        return NumberText.decimal(rounded == 0 && number != 0 ? number : rounded)
    }

    static func quote(_ text: String) -> String {
        // At most `maxStringLength` bytes means at most that many characters: no need to count.
        let shown =
            text.utf8.count > maxStringLength && text.count > maxStringLength
            ? String(text.prefix(maxStringLength - 1)) + "…" : text
        guard shown.utf8.contains(where: { escaped[Int($0)] != nil }) else {
            return "\"" + shown + "\""
        }
        var quoted = "\""
        for scalar in shown.unicodeScalars {
            if scalar.isASCII, let escape = escaped[Int(scalar.value)] {
                quoted += escape
            } else {
                quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// How `quote` writes a backslash, a double quote, a line feed and a tab, by byte (nil: as it
    /// is); every other byte is kept.
    private static let escaped: [String?] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "\\"): "\\\\"
        case UInt8(ascii: "\""): "\\\""
        case UInt8(ascii: "\n"): "\\n"
        case UInt8(ascii: "\t"): "\\t"
        default: nil
        }
    }

    private static func showList(_ items: [RuleValue], depth: Int) -> String {
        guard depth < 2 else { return items.isEmpty ? "[]" : "[…]" }
        var parts = items.prefix(maxListItems).map { show($0, depth: depth + 1) }
        if items.count > maxListItems { parts.append("… (\(items.count) items)") }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    private static func showObject(_ object: JSONObject, depth: Int) -> String {
        guard depth < 2 else { return object.members.isEmpty ? "{}" : "{…}" }
        var parts = object.members.prefix(maxObjectMembers).map { member in
            member.key + ": " + show(RuleValue(json: member.value), depth: depth + 1)
        }
        if object.members.count > maxObjectMembers { parts.append("…") }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}

extension RuleValue {
    /// The value as explanations and messages show it: `48,500`, `"charity"`, `2024-03-31`,
    /// `[1, 2, 3]`. Public so rationales can show values the same way.
    public var shown: String { ValueFormatting.show(self) }

    /// A JSON value as the rule language sees it: numbers exact, date-like strings still strings.
    init(json: JSONValue) {
        switch json.kind {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number.decimal)
        case .string(let text): self = .string(text)
        case .array(let items): self = .list(items.map(RuleValue.init(json:)))
        case .object(let object): self = .object(object)
        }
    }
}
