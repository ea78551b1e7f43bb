import Foundation
import Testing

@testable import TenderKit

/// Validates JSON files against a JSON Schema (draft 2020-12) with Python's `jsonschema` package,
/// the reference implementation, run as a subprocess. Tests that need it are disabled, with the
/// reason shown, when `python3` or the package is missing.
enum JSONSchemaValidator {
    /// Whether `python3` runs and can import `jsonschema` with its draft 2020-12 validator; asked once.
    static let isAvailable: Bool =
        (try? python(["-c", "from jsonschema import Draft202012Validator"]).code) == 0

    static let unavailableReason: Comment =
        "needs python3 with the jsonschema package (pip install jsonschema) to check the rubric schema"

    /// One file's outcome: nil when valid, else the schema's complaints joined (`path: message | …`).
    struct Outcome: Equatable {
        var file: String
        var problems: String?
    }

    private static let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        with open(sys.argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        for path in sys.argv[2:]:
            with open(path, encoding="utf-8") as f:
                errors = sorted(validator.iter_errors(json.load(f)), key=lambda e: [str(p) for p in e.absolute_path])
            problems = " | ".join("/".join(str(p) for p in e.absolute_path) + ": " + e.message for e in errors)
            print(path + "\\t" + (problems if errors else "valid"))
        """

    /// The outcome for each file, in order; throws when the script itself fails (a schema that is
    /// not valid draft 2020-12, a file that is not JSON).
    static func validate(_ files: [String], against schema: String) throws -> [Outcome] {
        let result = try python(["-c", script, schema] + files)
        guard result.code == 0 else { throw SchemaScriptError(output: result.error) }
        return result.out.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return Outcome(
                file: parts[0], problems: parts.count > 1 && parts[1] != "valid" ? parts[1] : nil)
        }
    }

    struct SchemaScriptError: Error, CustomStringConvertible {
        var output: String
        var description: String { "the jsonschema script failed: \(output)" }
    }

    private static func python(_ arguments: [String]) throws -> (
        code: Int32, out: String, error: String
    ) {
        let run = try ExternalProcess.run(["python3"] + arguments)
        return (run.code, run.out, run.error)
    }
}
