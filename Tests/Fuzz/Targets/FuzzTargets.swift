/// One fuzz target: a name (its corpus folder is `Tests/Fuzz/Corpus/NAME`) and what it does with
/// one input. A target returns normally for every input; a crash, a hang or a memory blow-up is
/// the finding.
struct FuzzTarget: Sendable {
    var name: String
    var summary: String
    var run: @Sendable ([UInt8]) -> Void
}

/// The registry: every target `run.sh` can run.
enum FuzzTargets {
    static let all: [FuzzTarget] = [
        FuzzTarget(name: "json", summary: "JSONReader", run: JSONFuzz.run),
        FuzzTarget(name: "rubric", summary: "rubric decoder and checks", run: DecoderFuzz.rubric),
        FuzzTarget(name: "round", summary: "round.json decoder", run: DecoderFuzz.round),
        FuzzTarget(name: "panel", summary: "panel.json decoder", run: DecoderFuzz.panel),
        FuzzTarget(
            name: "submission", summary: "submission decoder", run: DecoderFuzz.submission),
        FuzzTarget(
            name: "decisions", summary: "decisions.json decoder", run: DecoderFuzz.decisions),
        FuzzTarget(name: "csv", summary: "CSVReader", run: CSVFuzz.run),
        FuzzTarget(name: "scores", summary: "scores.csv row checks", run: ScoresFuzz.run),
        FuzzTarget(name: "lexer", summary: "rule-language lexer", run: RuleFuzz.lexer),
        FuzzTarget(name: "parser", summary: "rule-language parser", run: RuleFuzz.parser),
        FuzzTarget(name: "checker", summary: "rule-language checker", run: RuleFuzz.checker),
        FuzzTarget(
            name: "evaluator", summary: "round evaluation and documents", run: EvaluatorFuzz.run),
    ]
}
