/// What changes between the panel's rationale and the public one: the public one names evaluators
/// only as "Evaluator A, B, …" (the same in every document of the round) and carries none of their
/// personal data: no names, emails, organisations, declared interests or relationships, and free
/// text from the round (comments, rationales, details) with all of those replaced.
extension AwardRationale {
    /// Free text from the round as this audience may read it.
    func words(_ text: String) -> String {
        audience == .public ? pseudonyms.redact(text) : text
    }

    /// How an evaluator is named to this audience.
    func evaluatorName(_ index: Int) -> String {
        audience == .public ? pseudonyms.names[index] : round.panel.evaluators[index].name
    }

    func audienceNote() -> [Block] {
        let text =
            audience == .public
            ? "This is the award rationale for publication. Evaluators are named Evaluator A, B, C… in the same way in every published document of this round; their personal data, declared interests and the evidence of conflicts of interest are in the panel's award rationale, which is kept for the panel and auditors."
            : "This is the panel's award rationale, for the panel and auditors: it names the evaluators and gives their declared interests and the evidence of each conflict of interest. The public award rationale (public-rationale) is the same decision for publication, without the evaluators' personal data."
        return [.paragraph([.emphasis(text)])]
    }

    func publicPanelSection() -> [Block] {
        let rows: [[[Inline]]] = round.panel.evaluators.indices.map { index in
            let findings = decision.conflicts.findings.filter {
                $0.evaluator == round.panel.evaluators[index].id
            }
            return [
                [.text(pseudonyms.names[index])],
                [.text(NumberText.counted(findings.count, "finding"))],
            ]
        }
        return [
            .heading(level: 2, text: [.text("The panel")], anchor: "panel"),
            .paragraph([
                .text(
                    "\(NumberText.counted(rows.count, "evaluator")) scored this round independently. Each declared their interests before scoring; the findings are in the conflicts of interest section."
                )
            ]),
            .table(Table(header: ["Evaluator", "Conflict of interest findings"], rows: rows)),
        ]
    }
}
