/// The applicant's own sensitivity figure in words: what it would have taken to be successful, or,
/// for a successful applicant, how often it is still successful when the weights vary. It names
/// nothing of any other applicant, and the figure follows from the published method, the
/// applicant's own scores and the funding line (or the winner's published total).
extension AssessmentSummary {
    func sensitivityNote() -> [Block] {
        guard let sentence = context.sensitivity?.ownSentence(result) else { return [] }
        return [
            .heading(level: 2, text: [.text("How close it was")], anchor: "sensitivity"),
            .paragraph([.text(sentence)]),
        ]
    }
}
