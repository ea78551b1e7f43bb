import Foundation

/// Where a command's words go and its answers come from: the terminal in use, a buffer in tests.
final class Console {
    let writeOut: (String) -> Void
    let writeError: (String) -> Void
    let readInputLine: () -> String?
    /// Standard input is a terminal (prompts are shown); false when it is a pipe or a file.
    let isInteractive: Bool

    init(out: @escaping (String) -> Void, error: @escaping (String) -> Void, readLine: @escaping () -> String? = { nil },
         isInteractive: Bool = false) {
        self.writeOut = out
        self.writeError = error
        self.readInputLine = readLine
        self.isInteractive = isInteractive
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
            isInteractive: isatty(STDIN_FILENO) == 1)
    }
}
