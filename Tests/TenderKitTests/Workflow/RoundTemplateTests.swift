import Foundation
import Testing

@testable import TenderKit

/// `RoundSettings` and `RoundTemplate`: the values of a new round, checked and defaulted, and
/// the files `tender init` writes from them.
@Suite("Round template")
struct RoundTemplateTests {
    private static let opening = ISODate(year: 2025, month: 1, day: 31)

    private static func settings(_ given: RoundSettings.Given = .init()) throws(RoundSettings
        .Problem) -> RoundSettings
    {
        try RoundSettings(folderName: "Youth 2025!", given: given, today: { opening })
    }

    @Test("values not given default: the id from the folder, today, a month each, placeholders")
    func defaults() throws {
        let settings = try Self.settings()
        #expect(settings.id == "Youth-2025-")
        #expect(settings.title == "Youth 2025!")
        #expect(settings.budget == 0)
        #expect(settings.currency == "GBP")
        #expect(
            [settings.opens, settings.closes, settings.awardDate].map(\.description) == [
                "2025-01-31", "2025-02-28", "2025-03-28",
            ])
        #expect(settings.buyerID == RoundPlaceholders.buyerID)
        #expect(settings.buyerName == RoundPlaceholders.buyerName)
    }

    @Test("the clock is read only when no opening date is given")
    func clock() throws {
        var given = RoundSettings.Given()
        #expect(throws: RoundSettings.Problem.noDateToday) {
            try RoundSettings(folderName: "r", given: given, today: { nil })
        }
        given.opens = "2024-06-01"
        let settings = try RoundSettings(folderName: "r", given: given, today: { nil })
        #expect(settings.opens.description == "2024-06-01")
    }

    @Test("a budget that is not a plain amount, a bad date, or closing before opening is refused")
    func refusals() {
        var budget = RoundSettings.Given()
        budget.budget = "1.2.3"
        #expect(throws: RoundSettings.Problem.self) { try Self.settings(budget) }
        var date = RoundSettings.Given()
        date.awardDate = "2025-2-1"
        #expect(
            throws: RoundSettings.Problem.invalidValue(
                field: "awardDate", value: "2025-2-1", reason: "write a date as YYYY-MM-DD")
        ) { try Self.settings(date) }
        var order = RoundSettings.Given()
        order.closes = "2025-01-30"
        #expect(
            throws: RoundSettings.Problem.invalidValue(
                field: "closes", value: "2025-01-30",
                reason: "the round must close after it opens (2025-01-31)")
        ) { try Self.settings(order) }
    }

    @Test("plain amounts and round ids")
    func words() {
        #expect(RoundSettings.isPlainAmount("1210000.00"))
        #expect(!RoundSettings.isPlainAmount("1e5") && !RoundSettings.isPlainAmount(".5"))
        #expect(RoundSettings.identifier(from: "--") == "round")
        #expect(RoundSettings.identifier(from: "_csf 2025") == "csf-2025")
    }

    @Test("the template's round.json passes the round file check, naming the rubric's path")
    func files() throws {
        var given = RoundSettings.Given()
        given.budget = "150000"
        given.ocidPrefix = "ocds-abc123"
        let rubric = try #require(
            RubricLoader.load(
                path: RepositoryFiles.path("Rubrics/targeted-detached-youth-services.json")
            ).rubric)
        let files = RoundTemplate(
            settings: try Self.settings(given), rubric: rubric, rubricPath: "../rubric.json"
        ).files()

        #expect(files.map(\.path) == ["round.json", "panel.json", "scores.csv", "decisions.json"])
        let round = try #require(files.first?.text)
        #expect(RoundFileCheck.problems(in: round).isEmpty)
        #expect(round.contains("\"rubric\": \"../rubric.json\""))
        #expect(round.contains("\"ocidPrefix\": \"ocds-abc123\""))
        #expect(files[2].text == ScoreTable.columns.joined(separator: ",") + "\n")
    }
}
