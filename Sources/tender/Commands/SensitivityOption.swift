import TenderKit

/// `--sensitivity-draws N`, shared by the commands that run the sensitivity analysis.
enum SensitivityOption {
    static let spec = OptionSpec.value(
        "sensitivity-draws", "N",
        help:
            "Random weightings (within ±\(NumberText.plain(SensitivityAnalysis.window)) points of each weight, seed \(SensitivityAnalysis.defaultSeed)) for the rank acceptability; 0 turns it off.",
        default: String(SensitivityAnalysis.defaultDraws))

    static func draws(_ arguments: ParsedArguments) throws(CommandError) -> Int {
        guard let text = arguments.value("sensitivity-draws") else {
            return SensitivityAnalysis.defaultDraws
        }
        guard let count = Int(text), count >= 0, count <= 1_000_000 else {
            throw .usage(
                .invalidValue(
                    option: "--sensitivity-draws", value: text,
                    reason: "write a whole number from 0 to 1000000"))
        }
        return count
    }
}
