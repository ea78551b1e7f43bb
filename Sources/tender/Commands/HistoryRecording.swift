import Foundation
import TenderKit

/// Who and when for the round's history: the one place the commands that change a round make
/// their `HistoryWriter` and turn its failure into a `CommandError`.
enum HistoryRecording {
    /// The `--by NAME` option of the commands a chair runs.
    static let byOption = OptionSpec.value(
        "by", "NAME", help: "Who makes the change, for the round's history.",
        default: "the user name the system reports")

    /// A writer for `folder`, the change made by `by` (or the option `--by`, or the system's user name).
    static func writer(
        folder: String, command: String, by: String? = nil, arguments: ParsedArguments,
        console: Console
    ) throws(CommandError) -> HistoryWriter {
        guard let time = console.clock() else {
            throw .failed(
                "TENDER_CLOCK is set but is not a UTC time such as 2024-06-03T14:12:00Z; unset it to use the clock"
            )
        }
        let name = (by ?? arguments.value("by") ?? console.userName()).trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard !name.isEmpty,
            !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw .usage(
                .invalidValue(
                    option: "--by", value: name,
                    reason: "give a name for the round's history, on one line"))
        }
        return HistoryWriter(folder: folder, time: time, by: name, command: command)
    }

    /// Runs a write, turning its failure into a `CommandError`.
    static func perform(_ write: () throws(HistoryWriteError) -> Void) throws(CommandError) {
        do {
            try write()
        } catch {
            throw .failed(error.message)
        }
    }
}
