import Foundation

/// The OCDS lots extension (v1.1.5) for a round divided into lots: `tender.lots` and
/// `tender.lotDetails`, `bids.details[]` with each bid's `relatedLots`, and each award's
/// `relatedLots`. Nothing is written for a round without lots.
extension OCDSReleaseWriter {
    static let lotsExtension =
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json"

    /// `tender.lots`: each lot with its estimated value and its status (complete when awarded in a
    /// final decision, unsuccessful when nobody is, active while the decision is provisional).
    func writeTenderLots(_ json: inout JSONWriter) {
        guard !decision.lots.isEmpty else { return }
        json.key("lots")
        json.beginArray()
        for (lot, result) in zip(round.round.lots, decision.lots) {
            json.beginObject()
            json.field("id", lot.id)
            json.field("title", lot.title)
            if let description = lot.description { json.field("description", description) }
            json.field(
                "status",
                decision.status == .provisional
                    ? "active" : result.winner == nil ? "unsuccessful" : "complete")
            if let value = lot.estimatedValue {
                json.key("value")
                writeValue(&json, value)
            }
            json.endObject()
        }
        json.endArray()
        guard let limit = round.rubric.award.maxLotsPerBidder else { return }
        json.key("lotDetails")
        json.beginObject()
        json.field("maximumLotsAwardedPerSupplier", limit)
        json.field("awardCriteriaDetails", LotWords.awardRule(round.rubric.award))
        json.endObject()
    }

    /// `bids.details`: one bid per submission, with its bidder and lot; no prices (the bids of
    /// unsuccessful bidders are not published).
    func writeBidDetails(_ json: inout JSONWriter) {
        guard !decision.lots.isEmpty else { return }
        json.key("details")
        json.beginArray()
        for position in decision.positionsByID {
            let result = decision.submissions[position]
            let submission = round.submissions[result.index]
            json.beginObject()
            json.field("id", "\(round.round.id)-\(result.id)")
            json.field("status", result.status == .ineligible ? "disqualified" : "valid")
            json.key("tenderers")
            json.beginArray()
            if let tenderer = tenderer(submission) {
                writeReference(&json, id: tenderer.id, name: tenderer.name)
            }
            json.endArray()
            writeRelatedLots(result, &json)
            json.endObject()
        }
        json.endArray()
    }

    /// `relatedLots` of a bid or an award.
    func writeRelatedLots(_ result: SubmissionResult, _ json: inout JSONWriter) {
        guard let lot = result.lot else { return }
        json.key("relatedLots")
        json.beginArray()
        json.string(lot)
        json.endArray()
    }
}
