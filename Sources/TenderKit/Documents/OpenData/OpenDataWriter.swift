/// The open data files a run can write, in the order their failures are reported.
enum OpenDataFile: Sendable {
    case ocds
    case threeSixtyGivingJSON
    case threeSixtyGivingCSV
    case auditSchedule
}

/// Which open data files a run writes, and each of them on its own (`RoundOutputs` writes them
/// side by side).
struct OpenDataWriter: Sendable {
    let decision: Decision
    let round: LoadedRound
    /// The files the formats ask for and the round has something to put in.
    let files: [OpenDataFile]
    /// The 360Giving grants, worked out once for both of its files (nil when neither is written).
    private let threeSixtyGiving: ThreeSixtyGivingWriter?

    init(decision: Decision, round: LoadedRound, formats: Set<RoundOutputs.Format>) {
        self.decision = decision
        self.round = round
        var files: [OpenDataFile] = []
        if formats.contains(.ocds) { files.append(.ocds) }
        if formats.contains(.threeSixtyGiving),
            RoundOutputs.writesThreeSixtyGiving(decision, round: round)
        {
            threeSixtyGiving = ThreeSixtyGivingWriter(decision: decision, round: round)
            files += [.threeSixtyGivingJSON, .threeSixtyGivingCSV]
        } else {
            threeSixtyGiving = nil
        }
        if formats.contains(.ics), round.rubric.audit != nil { files.append(.auditSchedule) }
        self.files = files
    }

    /// Writes `files[index]`.
    func write(_ index: Int, into sink: some OutputSink) throws(AtomicFile.WriteError) {
        switch (files[index], threeSixtyGiving) {
        case (.ocds, _):
            try sink.write(
                OCDSReleaseWriter(decision: decision, round: round).write(), to: "ocds.json")
        case (.threeSixtyGivingJSON, let grants?):
            try sink.write(grants.json(), to: "360giving.json")
        case (.threeSixtyGivingCSV, let grants?):
            try sink.write(grants.csv(), to: "360giving.csv")
        case (.auditSchedule, _):
            let schedule = AuditSchedule(decision: decision, round: round)
            try sink.write(
                ICalendarWriter(schedule: schedule, round: round).write(), to: "audit-schedule.ics")
        case (.threeSixtyGivingJSON, nil), (.threeSixtyGivingCSV, nil):
            break  // listed only with its writer
        }
    }
}
