import Foundation

extension SubmissionResult {
    /// Something the panel should know about a submission, with its figures; a blocking item
    /// says when it stops the decision. `FlagWords` puts it in words.
    public enum Flag: Sendable, Equatable {
        /// A quantitative value far below the others' (the abnormally-low test), and where its
        /// clarification stands.
        case abnormallyLow(AbnormalValue, clarification: Clarification)
        /// The submission shares `rank` on `total` points, and the tie-breaks did not separate
        /// it: `named` are up to three of the others' ids, `unnamed` how many more there are.
        case tie(rank: Int, named: [String], unnamed: Int, total: Double)

        /// What a flag is about.
        public enum Kind: Sendable, Hashable, CaseIterable {
            case abnormallyLow
            case tie
        }

        /// Where the clarification of an abnormally low value stands.
        public enum Clarification: Sendable, Equatable {
            case awaited
            case accepted(rationale: String)
            case rejected
        }

        public var kind: Kind {
            switch self {
            case .abnormallyLow: .abnormallyLow
            case .tie: .tie
            }
        }

        /// The criterion the flag is about (an abnormally low value's), if any.
        public var criterion: String? {
            switch self {
            case .abnormallyLow(let value, _): value.criterion
            case .tie: nil
            }
        }
    }
}
