import Foundation

/// The sensitivity figures in words, one definition for the award rationale and the summaries.
///
/// Figures are rounded so that the sentence stays true: a weight margin is rounded down ("holds
/// unless more than 7.4 points move": every transfer up to 7.4 keeps it), a needed increase up
/// ("more than 0.8 more would have won": anything above it does). Shares are percentages to one
/// decimal.
struct SensitivityWording: Sendable {
    let report: SensitivityReport
    let round: LoadedRound
    let decision: Decision
    /// Indexes built once, so that a national round's 100,000 summaries and table rows each look
    /// up their own entry instead of searching every submission.
    private let organisations: [String: String]
    private let toWinEntries: [String: Int]
    private let awardedShares: [String: Double]

    init(report: SensitivityReport, round: LoadedRound, decision: Decision) {
        self.report = report
        self.round = round
        self.decision = decision
        organisations = Dictionary(
            decision.submissions.map { ($0.id, $0.organisation) }, uniquingKeysWith: { a, _ in a })
        toWinEntries = Dictionary(
            report.toWin.enumerated().compactMap { index, entry in
                entry.submission.map { ($0, index) }
            }, uniquingKeysWith: { a, _ in a })
        awardedShares = Dictionary(
            (report.acceptability?.awarded ?? []).map { ($0.submission, $0.share) },
            uniquingKeysWith: { a, _ in a })
    }

    static func margin(_ value: Double) -> String {
        NumberText.plain(((value * 100) + 1e-6).rounded(.down) / 100)
    }

    static func increase(_ value: Double) -> String {
        NumberText.plain(max(0, ((value * 100) - 1e-6).rounded(.up) / 100))
    }

    static func share(_ value: Double) -> String {
        NumberText.fixed(value * 100, 1) + "%"
    }

    func criterionTitle(_ id: String?) -> String {
        round.rubric.criteria.first { $0.id == id }?.title ?? id ?? ""
    }

    func organisation(_ id: String?) -> String {
        id.flatMap { organisations[$0] } ?? id ?? ""
    }

    var awardWord: String { decision.mode == .single ? "awarded" : "funded" }

    /// "The award holds unless more than 7.4 percentage points of weight move from Price to …"
    var weightSentence: String {
        let margin = report.weightMargin
        guard let value = margin.margin else {
            return
                "No transfer of weight between any two criteria, however large, changes who is \(awardWord)."
        }
        return
            "The award holds unless more than \(Self.margin(value)) percentage points of weight move from \(criterionTitle(margin.from)) to \(criterionTitle(margin.to))."
    }

    /// "… the runner-up would have needed more than 0.8 more on Partnership working."
    var scoreSentence: String? {
        let margin = report.scoreMargin
        guard let submission = margin.submission else { return nil }
        let who =
            decision.mode == .single
            ? "The runner-up, \(organisation(submission)),"
            : "The first submission below the funding line, \(organisation(submission)),"
        guard let increase = margin.increase else {
            return
                "\(who) could not have been \(awardWord) by raising any one agreed score within the scale."
        }
        return
            "\(who) would have needed more than \(Self.increase(increase)) more on \(criterionTitle(margin.criterion)) (one agreed score) to be \(awardWord)."
    }

    /// "Within ±5 points of every weight, A is funded in 97.3% of 1,000 weightings, …"
    var acceptabilitySentence: String? {
        guard let acceptability = report.acceptability, acceptability.draws > 0 else { return nil }
        let draws = "\(NumberText.decimal(Decimal(acceptability.draws))) random weightings"
        guard !acceptability.awarded.isEmpty else {
            return
                "Within ±\(NumberText.plain(acceptability.window)) points of every weight, nobody is \(awardWord) in any of \(draws)."
        }
        let shown = acceptability.awarded.prefix(5)
        let window = "Within ±\(NumberText.plain(acceptability.window)) points of every weight"
        var sentence =
            "\(window), \(organisation(shown[shown.startIndex].submission)) is \(awardWord) in \(Self.share(shown[shown.startIndex].share)) of \(draws) (seed \(acceptability.seed))"
        for share in shown.dropFirst() {
            sentence += ", \(organisation(share.submission)) in \(Self.share(share.share))"
        }
        let rest = acceptability.awarded.count - shown.count
        if rest > 0 {
            sentence += ", and \(NumberText.counted(rest, "other submission")) less often"
        }
        return sentence + "."
    }

    /// The applicant's own figure, for its summary; nil for a submission that was not ranked.
    func ownSentence(_ result: SubmissionResult) -> String? {
        if result.status == .awarded {
            guard let acceptability = report.acceptability, acceptability.draws > 0 else {
                return nil
            }
            let share = awardedShares[result.id] ?? 0
            return
                "Had the weights been up to \(NumberText.plain(acceptability.window)) points different, your submission would still have been \(awardWord) in \(Self.share(share)) of \(NumberText.decimal(Decimal(acceptability.draws))) random weightings."
        }
        guard let entry = toWinEntries[result.id].map({ report.toWin[$0] }) else { return nil }
        guard let increase = entry.increase else {
            return
                "No increase of a single agreed score within the scale would have made your submission \(awardWord)."
        }
        return
            "With more than \(Self.increase(increase)) more on \(criterionTitle(entry.criterion)) (one agreed score), your submission would have been \(awardWord)."
    }
}
