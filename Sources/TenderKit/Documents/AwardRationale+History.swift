/// The audit section of the award rationale: what the round's history records of how the
/// decision was reached. `showsNames` false gives the public form: counts and times, with no
/// evaluator's or chair's name and no individual score (for the public rationale).
struct HistoryAuditSection {
    let history: HistoryJournal?
    let showsNames: Bool

    func blocks() -> [Block] {
        var blocks: [Block] = [
            .heading(level: 2, text: [.text("The round's history")], anchor: "history")
        ]
        guard let history else {
            return blocks + [
                .paragraph([
                    .text(
                        "This round has no history (history.jsonl): who entered each score and decision, and when, was not recorded by tender."
                    )
                ])
            ]
        }
        let audit = HistoryAudit(journal: history)
        blocks.append(summary(audit))
        if showsNames, !audit.people.isEmpty { blocks.append(peopleTable(audit)) }
        if !audit.decisions.isEmpty { blocks.append(decisionTable(audit)) }
        blocks.append(finalParagraph(audit))
        if !audit.changedAfterFinal.isEmpty {
            blocks.append(.bulletList(audit.changedAfterFinal.map { [.text(line($0))] }))
        }
        return blocks
    }

    private func summary(_ audit: HistoryAudit) -> Block {
        var text =
            "The round's history holds \(NumberText.counted(audit.entries.count, "entry", plural: "entries"))"
        if let span = audit.span {
            text += ", from \(span.first.minuteText) to \(span.last.minuteText) (UTC)"
        }
        text +=
            ": \(NumberText.counted(audit.scoresEntered, "score")) entered, \(audit.scoresReplaced) replaced afterwards, and \(NumberText.counted(audit.decisions.count, "decision")) recorded, replaced or withdrawn."
        var inlines: [Inline] = [.text(text)]
        if let digest = audit.digest {
            inlines += [
                .text(" The SHA-256 of its last entry, which seals every entry before it, is "),
                .code(digest), .text(" (decision.json records it as history.sha256)."),
            ]
        }
        return .paragraph(inlines)
    }

    private func peopleTable(_ audit: HistoryAudit) -> Block {
        .table(
            Table(
                header: ["Entered by", "Scores entered", "Scores replaced"],
                alignments: [.left, .right, .right],
                rows: audit.people.map {
                    [[.code($0.name)], [.text("\($0.entered)")], [.text("\($0.replaced)")]]
                }))
    }

    private func decisionTable(_ audit: HistoryAudit) -> Block {
        let header = showsNames ? ["Time (UTC)", "By", "Decision"] : ["Time (UTC)", "Decision"]
        let rows: [[[Inline]]] = audit.decisions.map { entry in
            let time: [Inline] = [.text(entry.time.minuteText)]
            let what: [Inline] = [
                .text(showsNames ? HistoryText.describe(entry) : anonymous(entry))
            ]
            return showsNames ? [time, [.code(entry.by)], what] : [time, what]
        }
        return .table(Table(header: header, rows: rows))
    }

    private func finalParagraph(_ audit: HistoryAudit) -> Block {
        guard let first = audit.firstFinal else {
            return .paragraph([
                .text(
                    "Nothing was changed after an evaluation of the round as final (tender evaluate --require-final records each one in the history)."
                )
            ])
        }
        let when =
            "The round was first evaluated as final at \(first.time.minuteText) (UTC, entry \(first.seq))"
        return .paragraph([
            .strong("Changed after a final evaluation. "),
            .text(
                when
                    + "; \(NumberText.counted(audit.changedAfterFinal.count, "change")) to scores or decisions followed:"
            ),
        ])
    }

    private func line(_ entry: HistoryEntry) -> String {
        showsNames ? HistoryText.line(entry) : "\(entry.time.minuteText) \(anonymous(entry))"
    }

    /// An entry in words without names or values: "a score replaced for S / C".
    private func anonymous(_ entry: HistoryEntry) -> String {
        let change = entry.change
        let about = ["submission", "criterion"].compactMap { change.subject($0) }.map(
            HistoryText.printable
        ).joined(separator: " / ")
        let kind = change.subject("kind").map { $0 == "conflict" ? "conflict ruling" : $0 } ?? ""
        switch change.action {
        case .scoreAdded: return "a score entered for \(about)"
        case .scoreReplaced: return "a score replaced for \(about)"
        case .decisionRecorded: return "the \(kind) for \(about) recorded"
        case .decisionReplaced: return "the \(kind) for \(about) replaced"
        case .decisionWithdrawn: return "the \(kind) for \(about) withdrawn"
        default: return HistoryText.describe(entry)
        }
    }
}

extension AwardRationale {
    /// The audit section; `showsNames` false for a document the public reads.
    func historySection(showsNames: Bool = true) -> [Block] {
        HistoryAuditSection(history: round.history, showsNames: showsNames).blocks()
    }
}
