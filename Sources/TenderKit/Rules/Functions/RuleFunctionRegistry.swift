/// Every built-in function of the rule language, in the order the reference lists them.
///
/// To add a function: write it in this folder, in the file of its kind (`NumberFunctions`,
/// `StringFunctions`…) or a new one (a `static let` on `RuleFunction` with a doc comment and an
/// example), list it here, and document it in `Rubrics/LANGUAGE.md`
/// (a test checks the registry and the reference name the same functions).
enum RuleFunctionRegistry {
    static let all: [RuleFunction] = [
        .count, .length, .sum, .avg, .min, .max,
        .any, .all, .filter, .map,
        .lower, .upper, .startsWith, .endsWith, .contains,
        .round, .abs,
        .date, .daysBetween, .monthsBetween,
    ]

    /// The functions by name (the first wins if a name were listed twice; a test forbids that).
    static let byName: [String: RuleFunction] = Dictionary(
        all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The names of functions whose second argument is a lambda, for messages.
    static var lambdaFunctionNames: [String] {
        all.filter { $0.lambda != .none }.map(\.name)
    }
}
