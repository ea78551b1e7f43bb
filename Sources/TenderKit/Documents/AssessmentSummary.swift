import Foundation

/// What one applicant receives: their own assessment against each criterion with the panel's
/// reasons, their total and outcome, and how the successful submission compares, and nothing else
/// about any other applicant (the UK Procurement Act 2023's "assessment summary").
///
/// Redaction is by construction: the builder reads only the recipient's own result, the successful
/// submission's (for a contract: its name, value, scores and the panel's comments where it scored
/// higher; for grants: anonymous scores and the funding line), and round-level facts.
public struct AssessmentSummary {
    let context: AssessmentSummaryContext
    let result: SubmissionResult
    /// The successful submission of the recipient's lot or round (looked up once: the sections
    /// read it often).
    let successful: SubmissionResult?

    public init(context: AssessmentSummaryContext, result: SubmissionResult) {
        self.context = context
        self.result = result
        successful = context.successful(for: result)
    }

    var decision: Decision { context.decision }
    var round: LoadedRound { context.round }
    var rubric: Rubric { round.rubric }
    var currency: String { round.round.budget.currency }
    func money(_ amount: Decimal) -> String { MoneyText.format(amount, currency: currency) }

    public func document() -> Document {
        if round.round.awardStage.regime == .procurementAct2023 { return regulation31Document() }
        let submission = round.submissions[result.index]
        var document = Document(
            title: (isProvisional ? "Draft assessment summary: " : "Assessment summary: ")
                + submission.title)
        document.blocks.append(
            .facts(
                [
                    (label: "Applicant", value: [.text(submission.organisation.name)]),
                    (label: "Submission", value: [.code(result.id)]),
                    (label: "Round", value: [.text(round.round.title)]),
                    (label: "Buyer", value: [.text(round.round.buyer.name)]),
                    (label: "Award date", value: [.text(round.round.awardDate.description)]),
                ] + lotFacts()))
        document.blocks += draftNote() + outcomeSection()
        if result.status == .ineligible {
            document.blocks += gateSection()
        } else {
            document.blocks += ownScoresSection() + comparisonSection() + sensitivityNote()
        }
        document.blocks.append(
            .paragraph([
                .emphasis(
                    "This summary describes your own submission. Other applicants' details are not disclosed, except what is published about the successful submission."
                )
            ]))
        return document
    }

    private func outcomeSection() -> [Block] {
        let headline = lotHeadline() ?? headline()
        var items: [[Inline]] = ownReasons().map { [.text($0)] }
        if let sentence = awardStepSentence() { items.insert([.text(sentence)], at: 0) }
        if let total = result.total {
            items.insert(
                [
                    .text(
                        "Your total: \(AwardRationale.points(total)) out of 100\(result.rank.map { ", ranked \($0)" } ?? "")."
                    )
                ], at: 0)
        }
        if let percent = result.qualityPercent {
            items.append([
                .text(
                    "Your quality score: \(NumberText.fixed(percent, 2))% of the panel-scored points."
                )
            ])
        }
        if result.flags.contains(where: { $0.kind == .tie }) {
            items.append([
                .text(
                    "Your total was equal to another submission's, and the rubric's tie-breaks did not separate them."
                )
            ])
        }
        return [
            .heading(level: 2, text: [.text("Outcome")], anchor: "outcome"),
            .paragraph([.strong(headline)]), .bulletList(items),
        ]
    }

    /// The reasons for the outcome, in words that mention no other applicant. The decision record's
    /// own reasons for an abnormally low value quote the others' mean, so they are restated here.
    func ownReasons() -> [String] {
        let clarifications = context.clarifications[result.id] ?? []
        // A ranked submission's outcome is worded by `awardStepSentence`; a rejected one's below.
        let worded: Set<SubmissionResult.Status> = [.rejected, .awarded, .notAwarded, .notFunded]
        var reasons =
            worded.contains(result.status)
            ? []
            : result.reasons.map {
                context.pseudonyms.redact(Self.sentence(context.reasonWords.text($0)))
            }
        for flag in result.flags where flag.kind == .abnormallyLow {
            let criterion = rubric.criteria.first { $0.id == flag.criterion }
            let answer = clarifications.first { $0.criterion == criterion?.id }
            let what =
                criterion.map { "Your \($0.title.lowercased())" } ?? "A value in your submission"
            switch answer?.outcome {
            case .rejected:
                reasons.append(
                    "\(what) was flagged as abnormally low compared with the other submissions; after clarification the panel rejected it: \(context.pseudonyms.redact(answer?.rationale ?? ""))"
                )
            case .accepted:
                reasons.append(
                    "\(what) was flagged as abnormally low compared with the other submissions; the panel accepted your clarification: \(context.pseudonyms.redact(answer?.rationale ?? ""))"
                )
            case nil:
                reasons.append(
                    "\(what) was flagged as abnormally low compared with the other submissions; the panel is seeking a clarification."
                )
            }
        }
        return reasons
    }

