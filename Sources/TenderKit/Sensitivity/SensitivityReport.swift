/// How far a decision is from changing: the values `decision.json` records under `"sensitivity"`
/// and the documents put into words.
public struct SensitivityReport: Sendable, Equatable {
    /// The smallest weight margin over every ordered pair of criteria.
    public struct WeightMargin: Sendable, Equatable {
        /// Percentage points of weight; nil when no transfer changes the outcome (robust).
        public var margin: Double?
        public var from: String?
        public var to: String?
        /// Who would be awarded just beyond the margin (ids, sorted); nil when robust.
        public var awarded: [String]?
    }

    /// One ordered pair's margin.
    public struct WeightPair: Sendable, Equatable {
        public var from: String
        public var to: String
        public var margin: Double?
    }

    /// The smallest increase of one agreed score that would have changed the outcome.
    public struct ScoreIncrease: Sendable, Equatable {
        public var submission: String?
        public var criterion: String?
        /// Scale points; nil when no single criterion could.
        public var increase: Double?
    }

    /// One submission's share of the draws in which it is awarded.
    public struct Share: Sendable, Equatable {
        public var submission: String
        public var share: Double
        public var count: Int
    }

    public struct Acceptability: Sendable, Equatable {
        public var draws: Int
        public var seed: UInt64
        public var window: Double
        /// Every submission awarded in at least one draw, by share (highest first), then id.
        public var awarded: [Share]
    }

    public var weightMargin: WeightMargin
    /// Every ordered pair, in rubric order (from, then to).
    public var weightPairs: [WeightPair]
    /// The runner-up's (`single`) or the first submission below the funding line's; nil fields
    /// when every ranked submission was awarded.
    public var scoreMargin: ScoreIncrease
    /// Every ranked submission that was not awarded, in rank order.
    public var toWin: [ScoreIncrease]
    /// nil when the draws are turned off.
    public var acceptability: Acceptability?
}
