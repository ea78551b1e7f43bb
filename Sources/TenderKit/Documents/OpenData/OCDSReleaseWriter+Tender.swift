import Foundation

/// The tender, bids and awards sections of the OCDS release.
extension OCDSReleaseWriter {
    func writeTender(_ json: inout JSONWriter) {
        let r = round.round
        json.key("tender")
        json.beginObject()
        json.field("id", r.id)
        json.field("title", r.title)
        if let description = r.description {
            json.key("description")
            json.string(description)
        }
        json.field("status", decision.status == .final ? "complete" : "active")
        json.key("value")
        writeValue(&json, r.budget.amount)
        json.field("procurementMethod", "open")
        json.field("mainProcurementCategory", "services")
        json.field(
            "awardCriteria",
            round.rubric.quantitativeCriteria.isEmpty ? "qualityOnly" : "ratedCriteria")
        json.field("awardCriteriaDetails", criteriaDetails)
        json.key("tenderPeriod")
        json.beginObject()
        json.field("startDate", r.opens.description + "T00:00:00Z")
        json.field("endDate", r.closes.description + "T23:59:59Z")
        json.endObject()
        json.field("numberOfTenderers", tenderers.count)
        json.key("tenderers")
        json.beginArray()
        for tenderer in tenderers { writeReference(&json, id: tenderer.id, name: tenderer.name) }
        json.endArray()
        writeTenderLots(&json)
        json.endObject()
    }

    /// The criteria in one sentence: "Rubric id version: Need 25%, Delivery 25%, … Price 30% (ratio-to-best)".
    private var criteriaDetails: String {
        let rubric = round.rubric
        let parts = rubric.criteria.map { criterion in
            "\(criterion.title) \(NumberText.plain(criterion.weight))%"
                + (criterion.quantitative.map {
                    " (\($0.method.rawValue), \($0.better.rawValue) is better)"
                } ?? "")
        }
        return "\(rubric.title), version \(rubric.version): " + parts.joined(separator: "; ")
    }

    /// The bid statistics, each a code of the bid extension's `bidStatistics` codelist.
    func writeBids(_ json: inout JSONWriter) {
        json.key("bids")
        json.beginObject()
        json.key("statistics")
        json.beginArray()
        for (index, statistic) in BidStatistics(decision: decision, round: round).all.enumerated() {
            json.beginObject()
            json.field("id", String(index + 1))
            json.field("measure", statistic.measure)
            json.field("value", statistic.value)
            json.field("date", releaseDate)
            json.field("notes", statistic.notes)
            json.endObject()
        }
        json.endArray()
        writeBidDetails(&json)
        json.endObject()
    }

    func writeAwards(_ json: inout JSONWriter) {
        json.key("awards")
        json.beginArray()
        for position in decision.awardedPositionsInRankOrder {
            let result = decision.submissions[position]
            let submission = round.submissions[result.index]
            json.beginObject()
            json.field("id", "\(round.round.id)-\(result.id)")
            json.field("title", submission.title)
            json.field("status", decision.status == .final ? "active" : "pending")
            json.field("date", releaseDate)
            json.key("value")
            writeValue(&json, result.awarded ?? 0)
            json.key("suppliers")
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
}