    /// A reason as a sentence, ending with a full stop.
    static func sentence(_ text: String) -> String {
        text.hasSuffix(".") ? text : text + "."
    }

    /// The gates that failed, with the values they were checked with (none when the submission
    /// passed them all and a value failed instead: the outcome's reasons say which).
    func gateSection() -> [Block] {
        let failed = zip(rubric.gates, result.gates).filter { !$0.1.passed }
        guard !failed.isEmpty else { return [] }
        return [
            .heading(level: 2, text: [.text("Eligibility")], anchor: "eligibility"),
            .table(
                Table(
                    header: ["Gate", "Why it failed", "Your values"],
                    rows: failed.map { gate, outcome in
                        [
                            [.strong(gate.title)],
                            [
                                .text(
                                    GateWords.message(
                                        outcome.message ?? gate.message, problem: outcome.problem))
                            ],
                            [.text(outcome.explanation)],
                        ]
                    })),
        ]
    }
}

/// What every assessment summary of a round shares, worked out once: the successful submission
/// the comparison is made with (the contract's winner, or the highest-ranked grant), the funding
/// line, and the panel's decisions by submission. A class: each of a national round's 100,000
/// summaries holds it with one reference, not a copy of every array and table it holds (whose
/// reference counts both cores would then contend for).
public final class AssessmentSummaryContext: Sendable {
    let decision: Decision
    let round: LoadedRound
    let successful: SubmissionResult?
    /// In a round divided into lots: each lot's winner, by lot id.
    let lotWinners: [String: SubmissionResult]
    /// The lowest total that was funded (allocation rounds).
    let fundingLine: Double?
    /// Allocation rounds: the budget left when each ranked submission was reached in rank order,
    /// and after each grant; whether a request was passed over because it did not fit.
    let remainingBefore: [String: Decimal]
    let remainingAfter: [String: Decimal]
    let budgetRanOut: Bool
    let moderation: [String: PanelDecisions.Moderation]
    let clarifications: [String: [PanelDecisions.Clarification]]
    /// Summaries follow the public rules: free text with the evaluators' personal data replaced.
    let pseudonyms: PanelPseudonyms
    let reasonWords: ReasonWords
    /// The sensitivity figures' words, with their indexes built once for every summary.
    let sensitivity: SensitivityWording?
    /// The shared words of each value-for-money criterion's note, by the rubric's criteria.
    let valueScaleWords: [ValueScaleWords?]

    public init(decision: Decision, round: LoadedRound) {
        self.decision = decision
        self.round = round
        let awarded = decision.submissions.filter { $0.status == .awarded }
        successful = awarded.min(by: SubmissionResult.isOrderedBefore)
        fundingLine = awarded.compactMap(\.total).min()
        lotWinners = Dictionary(
            decision.lots.compactMap { lot in
                lot.winner.map { (lot.id, decision.submissions[$0]) }
            }, uniquingKeysWith: { first, _ in first })
        (remainingBefore, remainingAfter, budgetRanOut) = Self.budgetWalk(decision)
        moderation = Dictionary(
            round.decisions.moderation.map {
                (IDPairKey.make($0.submission, $0.criterion), $0)
            },
            uniquingKeysWith: { first, _ in first })
        clarifications = Dictionary(grouping: round.decisions.clarifications, by: \.submission)
        pseudonyms = PanelPseudonyms(panel: round.panel)
        reasonWords = ReasonWords(round: round.round)
        sensitivity = decision.sensitivity.map {
            SensitivityWording(report: $0, round: round, decision: decision)
        }
        valueScaleWords = ValueScaleWords.make(rubric: round.rubric, decision: decision)
    }

    /// Walks the ranked submissions in award order (rank, then id), as the award step did.
    private static func budgetWalk(_ decision: Decision) -> (
        before: [String: Decimal], after: [String: Decimal], ranOut: Bool
    ) {
        var remaining = decision.budget.amount
        var before: [String: Decimal] = [:]
        var after: [String: Decimal] = [:]
        var ranOut = false
        for position in decision.positionsInRankOrder
        where decision.submissions[position].rank != nil {
            let result = decision.submissions[position]
            before[result.id] = remaining
            if result.status == .awarded, let awarded = result.awarded {
                remaining -= awarded
                after[result.id] = remaining
            } else if result.status == .notFunded, let amount = result.amount, amount > remaining {
                ranOut = true
            }
        }
        return (before, after, ranOut)
    }

    /// The submission a summary compares with: in a round divided into lots the winner of the
    /// recipient's own lot (nil when nobody won it), otherwise the round's successful submission.
    func successful(for result: SubmissionResult) -> SubmissionResult? {
        guard let lot = result.lot else { return successful }
        return lotWinners[lot]
    }
}
