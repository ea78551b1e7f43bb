import Foundation
import Testing

@testable import TenderKit

extension HostileInputTests {
    /// Money outside `MoneyBound`, and numbers `Decimal` cannot hold: each refused where it is
    /// written, and never hiding the file's other problems.
    @Suite struct MoneyAndNumberTests {
        @Test(arguments: [
            (
                "1e61",
                "budget.amount 10000000000000000000000000000000000000000000000000000000000000 has more than 15 digits before the decimal point, more than tender can hold exactly"
            ),
            (
                "1000000000000000",
                "budget.amount 1000000000000000 has more than 15 digits before the decimal point, more than tender can hold exactly"
            ),
            (
                "12.345",
                "budget.amount 12.345 has more than 2 decimal places (money is held to the penny): round it"
            ),
        ])
        func aBudgetOutsideTheBoundIsRefusedAtItsValue(amount: String, message: String) throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "\"amount\": 100000", with: Array("\"amount\": \(amount)".utf8),
                    in: "round.json", folder: folder)
            }
            #expect(diagnostics == ["round.json:10:15: \(message)"])
        }

        @Test func theLargestBudgetWithinTheBoundIsExact() throws {
            let load = try HostileRound.load { folder in
                try HostileRound.replace(
                    "\"amount\": 100000", with: Array("\"amount\": 999999999999999.99".utf8),
                    in: "round.json", folder: folder)
            }
            #expect(load.diagnostics == [])
            let round = try #require(load.round)
            #expect(round.round.budget.amount - 89_550 == Decimal(string: "999999999910449.99"))
        }

        @Test func anAwardAmountFieldOutsideTheBoundIsRefusedAtTheField() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "\"price\": 90000", with: Array("\"price\": 1e20".utf8),
                    in: "submissions/sub-alder.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "submissions/sub-alder.json:13:12: price 100000000000000000000 has more than 15 digits before the decimal point, more than tender can hold exactly (the award amount is read from it)"
                ])
        }

        /// A 400-digit number and `1e400` are reported, and so is every other problem in the file.
        @Test func aNumberThatCannotBeHeldHidesNothingElse() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                let path = FilePath.join(folder, "decisions.json")
                var text = try TemporaryCopy.read(path)
                let digits = String(repeating: "7", count: 400)
                let scores = text.components(separatedBy: "\"score\": ").count - 1
                #expect(scores == 1)
                text = text.replacingOccurrences(of: "\"score\": 2", with: "\"score\": 1e400")
                text = text.replacingOccurrences(
                    of: "\"moderation\": [", with: "\"extra\": \(digits), \"moderation\": [")
                try TemporaryCopy.write(text, to: path)
            }
            let heldExactly =
                "number cannot be held exactly (more than 38 significant digits, or an exponent beyond ±127)"
            #expect(diagnostics.filter { $0.hasSuffix(heldExactly) }.count == 2)
            #expect(diagnostics.contains { $0.contains("unknown field 'extra'") })
        }

        /// Scores as spreadsheets and people write them: each either read right or refused.
        @Test(
            arguments: [
                (
                    "3.0000000001",
                    "row 1: 3.0000000001 is outside the scale: write a score from 0 to 3"
                ),
                (" 2 ", nil),
                ("\"2,5\"", "row 1: '2,5' is not a number: write a score from 0 to 3"),
                ("two", "row 1: 'two' is not a number: write a score from 0 to 3"),
                ("２", "row 1: '２' is not a number: write a score from 0 to 3"),
                ("NaN", "row 1: 'NaN' is not a number: write a score from 0 to 3"),
                ("Infinity", "row 1: 'Infinity' is not a number: write a score from 0 to 3"),
                ("-0", nil),
                ("1E0", nil),
                ("1e400", "row 1: '1e400' is not a number: write a score from 0 to 3"),
            ] as [(String, String?)])
        func scoresAreReadRightOrRefused(score: String, problem: String?) throws {
            let load = try HostileRound.load { folder in
                try HostileRound.replace(
                    "ahart,sub-alder,approach,3,",
                    with: Array("ahart,sub-alder,approach,\(score),".utf8),
                    in: "scores.csv", folder: folder)
            }
            if let problem {
                #expect(load.diagnostics.count == 1)
                #expect(load.diagnostics.first?.hasSuffix(problem) == true)
            } else {
                #expect(load.diagnostics == [])
                #expect(load.round != nil)
            }
        }

        @Test(arguments: ["£48,500.00", "48,500", "\"£48500\""])
        func moneyWrittenAsTextIsNotReadAsANumber(text: String) throws {
            let load = try HostileRound.load { folder in
                let quoted = text.hasPrefix("\"") ? text : "\"\(text)\""
                try HostileRound.replace(
                    "\"price\": 90000", with: Array("\"price\": \(quoted)".utf8),
                    in: "submissions/sub-alder.json", folder: folder)
            }
            // The round loads (a string is a value the rules may read), but the award amount of
            // sub-alder is never a silently wrong number: the submission is ineligible, with why.
            let round = try #require(load.round)
            let decision = RoundEvaluator.evaluate(round.scoringInput)
            let alder = try #require(decision.submissions.first { $0.id == "sub-alder" })
            #expect(alder.status == .ineligible)
            #expect(alder.amount == nil)
        }

        /// The sensitivity analysis allocates in pence: every amount within the bound converts
        /// exactly, and nothing outside it converts at all.
        @Test(arguments: [
            ("48500", 4_850_000), ("12.34", 1_234), ("0.1", 10), ("-3", -300), ("0", 0),
            ("999999999999999.99", 99_999_999_999_999_999), ("5e5", 50_000_000),
        ])
        func amountsWithinTheBoundAreWholePence(text: String, pence: Int64) throws {
            let amount = try #require(Decimal(string: text))
            #expect(MoneyBound.pence(amount) == pence)
        }

        @Test(arguments: ["12.345", "0.001", "1e15", "1e61"])
        func amountsOutsideTheBoundHaveNoPence(text: String) throws {
            #expect(MoneyBound.pence(try #require(Decimal(string: text))) == nil)
        }
    }
}
