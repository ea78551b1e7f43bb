/// Where each lot of a round divided into lots stands, for `tender status`.
///
/// A lot is provisional when a blocking item concerns one of its submissions, or, under a lot limit,
/// when a lot awarded before it is provisional (settling that lot can change which bidders hold the
/// limit, and so this lot's winner). Otherwise its award is final as it stands.
public struct LotStatus: Sendable {
    public var lot: LotResult
    public var status: Decision.Status
    /// The blocking items about the lot's own submissions.
    public var blocking: [BlockingItem]
    /// True when the lot is provisional only because an earlier lot is.
    public var waitsOnEarlierLot: Bool

    /// Every lot's status, in the round's lot order.
    public static func all(in decision: Decision, limit: Int?) -> [LotStatus] {
        let ids = decision.submissions.map(\.id)
        let byID = Dictionary(grouping: decision.blocking, by: \.submission)
        var statuses: [LotStatus] = decision.lots.map { lot in
            let blocking = lot.submissions.flatMap { byID[ids[$0]] ?? [] }.sorted()
            return LotStatus(
                lot: lot, status: blocking.isEmpty ? .final : .provisional, blocking: blocking,
                waitsOnEarlierLot: false)
        }
        guard limit != nil else { return statuses }
        var earlierProvisional = false
        for index in statuses.indices.sorted(by: {
            statuses[$0].lot.awardOrder < statuses[$1].lot.awardOrder
        }) {
            if earlierProvisional, statuses[index].status == .final {
                statuses[index].status = .provisional
                statuses[index].waitsOnEarlierLot = true
            }
            earlierProvisional = earlierProvisional || statuses[index].status == .provisional
        }
        return statuses
    }

    /// One line for the terminal: "hartlepool (Hartlepool): final — tdl-2025-12 awarded".
    public func line(in decision: Decision) -> String {
        let winner =
            lot.winner.map { decision.submissions[$0] }.map {
                "\($0.id) \(status == .final ? "awarded" : "would be awarded") (\(AwardRationale.points($0.total)) points)"
            } ?? "no award"
        let why =
            waitsOnEarlierLot
            ? "; waits on a lot awarded before it"
            : blocking.isEmpty ? "" : "; \(NumberText.counted(blocking.count, "item")) to settle"
        return
            "\(lot.id) (\(lot.title)): \(status == .final ? "final" : "PROVISIONAL") — \(winner)\(why)"
    }
}

extension StatusReport {
    /// The lines about lots (none for a round without lots).
    func lotLines() -> [String] {
        let statuses = LotStatus.all(in: decision, limit: round.rubric.award.maxLotsPerBidder)
        guard !statuses.isEmpty else { return [] }
        return ["", "Lots:"] + statuses.map { "  " + $0.line(in: decision) }
    }

    /// `"lots"` in `tender status --format json`.
    func writeLots(_ json: inout JSONWriter) {
        let statuses = LotStatus.all(in: decision, limit: round.rubric.award.maxLotsPerBidder)
        guard !statuses.isEmpty else { return }
        json.key("lots")
        json.beginArray()
        for status in statuses {
            json.beginObject()
            json.field("id", status.lot.id)
            json.field("status", status.status.rawValue)
            json.field("winner", status.lot.winner.map { decision.submissions[$0].id })
            json.field("blocking", status.blocking.count)
            json.field("waitsOnEarlierLot", status.waitsOnEarlierLot)
            json.endObject()
        }
        json.endArray()
    }
}
