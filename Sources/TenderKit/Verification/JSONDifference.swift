import Foundation

/// The differences between two JSON values, as "path: old → new" lines. Arrays of objects that
/// carry an `id` (or `submission`, or `file`) are matched by it rather than by position, so one
/// submission more does not make every later one differ.
enum JSONDifference {
    static func lines(_ old: JSONValue?, _ new: JSONValue?, path: String) -> [String] {
        switch (old, new) {
        case (nil, nil): return []
        case (nil, let new?): return ["\(path): not in the record → \(show(new))"]
        case (let old?, nil): return ["\(path): \(show(old)) → no longer there"]
        case (let old?, let new?):
            if let a = old.object, let b = new.object { return objects(a, b, path: path) }
            if let a = old.array, let b = new.array { return arrays(a, b, path: path) }
            return old == new ? [] : ["\(path): \(show(old)) → \(show(new))"]
        }
    }

    private static func objects(_ old: JSONObject, _ new: JSONObject, path: String) -> [String] {
        var keys = old.keys
        for key in new.keys where !keys.contains(key) { keys.append(key) }
        return keys.flatMap { lines(old[$0], new[$0], path: "\(path).\($0)") }
    }

    private static func arrays(_ old: [JSONValue], _ new: [JSONValue], path: String) -> [String] {
        guard let oldKeys = identities(old), let newKeys = identities(new) else {
            if old.count != new.count, !old.allSatisfy({ $0.object == nil }) {
                return ["\(path): \(old.count) entries → \(new.count)"]
            }
            return (0..<max(old.count, new.count)).flatMap { index in
                lines(
                    index < old.count ? old[index] : nil, index < new.count ? new[index] : nil,
                    path: "\(path)[\(index)]")
            }
        }
        let newByKey = Dictionary(zip(newKeys, new), uniquingKeysWith: { first, _ in first })
        var result: [String] = []
        for (key, value) in zip(oldKeys, old) {
            result += lines(value, newByKey[key], path: "\(path)[\(key)]")
        }
        let oldSet = Set(oldKeys)
        for (key, value) in zip(newKeys, new) where !oldSet.contains(key) {
            result += lines(nil, value, path: "\(path)[\(key)]")
        }
        return result
    }

    /// Each element's identity, when every element is an object that has one.
    private static func identities(_ values: [JSONValue]) -> [String]? {
        var keys: [String] = []
        for value in values {
            guard let object = value.object else { return nil }
            if let id = object["id"]?.string ?? object["submission"]?.string
                ?? object["file"]?.string
            {
                keys.append(id)
            } else if let from = object["from"]?.string, let to = object["to"]?.string {
                keys.append("\(from)→\(to)")
            } else {
                return nil
            }
        }
        return Set(keys).count == keys.count ? keys : nil
    }

    /// A value as the report shows it: numbers exactly as recorded, strings quoted.
    static func show(_ value: JSONValue) -> String {
        switch value.kind {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return DecimalText.plain(number.decimal)
        case .string(let text): return "\"\(TerminalText.clean(text))\""
        case .array(let items): return "a list of \(items.count)"
        case .object: return "an object"
        }
    }
}
