/// `tender conflicts` on the terminal: each finding (who, which submission, why, what was done,
/// and the command that rules on it while it awaits a ruling); for a national round, the counts
/// and the first `shownInFull` findings, those awaiting a ruling first (they block the decision).
public struct ConflictsReport: Sendable {
    public let decision: Decision
    public let round: LoadedRound

    /// Findings shown in full; a national round gets counts and the first of them.
    public static let shownInFull = 20

    public init(decision: Decision, round: LoadedRound) {
        self.decision = decision
        self.round = round
    }

    public func text() -> String {
        let findings = decision.conflicts.findings
        guard !findings.isEmpty else { return "No conflicts of interest found." }
        var lines = ["\(NumberText.counted(findings.count, "conflict-of-interest finding")):"]
        var shown = findings
        if findings.count > Self.shownInFull {
            lines += Self.summary(findings)
            shown = Array(
                (findings.filter { $0.outcome == .pending }
                    + findings.filter { $0.outcome != .pending }).prefix(Self.shownInFull))
        }
        let names = Names(round: round)
        for finding in shown { lines += [""] + self.lines(for: finding, names: names) }
        if findings.count > Self.shownInFull {
            lines += [
                "",
                "… and \(findings.count - Self.shownInFull) more: conflicts-assessment.md lists every finding.",
            ]
        }
        return lines.joined(separator: "\n")
    }

    private func lines(for finding: ConflictFinding, names: Names) -> [String] {
        let evaluator = names.evaluators[finding.evaluator] ?? ""
        let organisation = names.organisations[finding.submission] ?? ""
        var lines = [
            "\(finding.evaluator) (\(evaluator)) and \(finding.submission) (\(organisation)): \(ConflictWords.outcome(finding.outcome).uppercased())",
            "  \(finding.basis.rawValue), \(finding.strength.rawValue): \(finding.evidence)",
        ]
        if let rationale = finding.rationale { lines.append("  chair's ruling: \(rationale)") }
        if finding.outcome == .pending {
            lines.append(
                "  to rule: "
                    + SettleCommands.conflict(
                        folder: round.folder, evaluator: finding.evaluator,
                        submission: finding.submission))
        }
        return lines
    }

    /// Evaluators' and applicants' names by id.
    private struct Names {
        let evaluators: [String: String]
        let organisations: [String: String]

        init(round: LoadedRound) {
            evaluators = Dictionary(
                round.panel.evaluators.map { ($0.id, $0.name) },
                uniquingKeysWith: { first, _ in first })
            organisations = Dictionary(
                round.submissions.map { ($0.id, $0.organisation.name) },
                uniquingKeysWith: { first, _ in first })
        }
    }

    /// Counts by outcome and by basis, on a few lines.
    private static func summary(_ findings: [ConflictFinding]) -> [String] {
        let outcomes = Dictionary(grouping: findings, by: \.outcome).map {
            (ConflictWords.outcome($0.key), $0.value.count)
        }
        .sorted { $0.0 < $1.0 }
        let bases = Dictionary(grouping: findings, by: \.basis.rawValue).map {
            ($0.key, $0.value.count)
        }.sorted { $0.0 < $1.0 }
        return [
            "  by outcome: " + outcomes.map { "\($0.0) \($0.1)" }.joined(separator: ", "),
            "  by basis: " + bases.map { "\($0.0) \($0.1)" }.joined(separator: ", "),
            "  the first \(shownInFull), those awaiting a ruling first:",
        ]
    }
}
