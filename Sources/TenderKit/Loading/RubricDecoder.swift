/// Reads a rubric file's JSON into a `Rubric`, reporting every structural problem: missing fields,
/// wrong types, unknown fields, bad ids, and rule expressions that do not compile.
///
/// The semantic checks (weights add up to 100, ids unique, …) are `RubricCheck`s, run afterwards
/// on the decoded rubric.
struct RubricDecoder {
    let reader: FieldReader

    static let fields = [
        "$schema", "id", "title", "version", "description", "award", "scale", "consensus", "panel",
        "conflicts", "gates", "criteria", "minimumQuality", "tieBreak", "audit", "places",
    ]

    init?(root: JSONValue, source: SourceText, log: DiagnosticLog) {
        guard
            let reader = FieldReader(
                root, path: "", rootName: "the rubric", source: source, log: log)
        else { return nil }
        self.reader = reader
    }

    /// The rubric, or nil when a required part could not be read (the problems are logged).
    func decode() -> Rubric? {
        reader.rejectUnknownFields(allowed: RubricDecoder.fields)
        let id = reader.identifier("id")
        let title = reader.string("title")
        let version = reader.string("version")
        let description = reader.string("description", required: false)
        let award = decodeAward()
        let scale = decodeScale()
        let consensus = decodeConsensus()
        let panel = decodePanelRules()
        let conflicts = decodeConflictRules()
        let gates = decodeGates()
        let criteria = CriterionDecoder.decodeAll(in: reader)
        let minimumQuality = reader.number(
            "minimumQuality", required: false, in: 0...100, rangeText: "a percentage from 0 to 100")
        let tieBreak = decodeTieBreak()
        let audit = decodeAudit()
        let places = PlacesDecoder.decode(in: reader)
        guard let id, let title, let version, let award, let scale, let consensus, let panel,
            let conflicts,
            let gates, let criteria, let tieBreak, let audit, let places
        else { return nil }
        return Rubric(
            id: id, title: title, version: version, description: description, award: award,
            scale: scale,
            consensus: consensus, panel: panel, conflicts: conflicts, gates: gates,
            criteria: criteria,
            minimumQuality: minimumQuality, tieBreak: tieBreak, audit: audit,
            json: JSONValue(.object(reader.object), offset: reader.offset),
            file: reader.source.path,
            criteriaLocation: reader.location(of: "criteria"), places: places)
    }

    private func decodeAward() -> Rubric.Award? {
        guard let award = reader.child("award") else { return nil }
        award.rejectUnknownFields(allowed: DocumentFields.award)
        let mode = award.choice("mode", as: Rubric.Award.Mode.self)
        let amount = RuleCompilation.rule(
            "amount", in: award, expecting: .number, reference: .awardAmount)
        let minimumTotal = award.number(
            "minimumTotal", required: false, in: 0...100, rangeText: "a total from 0 to 100")
        let limitGiven = award.value("maxLotsPerBidder", required: false) != nil
        let limit = award.integer("maxLotsPerBidder", required: false, minimum: 1)
        let orderGiven = award.value("lotOrder", required: false) != nil
        let order = award.choice("lotOrder", required: false, as: Rubric.Award.LotOrder.self)
        guard let mode, let amount, !limitGiven || limit != nil, !orderGiven || order != nil
        else { return nil }
        return Rubric.Award(
            mode: mode, amount: amount, minimumTotal: minimumTotal, location: award.location,
            maxLotsPerBidder: limit, lotOrder: order ?? .listed,
            maxLotsLocation: limitGiven ? award.location(of: "maxLotsPerBidder") : nil)
    }

