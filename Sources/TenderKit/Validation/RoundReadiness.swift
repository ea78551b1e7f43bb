/// What `tender init` writes for the user to replace, and the parts of a round that are not yet
/// filled in: one definition, used by the template, the validation warnings and the blocking item
/// `incomplete-round` that keeps such a round from a final decision.
public enum RoundPlaceholders {
    public static let buyerID = "GB-GOR-PC000000"
    public static let buyerName = "Name of the buying organisation"
    /// The end of the description `init` wrote before it took the description from the user.
    public static let descriptionMarker = "Describe the round here."
    public static let evaluatorName = "Example Evaluator"
    public static let evaluatorEmail = "evaluator@example.org"
}

/// A field of the round that still holds a placeholder or an impossible value.
public struct IncompleteField: Sendable, Equatable {
    /// Where the field is: `round.json` or `panel.json`, and its JSON path.
    public var file: String
    public var path: String
    /// What is wrong and how to fix it, in words.
    public var problem: String
    /// Where its value stands (nil when the file's text is not known).
    public var location: SourceLocation?
}

public enum RoundReadiness {
    /// The path of the budget among the incomplete fields.
    public static let budgetPath = "budget.amount"
    /// Every field of round.json and panel.json that blocks a final decision, in file order.
    public static func incompleteFields(round: Round?, panel: Panel?, mode: Rubric.Award.Mode?)
        -> [IncompleteField]
    {
        var fields: [IncompleteField] = []
        if let round {
            fields += roundFields(round, mode: mode)
        }
        for (index, evaluator) in (panel?.evaluators ?? []).enumerated()
        where evaluator.name == RoundPlaceholders.evaluatorName
            || evaluator.email == RoundPlaceholders.evaluatorEmail
        {
            fields.append(
                IncompleteField(
                    file: "panel.json", path: "evaluators[\(index)]",
                    problem:
                        "is still the example evaluator that tender init wrote ('\(evaluator.name)'); replace it with a real panel member",
                    location: evaluator.location))
        }
        return fields
    }

    private static func roundFields(_ round: Round, mode: Rubric.Award.Mode?) -> [IncompleteField] {
        var fields: [IncompleteField] = []
        func add(_ path: [String], _ problem: String) {
            var value: JSONValue? = round.json
            for key in path { value = value?.object?[key] }
            fields.append(
                IncompleteField(
                    file: "round.json", path: path.joined(separator: "."), problem: problem,
                    location: value.flatMap { round.source?.location(at: $0.offset) }))
        }
        if round.buyer.id == RoundPlaceholders.buyerID {
            add(
                ["buyer", "id"],
                "is the placeholder '\(RoundPlaceholders.buyerID)': write the buyer's org-id (tender init takes it as --buyer-id)"
            )
        }
        if round.buyer.name == RoundPlaceholders.buyerName {
            add(
                ["buyer", "name"],
                "is the placeholder '\(RoundPlaceholders.buyerName)': write the buyer's name (tender init takes it as --buyer-name)"
            )
        }
        if round.description?.hasSuffix(RoundPlaceholders.descriptionMarker) == true {
            add(
                ["description"],
                "still ends with the placeholder '\(RoundPlaceholders.descriptionMarker)': describe the round, or remove the field"
            )
        }
        if mode == .allocation, round.budget.amount == 0 {
            add(
                ["budget", "amount"],
                "is 0, so no grant can be funded: write the round's budget (tender init takes it as --budget)"
            )
        }
        return fields
    }
}
