import Foundation
import TenderKit

/// The settings `tender init` takes from its options, checked.
struct RoundSettings {
    var id: String
    var title: String
    var budget: Decimal
    var currency: String
    var opens: ISODate
    var closes: ISODate
    var awardDate: ISODate
    var fund: String?
    var description: String?
    var buyerID: String
    var buyerName: String
    var ocidPrefix: String?

    init(_ arguments: ParsedArguments, folder: String) throws(CommandError) {
        let name = FilePath.fileName(folder)
        id = RoundSettings.identifier(from: name)
        title = arguments.value("title") ?? name
        fund = arguments.value("fund")
        description = arguments.value("description")
        buyerID = arguments.value("buyer-id") ?? RoundPlaceholders.buyerID
        buyerName = arguments.value("buyer-name") ?? RoundPlaceholders.buyerName
        ocidPrefix = arguments.value("ocid-prefix")
        let budgetText = arguments.value("budget") ?? "0"
        guard RoundSettings.isPlainAmount(budgetText),
            let budget = Decimal(string: budgetText, locale: Locale(identifier: "en_US_POSIX"))
        else {
            throw .usage(
                .invalidValue(
                    option: "--budget", value: budgetText,
                    reason: "write a plain amount such as 150000 or 1210000.00"))
        }
        self.budget = budget
        // Checked with the rest of round.json by the decoder `tender validate` uses.
        currency = arguments.value("currency") ?? "GBP"
        if let given = try RoundSettings.date(arguments.value("opens"), option: "--opens") {
            opens = given
        } else {
            opens = try RoundSettings.today()
        }
        let closes =
            try RoundSettings.date(arguments.value("closes"), option: "--closes") ?? opens.adding(
                months: 1) ?? opens
        guard closes >= opens else {
            throw .usage(
                .invalidValue(
                    option: "--closes", value: closes.description,
                    reason: "the round must close after it opens (\(opens))"))
        }
        self.closes = closes
        awardDate =
            try RoundSettings.date(arguments.value("award-date"), option: "--award-date")
            ?? closes.adding(months: 1) ?? closes
    }

    /// Digits with at most one decimal point between digits: `150000`, `1210000.00`. Decimal's
    /// own parser stops at the first character it cannot read, so it takes `1.2.3` for 1.2.
    static func isPlainAmount(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count <= 2
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static func date(_ text: String?, option: String) throws(CommandError) -> ISODate? {
        guard let text else { return nil }
        guard let date = ISODate(text) else {
            throw .usage(
                .invalidValue(option: option, value: text, reason: "write a date as YYYY-MM-DD"))
        }
        return date
    }

    /// Today's date (UTC): the only place tender reads the clock, for a default the user can override.
    private static func today() throws(CommandError) -> ISODate {
        let parts = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC") ?? .current, from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let date = ISODate(year: year, month: month, day: day)
        else {
            throw .internalError("the system clock gave no usable date; pass --opens")
        }
        return date
    }

    /// A valid round id from a folder name: letters, digits, '.', '-', '_' kept, others as '-'.
    static func identifier(from name: String) -> String {
        let mapped = String(
            name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "-" }
        )
        let trimmed = mapped.drop { !($0.isLetter || $0.isNumber) }
        return trimmed.isEmpty ? "round" : String(trimmed.prefix(Identifier.maximumLength))
    }
}

/// The files of a new round.
struct RoundTemplate {
    let settings: RoundSettings
    let rubric: Rubric
    let rubricPath: String

    func files() -> [(path: String, text: String)] {
        [
            ("round.json", roundJSON()), ("panel.json", panelJSON()),
            ("scores.csv", "evaluator,submission,criterion,score,comment\n"),
            (
                "decisions.json",
                "{\n  \"moderation\": [],\n  \"clarifications\": [],\n  \"conflicts\": []\n}\n"
            ),
        ]
    }

    private func roundJSON() -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("id", settings.id)
        json.field("title", settings.title)
        if let fund = settings.fund { json.field("fund", fund) }
        json.field(
            "description",
            settings.description
                ?? "Evaluated with the rubric '\(rubric.title)'. \(RoundPlaceholders.descriptionMarker)"
        )
        json.field("rubric", rubricPath)
        json.key("buyer")
        json.beginObject()
        json.field("id", settings.buyerID)
        json.field("name", settings.buyerName)
        json.endObject()
        json.key("budget")
        json.beginObject()
        json.field("amount", settings.budget)
        json.field("currency", settings.currency)
        json.endObject()
        json.field("opens", settings.opens.description)
        json.field("closes", settings.closes.description)
        json.field("awardDate", settings.awardDate.description)
        if let prefix = settings.ocidPrefix {
            json.key("openData")
            json.beginObject()
            json.field("ocidPrefix", prefix)
            json.endObject()
        }
        json.endObject()
        return json.text
    }

    private func panelJSON() -> String {
        var json = JSONWriter()
        json.beginObject()
        json.key("evaluators")
        json.beginArray()
        json.beginObject()
        json.field("id", "evaluator-1")
        json.field("name", RoundPlaceholders.evaluatorName)
        json.field("email", RoundPlaceholders.evaluatorEmail)
        json.field("organisation", "Example Organisation")
        json.key("interests")
        json.beginArray()
        json.endArray()
        json.endObject()
        json.endArray()
        json.endObject()
        return json.text
    }
}
