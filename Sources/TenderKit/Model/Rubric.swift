import Foundation

/// A scoring rubric: the declarative method by which a round's submissions are judged.
///
/// Written by procurement staff as JSON (`Rubrics/*.json`), reusable across rounds. Every rule it
/// holds has been parsed and checked by the time a `Rubric` exists.
public struct Rubric: Sendable {
    public var id: String
    public var title: String
    public var version: String
    public var description: String?
    public var award: Award
    public var scale: Scale
    public var consensus: Consensus
    public var panel: PanelRules
    public var conflicts: ConflictRules
    public var gates: [Gate]
    public var criteria: [Criterion]
    /// Minimum percentage of the panel-scored weight a submission must reach.
    public var minimumQuality: Double?
    public var tieBreak: [TieBreak]
    public var audit: Audit?
    /// The whole file, for rule paths such as `rubric.scale.max`.
    public var json: JSONValue
    public var file: String
    /// Where the `criteria` array starts, for problems with the criteria as a whole.
    public var criteriaLocation: SourceLocation
    /// Delivery-area codes as places, for the open data (`places` in the rubric).
    public var places: [String: Place] = [:]

    /// A place a delivery-area code stands for: its name and, optionally, its official code
    /// (for example the ONS code `E06000001` of type `LAD` for Hartlepool).
    public struct Place: Sendable {
        public var name: String
        public var geoCode: String?
        public var geoCodeType: String?
    }

    public struct Award: Sendable {
        public enum Mode: String, Sendable, CaseIterable {
            /// One winner takes the contract.
            case single
            /// Grants are funded down the ranked list until the budget runs out.
            case allocation
        }
        public var mode: Mode
        public var amount: RubricRule
        public var minimumTotal: Double?
        public var location: SourceLocation
        /// In a round divided into lots: the most lots one bidder may be awarded (nil: no limit).
        public var maxLotsPerBidder: Int?
        /// In a round divided into lots: the order in which lots are awarded.
        public var lotOrder: LotOrder = .listed
        /// Where `maxLotsPerBidder` stands, if it is given.
        public var maxLotsLocation: SourceLocation?

        /// The order in which a round's lots are awarded, which matters under `maxLotsPerBidder`.
        public enum LotOrder: String, Sendable, CaseIterable {
            /// The highest `estimatedValue` first (a lot without one after those with one), then
            /// the round's order.
            case estimatedValue = "estimated-value"
            /// The order round.json lists the lots in.
            case listed
        }
    }

    public struct Scale: Sendable {
        public var min: Double
        public var max: Double
        public var descriptors: [Descriptor]
        public var location: SourceLocation
        /// The steps a score takes from `min` (1: whole numbers, 0.5: halves); nil: any score on
        /// the scale. `ScoreCheck` applies it.
        public var step: Double? = nil

        public struct Descriptor: Sendable {
            public var score: Double
            public var label: String
            public var meaning: String
            public var location: SourceLocation
        }
    }

    public struct Consensus: Sendable {
        public enum Method: String, Sendable, CaseIterable { case mean, median }
        public var method: Method
        public var maxSpread: Double
        public var location: SourceLocation
    }

    public struct PanelRules: Sendable {
        public var minIndependentEvaluators: Int
        public var requireComments: Bool
    }

    public struct ConflictRules: Sendable {
        public var lookbackYears: Int
    }

    public struct Gate: Sendable {
        public var id: String
        public var title: String
        public var rule: RubricRule
        public var message: String
        /// Where its `id` stands.
        public var location: SourceLocation
    }

    public struct Audit: Sendable {
        public var reviewEveryMonths: Int
        public var durationMonths: RubricRule
    }

    /// One way of separating submissions whose totals tie.
    public enum TieBreak: Sendable {
        /// More points on this criterion wins.
        case criterion(String, SourceLocation)
        /// The lower value of the rule wins.
        case lower(RubricRule)
        /// The higher value of the rule wins.
        case higher(RubricRule)
    }

    /// The criteria the panel scores, in file order.
    public var qualityCriteria: [Criterion] { criteria.filter { $0.quantitative == nil } }
    /// The criteria computed from a rule, in file order.
    public var quantitativeCriteria: [Criterion] { criteria.filter { $0.quantitative != nil } }
}

/// A criterion: scored by the panel on the scale, or computed from a rule's value.
public struct Criterion: Sendable {
    public var id: String
    public var title: String
    /// Percentage points; a rubric's weights add up to 100.
    public var weight: Double
    public var guidance: String?
    /// Lowest consensus score allowed (panel-scored criteria only).
    public var minimum: Double?
    public var outcomes: [String]
    public var principles: [String]
    /// Present for quantitative criteria, nil for panel-scored ones.
    public var quantitative: Quantitative?
    /// Where its `id` stands.
    public var location: SourceLocation

    public var isQuality: Bool { quantitative == nil }

    public struct Quantitative: Sendable {
        public enum Better: String, Sendable, CaseIterable { case lower, higher }
        public enum Method: String, Sendable, CaseIterable {
            case ratioToBest = "ratio-to-best"
            case deviationFromBest = "deviation-from-best"
            case linearRange = "linear-range"
        }
        public var value: RubricRule
        public var better: Better
        public var method: Method
        /// A value below (1 − f) × the mean of the others is abnormally low.
        public var abnormallyLowBelowMeanBy: Decimal?
        public var abnormallyLowLocation: SourceLocation?
        /// What the value is measured in: `GBP` (or another currency code) formats it as money,
        /// anything else (`"% attendance"`) is written after the number; nil: a plain number.
        public var unit: String? = nil
    }
}

/// A rule-language expression from a rubric: its text, where it stands, and its compiled program.
public struct RubricRule: Sendable {
    public var text: String
    /// Where the JSON string holding the expression starts (its opening quote).
    public var location: SourceLocation
    /// nil when the text failed to compile; such a rubric fails validation and is never evaluated.
    public var program: RuleProgram?
    /// Where the rule stands in its file, to point inside it (nil for rules built in code).
    public var origin: RuleOrigin?
    /// Which of the rubric's rules this is (nil for rules built in code).
    public var reference: RuleReference?

    public init(
        text: String, location: SourceLocation, program: RuleProgram?, origin: RuleOrigin? = nil,
        reference: RuleReference? = nil
    ) {
        self.text = text
        self.location = location
        self.program = program
        self.origin = origin
        self.reference = reference
    }
}
