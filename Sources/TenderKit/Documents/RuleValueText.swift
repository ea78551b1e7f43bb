/// Rule values in the words of a reason: `48,500`, `"charity"`, `2024-05-01`, `a list of 3 items`.
enum RuleValueText {
    static func describe(_ value: RuleValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): NumberText.decimal(number)
        case .string(let text): "\"\(text)\""
        case .date(let date): date.description
        case .list(let items): "a list of \(NumberText.counted(items.count, "item"))"
        case .object: "an object"
        }
    }
}
