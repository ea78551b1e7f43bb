import Foundation

/// One decision the chair records with `tender decide`, before it is checked and written.
public enum DecisionEdit: Sendable {
    case moderation(submission: String, criterion: String, score: Decimal, rationale: String)
    case clarification(
        submission: String, criterion: String, outcome: PanelDecisions.Clarification.Outcome,
        rationale: String)
    case conflict(
        evaluator: String, submission: String, outcome: PanelDecisions.ConflictRuling.Outcome,
        rationale: String)

    /// What identifies the entry: a second entry with the same key replaces it.
    public var decisionKey: DecisionKey {
        switch self {
        case .moderation(let submission, let criterion, _, _):
            .moderation(submission: submission, criterion: criterion)
        case .clarification(let submission, let criterion, _, _):
            .clarification(submission: submission, criterion: criterion)
        case .conflict(let evaluator, let submission, _, _):
            .conflict(evaluator: evaluator, submission: submission)
        }
    }

    /// The fields that identify the entry.
    var key: [(String, String)] { decisionKey.fields }

    /// The entry as it is written to decisions.json.
    var json: JSONValue {
        var members = key.map { JSONObject.Member(key: $0.0, value: JSONValue(.string($0.1))) }
        switch self {
        case .moderation(_, _, let score, let rationale):
            members.append(
                .init(
                    key: "score",
                    value: JSONValue(
                        .number(
                            JSONNumber(
                                decimal: score, double: score.doubleValue, isIntegerLiteral: false))
                    )))
            members.append(.init(key: "rationale", value: JSONValue(.string(rationale))))
        case .clarification(_, _, let outcome, let rationale):
            members.append(.init(key: "outcome", value: JSONValue(.string(outcome.rawValue))))
            members.append(.init(key: "rationale", value: JSONValue(.string(rationale))))
        case .conflict(_, _, let outcome, let rationale):
            members.append(.init(key: "outcome", value: JSONValue(.string(outcome.rawValue))))
            members.append(.init(key: "rationale", value: JSONValue(.string(rationale))))
        }
        return JSONValue(.object(JSONObject(members)))
    }

    /// A phrase naming the entry: "moderation for sub-1 / need".
    public var description: String { decisionKey.description }
}

/// Why a decision could not be recorded.
public struct DecisionEditError: Error, Sendable {
    public var message: String
}

/// Adds an entry to decisions.json, replaces the entry with the same key, or withdraws one,
/// keeping every other entry, every other list and the order of the file
/// (`DecisionsFile.update`).
public enum DecisionsFile {}
