import Foundation
import Testing

@testable import TenderKit

/// Shared data and shortcuts for the rule-language tests.
enum RuleTestSupport {
    static let submissionJSON = """
        {
          "id": "S-014",
          "title": "Safer Streets Mentoring",
          "organisation": {
            "name": "Acorn Youth Trust",
            "type": "charity",
            "identifiers": ["GB-CHC-1234567"],
            "website": "https://acornyouth.org.uk",
            "address": {"line1": "12 Linthorpe Road", "town": "Middlesbrough", "postcode": "ts1 3ab"},
            "people": [{"name": "Sam Ortiz", "role": "Director"}]
          },
          "partners": [
            {"name": "Hartlepool Food Bank", "identifiers": ["GB-CHC-7654321"], "type": "charity"},
            {"name": "Stockton Boxing Club", "identifiers": [], "type": "community-group"}
          ],
          "amountRequested": 48500,
          "beneficiaries": 250,
          "purposes": ["reoffending", "victims-and-witnesses"],
          "durationMonths": 18,
          "matchFunding": null,
          "costs": [{"item": "Mentors", "amount": 1000000.10}, {"item": "Venue", "amount": 0.20}, {"item": "Travel", "amount": 12.5}],
          "scores": [3, 4, 5],
          "startDate": "2024-04-01",
          "endDate": "2025-09-30",
          "zero": 0,
          "notes": ""
        }
        """

    static let roundJSON = """
        {"id": "CSF-2024", "title": "Community Safety Fund 2024/25", "budget": {"amount": 1000000, "currency": "GBP"},
         "opens": "2024-01-08", "closes": "2024-02-29", "awardDate": "2024-03-28"}
        """

    static let rubricJSON = """
        {"id": "community-safety-fund", "scale": {"min": 0, "max": 5}, "maxAward": 50000}
        """

    static func json(_ text: String) -> JSONValue {
        (try? JSONReader.read(text).root) ?? JSONValue(.null)
    }

    static let scope = RuleScope(
        submission: json(submissionJSON), round: json(roundJSON), rubric: json(rubricJSON))

    static func number(_ text: String) -> RuleValue {
        .number(Decimal(string: text) ?? .nan)
    }

    /// Compiles `source` expecting any type, or returns the compile errors.
    static func compile(_ source: String, expecting: RuleType = .any) -> Result<
        RuleProgram, RuleCompileErrors
    > {
        do {
            return .success(try RuleProgram.compile(source, expecting: expecting))
        } catch {
            return .failure(error)
        }
    }

    /// Compiles and evaluates against `scope`; a compile error becomes an evaluation failure
    /// whose message starts with "COMPILE:" so a test shows it.
    static func evaluate(_ source: String, in scope: RuleScope = scope, expecting: RuleType = .any)
        -> Result<RuleValue, RuleEvaluationError>
    {
        switch compile(source, expecting: expecting) {
        case .success(let program): return program.evaluate(in: scope)
        case .failure(let errors):
            let message = errors.errors.map { "\($0.offset): \($0.message)" }.joined(
                separator: "; ")
            return .failure(
                RuleEvaluationError(message: "COMPILE: " + message, path: nil, offset: -1))
        }
    }

    /// The compile errors of `source` as (offset, message) pairs; empty when it compiles.
    static func errors(_ source: String, expecting: RuleType = .any) -> [RuleCompileError] {
        switch compile(source, expecting: expecting) {
        case .success: return []
        case .failure(let errors): return errors.errors
        }
    }
}
