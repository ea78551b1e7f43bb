import Foundation

/// Writes the round as an Open Contracting Data Standard 1.1 release package: one `award` release
/// with the buyer and every tenderer as parties, the tender with its award criteria and period,
/// bid statistics (bid extension), and the awards with supplier, value and status. Valid against
/// the official release package schema; dates come from the round, never from the clock.
public struct OCDSReleaseWriter {
    let decision: Decision
    let round: LoadedRound
    /// The bidding organisations, each once, in the order of their first submission's id.
    let tenderers: [Tenderer]
    /// Each tenderer's position in `tenderers`, by party id.
    let tendererPositions: [String: Int]

    /// A bidding organisation as a party: OCDS party ids are unique within a release, so an
    /// organisation with several submissions is one party, a supplier if any of them was awarded.
    struct Tenderer {
        var id: String
        var name: String
        var identifier: OrganisationIdentifier?
        var isSupplier: Bool
    }

    public init(decision: Decision, round: LoadedRound) {
        self.decision = decision
        self.round = round
        var tenderers: [Tenderer] = []
        var positions: [String: Int] = [:]
        for position in decision.positionsByID {
            let result = decision.submissions[position]
            let submission = round.submissions[result.index]
            let id = OCDSReleaseWriter.partyID(submission, roundID: round.round.id)
            if let position = positions[id] {
                tenderers[position].isSupplier =
                    tenderers[position].isSupplier || result.status == .awarded
                continue
            }
            positions[id] = tenderers.count
            tenderers.append(
                Tenderer(
                    id: id, name: submission.organisation.name,
                    identifier: OrganisationIdentifier.preferred(
                        submission.organisation.identifiers), isSupplier: result.status == .awarded)
            )
        }
        self.tenderers = tenderers
        tendererPositions = positions
    }

    static let bidExtension =
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json"

    var ocid: String { round.round.openData.ocidPrefix + "-" + round.round.id }
    var releaseDate: String { round.round.awardDate.description + "T00:00:00Z" }

    public func write() -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.field("uri", round.round.openData.packageURI ?? "urn:x-tender:ocds:\(ocid)")
        json.field("version", "1.1")
        json.key("extensions")
        json.beginArray()
        json.string(Self.bidExtension)
        if !decision.lots.isEmpty { json.string(Self.lotsExtension) }
        json.endArray()
        json.field("publishedDate", releaseDate)
        json.key("publisher")
        json.beginObject()
        json.field("name", round.round.buyer.name)
        json.endObject()
        json.key("releases")
        json.beginArray()
        writeRelease(&json)
        json.endArray()
        json.endObject()
        return json.bytes
    }

    private func writeRelease(_ json: inout JSONWriter) {
        json.beginObject()
        json.field("ocid", ocid)
        json.field("id", "\(ocid)-award-\(decision.status.rawValue)")
        json.field("date", releaseDate)
        json.key("tag")
        json.beginArray()
        json.string("award")
        json.endArray()
        json.field("initiationType", "tender")
        json.field("language", "en")
        writeParties(&json)
        json.key("buyer")
        writeReference(&json, id: round.round.buyer.id, name: round.round.buyer.name)
        writeTender(&json)
        writeBids(&json)
        writeAwards(&json)
        json.endObject()
    }

    /// The id a submission's organisation has in `parties`: its org-id, or one local to the round.
    static func partyID(_ submission: Submission, roundID: String) -> String {
        OrganisationIdentifier.preferred(submission.organisation.identifiers)?.key
            ?? "\(roundID)-\(submission.id)"
    }

    /// The party a submission's organisation is.
    func tenderer(_ submission: Submission) -> Tenderer? {
        tendererPositions[OCDSReleaseWriter.partyID(submission, roundID: round.round.id)].map {
            tenderers[$0]
        }
    }

    private func writeParties(_ json: inout JSONWriter) {
        json.key("parties")
        json.beginArray()
        json.beginObject()
        json.field("id", round.round.buyer.id)
        json.field("name", round.round.buyer.name)
        json.key("roles")
        json.beginArray()
        json.string("buyer")
        json.string("procuringEntity")
        json.endArray()
        json.endObject()
        for tenderer in tenderers {
            json.beginObject()
            json.field("id", tenderer.id)
            json.field("name", tenderer.name)
            if let identifier = tenderer.identifier {
                json.key("identifier")
                json.beginObject()
                json.field("scheme", identifier.scheme ?? "")
                json.field("id", identifier.localID ?? identifier.key)
                json.field("legalName", tenderer.name)
                json.endObject()
            }
            json.key("roles")
            json.beginArray()
            json.string("tenderer")
            if tenderer.isSupplier { json.string("supplier") }
            json.endArray()
            json.endObject()
        }
        json.endArray()
    }

    func writeReference(_ json: inout JSONWriter, id: String, name: String) {
        json.beginObject()
        json.field("id", id)
        json.field("name", name)
        json.endObject()
    }

    func writeValue(_ json: inout JSONWriter, _ amount: Decimal) {
        json.beginObject()
        json.field("amount", amount)
        json.field("currency", round.round.budget.currency)
        json.endObject()
    }
}
