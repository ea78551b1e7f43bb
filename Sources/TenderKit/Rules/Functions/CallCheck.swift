/// What a function's type check sees of one call: the argument types, and a place for errors.
struct CallCheck {
    let name: String
    let arguments: [CheckedExpression]
    /// The lambda's body, when the call has one (its type is the lambda's result type).
    let lambdaBody: CheckedExpression?
    private(set) var errors: [RuleCompileError] = []

    init(name: String, arguments: [CheckedExpression], lambdaBody: CheckedExpression?) {
        self.name = name
        self.arguments = arguments
        self.lambdaBody = lambdaBody
    }

    var count: Int { arguments.count }

    func type(_ index: Int) -> RuleType {
        index < arguments.count ? arguments[index].type : .any
    }

    /// The value of an argument written as a literal, if it is one.
    func constant(_ index: Int) -> RuleValue? {
        guard index < arguments.count, case .constant(let value) = arguments[index].kind else {
            return nil
        }
        return value
    }

    /// Reports the argument when its type is known and not one `expected` admits.
    mutating func require(_ index: Int, _ expected: TypeClass, hint: String = "") {
        guard index < arguments.count, !expected.admits(arguments[index].type) else { return }
        let argument = arguments[index]
        fail(
            at: argument.offset,
            "'\(name)' needs \(expected.phrase), but \(argument.text.quotedForMessage) is \(argument.type.phrase)\(hint)"
        )
    }

    /// Requires a list argument whose elements (when known) are admitted by `elements`.
    mutating func requireList(_ index: Int, of elements: TypeClass) {
        require(index, .list)
        let element = type(index).elementType
        guard index < arguments.count, case .list = type(index), !elements.admits(element) else {
            return
        }
        let argument = arguments[index]
        fail(
            at: argument.offset,
            "'\(name)' needs a list of \(elements.pluralPhrase), but \(argument.text.quotedForMessage) is \(argument.type.phrase)"
        )
    }

    /// Requires the lambda's body (when known) to give a value `expected` admits.
    mutating func requireLambdaResult(_ expected: TypeClass) {
        guard let body = lambdaBody, !expected.admits(body.type) else { return }
        fail(
            at: body.offset,
            "the lambda of '\(name)' must give \(expected.phrase), but \(body.text.quotedForMessage) is \(body.type.phrase)"
        )
    }

    mutating func fail(at offset: Int, _ message: String) {
        errors.append(RuleCompileError(offset: offset, message: message))
    }
}

extension TypeClass {
    var pluralPhrase: String {
        switch self {
        case .number: "numbers"
        case .string: "strings"
        case .boolean: "true/false values"
        case .date: "dates"
        case .list: "lists"
        case .listOrString: "lists or strings"
        case .stringOrDate: "strings or dates"
        case .orderable: "numbers, strings or dates"
        }
    }
}

extension String {
    /// The text of an expression as a message quotes it: shortened past 60 characters.
    var quotedForMessage: String {
        count <= 60 ? self : String(prefix(57)) + "…"
    }
}
