import Foundation

/// Where a command's words go and its answers come from: the terminal in use, a buffer in tests.
final class Console {
    let writeOut: (String) -> Void
    let writeError: (String) -> Void
    /// The next line of input without its line break, or nil at the end (a terminal or a pipe alike).
    let readInputLine: () -> String?
    /// Whether standard error is a terminal (progress is then redrawn in place).
    let errorIsTerminal: Bool

    init(
        out: @escaping (String) -> Void, error: @escaping (String) -> Void,
        readLine: @escaping () -> String? = { nil }, errorIsTerminal: Bool = false
    ) {
        self.errorIsTerminal = errorIsTerminal
        self.writeOut = out
        self.writeError = error
        self.readInputLine = readLine
    }

    /// A line on standard output.
    func print(_ text: String) { writeOut(text + "\n") }
    /// A line on standard error (diagnostics, progress).
    func printError(_ text: String) { writeError(text + "\n") }
    func readLine() -> String? { readInputLine() }

    static func standard() -> Console {
        Console(
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            error: { text in FileHandle.standardError.write(Data(text.utf8)) },
            readLine: { Swift.readLine(strippingNewline: true) },
            errorIsTerminal: isatty(STDERR_FILENO) != 0)
    }
}
