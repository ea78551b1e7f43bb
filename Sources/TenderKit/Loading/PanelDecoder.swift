/// Reads `panel.json`: the evaluators and their declared interests.
enum PanelDecoder {
    static func decode(_ root: JSONValue, source: SourceText, log: DiagnosticLog) -> Panel? {
        guard
            let reader = FieldReader(
                root, path: "", rootName: "the panel", source: source, log: log)
        else { return nil }
        reader.rejectUnknownFields(allowed: ["evaluators"])
        guard let evaluators = reader.children("evaluators") else { return nil }
        let decoded = evaluators.compactMap(decodeEvaluator)
        guard decoded.count == evaluators.count else { return nil }
        return Panel(evaluators: decoded)
    }

    private static func decodeEvaluator(_ evaluator: FieldReader) -> Evaluator? {
        evaluator.rejectUnknownFields(allowed: [
            "id", "name", "email", "organisation", "role", "interests",
        ])
        let id = evaluator.identifier("id")
        let name = evaluator.string("name")
        let email = evaluator.string("email", required: false)
        if let email, !EmailAddress.isPlausible(email) {
            evaluator.error(
                "\(evaluator.childPath("email")) '\(email)' is not an email address (\(EmailAddress.ruleDescription))",
                at: evaluator.object["email"]?.offset ?? evaluator.offset)
        }
        let organisation = evaluator.string("organisation", required: false)
        let interests = evaluator.children("interests", required: false)?.map(decodeInterest) ?? []
        guard let id, let name, interests.allSatisfy({ $0 != nil }) else { return nil }
        return Evaluator(
            id: id, name: name, email: email, organisation: organisation,
            interests: interests.compactMap { $0 },
            location: evaluator.location(of: "id"))
    }

    private static func decodeInterest(_ interest: FieldReader) -> Interest? {
        let isPerson = interest.object["person"] != nil
        if isPerson {
            interest.rejectUnknownFields(allowed: ["person", "relationship"])
            let name = interest.string("person")
            let relationship = interest.string("relationship")
            guard let name, let relationship else { return nil }
            return .person(
                PersonInterest(name: name, relationship: relationship, location: interest.location))
        }
        guard interest.object["organisation"] != nil else {
            interest.error(
                "\(interest.name) must name an 'organisation' or a 'person'", at: interest.offset)
            return nil
        }
        interest.rejectUnknownFields(allowed: [
            "organisation", "identifiers", "relationship", "from", "to",
        ])
        let name = interest.string("organisation")
        let identifiers = interest.strings("identifiers") ?? []
        let relationship = interest.string("relationship")
        let from = interest.date("from", required: false)
        let to = interest.date("to", required: false)
        if let from, let to, to < from {
            interest.error(
                "\(interest.childPath("to")) (\(to)) is before \(interest.childPath("from")) (\(from))",
                at: interest.object["to"]?.offset ?? interest.offset)
        }
        guard let name, let relationship else { return nil }
        return .organisation(
            OrganisationInterest(
                name: name, identifiers: identifiers, relationship: relationship, from: from,
                to: to, location: interest.location))
    }
}
