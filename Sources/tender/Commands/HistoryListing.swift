import Foundation
import TenderKit

/// The pieces of `tender history`: reading the journal with its checks, and the JSON listing.
enum HistoryListing {
    static func isJSON(_ format: String?) throws(CommandError) -> Bool {
        switch format ?? "text" {
        case "text": return false
        case "json": return true
        case let other:
            throw .usage(
                .invalidValue(
                    option: "--format", value: other,
                    reason:
                        "use text or json\(EditDistance.didYouMean(other, among: ["text", "json"]))"
                ))
        }
    }

    /// The journal and its problems, checked against the files as `tender validate` does.
    static func read(_ folder: String) -> (HistoryJournal?, [Diagnostic]) {
        HistoryJournal.readChecked(folder: folder)
    }

    /// Why nothing was listed: no entry names the id asked for (with a suggestion).
    static func nothingShown(_ filter: HistoryFilter, journal: HistoryJournal) -> String {
        var reasons: [String] = []
        for (name, value) in [("submission", filter.submission), ("evaluator", filter.evaluator)] {
            guard let value else { continue }
            let ids = HistoryFilter.ids(name, in: journal.entries)
            if !ids.contains(value) {
                reasons.append(
                    "no entry is about \(name) '\(value)'\(EditDistance.didYouMean(value, among: ids))"
                )
            }
        }
        return reasons.isEmpty
            ? "No entries match." : "No entries match: " + reasons.joined(separator: "; ") + "."
    }

    /// `{"entries": [...], "lastDigest": …}`: each entry as the journal holds it, with its line
    /// and its words.
    static func json(_ shown: [Int], journal: HistoryJournal?) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.key("entries")
        json.beginArray()
        for index in shown {
            guard let journal else { break }
            let entry = journal.entries[index]
            guard case .object(let object)? = try? JSONReader.read(entry.line()).root.kind else {
                continue
            }
            json.beginObject()
            json.field("line", index + 1)
            for member in object.members {
                json.key(member.key)
                json.value(member.value)
            }
            json.field("text", HistoryText.describe(entry))
            json.endObject()
        }
        json.endArray()
        json.field("lastDigest", journal?.digests.last)
        json.endObject()
        return String(json.text.dropLast())
    }
}
