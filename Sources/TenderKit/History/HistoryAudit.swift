/// What the round's history says about how the decision was reached, counted for the audit
/// section of the award rationale: scores entered and replaced (in all and by whom), every
/// decision with its time, and what changed after the round was first evaluated as final.
///
/// Built from the recorded entries only (`HistoryJournal.recorded`), so the documents of a final
/// round do not change when evaluating it again appends another `final-evaluation` entry.
public struct HistoryAudit: Sendable {
    public struct Person: Sendable, Equatable {
        public var name: String
        public var entered: Int
        public var replaced: Int
    }

    public let entries: [HistoryEntry]
    public let digest: String?
    public let scoresEntered: Int
    public let scoresReplaced: Int
    /// Who entered and replaced scores, by name.
    public let people: [Person]
    /// Every decision recorded, replaced or withdrawn, in order.
    public let decisions: [HistoryEntry]
    /// The first `final-evaluation` entry that changes followed, if any (a final evaluation with
    /// nothing after it is not among the recorded entries).
    public let firstFinal: HistoryEntry?
    /// The changes to scores and decisions recorded after `firstFinal`.
    public let changedAfterFinal: [HistoryEntry]

    public init(journal: HistoryJournal) {
        entries = Array(journal.recorded)
        digest = journal.recordedDigest
        let scores = entries.filter {
            $0.change.action == .scoreAdded || $0.change.action == .scoreReplaced
        }
        scoresEntered = scores.count { $0.change.action == .scoreAdded }
        scoresReplaced = scores.count { $0.change.action == .scoreReplaced }
        var byName: [String: Person] = [:]
        for entry in scores {
            var person = byName[entry.by] ?? Person(name: entry.by, entered: 0, replaced: 0)
            if entry.change.action == .scoreAdded {
                person.entered += 1
            } else {
                person.replaced += 1
            }
            byName[entry.by] = person
        }
        people = byName.values.sorted { $0.name < $1.name }
        decisions = entries.filter {
            [.decisionRecorded, .decisionReplaced, .decisionWithdrawn].contains($0.change.action)
        }
        let recorded = entries
        let finalIndex = recorded.firstIndex { $0.change.action == .finalEvaluation }
        firstFinal = finalIndex.map { recorded[$0] }
        changedAfterFinal =
            finalIndex.map { recorded[($0 + 1)...].filter { $0.change.action.isChange } } ?? []
    }

    /// The first and last times in the history.
    public var span: (first: UTCTime, last: UTCTime)? {
        guard let first = entries.first, let last = entries.last else { return nil }
        return (first.time, last.time)
    }
}
