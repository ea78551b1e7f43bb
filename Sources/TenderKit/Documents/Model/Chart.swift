/// The data of a chart; the HTML renderer draws it as inline SVG, the Markdown one as a sentence.
public enum Chart: Sendable {
    /// One horizontal bar per item, split into segments (points by criterion), with an optional
    /// marker after item `lineAfter` (the funding line) and the highlighted items (the winners).
    case stackedBars(StackedBars)
    /// For each criterion, every evaluator's score as a dot on the scale, to show disagreement.
    case spread(ScoreSpread)

    public struct StackedBars: Sendable {
        public var title: String
        public var segmentNames: [String]
        public var items: [(label: String, segments: [Double], highlighted: Bool)]
        public var maximum: Double
        public var lineAfter: Int?
        public var lineLabel: String?
    }

    public struct ScoreSpread: Sendable {
        public var title: String
        public var scaleMin: Double
        public var scaleMax: Double
        /// One row per (submission, criterion): every counted score, the consensus, and whether the
        /// spread exceeded the rubric's `maxSpread`.
        public var rows: [(label: String, scores: [Double], consensus: Double?, flagged: Bool)]
    }
}
