import Testing

@testable import TenderKit

/// What the one row check keeps and suggests: a score exactly as written when the scale allows it
/// (an error, never rounded, when it does not), and one "did you mean" rule.
@Suite struct ScoreRowValuesTests {
    /// The scores `ScoreRowCheck` keeps for `scores`, on a 0 to 5 scale with `step`; nil for a
    /// score it refuses.
    static func kept(_ scores: [String], step: Double?) -> [Double?] {
        var rules = ScoreRowCheckTests.rules
        rules.scale?.max = 5
        rules.scale?.step = step
        let rows = scores.map { "ahart,sub-alder,approach,\($0),Fine." }
        let source = SourceText(
            path: "scores.csv", text: ([ScoreRowCheckTests.header] + rows).joined(separator: "\n"))
        var check = ScoreRowCheck(source: source, rules: rules)
        let table = ScoreTable(source: source)
        var kept: [Double?] = []
        _ = CSVReader.forEachRecord(in: source.bytes) { record in
            guard record.number > 0 else { return }
            var problems: [ScoreRowError] = []
            // A fresh table each row: the same key on every row is not a repeat here.
            check = ScoreRowCheck(source: source, rules: rules)
            kept.append(check.check(record, earlier: table, problems: &problems)?.score)
        }
        return kept
    }

    @Test func aScoreIsKeptExactlyAsWrittenNeverRounded() {
        #expect(
            Self.kept(["1.2345678912", "0.0000001", "4.9999999", "5"], step: nil)
                == [1.2345678912, 0.0000001, 4.9999999, 5])
    }

    @Test func aScoreOffTheStepsIsRefusedNotRounded() {
        #expect(Self.kept(["2.5", "2.25", "2.0000001", "0.3"], step: 0.5) == [2.5, nil, nil, nil])
        // 0.3 / 0.1 is 2.9999999999999996 in binary: within 1e-9 of a step, so kept as 0.3.
        #expect(Self.kept(["0.3", "0.35"], step: 0.1) == [0.3, nil])
    }

    @Test func aSuggestionIsOnlyForACloseIdAmongFewEnoughCandidates() {
        var suggestions = IDSuggestions()
        #expect(
            suggestions.suggestion(for: "bpatl", in: .evaluator, among: ["ahart", "bpatel"])
                == "bpatel")
        #expect(suggestions.suggestion(for: "zz", in: .evaluator, among: ["ahart"]) == nil)
        let many = (0...EditDistance.candidateLimit).map { "sub-\($0)" }
        #expect(suggestions.suggestion(for: "sub-1x", in: .submission, among: many) == nil)
    }

    /// Each unknown id is looked for once, and only the first `searchLimit` different ones are.
    @Test func suggestionsAreRememberedAndLimitedPerFile() {
        var suggestions = IDSuggestions()
        let known = ["evaluator-7"]
        #expect(suggestions.suggestion(for: "evaluatr-7", in: .evaluator, among: known) != nil)
        for number in 0..<IDSuggestions.searchLimit {
            _ = suggestions.suggestion(for: "other-\(number)", in: .evaluator, among: known)
        }
        #expect(
            suggestions.suggestion(for: "evaluatr-7", in: .evaluator, among: [])
                == "evaluator-7", "remembered, not searched again")
        #expect(suggestions.suggestion(for: "evaluatr-7x", in: .evaluator, among: known) == nil)
    }
}
