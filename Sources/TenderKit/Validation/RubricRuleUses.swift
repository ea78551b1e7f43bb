/// One rule of a rubric and what it is for, in words a message can use.
public struct RubricRuleUse: Sendable {
    public enum Purpose: Sendable {
        /// A gate: failing (or not being evaluable) makes a submission ineligible.
        case gate(String)
        /// A quantitative criterion's value: not evaluable makes a submission ineligible.
        case value(String)
        case awardAmount
        /// A tie-break (1-based): skipped for a submission when it cannot be evaluated.
        case tieBreak(Int)
        case auditDuration
    }

    public var purpose: Purpose
    public var rule: RubricRule

    /// "gate 'section-143-purpose'", "the value of criterion 'cost-per-beneficiary'".
    public var name: String {
        switch purpose {
        case .gate(let id): "gate '\(id)'"
        case .value(let id): "the value of criterion '\(id)'"
        case .awardAmount: "the award amount (award.amount)"
        case .tieBreak(let position): "tie-break \(position)"
        case .auditDuration: "the audit duration (audit.durationMonths)"
        }
    }

    /// What happens to a submission the rule cannot be evaluated for.
    public var consequence: String {
        switch purpose {
        case .gate, .value, .awardAmount: "so the submission will be ineligible"
        case .tieBreak: "so the tie-break will be skipped for it"
        case .auditDuration: "so its award will have no audit schedule"
        }
    }
}

extension Rubric {
    /// Every rule of the rubric, in file order of its parts: gates, criteria values, the award
    /// amount, tie-breaks, the audit duration.
    public var ruleUses: [RubricRuleUse] {
        var uses = gates.map { RubricRuleUse(purpose: .gate($0.id), rule: $0.rule) }
        for criterion in criteria {
            if let quantitative = criterion.quantitative {
                uses.append(.init(purpose: .value(criterion.id), rule: quantitative.value))
            }
        }
        uses.append(.init(purpose: .awardAmount, rule: award.amount))
        for (index, entry) in tieBreak.enumerated() {
            switch entry {
            case .lower(let rule), .higher(let rule):
                uses.append(.init(purpose: .tieBreak(index + 1), rule: rule))
            case .criterion: break
            }
        }
        if let audit { uses.append(.init(purpose: .auditDuration, rule: audit.durationMonths)) }
        return uses
    }
}
