/// An open data file a run writes, with what writes it.
enum OpenDataFile: Sendable {
    case ocds
    /// The 360Giving files share one writer: the grants are worked out once for both.
    case threeSixtyGivingJSON(ThreeSixtyGivingWriter)
    case threeSixtyGivingCSV(ThreeSixtyGivingWriter)
    case auditSchedule

    /// The files the formats ask for and the round has something to put in, in the order their
    /// failures are reported (`RoundOutputs` writes them side by side).
    static func files(decision: Decision, round: LoadedRound, formats: Set<RoundOutputs.Format>)
        -> [OpenDataFile]
    {
        var files: [OpenDataFile] = []
        if formats.contains(.ocds) { files.append(.ocds) }
        if formats.contains(.threeSixtyGiving),
            RoundOutputs.writesThreeSixtyGiving(decision, round: round)
        {
            let writer = ThreeSixtyGivingWriter(decision: decision, round: round)
            files += [.threeSixtyGivingJSON(writer), .threeSixtyGivingCSV(writer)]
        }
        if formats.contains(.ics), round.rubric.audit != nil { files.append(.auditSchedule) }
        return files
    }

    func write(decision: Decision, round: LoadedRound, into sink: some OutputSink)
        throws(AtomicFile.WriteError)
    {
        switch self {
        case .ocds:
            try sink.write(
                OCDSReleaseWriter(decision: decision, round: round).write(), to: "ocds.json")
        case .threeSixtyGivingJSON(let writer):
            try sink.write(writer.json(), to: "360giving.json")
        case .threeSixtyGivingCSV(let writer):
            try sink.write(writer.csv(), to: "360giving.csv")
        case .auditSchedule:
            let schedule = AuditSchedule(decision: decision, round: round)
            try sink.write(
                ICalendarWriter(schedule: schedule, round: round).write(), to: "audit-schedule.ics")
        }
    }
}
