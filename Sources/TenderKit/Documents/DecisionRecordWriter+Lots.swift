import Foundation

/// The members `decision.json` gains for lots and the award stage; each is written only when the
/// round has it, so the record of a round without lots or a regime is unchanged.
extension DecisionRecordWriter {
    /// `"lot"` and `"passedOver"` of one submission.
    func writeLotFields(_ result: SubmissionResult, _ json: inout JSONWriter) {
        guard let lot = result.lot else { return }
        json.field("lot", lot)
        guard let passed = result.passedOver else { return }
        json.key("passedOver")
        json.beginObject()
        switch passed {
        case .bidderAtLotLimit(let limit, let lots):
            json.field("reason", "bidder-at-lot-limit")
            json.field("limit", limit)
            json.key("lotsAwarded")
            json.beginArray()
            for lot in lots { json.string(lot) }
            json.endArray()
        }
        json.endObject()
    }

    /// `"regime"` in the round object.
    func writeRegime(_ json: inout JSONWriter) {
        guard let regime = round.round.awardStage.regime else { return }
        json.field("regime", regime.rawValue)
    }

    /// The top-level `"lots"` and `"standstill"`.
    func writeLotsAndStandstill(_ json: inout JSONWriter) {
        if !decision.lots.isEmpty {
            json.key("lots")
            json.beginArray()
            for lot in decision.lots { writeLot(lot, &json) }
            json.endArray()
        }
        if let standstill = decision.standstill {
            json.key("standstill")
            json.beginObject()
            json.field("noticeDate", standstill.noticeDate.description)
            json.field("ends", standstill.ends.description)
            json.field("earliestContractDate", standstill.earliestContractDate.description)
            json.endObject()
        }
    }

    private func writeLot(_ lot: LotResult, _ json: inout JSONWriter) {
        let ids = decision.submissions.map(\.id)
        json.beginObject()
        json.field("id", lot.id)
        json.field("title", lot.title)
        json.field("estimatedValue", lot.estimatedValue)
        json.field("awardOrder", lot.awardOrder)
        json.key("submissions")
        json.beginArray()
        for position in lot.submissions.sorted(by: { ids[$0] < ids[$1] }) {
            json.string(ids[position])
        }
        json.endArray()
        json.field("winner", lot.winner.map { ids[$0] })
        json.field("runnerUp", lot.runnerUp.map { ids[$0] })
        json.field("margin", LotMargin.of(lot, in: decision))
        json.key("passedOver")
        json.beginArray()
        for position in lot.passedOver { json.string(ids[position]) }
        json.endArray()
        json.field("noAward", lot.noAward.map(LotMargin.code))
        json.endObject()
    }
}

/// Figures about a lot's award that the documents share.
public enum LotMargin {
    /// The winner's total minus the runner-up's, or nil when either is missing.
    public static func of(_ lot: LotResult, in decision: Decision) -> Double? {
        guard let winner = lot.winner, let runnerUp = lot.runnerUp,
            let first = decision.submissions[winner].total,
            let second = decision.submissions[runnerUp].total
        else { return nil }
        return first - second
    }

    /// The machine-readable code of why nobody was awarded a lot.
    public static func code(_ why: LotResult.NoAward) -> String {
        switch why {
        case .noRankedSubmission: "no-ranked-submission"
        case .everyBidderAtLimit: "every-bidder-at-lot-limit"
        case .belowMinimumTotal: "below-minimum-total"
        }
    }
}
