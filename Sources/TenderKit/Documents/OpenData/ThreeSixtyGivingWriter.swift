import Foundation

/// Writes an allocation round's awards in the 360Giving Data Standard: `360giving.json` (a package
/// of grants, valid against the official schema) and `360giving.csv` (the same grants in the
/// standard's spreadsheet columns, formula injection neutralised).
public struct ThreeSixtyGivingWriter {
    let decision: Decision
    let round: LoadedRound

    public init(decision: Decision, round: LoadedRound) {
        self.decision = decision
        self.round = round
    }

    struct Grant {
        var id: String
        var title: String
        var description: String
        var amount: Decimal
        var recipientID: String
        var recipient: Submission.Organisation
        var identifier: OrganisationIdentifier?
    }

    var grants: [Grant] {
        decision.submissions.filter { $0.status == .awarded }.sorted {
            ($0.rank ?? 0, $0.id) < ($1.rank ?? 0, $1.id)
        }.map { result in
            let submission = round.submissions[result.index]
            let identifier = OrganisationIdentifier.preferred(submission.organisation.identifiers)
            let prefix = round.round.openData.grantIDPrefix
            return Grant(
                id: "\(prefix)-\(round.round.id)-\(result.id)", title: submission.title,
                description: submission.json["summary"]?.string ?? submission.json["description"]?
                    .string ?? submission.title,
                amount: result.awarded ?? 0,
                recipientID: identifier?.key ?? "\(prefix)-org-\(result.id)",
                recipient: submission.organisation, identifier: identifier)
        }
    }

    public func json() -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("grants")
        json.beginArray()
        for grant in grants { write(grant, &json) }
        json.endArray()
        json.endObject()
        return json.bytes
    }

    private func write(_ grant: Grant, _ json: inout JSONWriter) {
        let r = round.round
        json.beginObject()
        json.field("id", grant.id)
        json.field("title", grant.title)
        json.field("description", grant.description)
        json.field("currency", r.budget.currency)
        json.field("amountAwarded", grant.amount)
        json.field("awardDate", r.awardDate.description)
        json.field("fromOpenCall", "Yes")
        json.key("recipientOrganization")
        json.beginArray()
        json.beginObject()
        json.field("id", grant.recipientID)
        json.field("name", grant.recipient.name)
        if let number = number(grant, "GB-CHC") {
            json.key("charityNumber")
            json.string(number)
        }
        if let number = number(grant, "GB-COH") {
            json.key("companyNumber")
            json.string(number)
        }
        if let postcode = grant.recipient.postcode {
            json.key("postalCode")
            json.string(postcode)
        }
        json.endObject()
        json.endArray()
        json.key("fundingOrganization")
        json.beginArray()
        json.beginObject()
        json.field("id", r.buyer.id)
        json.field("name", r.buyer.name)
        json.endObject()
        json.endArray()
        json.key("grantProgramme")
        json.beginArray()
        json.beginObject()
        json.field("code", r.id)
        json.field("title", r.fund ?? r.title)
        json.endObject()
        json.endArray()
        json.endObject()
    }

    private func number(_ grant: Grant, _ scheme: String) -> String? {
        grant.recipient.identifiers.map(OrganisationIdentifier.init).first { $0.scheme == scheme }?
            .localID
    }

    public func csv() -> String {
        var writer = CSVWriter(neutralisesFormulas: true)
        writer.writeRow([
            "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
            "Recipient Org:Identifier",
            "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number",
            "Recipient Org:Postal Code",
            "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code",
            "Grant Programme:Title",
        ])
        let r = round.round
        for grant in grants {
            writer.writeRow([
                grant.id, grant.title, grant.description, r.budget.currency,
                grant.amount.description, r.awardDate.description,
                grant.recipientID, grant.recipient.name, number(grant, "GB-CHC") ?? "",
                number(grant, "GB-COH") ?? "",
                grant.recipient.postcode ?? "", r.buyer.id, r.buyer.name, r.id, r.fund ?? r.title,
            ])
        }
        return writer.text
    }
}
