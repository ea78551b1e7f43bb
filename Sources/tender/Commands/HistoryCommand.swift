import Foundation
import TenderKit

/// `tender history ROUND`: the round's journal in words, checked as `tender validate` checks it.
enum HistoryCommand: Command {
    static let spec = CommandSpec(
        name: "history",
        abstract: "Show who scored and decided what, and when: the round's history.",
        discussion: """
            Prints the entries of ROUND/history.jsonl in order, one line each: the time (UTC),
            who, and what changed, with old and new values. The chain of digests is checked
            first: a broken chain is an error naming the first bad entry's line (the entries
            before it are still shown). A file changed outside tender, or a command stopped
            before it finished, is a warning. --submission and --evaluator keep only the entries
            about them (an evaluator's scores, and conflict rulings about them).
            """,
        arguments: [ArgumentSpec(name: "ROUND", help: "The round folder.")],
        options: [
            .value("submission", "ID", help: "Only entries about this submission."),
            .value("evaluator", "ID", help: "Only entries about this evaluator."),
            .value("format", "FORMAT", help: "text or json.", default: "text"),
        ],
        examples: [
            "tender history Samples/community-safety-fund-2024",
            "tender history Samples/community-safety-fund-2024 --submission csf-2024-02 --format json",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let folder = arguments.positionals[0]
        let json = try HistoryListing.isJSON(arguments.value("format"))
        guard FileManager.default.fileExists(atPath: FilePath.join(folder, "round.json")) else {
            throw .invalidInput([
                .error(
                    at: .file(folder),
                    "round folder not found (a round is a folder holding round.json)")
            ])
        }
        let (journal, diagnostics) = HistoryListing.read(folder)
        guard let journal else {
            console.printError(
                DiagnosticFormatter().format(HistoryJournal.absenceNote(folder: folder)))
            if json { console.print(HistoryListing.json([], journal: nil)) }
            return .success
        }
        let filter = HistoryFilter(
            submission: arguments.value("submission"), evaluator: arguments.value("evaluator"))
        let shown = journal.entries.indices.filter { filter.matches(journal.entries[$0]) }
        if json {
            console.print(HistoryListing.json(shown, journal: journal))
        } else {
            for index in shown { console.print(HistoryText.line(journal.entries[index])) }
            if shown.isEmpty {
                console.print(HistoryListing.nothingShown(filter, journal: journal))
            }
        }
        if !diagnostics.isEmpty { console.printError(DiagnosticFormatter().format(diagnostics)) }
        return diagnostics.hasErrors ? .invalidInput : .success
    }
}
