/// The conflicts assessment: every conflict-of-interest finding between the panel and the
/// submissions, what it rests on, and what was done about it. Written on its own
/// (`conflicts-assessment.md`) and inside the award rationale.
public struct ConflictsAssessmentDocument {
    let decision: Decision
    let round: LoadedRound

    public init(decision: Decision, round: LoadedRound) {
        self.decision = decision
        self.round = round
    }

    public func document() -> Document {
        Document(
            title: "Conflicts of interest assessment: \(round.round.title)",
            blocks: sections(level: 2))
    }

    /// The assessment's sections, headed at `level`.
    public func sections(level: Int) -> [Block] {
        let findings = decision.conflicts.findings
        var blocks: [Block] = [
            .heading(level: level, text: [.text("Conflicts of interest")], anchor: "conflicts"),
            .paragraph([
                .text(
                    "Every evaluator's declared interests, own name, employer and email domain were compared with every applicant, its partners and its people, after normalising names (case, accents, punctuation, legal forms such as Ltd or CIC, titles such as Dr). A match excludes the evaluator from that submission unless the chair rules otherwise; a possible match awaits the chair's ruling. A person's name matches when its words are the same; it is a possible match when only the last names are the same and the first names are the same or one is the other's initial (middle names aside: “Sarah Jane Whitfield” and “Sarah Whitfield”, “J Smith” and “Jane Smith”); an evaluator's email domain that is an applicant's website domain is always a possible match; an interest that ended more than \(round.rubric.conflicts.lookbackYears) years before the round closed has lapsed and is recorded only."
                )
            ]),
        ]
        guard !findings.isEmpty else {
            return blocks + [.paragraph([.strong("No conflicts of interest were found.")])]
        }
        blocks.append(.paragraph([.text(summary(findings))]))
        let names = Dictionary(
            round.panel.evaluators.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }
        )
        blocks.append(
            .table(
                Table(
                    header: [
                        "Evaluator", "Submission", "Basis", "Strength", "Outcome",
                        "Evidence and ruling",
                    ],
                    rows: findings.map { finding in
                        var evidence: [Inline] = [.text(finding.evidence)]
                        if let rationale = finding.rationale {
                            evidence += [
                                .text(". "), .strong("Chair's ruling: "), .text(rationale),
                            ]
                        }
                        return [
                            [.text(names[finding.evaluator] ?? finding.evaluator)],
                            [.code(finding.submission)], [.text(finding.basis.rawValue)],
                            [.text(finding.strength.rawValue)],
                            [.strong(ConflictWords.outcome(finding.outcome))],
                            evidence,
                        ]
                    })))
        return blocks
    }

    func summary(_ findings: [ConflictFinding]) -> String {
        let counts = ConflictFinding.Outcome.allCases.map { outcome in
            (ConflictWords.outcome(outcome), findings.filter { $0.outcome == outcome }.count)
        }.filter { $0.1 > 0 }
        let parts = counts.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
        return "\(NumberText.counted(findings.count, "finding")): \(parts)."
    }
}
