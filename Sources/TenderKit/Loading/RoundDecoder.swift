/// Reads `round.json`.
enum RoundDecoder {
    static let fields =
        [
            "id", "title", "fund", "description", "rubric", "buyer", "budget", "opens", "closes",
            "awardDate", "openData",
        ] + awardStageFields

    static func decode(_ root: JSONValue, source: SourceText, log: DiagnosticLog) -> Round? {
        guard
            let reader = FieldReader(
                root, path: "", rootName: "the round", source: source, log: log)
        else { return nil }
        reader.rejectUnknownFields(allowed: fields)
        let id = reader.identifier("id")
        let title = reader.string("title")
        let fund = reader.string("fund", required: false)
        let description = reader.string("description", required: false)
        let rubricPath = reader.string("rubric")
        let buyer = decodeBuyer(reader)
        let budget = decodeBudget(reader)
        let opens = reader.date("opens")
        let closes = reader.date("closes")
        let awardDate = reader.date("awardDate")
        let openData = decodeOpenData(reader)
        let awardStage = decodeAwardStage(reader)
        if let opens, let closes, closes < opens {
            reader.error(
                "the round closes (\(closes)) before it opens (\(opens))",
                at: reader.object["closes"]?.offset ?? reader.offset)
        }
        guard let id, let title, let rubricPath, let buyer, let budget, let opens, let closes,
            let awardDate, let openData, let awardStage
        else { return nil }
        var round = Round(
            id: id, title: title, fund: fund, description: description, rubricPath: rubricPath,
            buyer: buyer,
            budget: budget, opens: opens, closes: closes, awardDate: awardDate, openData: openData,
            json: root, source: source)
        round.awardStage = awardStage
        return round
    }

    private static func decodeBuyer(_ reader: FieldReader) -> Round.Buyer? {
        guard let buyer = reader.child("buyer") else { return nil }
        buyer.rejectUnknownFields(allowed: DocumentFields.buyer)
        let id = buyer.string("id")
        let name = buyer.string("name")
        guard let id, let name else { return nil }
        return Round.Buyer(id: id, name: name)
    }

    private static func decodeBudget(_ reader: FieldReader) -> Money? {
        guard let budget = reader.child("budget") else { return nil }
        budget.rejectUnknownFields(allowed: DocumentFields.budget)
        let amount = budget.number("amount")
        let currency = budget.string("currency")
        if let amount, amount.decimal < 0 {
            budget.error(
                "budget.amount must not be negative, but it is \(amount.decimal)",
                at: budget.object["amount"]?.offset ?? budget.offset)
            return nil
        }
        let problem = amount.flatMap { MoneyBound.problem($0.decimal) }
        if let amount, let problem {
            budget.error(
                "budget.amount \(amount.decimal) \(problem)",
                at: budget.object["amount"]?.offset ?? budget.offset)
        }
        if let currency, !isCurrencyCode(currency) {
            budget.error(
                "budget.currency must be a three-letter ISO 4217 code such as 'GBP', but it is '\(currency)'",
                at: budget.object["currency"]?.offset ?? budget.offset)
            return nil
        }
        guard let amount, let currency, problem == nil else { return nil }
        return Money(amount: amount.decimal, currency: currency)
    }

    private static func decodeOpenData(_ reader: FieldReader) -> OpenDataSettings? {
        guard reader.value("openData", required: false) != nil else { return OpenDataSettings() }
        guard let settings = reader.child("openData") else { return nil }
        settings.rejectUnknownFields(allowed: DocumentFields.openData)
        let prefix =
            settings.string("ocidPrefix", required: false) ?? OpenDataSettings.defaultOCIDPrefix
        if !prefix.hasPrefix("ocds-") {
            settings.error(
                "openData.ocidPrefix must start with 'ocds-' (the prefix the Open Contracting Partnership registers), but it is '\(prefix)'",
                at: settings.object["ocidPrefix"]?.offset ?? settings.offset)
            return nil
        }
        let grantPrefix =
            settings.string("grantIDPrefix", required: false)
            ?? OpenDataSettings.defaultGrantIDPrefix
        if !grantPrefix.hasPrefix("360G-") {
            settings.error(
                "openData.grantIDPrefix must start with '360G-' (the prefix 360Giving issues), but it is '\(grantPrefix)'",
                at: settings.object["grantIDPrefix"]?.offset ?? settings.offset)
            return nil
        }
        return OpenDataSettings(
            ocidPrefix: prefix, packageURI: settings.string("uri", required: false),
            grantIDPrefix: grantPrefix, dataSource: settings.string("dataSource", required: false))
    }

    static func isCurrencyCode(_ text: String) -> Bool {
        text.utf8.count == 3
            && text.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }
}
