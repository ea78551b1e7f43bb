/// The kinds of value an operator or function argument accepts, for checking and for messages.
enum TypeClass: Sendable {
    case number, string, boolean, date, list
    case listOrString
    case stringOrDate
    /// Numbers, strings and dates: the values `<` can order.
    case orderable

    /// Whether a value of static type `type` may be given; `.any` is left to evaluation.
    func admits(_ type: RuleType) -> Bool {
        switch (self, type) {
        case (_, .any): true
        case (.number, .number), (.string, .string), (.boolean, .boolean), (.date, .date): true
        case (.list, .list), (.listOrString, .list), (.listOrString, .string): true
        case (.stringOrDate, .string), (.stringOrDate, .date): true
        case (.orderable, .number), (.orderable, .string), (.orderable, .date): true
        default: false
        }
    }

    /// The same question at evaluation, for a value.
    func admits(_ value: RuleValue) -> Bool {
        admits(value.shallowType)
    }

    /// "a number", "a list or a string": what a message says is needed.
    var phrase: String {
        switch self {
        case .number: "a number"
        case .string: "a string"
        case .boolean: "true or false"
        case .date: "a date"
        case .list: "a list"
        case .listOrString: "a list or a string"
        case .stringOrDate: "a string or a date"
        case .orderable: "a number, a string or a date"
        }
    }
}

extension RuleType {
    /// How a message names the type: "a number", "true or false", "a list of strings".
    var phrase: String {
        switch self {
        case .boolean: "true or false"
        case .list(.any): "a list"
        case .list(let element): "a list of " + element.pluralPhrase
        default: description
        }
    }

    private var pluralPhrase: String {
        switch self {
        case .boolean: "true/false values"
        case .number: "numbers"
        case .string: "strings"
        case .date: "dates"
        case .null: "nulls"
        case .list: "lists"
        case .object: "objects"
        case .any: "values"
        }
    }

    var isOrderable: Bool {
        switch self {
        case .number, .string, .date: true
        default: false
        }
    }

    /// The element type of a list type (`.any` for anything else).
    var elementType: RuleType {
        if case .list(let element) = self { return element }
        return .any
    }

    /// One type for two: the same type if they agree, `.any` when they do not.
    func joined(with other: RuleType) -> RuleType {
        if self == other { return self }
        if case .list(let a) = self, case .list(let b) = other { return .list(a.joined(with: b)) }
        return .any
    }
}

extension RuleValue {
    /// The type of the value without looking inside lists (a list is `.list(.any)`): cheap.
    var shallowType: RuleType {
        if case .list = self { return .list(.any) }
        return ruleType
    }

    /// The static type this value would have (list elements joined): for constants.
    var ruleType: RuleType {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .number: .number
        case .string: .string
        case .date: .date
        case .object: .object
        case .list(let items):
            .list(
                items.dropFirst().reduce(items.first?.ruleType ?? .any) {
                    $0.joined(with: $1.ruleType)
                })
        }
    }
}
