import TenderKit

/// The `tender` executable: finds the subcommand, parses its arguments, runs it, and turns every
/// failure into a message on standard error and an exit code. Nothing else prints errors.
enum TenderCommand {
    /// Every command, grouped by who uses it, in the order a round goes through them.
    static let groups: [(title: String, commands: [any Command.Type])] = [
        (
            "Rubric authors and procurement staff",
            [InitCommand.self, RubricCommand.self, ValidateCommand.self]
        ),
        ("Panel members", [ScoresheetCommand.self, ImportCommand.self, ScoreCommand.self]),
        (
            "The chair",
            [
                StatusCommand.self, ConflictsCommand.self, DecideCommand.self,
                EvaluateCommand.self, HistoryCommand.self,
            ]
        ),
        ("Applicants and auditors", [ExplainCommand.self, VerifyCommand.self]),
    ]

    static let commands: [any Command.Type] = groups.flatMap(\.commands)

    static func main(_ arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.printError(overview())
            return ExitCode.invalidInput.rawValue
        }
        switch first {
        case "-h", "--help":
            console.print(overview())
            return ExitCode.success.rawValue
        case "--version":
            console.print("tender \(EngineVersion.current)")
            return ExitCode.success.rawValue
        case "help":
            return help(arguments.dropFirst().first, console: console)
        default:
            return run(first, Array(arguments.dropFirst()), console: console)
        }
    }

    private static func run(_ name: String, _ arguments: [String], console: Console) -> Int32 {
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            let names = commands.map { $0.spec.name }
            console.printError(
                "tender: error: \(ArgumentError.unknownCommand(name, suggestion: EditDistance.suggestion(for: name, among: names)).message)"
            )
            console.printError("Run 'tender --help' for the list of commands.")
            return ExitCode.invalidInput.rawValue
        }
        if arguments.contains("--help") || arguments.contains("-h") {
            console.print(UsageText.help(command.spec))
            return ExitCode.success.rawValue
        }
        do throws(CommandError) {
            let parsed: ParsedArguments
            do throws(ArgumentError) {
                parsed = try ArgumentParser.parse(arguments, spec: command.spec)
            } catch {
                throw CommandError.usage(error)
            }
            return try command.run(parsed, console: console).rawValue
        } catch {
            return report(error, command: command.spec, console: console).rawValue
        }
    }

    private static func report(_ error: CommandError, command: CommandSpec, console: Console)
        -> ExitCode
    {
        switch error {
        case .invalidInput(let diagnostics):
            console.printError(DiagnosticFormatter().format(diagnostics))
            let strict = diagnostics.hasErrors ? "" : " (--strict treats warnings as errors)"
            console.printError(
                "tender \(command.name): \(DiagnosticCount.phrase(diagnostics))\(strict); nothing was written"
            )
            return .invalidInput
        case .usage(let problem):
            console.printError("tender \(command.name): error: \(problem.message)")
            console.printError("Usage: \(UsageText.usageLine(command))")
            console.printError("Run 'tender \(command.name) --help' for more.")
            return .invalidInput
        case .failed(let message):
            console.printError("tender \(command.name): error: \(message)")
            return .invalidInput
        case .internalError(let message):
            console.printError("tender \(command.name): internal error: \(message)")
            console.printError(
                "This is a fault in tender, not in your files; please report it with the command you ran."
            )
            return .internalError
        }
    }

    private static func help(_ name: String?, console: Console) -> Int32 {
        guard let name else {
            console.print(overview())
            return ExitCode.success.rawValue
        }
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            let names = commands.map { $0.spec.name }
            console.printError(
                "tender: error: \(ArgumentError.unknownCommand(name, suggestion: EditDistance.suggestion(for: name, among: names)).message)"
            )
            return ExitCode.invalidInput.rawValue
        }
        console.print(UsageText.help(command.spec))
        return ExitCode.success.rawValue
    }

    static func overview() -> String {
        var lines = [
            "OVERVIEW: tender evaluates procurement tenders and grant applications against a rubric,",
            "and writes the decision record, the award rationale and open data.",
            "",
            "USAGE: tender COMMAND [ARGUMENTS] [OPTIONS]",
            "",
            "COMMANDS:",
        ]
        for group in groups {
            lines.append("  \(group.title):")
            for command in group.commands {
                let name = command.spec.name
                lines.append(
                    "    " + name + String(repeating: " ", count: max(2, 12 - name.count))
                        + command.spec.abstract)
            }
        }
        lines += [
            "",
            "Run 'tender COMMAND --help' for a command's arguments and options.",
            "Exit codes: 0 success; 1 internal error; 2 invalid input or usage; 3 decision not final;",
            "4 'verify' found a record that does not match its inputs.",
        ]
        return lines.joined(separator: "\n")
    }
}
