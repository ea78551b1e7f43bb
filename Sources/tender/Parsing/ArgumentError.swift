/// A command line that cannot be run, with what was wrong and where; `message` is the one place
/// these become words (with "did you mean …?" where a near name exists).
enum ArgumentError: Error, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case missingValue(option: String, valueName: String)
    case missingOption(String)
    case missingArgument(String)
    case unexpectedArgument(String)
    case repeatedOption(String)
    case invalidValue(option: String, value: String, reason: String)
    case conflictingOptions(String, String)
    /// An option the command knows but that has no meaning in this use of it (`--score` for a clarification).
    case inapplicableOption(String, context: String)

    var message: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            "unknown command '\(name)'" + hint(suggestion)
        case .unknownOption(let name, let suggestion):
            "unknown option '\(name)'" + hint(suggestion)
        case .missingValue(let option, let valueName):
            "option '\(option)' needs a value (\(option) \(valueName))"
        case .missingOption(let option):
            "missing required option '\(option)'"
        case .missingArgument(let name):
            "missing argument \(name)"
        case .unexpectedArgument(let value):
            "unexpected argument '\(value)'"
        case .repeatedOption(let option):
            "option '\(option)' is given more than once"
        case .invalidValue(let option, let value, let reason):
            "invalid value '\(value)' for '\(option)': \(reason)"
        case .conflictingOptions(let first, let second):
            "options '\(first)' and '\(second)' cannot be used together"
        case .inapplicableOption(let option, let context):
            "option '\(option)' does not apply to \(context)"
        }
    }

    private func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
