import Foundation
import TenderKit

/// Turns `tender decide`'s KIND and options into a `DecisionEdit`, rejecting options that do not
/// belong to the kind and pairs of flags that contradict each other.
enum DecisionArguments {
    static let kinds = ["moderation", "clarification", "conflict"]

    /// The change the command line asks for: a decision to record, or one to withdraw.
    static func change(from arguments: ParsedArguments) throws(CommandError) -> DecisionChange {
        guard arguments.positionals[1] == "withdraw" else {
            if arguments.positionals.count > 2 {
                throw .usage(.unexpectedArgument(arguments.positionals[2]))
            }
            guard arguments.value("rationale") != nil else {
                throw .usage(.missingOption("--rationale"))
            }
            return .record(try edit(from: arguments), replace: arguments.flag("replace"))
        }
        return .withdraw(try withdrawal(from: arguments))
    }

    /// `withdraw KIND` with the options that key the entry, and nothing else.
    private static func withdrawal(from arguments: ParsedArguments) throws(CommandError)
        -> DecisionKey
    {
        guard arguments.positionals.count > 2 else {
            throw .usage(.missingArgument("WHAT (moderation, clarification or conflict)"))
        }
        let kind = arguments.positionals[2]
        let context = "withdraw \(kind)"
        for option in ["rationale", "replace", "override"]
        where arguments.value(option) != nil || arguments.flag(option) {
            throw .usage(.inapplicableOption("--" + option, context: context))
        }
        switch kind {
        case "moderation", "clarification":
            try allow(["submission", "criterion"], in: arguments, context: context)
            let submission = try required("submission", arguments)
            let criterion = try required("criterion", arguments)
            return kind == "moderation"
                ? .moderation(submission: submission, criterion: criterion)
                : .clarification(submission: submission, criterion: criterion)
        case "conflict":
            try allow(["evaluator", "submission"], in: arguments, context: context)
            return .conflict(
                evaluator: try required("evaluator", arguments),
                submission: try required("submission", arguments))
        default:
            throw .usage(
                .invalidValue(
                    option: "WHAT", value: kind,
                    reason:
                        "withdraw a moderation, clarification or conflict\(EditDistance.didYouMean(kind, among: kinds))"
                ))
        }
    }

    static func edit(from arguments: ParsedArguments) throws(CommandError) -> DecisionEdit {
        let kind = arguments.positionals[1]
        let rationale = arguments.value("rationale") ?? ""
        if kind != "moderation", arguments.flag("override") {
            throw .usage(.inapplicableOption("--override", context: kind))
        }
        switch kind {
        case "moderation":
            try allow(["submission", "criterion", "score"], in: arguments)
            let score = try scoreValue(try required("score", arguments))
            return .moderation(
                submission: try required("submission", arguments),
                criterion: try required("criterion", arguments),
                score: score, rationale: rationale)
        case "clarification":
            try allow(["submission", "criterion", "accepted", "rejected"], in: arguments)
            let outcome: PanelDecisions.Clarification.Outcome =
                try choose("accepted", "rejected", arguments) ? .accepted : .rejected
            return .clarification(
                submission: try required("submission", arguments),
                criterion: try required("criterion", arguments),
                outcome: outcome, rationale: rationale)
        case "conflict":
            try allow(["evaluator", "submission", "conflict", "no-conflict"], in: arguments)
            let outcome: PanelDecisions.ConflictRuling.Outcome =
                try choose("conflict", "no-conflict", arguments) ? .conflict : .noConflict
            return .conflict(
                evaluator: try required("evaluator", arguments),
                submission: try required("submission", arguments),
                outcome: outcome, rationale: rationale)
        default:
            throw .usage(
                .invalidValue(
                    option: "KIND", value: kind,
                    reason:
                        "use moderation, clarification, conflict or withdraw\(EditDistance.didYouMean(kind, among: kinds + ["withdraw"]))"
                ))
        }
    }

    private static let kindOptions: Set<String> = [
        "submission", "criterion", "evaluator", "score", "accepted", "rejected", "conflict",
        "no-conflict",
    ]

    private static func allow(
        _ names: Set<String>, in arguments: ParsedArguments, context: String? = nil
    ) throws(CommandError) {
        let given = Set(arguments.values.keys).union(arguments.flags).intersection(kindOptions)
        if let extra = given.subtracting(names).sorted().first {
            throw .usage(
                .inapplicableOption("--" + extra, context: context ?? arguments.positionals[1]))
        }
    }

    private static func required(_ name: String, _ arguments: ParsedArguments) throws(CommandError)
        -> String
    {
        guard let value = arguments.value(name), !value.isEmpty else {
            throw .usage(.missingOption("--" + name))
        }
        return value
    }

    /// True for the first flag, false for the second; exactly one must be given.
    private static func choose(_ first: String, _ second: String, _ arguments: ParsedArguments)
        throws(CommandError) -> Bool
    {
        switch (arguments.flag(first), arguments.flag(second)) {
        case (true, false): return true
        case (false, true): return false
        case (true, true): throw .usage(.conflictingOptions("--" + first, "--" + second))
        case (false, false): throw .usage(.missingOption("--\(first) or --\(second)"))
        }
    }

    private static func scoreValue(_ text: String) throws(CommandError) -> Decimal {
        let bytes = Array(text.utf8)
        guard let number = try? JSONReader.read(bytes).root.number, number.isExact else {
            throw .usage(
                .invalidValue(
                    option: "--score", value: text, reason: "write a number such as 3 or 3.5"))
        }
        return number.decimal
    }
}
