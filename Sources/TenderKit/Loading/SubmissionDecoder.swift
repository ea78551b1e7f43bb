/// Reads one `submissions/*.json` file. Fields the engine needs are checked; any other field is
/// kept as it is for the rubric's rules to use.
enum SubmissionDecoder {
    static func decode(_ root: JSONValue, source: SourceText, log: DiagnosticLog) -> Submission? {
        guard
            let reader = FieldReader(
                root, path: "", rootName: "the submission", source: source, log: log)
        else { return nil }
        let id = reader.identifier("id")
        let title = reader.string("title")
        let organisation = decodeOrganisation(reader)
        let partners =
            reader.children("partners", required: false).map { $0.compactMap(decodePartner) } ?? []
        let lot = reader.identifier("lot", required: false)
        guard let id, let title, let organisation else { return nil }
        var submission = Submission(
            id: id, title: title, organisation: organisation, partners: partners, json: root,
            file: source.path,
            location: reader.location(of: "id"))
        submission.source = source
        submission.lot = lot
        submission.lotLocation = lot == nil ? nil : reader.location(of: "lot")
        return submission
    }

    private static func decodeOrganisation(_ reader: FieldReader) -> Submission.Organisation? {
        guard let organisation = reader.child("organisation") else { return nil }
        let name = organisation.string("name")
        let type = organisation.string("type", required: false)
        let identifiers = organisation.strings("identifiers") ?? []
        let website = organisation.string("website", required: false)
        var postcode: String?
        if let address = organisation.child("address", required: false) {
            postcode = address.string("postcode", required: false)
        }
        let people = organisation.children("people", required: false)?.compactMap {
            person -> Submission.Person? in
            let name = person.string("name")
            let role = person.string("role", required: false)
            guard let name else { return nil }
            return Submission.Person(name: name, role: role)
        }
        guard let name else { return nil }
        return Submission.Organisation(
            name: name, type: type, identifiers: identifiers, website: website, postcode: postcode,
            people: people ?? [])
    }

    private static func decodePartner(_ partner: FieldReader) -> Submission.Partner? {
        let name = partner.string("name")
        let identifiers = partner.strings("identifiers") ?? []
        guard let name else { return nil }
        return Submission.Partner(name: name, identifiers: identifiers)
    }
}
