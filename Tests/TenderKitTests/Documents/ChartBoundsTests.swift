import Testing
@testable import TenderKit

/// The award rationale's charts stay readable (and small) however large the round or the scale:
/// a national round has thousands of ranked submissions, and a rubric may score from 0 to 1000.
@Suite struct ChartBoundsTests {
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
