extension DecisionsFileUpdate {
    /// The history's record of this update: the decision recorded, replaced or withdrawn, with
    /// the entry before (`previous`) and after (`current`).
    public func historyChange(for key: DecisionKey) -> HistoryChange {
        let kind =
            switch key {
            case .moderation: "moderation"
            case .clarification: "clarification"
            case .conflict: "conflict"
            }
        return .decision(kind: kind, key: key.fields, old: previous, new: current)
    }
}
