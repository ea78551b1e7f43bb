import Foundation

/// Writes an allocation round's awards in the 360Giving Data Standard: `360giving.json` (a package
/// of grants, valid against the official schema) and `360giving.csv` (the same grants in the
/// standard's spreadsheet columns, formula injection neutralised). The grants are worked out once,
/// for both files.
public struct ThreeSixtyGivingWriter: Sendable {
    let decision: Decision
    let round: LoadedRound
    /// The awards in rank order.
    let grants: [Grant]

    public init(decision: Decision, round: LoadedRound) {
        self.decision = decision
        self.round = round
        grants = Self.grants(decision, round)
    }

    struct Grant: Sendable {
        var id: String
        var title: String
        var description: String
        var amount: Decimal
        var recipientID: String
        var recipient: Submission.Organisation
        var identifier: OrganisationIdentifier?
        var details: GrantDetails
    }

    private static func grants(_ decision: Decision, _ round: LoadedRound) -> [Grant] {
        decision.awardedPositionsInRankOrder.map { position in
            let result = decision.submissions[position]
            let submission = round.submissions[result.index]
            let identifier = OrganisationIdentifier.preferred(submission.organisation.identifiers)
            let prefix = round.round.openData.grantIDPrefix
            return Grant(
                id: "\(prefix)-\(round.round.id)-\(result.id)", title: submission.title,
                // The description is the submission's `summary` (see the README); the title
                // only when a submission has none.
                description: submission[.summary]?.string ?? submission.title,
                amount: result.awarded ?? 0,
                recipientID: identifier?.key ?? "\(prefix)-org-\(result.id)",
                recipient: submission.organisation, identifier: identifier,
                details: GrantDetails(submission: submission, round: round))
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
        writeDetails(grant.details, &json)
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

    private func writeDetails(_ details: GrantDetails, _ json: inout JSONWriter) {
        if let planned = details.planned {
            json.key("plannedDates")
            json.beginArray()
            json.beginObject()
            json.field("startDate", planned.start.description)
            json.field("endDate", planned.end.description)
            json.field("duration", planned.months)
            json.endObject()
            json.endArray()
        }
        if !details.locations.isEmpty {
            json.key("beneficiaryLocation")
            json.beginArray()
            for place in details.locations {
                json.beginObject()
                json.field("name", place.name)
                if let code = place.geoCode { json.field("geoCode", code) }
                if let type = place.geoCodeType { json.field("geoCodeType", type) }
                json.endObject()
            }
            json.endArray()
        }
        json.field("dateModified", details.dateModified)
        if let source = round.round.openData.dataSource { json.field("dataSource", source) }
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
            "Grant Programme:Title", "Planned Dates:Start Date", "Planned Dates:End Date",
            "Planned Dates:Duration (months)", "Beneficiary Location:Name",
            "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type",
            "Last Modified", "Data Source",
        ])
        let r = round.round
        for grant in grants {
            writer.writeRow([
                grant.id, grant.title, grant.description, r.budget.currency,
                grant.amount.description, r.awardDate.description,
                grant.recipientID, grant.recipient.name, number(grant, "GB-CHC") ?? "",
                number(grant, "GB-COH") ?? "",
                grant.recipient.postcode ?? "", r.buyer.id, r.buyer.name, r.id, r.fund ?? r.title,
                grant.details.planned?.start.description ?? "",
                grant.details.planned?.end.description ?? "",
                grant.details.planned.map { String($0.months) } ?? "",
                // Several locations share one cell each, separated by "; ".
                grant.details.locations.map(\.name).joined(separator: "; "),
                grant.details.locations.map { $0.geoCode ?? "" }.joined(separator: "; "),
                grant.details.locations.map { $0.geoCodeType ?? "" }.joined(separator: "; "),
                grant.details.dateModified,
                r.openData.dataSource ?? "",
            ])
        }
        return writer.text
    }
}
