/// `scores`: `scores.csv` on any bytes, checked row by row against the fixed round's evaluators,
/// submissions and criteria (`FixedRound`). A table read must hold only rows on the scale.
enum ScoresFuzz {
    @Sendable static func run(_ bytes: [UInt8]) {
        let source = SourceText(path: "scores.csv", bytes: bytes)
        let log = DiagnosticLog()
        let table = FixedRound.shared.readScores(source, log: log)
        FuzzChecks.report(log.diagnostics, source: source)
        guard let table else { return }
        FuzzChecks.require(!log.hasErrors, "a table was returned with errors")
        let scale = FixedRound.shared.scale
        for row in 0..<table.count {
            FuzzChecks.require(scale.contains(table.scores[row]), "score \(table.scores[row])")
            _ = table.comment(row)
            _ = table.location(ofRow: row)
        }
    }
}
