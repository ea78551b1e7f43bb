/// Reads `decisions.json`: moderation, clarifications and conflict rulings, each list optional.
enum DecisionsDecoder {
    static func decode(_ root: JSONValue, source: SourceText, log: DiagnosticLog) -> PanelDecisions?
    {
        guard
            let reader = FieldReader(
                root, path: "", rootName: "the decisions file", source: source, log: log)
        else { return nil }
        reader.rejectUnknownFields(allowed: ["moderation", "clarifications", "conflicts"])
        let moderation = entries("moderation", in: reader, decode: decodeModeration)
        let clarifications = entries("clarifications", in: reader, decode: decodeClarification)
        let conflicts = entries("conflicts", in: reader, decode: decodeRuling)
        guard let moderation, let clarifications, let conflicts else { return nil }
        return PanelDecisions(
            moderation: moderation, clarifications: clarifications, conflicts: conflicts)
    }

    /// The decoded entries of one list: [] when absent, nil when any entry cannot be read.
    private static func entries<Entry>(
        _ key: String, in reader: FieldReader, decode: (FieldReader) -> Entry?
    ) -> [Entry]? {
        guard let list = reader.children(key, required: false) else {
            return reader.value(key, required: false) == nil ? [] : nil
        }
        let decoded = list.compactMap(decode)
        return decoded.count == list.count ? decoded : nil
    }

    private static func decodeModeration(_ entry: FieldReader) -> PanelDecisions.Moderation? {
        entry.rejectUnknownFields(allowed: ["submission", "criterion", "score", "rationale"])
        let submission = entry.string("submission")
        let criterion = entry.string("criterion")
        let score = entry.number("score")?.double
        let rationale = entry.string("rationale")
        guard let submission, let criterion, let score, let rationale else { return nil }
        return PanelDecisions.Moderation(
            submission: submission, criterion: criterion, score: score, rationale: rationale,
            location: entry.location,
            fieldLocations: entry.valueLocations())
    }

    private static func decodeClarification(_ entry: FieldReader) -> PanelDecisions.Clarification? {
        entry.rejectUnknownFields(allowed: ["submission", "criterion", "outcome", "rationale"])
        let submission = entry.string("submission")
        let criterion = entry.string("criterion")
        let outcome = entry.choice("outcome", as: PanelDecisions.Clarification.Outcome.self)
        let rationale = entry.string("rationale")
        guard let submission, let criterion, let outcome, let rationale else { return nil }
        return PanelDecisions.Clarification(
            submission: submission, criterion: criterion, outcome: outcome, rationale: rationale,
            location: entry.location,
            fieldLocations: entry.valueLocations())
    }

    private static func decodeRuling(_ entry: FieldReader) -> PanelDecisions.ConflictRuling? {
        entry.rejectUnknownFields(allowed: ["evaluator", "submission", "outcome", "rationale"])
        let evaluator = entry.string("evaluator")
        let submission = entry.string("submission")
        let outcome = entry.choice("outcome", as: PanelDecisions.ConflictRuling.Outcome.self)
        let rationale = entry.string("rationale")
        guard let evaluator, let submission, let outcome, let rationale else { return nil }
        return PanelDecisions.ConflictRuling(
            evaluator: evaluator, submission: submission, outcome: outcome, rationale: rationale,
            location: entry.location,
            fieldLocations: entry.valueLocations())
    }
}
