import Foundation
import Testing

@testable import TenderKit

extension HostileInputTests {
    /// The cases a mutation run found no test for: each of these kills a mutant that survived.
    @Suite struct MutationGapTests {
        static func fields(_ text: String) -> [[String]] {
            var records: [[String]] = []
            let errors = CSVReader.forEachRecord(in: Array(text.utf8)) { record in
                records.append((0..<record.count).map { record.string($0) ?? "<not UTF-8>" })
            }
            #expect(errors.isEmpty)
            return records
        }

        @Test func aQuotedFieldAtTheVeryEndOfTheFileWithNoLineEnd() {
            #expect(Self.fields("a,\"b\"") == [["a", "b"]])
            #expect(Self.fields("a,\"b \"\"c\"\"\"") == [["a", "b \"c\""]])
            #expect(Self.fields("x\r\n\"\"") == [["x"], [""]])
        }

        @Test func aQuotedFieldLeftOpenAtTheEndIsAnError() {
            let errors = CSVReader.forEachRecord(in: Array("a,\"b".utf8)) { _ in }
            #expect(errors == [CSVSyntaxError(kind: .unterminatedQuotedField, offset: 2)])
        }

        @Test(arguments: [("1E5", 100_000.0), ("1e5", 100_000), ("2.5E-1", 0.25), ("1E+2", 100)])
        func anExponentWithEitherLetter(text: String, value: Double) throws {
            let number = try #require(try JSONReader.read(text).root.number)
            #expect(number.double == value)
            #expect(number.decimal == Decimal(value))
            #expect(!number.isIntegerLiteral)
            #expect(Self.csvNumber(text) == value)
        }

        static func csvNumber(_ text: String) -> Double? {
            var value: Double?
            CSVReader.forEachRecord(in: Array(text.utf8)) { record in value = record.number(0) }
            return value
        }

        @Test(arguments: [
            ("AUD", true), ("ZAR", true), ("AAZ", true), ("ZZZ", true), ("AAA", true),
            ("@AA", false), ("AA[", false), ("aud", false), ("GB", false), ("GBPX", false),
        ])
        func currencyCodesAtTheEdgesOfTheAlphabet(code: String, valid: Bool) {
            #expect(RoundDecoder.isCurrencyCode(code) == valid)
        }

        @Test func anOrganisationInterestWithoutFromIsCurrentAndCounts() throws {
            let load = try HostileRound.load { folder in
                try HostileRound.replace(
                    "\"from\": \"2015-01-01\",\n          \"to\": \"2018-12-31\"",
                    with: Array("\"to\": null".utf8), in: "panel.json", folder: folder)
            }
            let round = try #require(load.round)
            guard case .organisation(let interest) = round.panel.evaluators[0].interests[0] else {
                Issue.record("expected an organisation interest")
                return
            }
            #expect(interest.from == nil)
            #expect(interest.to == nil)
            let decision = RoundEvaluator.evaluate(round.scoringInput)
            let findings = decision.conflicts.findings.filter { $0.evaluator == "ahart" }
            #expect(
                findings.map(ConflictFixtures.summary) == [
                    "ahart sub-alder declared-organisation match excluded"
                ])
        }

        @Test func aFileThatIsOnlyAByteOrderMark() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.write([0xEF, 0xBB, 0xBF], to: "scores.csv", folder: folder)
                try HostileRound.write([0xEF, 0xBB, 0xBF], to: "decisions.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "decisions.json:1:2: malformed JSON: the file ends where a value was expected",
                    "scores.csv:1:1: scores.csv is empty: it needs at least the header evaluator,submission,criterion,score,comment",
                ])
        }
    }
}
