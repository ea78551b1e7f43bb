/// A failed gate's message in words: the rubric's message, and why the rule gave no answer when it
/// gave none ("… (the rule could not be evaluated: submission.x is missing)").
enum GateWords {
    static func message(_ message: String, problem: GateProblem?) -> String {
        switch problem {
        case nil: message
        case .notBoolean(let value):
            "\(message) (the rule gave \(RuleValueText.describe(value)), not true or false)"
        case .notEvaluated(let error): "\(message) (the rule could not be evaluated: \(error))"
        }
    }
}
