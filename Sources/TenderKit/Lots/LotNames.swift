/// Each submission's lot title, for documents that name an award by its lot (the audit schedule,
/// where one bidder may hold several lots). Empty phrases in a round without lots.
struct LotNames {
    private let titleBySubmission: [String: String]

    init(round: Round, submissions: [Submission]) {
        guard !round.lots.isEmpty else {
            titleBySubmission = [:]
            return
        }
        let titles = Dictionary(
            round.lots.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        titleBySubmission = Dictionary(
            submissions.compactMap { submission in
                submission.lot.flatMap { titles[$0] }.map { (submission.id, $0) }
            }, uniquingKeysWith: { first, _ in first })
    }

    /// ", lot Hartlepool" for a submission in a lot; "" otherwise.
    func phrase(_ submission: String) -> String {
        titleBySubmission[submission].map { ", lot \($0)" } ?? ""
    }
}
