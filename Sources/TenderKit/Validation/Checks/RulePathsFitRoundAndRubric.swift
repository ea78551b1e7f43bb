/// Every `round.*` and `rubric.*` path a rule reads names a field those files can have.
///
/// round.json and the rubric have fixed shapes (their decoders refuse any other field), so a path
/// outside them, such as `round.budgte.amount`, can never be evaluated: every submission would be
/// quietly ineligible. It is an error at the misspelt name inside the rule, with the nearest field.
public enum RulePathsFitRoundAndRubric: RubricCheck {
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for use in rubric.ruleUses {
            guard let program = use.rule.program, let origin = use.rule.origin else { continue }
            for path in program.dataPaths where path.root != .submission {
                let file = path.root == .round ? "round.json" : "the rubric"
                if let (step, message) = problem(
                    path, in: path.root == .round ? .round : .rubric, file: file)
                {
                    diagnostics.append(origin.diagnostic(.error, message, at: step.offset))
                }
            }
        }
        return diagnostics
    }

    /// The first step that leaves the shape, and the message for it.
    static func problem(_ path: RuleDataPath, in shape: DataShape, file: String)
        -> (RuleDataPath.Step, String)?
    {
        var shape = shape
        var walked = path.root.rawValue
        for step in path.steps {
            switch shape {
            case .object(let members):
                guard let next = members[step.name] else {
                    let names = members.keys.sorted()
                    let suggestion = Checker.didYouMean(step.name, among: names)
                    return (
                        step,
                        "\(walked) has no field '\(step.name)'\(suggestion.isEmpty ? ": \(file) has \(names.joined(separator: ", "))" : suggestion)"
                    )
                }
                shape = next
            case .list:
                return (
                    step,
                    "\(walked) is a list, so it has no field '\(step.name)' (to use each item, write map(\(walked), x => x.\(step.name)))"
                )
            case .value:
                return (step, "\(walked) is a single value, so it has no field '\(step.name)'")
            }
            walked += "." + step.name
        }
        return nil
    }
}
