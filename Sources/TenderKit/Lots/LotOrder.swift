import Foundation

extension Rubric.Award {
    /// True when the rubric sets a rule for lots (a limit, or an order other than the default),
    /// which the published methodology must then state.
    public var hasLotRules: Bool { maxLotsPerBidder != nil || lotOrder != .listed }
}

extension Rubric.Award.LotOrder {
    /// The positions of `lots` in the order they are awarded: `listed` keeps round.json's order;
    /// `estimatedValue` puts the highest estimated value first, lots without an estimate after
    /// every lot with one, and equal values in round.json's order.
    public func awardSequence(of lots: [Lot]) -> [Int] {
        let listed = Array(lots.indices)
        switch self {
        case .listed:
            return listed
        case .estimatedValue:
            return listed.sorted { a, b in
                switch (lots[a].estimatedValue, lots[b].estimatedValue) {
                case (let x?, let y?) where x != y: return x > y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return a < b
                }
            }
        }
    }
}
