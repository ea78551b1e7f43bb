import Foundation
import Testing

@testable import TenderKit

/// One change to a rubric's JSON at a dotted path (`criteria.5.method`; numbers index arrays),
/// for checking that the rubric schema and `RubricLoader` agree on it.
struct RubricMutation: Sendable, CustomTestStringConvertible {
    enum Change: Sendable {
        case remove
        /// Set (or add) the member to this JSON text.
        case set(String)
    }

    var path: String
    var change: Change
    /// What the loader's message must say when it rejects the change; nil when it must accept it.
    var loaderSays: String?

    var testDescription: String {
        switch change {
        case .remove: "without \(path)"
        case .set(let json): "\(path) = \(json)"
        }
    }

    static func remove(_ path: String, loaderSays: String? = nil) -> RubricMutation {
        RubricMutation(path: path, change: .remove, loaderSays: loaderSays)
    }

    static func set(_ path: String, to json: String, loaderSays: String? = nil) -> RubricMutation {
        RubricMutation(path: path, change: .set(json), loaderSays: loaderSays)
    }

    /// Writes the changed `base` rubric to a temporary file and returns what the schema and the
    /// loader say about it.
    func check(base: String, schema: String) throws -> (JSONSchemaValidator.Outcome, [Diagnostic]) {
        let folder = try TemporaryCopy.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = FilePath.join(folder, "rubric.json")
        let original = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: base)))
        let changed = try applying(
            at: path.split(separator: ".").map(String.init)[...], to: original)
        let data = try JSONSerialization.data(
            withJSONObject: changed, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: file))
        let outcome = try #require(try JSONSchemaValidator.validate([file], against: schema).first)
        return (outcome, RubricLoader.load(path: file).diagnostics)
    }

    private func applying(at keys: ArraySlice<String>, to value: Any) throws -> Any {
        let key = try #require(keys.first, "empty path")
        if var array = value as? [Any] {
            let index = try #require(
                Int(key).flatMap { array.indices.contains($0) ? $0 : nil },
                "no element \(key) in \(path)")
            if keys.count == 1 {
                if case .set(let json) = change {
                    array[index] = try Self.parse(json)
                } else {
                    array.remove(at: index)
                }
            } else {
                array[index] = try applying(at: keys.dropFirst(), to: array[index])
            }
            return array
        }
        var object = try #require(
            value as? [String: Any], "\(path) does not lead through objects and arrays")
        if keys.count == 1 {
            switch change {
            case .remove:
                try #require(object[key] != nil, "\(path) is not in the base rubric")
                object[key] = nil
            case .set(let json):
                object[key] = try Self.parse(json)
            }
        } else {
            object[key] = try applying(
                at: keys.dropFirst(),
                to: try #require(object[key], "\(path) is not in the base rubric"))
        }
        return object
    }

    private static func parse(_ json: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    }
}