    private func decodeScale() -> Rubric.Scale? {
        guard let scale = reader.child("scale") else { return nil }
        scale.rejectUnknownFields(allowed: DocumentFields.scale)
        let min = scale.number("min")?.double
        let max = scale.number("max")?.double
        let step = scale.number(
            "step", required: false,
            in: Double.leastNonzeroMagnitude...Double.greatestFiniteMagnitude,
            rangeText: "more than 0 (1 for whole numbers, 0.5 for halves)")
        let descriptors = scale.children("descriptors")?.compactMap {
            descriptor -> Rubric.Scale.Descriptor? in
            descriptor.rejectUnknownFields(allowed: DocumentFields.descriptor)
            let score = descriptor.number("score")?.double
            let label = descriptor.string("label")
            let meaning = descriptor.string("meaning")
            guard let score, let label, let meaning else { return nil }
            return Rubric.Scale.Descriptor(
                score: score, label: label, meaning: meaning, location: descriptor.location)
        }
        if let list = scale.object["descriptors"], list.array?.isEmpty == true {
            scale.error(
                "scale.descriptors is empty: say what each score on the scale means (evaluators score by the descriptors)",
                at: list.offset)
        }
        // A descriptor that cannot be read is reported; the checks then need every one, in file order.
        guard let min, let max, let descriptors,
            descriptors.count == scale.object["descriptors"]?.array?.count
        else { return nil }
        return Rubric.Scale(
            min: min, max: max, descriptors: descriptors, location: scale.location, step: step)
    }

    private func decodeConsensus() -> Rubric.Consensus? {
        guard let consensus = reader.child("consensus") else { return nil }
        consensus.rejectUnknownFields(allowed: DocumentFields.consensus)
        let method = consensus.choice("method", as: Rubric.Consensus.Method.self)
        let maxSpread = consensus.number(
            "maxSpread", in: 0...Double.greatestFiniteMagnitude, rangeText: "zero or more")
        guard let method, let maxSpread else { return nil }
        return Rubric.Consensus(method: method, maxSpread: maxSpread, location: consensus.location)
    }

    private func decodePanelRules() -> Rubric.PanelRules? {
        guard let panel = reader.child("panel") else { return nil }
        panel.rejectUnknownFields(allowed: DocumentFields.panel)
        let minimum = panel.integer("minIndependentEvaluators", minimum: 1)
        let requireComments = panel.bool("requireComments", default: true)
        guard let minimum, let requireComments else { return nil }
        return Rubric.PanelRules(
            minIndependentEvaluators: minimum, requireComments: requireComments)
    }

    private func decodeConflictRules() -> Rubric.ConflictRules? {
        guard let conflicts = reader.child("conflicts") else { return nil }
        conflicts.rejectUnknownFields(allowed: DocumentFields.conflicts)
        guard let years = conflicts.integer("lookbackYears", minimum: 0) else { return nil }
        return Rubric.ConflictRules(lookbackYears: years)
    }

    private func decodeGates() -> [Rubric.Gate]? {
        guard let gates = reader.children("gates") else { return nil }
        let decoded = gates.compactMap { gate -> Rubric.Gate? in
            gate.rejectUnknownFields(allowed: DocumentFields.gate)
            let id = gate.identifier("id")
            let title = gate.string("title")
            let rule = RuleCompilation.rule(
                "rule", in: gate, expecting: .boolean, reference: id.map(RuleReference.gate))
            let message = gate.string("message")
            guard let id, let title, let rule, let message else { return nil }
            return Rubric.Gate(
                id: id, title: title, rule: rule, message: message,
                location: gate.location(of: "id"))
        }
        return decoded.count == gates.count ? decoded : nil
    }

    /// `.some(nil)` when the rubric has no audit section; nil when it has one that cannot be read.
    private func decodeAudit() -> Rubric.Audit?? {
        guard reader.value("audit", required: false) != nil else { return .some(nil) }
        guard let audit = reader.child("audit") else { return nil }
        audit.rejectUnknownFields(allowed: DocumentFields.audit)
        let every = audit.integer("reviewEveryMonths", minimum: 1)
        let duration = RuleCompilation.rule(
            "durationMonths", in: audit, expecting: .number, reference: .auditDuration)
        guard let every, let duration else { return nil }
        return Rubric.Audit(reviewEveryMonths: every, durationMonths: duration)
    }
}
