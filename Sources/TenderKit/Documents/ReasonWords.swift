import Foundation

/// The words for a submission's reasons, as `decision.json` records them and the documents and
/// `tender explain` quote them: one place, so a document could phrase them differently later.
public struct ReasonWords: Sendable {
    let currency: String
    /// The round's lots by id, for a lot award's reason.
    let lots: [String: Lot]
    let lotTitles: [String: String]

    /// The words for a round's reasons, in its budget's currency.
    public init(round: Round) {
        self.init(currency: round.budget.currency, lots: round.lots)
    }

    public init(currency: String, lots: [Lot] = []) {
        self.currency = currency
        self.lots = Dictionary(lots.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        lotTitles = self.lots.mapValues(\.title)
    }

    /// The reason in words, without a closing full stop.
    public func text(_ reason: SubmissionReason) -> String {
        switch reason {
        case .failedGate(let title, let message, let problem):
            return "Failed gate '\(title)': \(GateWords.message(message, problem: problem))"
        case .unusableValue(let criterion, let why):
            return unusable("The value of '\(criterion)'", why)
        case .unusableAmount(let why):
            return unusable("The award amount", why)
        case .consensusBelowMinimum(let criterion, let consensus, let minimum):
            return
                "The agreed score for '\(criterion)' is \(NumberText.plain(consensus)), below the minimum of \(NumberText.plain(minimum))"
        case .qualityBelowMinimum(let percent, let minimum):
            return
                "The quality score is \(NumberText.fixed(percent, 2))% of the panel-scored weight, below the minimum of \(NumberText.plain(minimum))%"
        case .clarificationRejected(let value, let rationale):
            return
                "\(FlagWords.abnormalValue(value)); after clarification the panel rejected it: \(rationale)"
        case .award(let award, let rank, let total):
            return text(award, rank: rank, total: total)
        case .lotAward(let award, let lot, let rank, let total):
            guard let lot = lots[lot] else { return "" }
            return LotWords.reason(
                award, rank: rank, total: total, lot: lot, currency: currency,
                titles: lotTitles)
        }
    }

    /// Every reason in words.
    public func texts(_ reasons: [SubmissionReason]) -> [String] {
        reasons.map(text)
    }

    private func unusable(_ what: String, _ why: SubmissionReason.UnusableNumber) -> String {
        switch why {
        case .notEvaluated(let error): "\(what) could not be evaluated: \(error)"
        case .notFinite: "\(what) is not a finite number"
        case .notNumber(let value): "\(what) is \(RuleValueText.describe(value)), not a number"
        case .notPositiveDivisor(let number, let method):
            "\(what) is \(NumberText.decimal(number)), but \(method.rawValue) divides by it, so it must be more than 0"
        case .notPositiveAmount(let amount):
            "\(what) is \(money(amount)); it must be more than zero"
        case .tooLarge:
            "\(what) has more than \(MoneyBound.integerDigits) digits before the decimal point, more than tender can hold exactly"
        }
    }

    private func text(_ award: SubmissionReason.AwardReason, rank: Int, total: Double) -> String {
        let ranked = "Ranked \(rank) with \(NumberText.fixed(total, 2)) points"
        switch award {
        case .awardedFirst(let amount):
            return
                "Ranked first with \(NumberText.fixed(total, 2)) points: awarded \(money(amount))"
        case .noneReachedMinimum(let minimumTotal):
            // Every applicant reads this reason: it must not quote the top (also unsuccessful)
            // submission's total to the others.
            return
                "No award was made: no submission reached the minimum total of \(NumberText.plain(minimumTotal)) for an award"
        case .outranked(let winnerTotal):
            return
                "\(ranked); the contract goes to the highest-ranked submission (\(NumberText.fixed(winnerTotal, 2)) points)"
        case .funded(let amount, let remaining):
            return "\(ranked): funded \(money(amount)), leaving \(money(remaining))"
        case .belowMinimum(let minimumTotal):
            return
                "\(ranked), below the minimum total of \(NumberText.plain(minimumTotal)) for funding"
        case .doesNotFit(let amount, let remaining):
            return
                "\(ranked): the amount requested, \(money(amount)), does not fit the remaining budget of \(money(remaining))"
        }
    }

    private func money(_ amount: Decimal) -> String {
        MoneyText.format(amount, currency: currency)
    }
}
