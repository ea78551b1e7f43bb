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
    /// Identifiers for the open-data exports (optional `openData` in round.json).
    public var openData: OpenDataSettings
    /// The whole file, for rule paths such as `round.budget.amount`.
    public var json: JSONValue
    /// The file's text, to point at any of its values (nil for rounds built in code).
    public var source: SourceText? = nil

    /// Lots, the procurement regime, the award notice date and non-working days (all optional).
    public var awardStage = AwardStageSettings()

    /// The lots the round is divided into; empty when it is not.
    public var lots: [Lot] { awardStage.lots }

    public struct Buyer: Sendable {
        public var id: String
        public var name: String
    }
}

/// How the round's open data names itself: the OCDS contracting-process prefix (registered with
/// the Open Contracting Partnership), the package's URI, and the 360Giving identifier prefix.
public struct OpenDataSettings: Sendable {
    public var ocidPrefix: String
    public var packageURI: String?
    public var grantIDPrefix: String
    /// Where the published data comes from (360Giving `dataSource`), a web address.
    public var dataSource: String? = nil

    public static let defaultOCIDPrefix = "ocds-tender"
    public static let defaultGrantIDPrefix = "360G-tender"

    public init(
        ocidPrefix: String = defaultOCIDPrefix, packageURI: String? = nil,
        grantIDPrefix: String = defaultGrantIDPrefix, dataSource: String? = nil
    ) {
        self.ocidPrefix = ocidPrefix
        self.packageURI = packageURI
        self.grantIDPrefix = grantIDPrefix
        self.dataSource = dataSource
    }
}
