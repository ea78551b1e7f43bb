import Foundation

/// The settings of a new round (what `tender init` writes into round.json), checked: a plain
/// budget, dates that read, a round that closes after it opens, and a default for each value
/// not given (placeholders the readiness checks then ask to fill in).
public struct RoundSettings: Sendable {
    /// The values given for a new round, as typed; nil where none was given.
    public struct Given: Sendable {
        public var title: String?
        public var fund: String?
        public var description: String?
        public var buyerID: String?
        public var buyerName: String?
        public var budget: String?
        public var currency: String?
        public var opens: String?
        public var closes: String?
        public var awardDate: String?
        public var ocidPrefix: String?

        public init() {}
    }

    /// A given value the round cannot take, named by its round.json field (`budget.amount`,
    /// `opens`, …), or a clock that gave no date for the default opening.
    public enum Problem: Error, Sendable, Equatable {
        case invalidValue(field: String, value: String, reason: String)
        case noDateToday
    }

    public var id: String
    public var title: String
    public var budget: Decimal
    public var currency: String
    public var opens: ISODate
    public var closes: ISODate
    public var awardDate: ISODate
    public var fund: String?
    public var description: String?
    public var buyerID: String
    public var buyerName: String
    public var ocidPrefix: String?

    /// - Parameters:
    ///   - folderName: the new round folder's name, which gives the id and the default title.
    ///   - today: today's date, asked for only when no opening date is given.
    public init(folderName: String, given: Given, today: () -> ISODate?) throws(Problem) {
        id = RoundSettings.identifier(from: folderName)
        title = given.title ?? folderName
        fund = given.fund
        description = given.description
        buyerID = given.buyerID ?? RoundPlaceholders.buyerID
        buyerName = given.buyerName ?? RoundPlaceholders.buyerName
        ocidPrefix = given.ocidPrefix
        budget = try RoundSettings.amount(given.budget ?? "0")
        // Checked with the rest of round.json by the decoder `tender validate` uses.
        currency = given.currency ?? "GBP"
        let dates = try RoundSettings.dates(given, today: today)
        (opens, closes, awardDate) = (dates.opens, dates.closes, dates.awardDate)
    }

    private static func amount(_ text: String) throws(Problem) -> Decimal {
        guard isPlainAmount(text),
            let amount = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        else {
            throw .invalidValue(
                field: "budget.amount", value: text,
                reason: "write a plain amount such as 150000 or 1210000.00")
        }
        return amount
    }

    /// Opening (today by default), closing (a month later by default, and never before opening)
    /// and award (a month after closing by default).
    private static func dates(_ given: Given, today: () -> ISODate?) throws(Problem) -> (
        opens: ISODate, closes: ISODate, awardDate: ISODate
    ) {
        let opens: ISODate
        if let date = try date(given.opens, field: "opens") {
            opens = date
        } else {
            guard let date = today() else { throw .noDateToday }
            opens = date
        }
        let closes = try date(given.closes, field: "closes") ?? opens.adding(months: 1) ?? opens
        guard closes >= opens else {
            throw .invalidValue(
                field: "closes", value: closes.description,
                reason: "the round must close after it opens (\(opens))")
        }
        let awardDate =
            try date(given.awardDate, field: "awardDate") ?? closes.adding(months: 1) ?? closes
        return (opens, closes, awardDate)
    }

    private static func date(_ text: String?, field: String) throws(Problem) -> ISODate? {
        guard let text else { return nil }
        guard let date = ISODate(text) else {
            throw .invalidValue(field: field, value: text, reason: "write a date as YYYY-MM-DD")
        }
        return date
    }

    /// Digits with at most one decimal point between digits: `150000`, `1210000.00`. Decimal's
    /// own parser stops at the first character it cannot read, so it takes `1.2.3` for 1.2.
    public static func isPlainAmount(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count <= 2
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// A valid round id from a folder name: letters, digits, '.', '-', '_' kept, others as '-'.
    public static func identifier(from name: String) -> String {
        let mapped = String(
            name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "-" }
        )
        let trimmed = mapped.drop { !($0.isLetter || $0.isNumber) }
        return trimmed.isEmpty ? "round" : String(trimmed.prefix(Identifier.maximumLength))
    }
}
