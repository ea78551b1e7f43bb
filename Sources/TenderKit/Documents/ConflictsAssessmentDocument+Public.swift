/// The conflicts assessment as the public rationale gives it: each finding by evaluator
/// pseudonym, submission, basis, strength and outcome, and the chair's ruling by its outcome only;
/// no evidence (names, relationships, interests) and no ruling's text.
extension ConflictsAssessmentDocument {
    public func publicSections(level: Int, pseudonyms: PanelPseudonyms) -> [Block] {
        let findings = decision.conflicts.findings
        var blocks: [Block] = [
            .heading(level: level, text: [.text("Conflicts of interest")], anchor: "conflicts"),
            .paragraph([
                .text(
                    "Every evaluator's declared interests, own name, employer and email domain were compared with every applicant, its partners and its people. A match excludes the evaluator from that submission unless the chair rules otherwise; a possible match (the same last name with the same first name or initial, or an evaluator's email domain that is the applicant's website) awaits the chair's ruling; an interest that ended more than \(round.rubric.conflicts.lookbackYears) years before the round closed has lapsed. The evidence of each finding is in the panel's award rationale."
                )
            ]),
        ]
        guard !findings.isEmpty else {
            return blocks + [.paragraph([.strong("No conflicts of interest were found.")])]
        }
        blocks.append(.paragraph([.text(summary(findings))]))
        blocks.append(
            .table(
                Table(
                    header: [
                        "Evaluator", "Submission", "Basis", "Strength", "Outcome", "Chair's ruling",
                    ],
                    rows: findings.map { finding in
                        [
                            [.text(pseudonyms.name(of: finding.evaluator))],
                            [.code(finding.submission)], [.text(finding.basis.rawValue)],
                            [.text(finding.strength.rawValue)],
                            [.strong(ConflictWords.outcome(finding.outcome))],
                            [
                                .text(
                                    finding.rationale == nil
                                        ? "none"
                                        : "ruled: \(ConflictWords.outcome(finding.outcome))")
                            ],
                        ]
                    })))
        return blocks
    }
}
