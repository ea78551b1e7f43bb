import Foundation

/// One decision the chair records with `tender decide`, before it is checked and written.
public enum DecisionEdit: Sendable {
    case moderation(submission: String, criterion: String, score: Decimal, rationale: String)
    case clarification(
        submission: String, criterion: String, outcome: Decisions.Clarification.Outcome,
        rationale: String)
    case conflict(
        evaluator: String, submission: String, outcome: Decisions.ConflictRuling.Outcome,
        rationale: String)

    /// The list in decisions.json the entry belongs to.
    var listName: String {
        switch self {
        case .moderation: "moderation"
        case .clarification: "clarifications"
        case .conflict: "conflicts"
        }
    }

    /// The fields that identify the entry: a second entry with the same values replaces it.
    var key: [(String, String)] {
        switch self {
        case .moderation(let submission, let criterion, _, _),
            .clarification(let submission, let criterion, _, _):
            [("submission", submission), ("criterion", criterion)]
        case .conflict(let evaluator, let submission, _, _):
            [("evaluator", evaluator), ("submission", submission)]
        }
    }

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

    /// The history's record of this decision, replacing `old` (the earlier entry) if any.
    public func historyChange(replacing old: JSONValue?) -> HistoryChange {
        let kind =
            switch self {
            case .moderation: "moderation"
            case .clarification: "clarification"
            case .conflict: "conflict"
            }
        return .decision(kind: kind, key: key, old: old, new: json)
    }

    /// A phrase naming the entry: "moderation for sub-1 / need".
    public var description: String {
        let noun =
            switch self {
            case .moderation: "moderation"
            case .clarification: "clarification"
            case .conflict: "conflict ruling"
            }
        return "\(noun) for " + key.map(\.1).joined(separator: " / ")
    }
}

/// Why a decision could not be recorded.
public struct DecisionEditError: Error, Sendable {
    public var message: String
}

/// Adds an entry to decisions.json, or replaces the entry with the same key, keeping every other
/// entry, every other list and the order of the file.
public enum DecisionsFile {
    /// The new file's bytes, and the entry replaced (nil: the decision is new).
    public static func apply(_ edit: DecisionEdit, to existing: JSONValue?, replace: Bool)
        throws(DecisionEditError) -> (bytes: [UInt8], replaced: JSONValue?)
    {
        var root = existing?.object ?? JSONObject()
        var list = root[edit.listName]?.array ?? []
        let position = list.firstIndex { entry in
            edit.key.allSatisfy { entry[$0.0]?.string == $0.1 }
        }
        var replaced: JSONValue?
        if let position {
            guard replace else {
                throw DecisionEditError(
                    message:
                        "decisions.json already has a \(edit.description); add --replace to replace it"
                )
            }
            replaced = list[position]
            list[position] = edit.json
        } else {
            list.append(edit.json)
        }
        if let index = root.members.firstIndex(where: { $0.key == edit.listName }) {
            root.members[index].value = JSONValue(.array(list))
        } else {
            root.members.append(.init(key: edit.listName, value: JSONValue(.array(list))))
        }
        var writer = JSONWriter()
        writer.value(JSONValue(.object(root)))
        return (writer.bytes, replaced)
    }
}
