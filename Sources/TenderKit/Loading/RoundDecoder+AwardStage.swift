import Foundation

/// Reads the optional members of `round.json` for lots and the award stage: `lots`, `regime`,
/// `awardNoticeDate` and `nonWorkingDays`.
extension RoundDecoder {
    static let awardStageFields = ["lots", "regime", "awardNoticeDate", "nonWorkingDays"]

    /// The settings, or nil when one of them is present but cannot be read (the problem is logged).
    static func decodeAwardStage(_ reader: FieldReader) -> AwardStageSettings? {
        let lots = decodeLots(reader)
        let regimeGiven = reader.value("regime", required: false) != nil
        let regime = reader.choice("regime", required: false, as: ProcurementRegime.self)
        let noticeGiven = reader.value("awardNoticeDate", required: false) != nil
        let notice = reader.date("awardNoticeDate", required: false)
        let days = decodeNonWorkingDays(reader)
        if noticeGiven, !regimeGiven {
            reader.error(
                "awardNoticeDate starts a standstill period, which only a procurement regime has: add \"regime\": \"procurement-act-2023\" or remove awardNoticeDate",
                at: reader.object["awardNoticeDate"]?.offset ?? reader.offset)
            return nil
        }
        if !regimeGiven, let days, !days.isEmpty {
            reader.error(
                "nonWorkingDays count towards a standstill period, which only a procurement regime has: add \"regime\": \"procurement-act-2023\" or remove nonWorkingDays",
                at: reader.object["nonWorkingDays"]?.offset ?? reader.offset)
            return nil
        }
        guard let lots, let days, !regimeGiven || regime != nil, !noticeGiven || notice != nil
        else { return nil }
        return AwardStageSettings(
            lots: lots, regime: regime, awardNoticeDate: notice, nonWorkingDays: days)
    }

    private static func decodeLots(_ reader: FieldReader) -> [Lot]? {
        guard let lots = reader.children("lots", required: false) else {
            return reader.value("lots", required: false) == nil ? [] : nil
        }
        if reader.object["lots"]?.array?.isEmpty == true {
            reader.error(
                "lots is empty: list the lots the tender is divided into, or remove lots for a tender awarded whole",
                at: reader.object["lots"]?.offset ?? reader.offset)
            return nil
        }
        let decoded = lots.compactMap { lot -> Lot? in
            lot.rejectUnknownFields(allowed: ["id", "title", "description", "estimatedValue"])
            let id = lot.identifier("id")
            let title = lot.string("title")
            let description = lot.string("description", required: false)
            let value = lot.number("estimatedValue", required: false)
            if let value, value.decimal < 0 {
                lot.error(
                    "\(lot.childPath("estimatedValue")) must not be negative, but it is \(value.decimal)",
                    at: lot.object["estimatedValue"]?.offset ?? lot.offset)
                return nil
            }
            guard let id, let title else { return nil }
            return Lot(
                id: id, title: title, description: description, estimatedValue: value?.decimal,
                location: lot.location(of: "id"))
        }
        return decoded.count == reader.object["lots"]?.array?.count ? decoded : nil
    }

    private static func decodeNonWorkingDays(_ reader: FieldReader) -> [ISODate]? {
        guard let elements = reader.array("nonWorkingDays", required: false) else {
            return reader.value("nonWorkingDays", required: false) == nil ? [] : nil
        }
        var days: [ISODate] = []
        for (index, element) in elements.enumerated() {
            guard let text = element.string, let day = ISODate(text) else {
                let problem =
                    element.string.map { FieldReader.dateProblem($0) }
                    ?? "it is \(element.typeDescription)"
                reader.error(
                    "nonWorkingDays[\(index)] must be a date written YYYY-MM-DD, but \(problem)",
                    at: element.offset)
                continue
            }
            days.append(day)
        }
        return days.count == elements.count ? days : nil
    }
}
