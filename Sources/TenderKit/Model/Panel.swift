/// `panel.json`: the evaluators of a round and the interests they declared.
public struct Panel: Sendable {
    public var evaluators: [Evaluator]

    public init(evaluators: [Evaluator]) {
        self.evaluators = evaluators
    }
}

public struct Evaluator: Sendable {
    public var id: String
    public var name: String
    public var email: String?
    /// The evaluator's own employer or organisation.
    public var organisation: String?
    public var interests: [Interest]
    public var location: SourceLocation
}

/// A declared interest: in an organisation (for a period) or in a person.
public enum Interest: Sendable {
    case organisation(OrganisationInterest)
    case person(PersonInterest)
}

public struct OrganisationInterest: Sendable {
    public var name: String
    public var identifiers: [String]
    public var relationship: String
    public var from: ISODate?
    /// nil: the interest is current.
    public var to: ISODate?
    public var location: SourceLocation
}

public struct PersonInterest: Sendable {
    public var name: String
    public var relationship: String
    public var location: SourceLocation
}
