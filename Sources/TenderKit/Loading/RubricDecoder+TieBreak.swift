/// `tieBreak`: criterion ids, or `lower: EXPRESSION` / `higher: EXPRESSION`.
extension RubricDecoder {
    func decodeTieBreak() -> [Rubric.TieBreak]? {
        guard let entries = reader.array("tieBreak", required: false) else {
            return reader.value("tieBreak", required: false) == nil ? [] : nil
        }
        var result: [Rubric.TieBreak] = []
        for (index, entry) in entries.enumerated() {
            guard let text = entry.string else {
                reader.error(
                    "tieBreak[\(index)] must be a string (a criterion id, 'lower: …' or 'higher: …'), but it is \(entry.typeDescription)",
                    at: entry.offset)
                return nil
            }
            result.append(tieBreak(text, at: entry.offset, index: index))
        }
        return result
    }

    private func tieBreak(_ text: String, at offset: Int, index: Int) -> Rubric.TieBreak {
        for (prefix, isLower) in [("lower:", true), ("higher:", false)] where text.hasPrefix(prefix)
        {
            let afterPrefix = text.dropFirst(prefix.count)
            let expression = afterPrefix.drop { $0 == " " }
            let textOffset = text.utf8.count - expression.utf8.count
            let rule = RuleCompilation.compile(
                String(expression), literalAt: offset, textOffset: textOffset,
                source: reader.source, log: reader.log,
                expecting: .number, reference: .tieBreak(index))
            return isLower ? .lower(rule) : .higher(rule)
        }
        return .criterion(text, reader.source.location(at: offset))
    }
}
