/// What identifies one entry of decisions.json: the list it is in and the fields that key it.
public enum DecisionKey: Sendable, Equatable {
    case moderation(submission: String, criterion: String)
    case clarification(submission: String, criterion: String)
    case conflict(evaluator: String, submission: String)

    var listName: String {
        switch self {
        case .moderation: "moderation"
        case .clarification: "clarifications"
        case .conflict: "conflicts"
        }
    }

    var fields: [(String, String)] {
        switch self {
        case .moderation(let submission, let criterion),
            .clarification(let submission, let criterion):
            [("submission", submission), ("criterion", criterion)]
        case .conflict(let evaluator, let submission):
            [("evaluator", evaluator), ("submission", submission)]
        }
    }

    /// "moderation for sub-1 / need".
    public var description: String {
        let noun =
            switch self {
            case .moderation: "moderation"
            case .clarification: "clarification"
            case .conflict: "conflict ruling"
            }
        return "\(noun) for " + fields.map(\.1).joined(separator: " / ")
    }

    func matches(_ entry: JSONValue) -> Bool {
        fields.allSatisfy { entry[$0.0]?.string == $0.1 }
    }
}

/// One change to decisions.json: a decision recorded (or replacing an earlier one with the same
/// key), or an earlier decision withdrawn.
public enum DecisionChange: Sendable {
    case record(DecisionEdit, replace: Bool)
    case withdraw(DecisionKey)

    public var key: DecisionKey {
        switch self {
        case .record(let edit, _): edit.decisionKey
        case .withdraw(let key): key
        }
    }
}

/// The new decisions.json a change gives, and what it did: the one computation behind every
/// `tender decide`, so the file is written in one place (by the command) whatever the change.
public struct DecisionsFileUpdate: Sendable {
    public enum Outcome: String, Sendable { case recorded, replaced, withdrawn }

    public var bytes: [UInt8]
    public var outcome: Outcome
    /// The entry that was replaced or withdrawn (nil when a new one was recorded).
    public var previous: JSONValue?
    /// The entry as it now stands (nil after a withdrawal).
    public var current: JSONValue?
}

extension DecisionsFile {
    /// The file after `change`, keeping every other entry, every other list and the file's order.
    public static func update(_ change: DecisionChange, of existing: JSONValue?)
        throws(DecisionEditError) -> DecisionsFileUpdate
    {
        var root = existing?.object ?? JSONObject()
        let key = change.key
        var list = root[key.listName]?.array ?? []
        let position = list.firstIndex(where: key.matches)
        let previous = position.map { list[$0] }
        let outcome: DecisionsFileUpdate.Outcome
        var current: JSONValue?
        switch change {
        case .record(let edit, let replace):
            if position != nil, !replace {
                throw DecisionEditError(
                    message:
                        "decisions.json already has a \(key.description); add --replace to replace it"
                )
            }
            current = edit.json
            if let position { list[position] = edit.json } else { list.append(edit.json) }
            outcome = position == nil ? .recorded : .replaced
        case .withdraw:
            guard let position else { throw nothingToWithdraw(key, among: list) }
            list.remove(at: position)
            outcome = .withdrawn
        }
        if let index = root.members.firstIndex(where: { $0.key == key.listName }) {
            root.members[index].value = JSONValue(.array(list))
        } else {
            root.members.append(.init(key: key.listName, value: JSONValue(.array(list))))
        }
        var writer = JSONWriter()
        writer.value(JSONValue(.object(root)))
        return DecisionsFileUpdate(
            bytes: writer.bytes, outcome: outcome, previous: previous, current: current)
    }

    private static func nothingToWithdraw(_ key: DecisionKey, among list: [JSONValue])
        -> DecisionEditError
    {
        let recorded = list.map { entry in
            key.fields.map { entry[$0.0]?.string ?? "?" }.joined(separator: " / ")
        }
        let wanted = key.fields.map(\.1).joined(separator: " / ")
        let hint =
            recorded.isEmpty
            ? " (it has none of that kind)"
            : EditDistance.didYouMean(wanted, amongAtMost: recorded)
        return DecisionEditError(
            message:
                "decisions.json has no \(key.description) to withdraw\(hint); nothing was changed")
    }
}
