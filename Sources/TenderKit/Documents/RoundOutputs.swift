/// Everything `tender evaluate` writes, as (relative path, bytes) pairs, built in memory first so
/// that the files can be written together, atomically.
public enum RoundOutputs {
    public enum Format: String, Sendable, CaseIterable {
        case json, md, html, ocds
        case threeSixtyGiving = "360giving"
        case ics
    }

    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
    }

    public static func make(decision: Decision, round: LoadedRound, formats: Set<Format>) -> [File]
    {
        var files: [File] = []
        if formats.contains(.json) {
            files.append(
                File(
                    path: "decision.json",
                    bytes: DecisionRecordWriter(decision: decision, round: round).write()))
        }
        if !formats.isDisjoint(with: [.md, .html]) {
            files += documents(decision: decision, round: round, formats: formats)
        }
        files += openData(decision: decision, round: round, formats: formats)
        return files
    }

    /// The award rationale, the conflicts assessment and every applicant's summary (rendered on
    /// every core: each summary is independent of the others).
    private static func documents(decision: Decision, round: LoadedRound, formats: Set<Format>)
        -> [File]
    {
        let conflicts = ConflictsAssessmentDocument(decision: decision, round: round)
        let rationale = AwardRationale(
            decision: decision, round: round, conflicts: conflicts.sections(level: 2)
        ).document()
        var files = rendered(rationale, as: "award-rationale", formats: formats)
        let publicRationale = AwardRationale(
            decision: decision, round: round,
            conflicts: conflicts.publicSections(
                level: 2, pseudonyms: PanelPseudonyms(panel: round.panel)),
            audience: .public
        ).document()
        files += rendered(publicRationale, as: "public-rationale", formats: formats)
        files += rendered(conflicts.document(), as: "conflicts-assessment", formats: formats)
        let context = AssessmentSummaryContext(decision: decision, round: round)
        let results = decision.submissions.sorted { $0.id < $1.id }
        files += ParallelMap.map(results.count) { index in
            rendered(
                AssessmentSummary(context: context, result: results[index]).document(),
                as: "summaries/\(results[index].id)", formats: formats)
        }.flatMap { $0 }
        return files
    }

    private static func openData(decision: Decision, round: LoadedRound, formats: Set<Format>)
        -> [File]
    {
        var files: [File] = []
        if formats.contains(.ocds) {
            files.append(
                File(
                    path: "ocds.json",
                    bytes: OCDSReleaseWriter(decision: decision, round: round).write()))
        }
        if formats.contains(.threeSixtyGiving), writesThreeSixtyGiving(decision, round: round) {
            let writer = ThreeSixtyGivingWriter(decision: decision, round: round)
            files.append(File(path: "360giving.json", bytes: writer.json()))
            files.append(File(path: "360giving.csv", bytes: Array(writer.csv().utf8)))
        }
        if formats.contains(.ics), round.rubric.audit != nil {
            let schedule = AuditSchedule(decision: decision, round: round)
            files.append(
                File(
                    path: "audit-schedule.ics",
                    bytes: Array(ICalendarWriter(schedule: schedule, round: round).write().utf8)))
        }
        return files
    }

    /// A document as Markdown and/or HTML, as the formats ask.
    static func rendered(_ document: Document, as name: String, formats: Set<Format>) -> [File] {
        var files: [File] = []
        if formats.contains(.md) {
            files.append(
                File(path: name + ".md", bytes: Array(MarkdownRenderer().render(document).utf8)))
        }
        if formats.contains(.html) {
            files.append(
                File(path: name + ".html", bytes: Array(HTMLRenderer().render(document).utf8)))
        }
        return files
    }
}
