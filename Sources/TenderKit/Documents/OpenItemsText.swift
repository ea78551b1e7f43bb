/// What still blocks a provisional decision, in words an applicant may read: counts by kind
/// across the round, naming no other submission, and saying which items concern the reader's own
/// submission and whether the leading submission's value awaits a clarification.
enum OpenItemsText {
    static func sentences(
        _ blocking: [BlockingItem], rubric: Rubric, recipient: String, leading: String?
    ) -> [String] {
        var sentences: [String] = []
        for kind in BlockingItem.Kind.allCases {
            let items = blocking.filter { $0.kind == kind }
            guard !items.isEmpty else { continue }
            var sentence = describe(kind, count: items.count, rubric: rubric)
            let own = items.filter { $0.submission == recipient }.count
            if own > 0 {
                sentence +=
                    own == items.count
                    ? " (this concerns your submission)"
                    : " (\(own) of them concern your submission)"
            }
            sentences.append(sentence + ".")
        }
        if let leading, leading != recipient,
            let item = blocking.first(where: {
                $0.kind == .abnormallyLow && $0.submission == leading
            })
        {
            let title =
                rubric.criteria.first { $0.id == item.criterion }?.title.lowercased() ?? "a value"
            sentences.append(
                "The leading submission's \(title) was flagged as abnormally low and awaits a clarification; if the panel rejects it, that submission is excluded and the outcome changes."
            )
        }
        return sentences
    }

    private static func describe(_ kind: BlockingItem.Kind, count: Int, rubric: Rubric) -> String {
        switch kind {
        case .moderationRequired:
            return
                "The panel must agree a moderated score in \(NumberText.counted(count, "case")) where the evaluators' scores for a submission on a criterion differ by more than \(NumberText.plain(rubric.consensus.maxSpread))"
        case .insufficientEvaluators:
            return
                "In \(NumberText.counted(count, "case")), a submission has fewer than \(rubric.panel.minIndependentEvaluators) independent scores on a criterion so far"
        case .abnormallyLow:
            return
                "\(NumberText.counted(count, "value")) flagged as abnormally low \(count == 1 ? "awaits" : "await") a clarification from the applicant"
        case .possibleConflict:
            return
                "The chair must rule on \(NumberText.counted(count, "possible conflict")) of interest between an evaluator and an applicant; meanwhile the evaluator's scores count"
        case .tie:
            return
                "\(NumberText.counted(count, "submission")) \(count == 1 ? "is" : "are") tied on a total that decides an award"
        case .incompleteRound:
            return
                "The round's own details are not complete: \(NumberText.counted(count, "field")) of round.json or panel.json \(count == 1 ? "still holds" : "still hold") a placeholder or a budget of 0"
        }
    }
}
