extension RuleFunction {
    /// `lower(string)`: the string in lower case, for comparisons that ignore case.
    ///
    ///     lower(submission.organisation.type) == "charity"
    static let lower = stringToString(name: "lower") { $0.lowercased() }

    /// `upper(string)`: the string in upper case.
    ///
    ///     startsWith(upper(submission.organisation.address.postcode), "TS")
    static let upper = stringToString(name: "upper") { $0.uppercased() }

    /// `startsWith(string, prefix)`: true when the string begins with the prefix (case matters).
    ///
    ///     startsWith(submission.organisation.identifiers[0], "GB-CHC-")
    static let startsWith = stringTest(name: "startsWith", argument: "prefix") { $0.hasPrefix($1) }

    /// `endsWith(string, suffix)`: true when the string ends with the suffix (case matters).
    ///
    ///     endsWith(lower(submission.organisation.website), ".org.uk")
    static let endsWith = stringTest(name: "endsWith", argument: "suffix") { $0.hasSuffix($1) }

    private static func stringToString(
        name: String, _ transform: @escaping @Sendable (String) -> String
    ) -> RuleFunction {
        RuleFunction(
            name: name, usage: ["\(name)(string)"], arguments: 1...1,
            check: { call in
                call.require(0, .string)
                return .string
            },
            evaluate: { (call, _) throws(EvalFailure) -> RuleValue in
                .string(transform(try call.string(0)))
            }
        )
    }

    private static func stringTest(
        name: String, argument: String, _ test: @escaping @Sendable (String, String) -> Bool
    ) -> RuleFunction {
        RuleFunction(
            name: name, usage: ["\(name)(string, \(argument))"], arguments: 2...2,
            check: { call in
                call.require(0, .string)
                call.require(1, .string)
                return .boolean
            },
            evaluate: { (call, _) throws(EvalFailure) -> RuleValue in
                .bool(test(try call.string(0), try call.string(1)))
            }
        )
    }
}
