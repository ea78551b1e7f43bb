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

    public struct Organisation: Sendable {
        public var name: String
        public var type: String?
        public var identifiers: [String]
        public var website: String?
        public var postcode: String?
        public var people: [Person]
    }

    public struct Partner: Sendable {
        public var name: String
        public var identifiers: [String]
    }

    public struct Person: Sendable {
        public var name: String
        public var role: String?
    }
}
