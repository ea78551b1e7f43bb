/// One tender or grant application, from `submissions/<file>.json`.
///
/// The fields the engine itself needs are read into properties; the whole file is kept in `json`
/// so that rubric rules can refer to any further field (`amountRequested`, `beneficiaries`, …).
public struct Submission: Sendable {
    public var id: String
    public var title: String
    public var organisation: Organisation
    public var partners: [Partner]
    public var json: JSONValue
    /// The file the submission came from, as given to the loader.
    public var file: String
    /// Where its `id` stands.
    public var location: SourceLocation
    /// The file's text, to point at any of its values while the round is checked (nil for
    /// submissions built in code, and in a loaded round, which keeps no file's text).
    public var source: SourceText?
    /// The lot it bids for, in a round divided into lots (`lot` in the file).
    public var lot: String?
    /// Where its `lot` stands (its `id`'s place when it has none).
    public var lotLocation: SourceLocation?

    public init(
        id: String, title: String, organisation: Organisation, partners: [Partner] = [],
        json: JSONValue = JSONValue(.null), file: String = "", location: SourceLocation = .file("")
    ) {
        self.location = location
        self.id = id
        self.title = title
        self.organisation = organisation
        self.partners = partners
        self.json = json
        self.file = file
    }

    /// The members of a submission's file that the documents read themselves (the rules read
    /// theirs through their paths). A loaded round may keep only these and the rules' members
    /// (`SubmissionFields`), so a document reads a member through `subscript(_:)`, never `json`.
    public enum DocumentField: String, CaseIterable, Sendable {
        /// The organisation's address and e-mail, for a contract's supplier section.
        case organisation
        /// A grant's description in 360Giving.
        case summary
        /// A grant's planned duration, when the rubric has no audit rule for it.
        case durationMonths
        /// A grant's places of delivery, in 360Giving.
        case deliveryAreas
    }

    /// The value of a member the documents read (nil when the submission has none).
    public subscript(field: DocumentField) -> JSONValue? {
        json[field.rawValue]
    }

    public struct Organisation: Sendable {
        public var name: String
        public var type: String?
        public var identifiers: [String]
        public var website: String?
        public var postcode: String?
        public var people: [Person]

        public init(
            name: String, type: String? = nil, identifiers: [String] = [], website: String? = nil,
            postcode: String? = nil, people: [Person] = []
        ) {
            self.name = name
            self.type = type
            self.identifiers = identifiers
            self.website = website
            self.postcode = postcode
            self.people = people
        }
    }

    public struct Partner: Sendable {
        public var name: String
        public var identifiers: [String]

        public init(name: String, identifiers: [String] = []) {
            self.name = name
            self.identifiers = identifiers
        }
    }

    public struct Person: Sendable {
        public var name: String
        public var role: String?

        public init(name: String, role: String? = nil) {
            self.name = name
            self.role = role
        }
    }
}
