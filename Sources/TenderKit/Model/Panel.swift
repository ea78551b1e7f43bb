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
    /// Where its `id` stands, so that a message about the evaluator points at the name it goes by.
    public var location: SourceLocation

    public init(
        id: String, name: String, email: String? = nil, organisation: String? = nil,
        interests: [Interest] = [], location: SourceLocation = .file("panel.json")
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.organisation = organisation
        self.interests = interests
        self.location = location
    }
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

    public init(
        name: String, identifiers: [String] = [], relationship: String, from: ISODate? = nil,
        to: ISODate? = nil,
        location: SourceLocation = .file("panel.json")
    ) {
        self.name = name
        self.identifiers = identifiers
        self.relationship = relationship
        self.from = from
        self.to = to
        self.location = location
    }
}

public struct PersonInterest: Sendable {
    public var name: String
    public var relationship: String
    public var location: SourceLocation

    public init(name: String, relationship: String, location: SourceLocation = .file("panel.json"))
    {
        self.name = name
        self.relationship = relationship
        self.location = location
    }
}
