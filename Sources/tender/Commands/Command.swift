import TenderKit

/// A `tender` subcommand: its declared arguments and what it does with them.
protocol Command: SendableMetatype {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
}

/// How `tender` ends, the same for every command.
enum ExitCode: Int32 {
    case success = 0
    case internalError = 1
    /// Invalid input or usage: the message is on standard error.
    case invalidInput = 2
    /// The decision is provisional (with `--require-final`), or something blocks it (`status`).
    case notFinal = 3
    /// `verify`: the published record does not match the inputs.
    case mismatch = 4
}

/// Why a command stopped; `TenderCommand` turns each into words on standard error and an exit code.
enum CommandError: Error {
    /// Problems in the input files, already located (`FILE:LINE:COLUMN`).
    case invalidInput([Diagnostic])
    /// A wrong command line.
    case usage(ArgumentError)
    /// Something the user can fix that has no place in a file (a folder that already exists).
    case failed(String)
    /// A fault in tender itself.
    case internalError(String)
}
