import TenderKit

/// `tender rubric FILE`: the published evaluation methodology that bidders read before they bid.
enum RubricCommand: Command {
    static let spec = CommandSpec(
        name: "rubric",
        abstract: "Publish a rubric's evaluation methodology for bidders (Markdown or HTML).",
        discussion: """
            Writes each gate in words, each criterion with its weight, guidance and the scale's
            descriptors, the value-for-money formula in words and symbols with a worked example,
            thresholds, the abnormally-low rule, tie-breaks, consensus and moderation, and how the
            award is made. Prints to standard output unless --out is given.
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "The rubric file.")],
        options: [
            .value("format", "FORMAT", help: "md or html.", default: "md"),
            .value(
                "out", "FILE", short: "o",
                help: "Write to this file (atomically) instead of standard output."),
        ],
        examples: [
            "tender rubric Rubrics/community-safety-fund.json --format html --out methodology.html"
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let format = arguments.value("format") ?? "md"
        guard format == "md" || format == "html" else {
            throw .usage(.invalidValue(option: "--format", value: format, reason: "use md or html"))
        }
        let (rubric, diagnostics) = RubricLoader.load(path: arguments.positionals[0])
        guard let rubric else { throw .invalidInput(diagnostics) }
        let document = RubricMethodology(rubric: rubric).document()
        let text =
            format == "html" ? HTMLRenderer().render(document) : MarkdownRenderer().render(document)
        guard let path = arguments.value("out") else {
            console.writeOut(text)
            return .success
        }
        if let problem = RoundInputs(files: [arguments.positionals[0]]).problem(writingFile: path) {
            throw .failed(problem)
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw .failed(error.description)
        }
        console.printError("Wrote \(path)")
        return .success
    }
}
