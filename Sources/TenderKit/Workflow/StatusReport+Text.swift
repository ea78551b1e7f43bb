/// `tender status` as text for the terminal and as JSON for machines.
extension StatusReport {
    public func text() -> String {
        let count = items.count
        var lines = [
            isFinal
                ? "\(round.round.id): FINAL — nothing blocks the decision."
                : "\(round.round.id): PROVISIONAL — \(NumberText.counted(count, "item")) block\(count == 1 ? "s" : "") a final decision."
        ]
        if matrix.isEmpty {
            lines += summaryLines()
        } else {
            lines +=
                ["", "Scoring (scored / expected criteria per evaluator and submission):"]
                + matrixLines()
        }
        let ineligible = decision.submissions.filter { $0.status == .ineligible }.map(\.id)
        if !ineligible.isEmpty {
            lines.append("  Not scored (ineligible): \(StatusReport.list(ineligible))")
        }
        lines += lotLines()
        for (number, item) in items.prefix(StatusReport.itemsShown).enumerated() {
            let b = item.blocking
            let subject = [
                b.field ?? b.submission, b.criterion, b.evaluator.map { "evaluator " + $0 },
            ].compactMap { $0 }.joined(separator: " / ")
            // Comments and evidence come from inputs: one line each, controls made visible.
            let detail = ControlCharacters.visible(
                BlockingWords.detail(b.detail), keepingLines: false)
            lines += ["", "\(number + 1). \(b.kind.rawValue): \(subject)", "   \(detail)"]
            lines += item.evidence.map {
                "     " + ControlCharacters.visible($0, keepingLines: false)
            }
            lines.append("   settle: \(item.command)")
        }
        if items.count > StatusReport.itemsShown {
            lines += [
                "",
                "… and \(NumberText.counted(items.count - StatusReport.itemsShown, "more blocking item")) ('tender status ROUND --format json' lists every one).",
            ]
        }
        return lines.joined(separator: "\n")
    }

    private func matrixLines() -> [String] {
        let ids = submissions.map { round.submissions[$0].id }
        let width = max(12, (ids.map(\.count).max() ?? 0) + 2)
        let nameWidth = max(12, (round.panel.evaluators.map(\.id.count).max() ?? 0) + 2)
        var lines = [
            ("  " + pad("", nameWidth) + ids.map { pad($0, width) }.joined())
                .trimmingTrailingSpaces()
        ]
        for (evaluator, row) in matrix.enumerated() {
            let cells = row.map { cell -> String in
                if cell.excluded { return pad("excluded", width) }
                return pad(
                    "\(cell.scored)/\(cell.expected)" + (cell.pendingConflict ? " (?)" : ""), width)
            }
            lines.append(
                ("  " + pad(round.panel.evaluators[evaluator].id, nameWidth) + cells.joined())
                    .trimmingTrailingSpaces())
        }
        if matrix.contains(where: { $0.contains { $0.pendingConflict } }) {
            lines.append("  (?) a possible conflict awaits the chair's ruling")
        }
        return lines
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    public func json() -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.field("round", round.round.id)
        json.field("status", decision.status.rawValue)
        json.key("completeness")
        json.beginArray()
        for (evaluator, row) in matrix.enumerated() {
            json.beginObject()
            json.field("evaluator", round.panel.evaluators[evaluator].id)
            json.key("submissions")
            json.beginArray()
            for (column, cell) in row.enumerated() {
                json.beginObject()
                json.field("submission", round.submissions[submissions[column]].id)
                json.field("scored", cell.scored)
                json.field("expected", cell.expected)
                json.field("excluded", cell.excluded)
                json.field("pendingConflict", cell.pendingConflict)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("blocking")
        json.beginArray()
        for item in items { write(item, &json) }
        json.endArray()
        writeLots(&json)
        json.endObject()
        return json.bytes
    }

    private func write(_ item: Item, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("kind", item.blocking.kind.rawValue)
        json.field("submission", item.blocking.submission)
        if let criterion = item.blocking.criterion {
            json.key("criterion")
            json.string(criterion)
        }
        if let evaluator = item.blocking.evaluator {
            json.key("evaluator")
            json.string(evaluator)
        }
        if let field = item.blocking.field {
            json.key("field")
            json.string(field)
        }
        json.field("detail", BlockingWords.detail(item.blocking.detail))
        json.key("evidence")
        json.beginArray()
        for line in item.evidence { json.string(line) }
        json.endArray()
        json.field("command", item.command)
        json.endObject()
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
