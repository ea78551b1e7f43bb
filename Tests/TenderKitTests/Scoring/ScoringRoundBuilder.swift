import Foundation
import Testing

@testable import TenderKit

/// The namespace of the scoring tests, so that `swift test --filter ScoringTests` runs exactly
/// them: every suite and helper in this folder is declared inside it.
@Suite("Scoring")
enum ScoringTests {}

extension ScoringTests {
    /// A small round described in Swift values: the rubric, the submissions, the panel, the score
    /// rows and the panel's decisions. `evaluate()` writes it to a temporary round folder, loads it
    /// with `RoundLoader` (failing the test with the diagnostics if it does not load), removes the
    /// folder and evaluates it with `RoundEvaluator`.
    ///
    /// Defaults: scale 0 to 5, consensus `mean` with `maxSpread` 2, one independent evaluator
    /// needed, no gates, `single` award of a flat 1000, a budget of 100000 GBP, and three evaluators
    /// `e1`, `e2`, `e3` with no interests.
    struct RoundBuilder {
        var criteria: [CriterionSpec]
        var mode = "single"
        var amount = "1000"
        var minimumTotal: Double?
        var scaleMin = 0.0
        var scaleMax = 5.0
        var method = "mean"
        var maxSpread = 2.0
        var minIndependentEvaluators = 1
        var gates: [GateSpec] = []
        var minimumQuality: Double?
        var tieBreak: [String] = []
        var budget: Decimal = 100_000
        var evaluators: [EvaluatorSpec] = [
            .init("e1", "Alice Abbott"), .init("e2", "Bruno Becker"), .init("e3", "Chidi Cole"),
        ]
        var submissions: [SubmissionSpec] = []
        var scores: [ScoreRow] = []
        var moderation: [(submission: String, criterion: String, score: Double)] = []
        var clarifications: [(submission: String, criterion: String, outcome: String)] = []
        var rulings: [(evaluator: String, submission: String, outcome: String)] = []
        /// Further members of round.json and of the rubric's `award`, as JSON text (lots, regime).
        var roundMembers: [(String, String)] = []
        var awardMembers: [(String, String)] = []

        init(_ criteria: [CriterionSpec]) {
            self.criteria = criteria
        }

        /// Adds a submission with the given extra fields (`"price": 100`).
        mutating func submit(
            _ id: String, _ fields: KeyValuePairs<String, Field> = [:], organisation: String? = nil,
            people: [String] = []
        ) {
            submissions.append(
                SubmissionSpec(
                    id: id, organisation: organisation ?? "Organisation \(id)", people: people,
                    fields: fields.map { ($0.key, $0.value) }))
        }

        /// Score rows for one submission and criterion, one per evaluator in panel order; nil leaves
        /// that evaluator's row out.
        mutating func score(_ submission: String, _ criterion: String, _ values: [Double?]) {
            for (evaluator, value) in zip(evaluators, values) {
                guard let value else { continue }
                scores.append(
                    ScoreRow(
                        evaluator: evaluator.id, submission: submission, criterion: criterion,
                        score: value))
            }
        }

        mutating func moderate(_ submission: String, _ criterion: String, _ score: Double) {
            moderation.append((submission, criterion, score))
        }

        mutating func clarify(_ submission: String, _ criterion: String, _ outcome: String) {
            clarifications.append((submission, criterion, outcome))
        }

        mutating func rule(_ evaluator: String, _ submission: String, _ outcome: String) {
            rulings.append((evaluator, submission, outcome))
        }

        /// Writes the round folder, loads it and removes the folder again.
        func load(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> LoadedRound {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("tender-scoring-\(UUID().uuidString)", isDirectory: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try RoundFiles(round: self).write(to: folder)
            let load = RoundLoader.load(folder: folder.path)
            let problems = load.diagnostics.map { "\($0)" }.joined(separator: "\n")
            return try #require(
                load.round, "the test round did not load:\n\(problems)",
                sourceLocation: sourceLocation)
        }

        /// Loads and evaluates the round.
        func evaluate(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Decision
        {
            try RoundEvaluator.evaluate(load(sourceLocation: sourceLocation).scoringInput)
        }
    }

    /// A rubric criterion: panel-scored (`quality`) or computed from a rule (`quantitative`).
    enum CriterionSpec {
        case quality(String, weight: Double, minimum: Double? = nil)
        case quantitative(
            String, weight: Double, value: String, better: String, method: String,
            belowMeanBy: Double? = nil)

        var id: String {
            switch self {
            case .quality(let id, _, _), .quantitative(let id, _, _, _, _, _): id
            }
        }
    }

    struct GateSpec {
        var id: String
        var rule: String
        var message: String
    }

    struct EvaluatorSpec {
        var id: String
        var name: String
        /// Organisations the evaluator declared a current interest in (since 2020-01-01).
        var declaredOrganisations: [String] = []

        init(_ id: String, _ name: String, declaredOrganisations: [String] = []) {
            self.id = id
            self.name = name
            self.declaredOrganisations = declaredOrganisations
        }
    }

    struct SubmissionSpec {
        var id: String
        var organisation: String
        var people: [String]
        var fields: [(String, Field)]
    }

    struct ScoreRow {
        var evaluator: String
        var submission: String
        var criterion: String
        var score: Double
    }

    /// A JSON value written into a submission file. Float literals keep their decimal text
    /// (`33333.335` is written as `33333.335`), so money values reach the engine exactly.
    enum Field: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
        ExpressibleByNilLiteral,
        ExpressibleByBooleanLiteral
    {
        case json(String)

        init(integerLiteral value: Int) { self = .json(String(value)) }
        init(floatLiteral value: Double) { self = .json(value.description) }
        init(stringLiteral value: String) { self = .json(JSONText.quoted(value)) }
        init(nilLiteral: ()) { self = .json("null") }
        init(booleanLiteral value: Bool) { self = .json(value ? "true" : "false") }

        var text: String {
            switch self {
            case .json(let text): text
            }
        }
    }
}
