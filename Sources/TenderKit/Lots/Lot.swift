import Foundation

/// One lot of a tender divided into lots (`lots` in round.json): a part of the requirement that is
/// awarded on its own, such as one local authority area of a county-wide service.
public struct Lot: Sendable {
    public var id: String
    public var title: String
    public var description: String?
    /// The buyer's estimate of the lot's value, exact from the JSON text; orders the award under
    /// `lotOrder: "estimated-value"`.
    public var estimatedValue: Decimal?
    /// Where its `id` stands.
    public var location: SourceLocation

    public init(
        id: String, title: String, description: String? = nil, estimatedValue: Decimal? = nil,
        location: SourceLocation = .file("")
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.estimatedValue = estimatedValue
        self.location = location
    }
}

/// The procurement law a round is run under (`regime` in round.json).
public enum ProcurementRegime: String, Sendable, CaseIterable {
    /// The Procurement Act 2023 (in force from 24 February 2025): a final award starts an
    /// eight-working-day standstill (s.51), and assessment summaries follow Regulation 31 of the
    /// Procurement Regulations 2024.
    case procurementAct2023 = "procurement-act-2023"
}

/// What round.json says about lots and the award stage under a procurement regime. All optional:
/// a round without them is evaluated as before.
public struct AwardStageSettings: Sendable {
    public var lots: [Lot] = []
    public var regime: ProcurementRegime?
    /// The day the contract award notice is (to be) published: day 1 of the standstill, or the
    /// day before it when it is not a working day.
    public var awardNoticeDate: ISODate?
    /// Further days on which the buyer does not work, beyond weekends and UK bank holidays.
    public var nonWorkingDays: [ISODate] = []

    public init(
        lots: [Lot] = [], regime: ProcurementRegime? = nil, awardNoticeDate: ISODate? = nil,
        nonWorkingDays: [ISODate] = []
    ) {
        self.lots = lots
        self.regime = regime
        self.awardNoticeDate = awardNoticeDate
        self.nonWorkingDays = nonWorkingDays
    }
}
