import Testing

@testable import TenderKit

/// The award rationale's charts stay readable (and small) however large the round or the scale:
/// a national round has thousands of ranked submissions, and a rubric may score from 0 to 1000.
@Suite struct ChartBoundsTests {
    /// 60 submissions in allocation, each asking 1,000 of a 55,500 budget: s01 (best) to s55 are
    /// funded, the funding line falls after the 55th bar. `q` is scored 5, 4.9, 4.8, …; s01's two
    /// scores spread by 5 and it is moderated, s02's spread by 5 and it is not.
    private func round() throws -> (Decision, LoadedRound) {
        var round = ScoringTests.RoundBuilder([.quality("q", weight: 100)])
        round.mode = "allocation"
        round.budget = 55_500
        round.maxSpread = 2
        for number in 1...60 {
            let id = "s" + (number < 10 ? "0" : "") + String(number)
            round.submit(id)
            let score = 5 - Double(number - 1) / 12
            round.score(id, "q", number <= 2 ? [5, 0, nil] : [score, score, nil])
        }
        round.moderate("s01", "q", 5)
        let loaded = try round.load()
        return (RoundEvaluator.evaluate(loaded.scoringInput), loaded)
    }

    private func charts(_ document: Document) -> (
        bars: Chart.StackedBars?, spread: Chart.ScoreSpread?
    ) {
        var bars: Chart.StackedBars?
        var spread: Chart.ScoreSpread?
        for block in document.blocks {
            if case .chart(.stackedBars(let chart)) = block { bars = chart }
            if case .chart(.spread(let chart)) = block { spread = chart }
        }
        return (bars, spread)
    }

    @Test func pointsChartShowsTheTopFiftyAndTheFundingLine() throws {
        let (decision, loaded) = try round()
        #expect(decision.submissions.filter { $0.status == .awarded }.count == 55)
        let bars = try #require(
            charts(AwardRationale(decision: decision, round: loaded).document()).bars)
        // The top 50, then the last funded (55th) and the first not funded (56th), the line between.
        #expect(bars.items.count == 52)
        #expect(bars.lineAfter == 50)
        #expect(bars.items[50].highlighted && !bars.items[51].highlighted)
        #expect(bars.title.contains("top 50 of 60"), "\(bars.title)")
        #expect(bars.title.contains("funding line"), "\(bars.title)")
    }

    @Test func spreadChartShowsOnlyWhatNeededModerationInALargeRound() throws {
        let (decision, loaded) = try round()
        let spread = try #require(
            charts(AwardRationale(decision: decision, round: loaded).document()).spread)
        // 60 rows in all; s01 (moderated) and s02 (spread above maxSpread) are the ones to see.
        #expect(spread.rows.map(\.label) == ["s01 · Criterion q", "s02 · Criterion q"])
        #expect(spread.title.contains("2 of 60"), "\(spread.title)")
    }

    @Test func smallRoundsKeepEveryBarAndRow() throws {
        let outputs = try SampleOutputs("community-safety-fund-2024")
        let (bars, spread) = charts(
            AwardRationale(decision: outputs.decision, round: outputs.round).document())
        #expect(bars?.items.count == outputs.decision.submissions.filter { $0.rank != nil }.count)
        #expect(bars?.title == "Points by criterion (★ awarded)")
        let eligible = outputs.decision.submissions.filter { $0.status != .ineligible }.count
        #expect(spread?.rows.count == eligible * outputs.round.rubric.qualityCriteria.count)
    }

    @Test func spreadAxisHasAboutTenTicksOnALongScale() {
        // A tick per score on 0 to 5; on 0 to 100,000 a tick per score would be 100,001 lines.
        func ticks(_ maximum: Double) -> Int {
            let chart = Chart.ScoreSpread(title: "t", scaleMin: 0, scaleMax: maximum, rows: [])
            return SVGChart.render(.spread(chart)).components(separatedBy: "<line").count - 1
        }
        #expect(ticks(5) == 6)
        #expect(ticks(10) == 11)
        #expect(ticks(100) == 11)
        #expect(ticks(100_000) == 11)
        #expect(ticks(250) <= 11)
    }
}
