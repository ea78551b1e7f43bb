/// `round.json`: one procurement exercise, a contract tender or a grant round.
public struct Round: Sendable {
    public var id: String
    public var title: String
    public var fund: String?
    public var description: String?
    /// The rubric's path as written in `round.json`, relative to the round folder.
    public var rubricPath: String
    public var buyer: Buyer
    public var budget: Money
    public var opens: ISODate
    public var closes: ISODate
    public var awardDate: ISODate
    /// The whole file, for rule paths such as `round.budget.amount`.
    public var json: JSONValue

    public struct Buyer: Sendable {
        public var id: String
        public var name: String
    }
}
