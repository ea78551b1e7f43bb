import Foundation

/// Writes the round as an Open Contracting Data Standard 1.1 release package: one `award` release
/// with the buyer and every tenderer as parties, the tender with its award criteria and period,
/// bid statistics (bid extension), and the awards with supplier, value and status. Valid against
/// the official release package schema; dates come from the round, never from the clock.
public struct OCDSReleaseWriter {
    let decision: Decision
    let round: LoadedRound

    public init(decision: Decision, round: LoadedRound) {
        self.decision = decision
        self.round = round
    }

    static let bidExtension = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json"

    var ocid: String { round.round.openData.ocidPrefix + "-" + round.round.id }
    var releaseDate: String { round.round.awardDate.description + "T00:00:00Z" }

    public func write() -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("uri"); json.string(round.round.openData.packageURI ?? "urn:x-tender:ocds:\(ocid)")
        json.key("version"); json.string("1.1")
        json.key("extensions"); json.beginArray(); json.string(Self.bidExtension); json.endArray()
        json.key("publishedDate"); json.string(releaseDate)
        json.key("publisher"); json.beginObject(); json.key("name"); json.string(round.round.buyer.name); json.endObject()
        json.key("releases"); json.beginArray()
        writeRelease(&json)
        json.endArray()
        json.endObject()
        return json.bytes
    }

    private func writeRelease(_ json: inout JSONWriter) {
        json.beginObject()
        json.key("ocid"); json.string(ocid)
        json.key("id"); json.string("\(ocid)-award-\(decision.status.rawValue)")
        json.key("date"); json.string(releaseDate)
        json.key("tag"); json.beginArray(); json.string("award"); json.endArray()
        json.key("initiationType"); json.string("tender")
        json.key("language"); json.string("en")
        writeParties(&json)
        json.key("buyer"); writeReference(&json, id: round.round.buyer.id, name: round.round.buyer.name)
        writeTender(&json)
        writeBids(&json)
        writeAwards(&json)
        json.endObject()
    }

    /// The id a submission's organisation has in `parties`: its org-id, or one local to the round.
    func partyID(_ submission: Submission) -> String {
        OrganisationIdentifier.preferred(submission.organisation.identifiers)?.key ?? "\(round.round.id)-\(submission.id)"
    }

    private func writeParties(_ json: inout JSONWriter) {
        json.key("parties"); json.beginArray()
        json.beginObject()
        json.key("id"); json.string(round.round.buyer.id)
        json.key("name"); json.string(round.round.buyer.name)
        json.key("roles"); json.beginArray(); json.string("buyer"); json.string("procuringEntity"); json.endArray()
        json.endObject()
        for result in decision.submissions.sorted(by: { $0.id < $1.id }) {
            let submission = round.submissions[result.index]
            json.beginObject()
            json.key("id"); json.string(partyID(submission))
            json.key("name"); json.string(submission.organisation.name)
            if let identifier = OrganisationIdentifier.preferred(submission.organisation.identifiers) {
                json.key("identifier"); json.beginObject()
                json.key("scheme"); json.string(identifier.scheme ?? "")
                json.key("id"); json.string(identifier.localID ?? identifier.key)
                json.key("legalName"); json.string(submission.organisation.name)
                json.endObject()
            }
            json.key("roles"); json.beginArray()
            json.string("tenderer")
            if result.status == .awarded { json.string("supplier") }
            json.endArray()
            json.endObject()
        }
        json.endArray()
    }

    func writeReference(_ json: inout JSONWriter, id: String, name: String) {
        json.beginObject()
        json.key("id"); json.string(id)
        json.key("name"); json.string(name)
        json.endObject()
    }

    func writeValue(_ json: inout JSONWriter, _ amount: Decimal) {
        json.beginObject()
        json.key("amount"); json.decimal(amount)
        json.key("currency"); json.string(round.round.budget.currency)
        json.endObject()
    }
}
