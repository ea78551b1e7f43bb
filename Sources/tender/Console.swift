import Foundation
import TenderKit

/// Where a command's words go and its answers come from: the terminal in use, a buffer in tests.
final class Console {
    let writeOut: (String) -> Void
    let writeError: (String) -> Void
    /// The next line of input without its line break, or nil at the end (a terminal or a pipe alike).
    let readInputLine: () -> String?
    /// The time for the round's history entries (nil: TENDER_CLOCK is set but not a UTC time);
    /// nothing else reads the clock.
    let clock: () -> UTCTime?
    /// The user name the system reports: who makes a decision when `--by` is not given.
    let userName: () -> String
    /// Whether standard error is a terminal (progress is then redrawn in place).
    let errorIsTerminal: Bool

    init(
        out: @escaping (String) -> Void, error: @escaping (String) -> Void,
        readLine: @escaping () -> String? = { nil },
        clock: @escaping () -> UTCTime? = { UTCTime(Date()) },
        userName: @escaping () -> String = { NSUserName() }, errorIsTerminal: Bool = false
    ) {
        self.errorIsTerminal = errorIsTerminal
        self.writeOut = out
        self.writeError = error
        self.readInputLine = readLine
        self.clock = clock
        self.userName = userName
    }

    /// A line on standard output. Control characters taken from an input (an escape sequence in
    /// an applicant's name, a carriage return that would overwrite the line) are shown, not obeyed.
    func print(_ text: String) { writeOut(ControlCharacters.visible(text) + "\n") }
    /// A line on standard error (diagnostics, progress), control characters made visible.
    func printError(_ text: String) { writeError(ControlCharacters.visible(text) + "\n") }
    func readLine() -> String? { readInputLine() }

    static func standard() -> Console {
        Console(
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            error: { text in FileHandle.standardError.write(Data(text.utf8)) },
            readLine: { StandardInput.shared.readLine() },
            clock: {
                // TENDER_CLOCK fixes the history's time (to rebuild the samples' journals).
                guard let fixed = ProcessInfo.processInfo.environment["TENDER_CLOCK"] else {
                    return UTCTime(Date())
                }
                return UTCTime(fixed)
            },
            errorIsTerminal: isatty(STDERR_FILENO) != 0)
    }
}
