import Foundation
import Testing

@testable import TenderKit

extension HistoryTests {
    /// The journal's own formats: times, and entries that read back as they were written.
    @Suite("Formats")
    struct HistoryFormatTests {
        @Test(
            "UTC times from seconds since 1970, and back (values from Python's datetime)",
            arguments: [
                (Int64(0), "1970-01-01T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"),
                (1_717_423_920, "2024-06-03T14:12:00Z"), (-1, "1969-12-31T23:59:59Z"),
                (253_402_300_799, "9999-12-31T23:59:59Z"),
            ])
        func times(_ seconds: Int64, _ text: String) {
            #expect(UTCTime(seconds: seconds).description == text)
            #expect(UTCTime(text)?.seconds == seconds)
        }

        @Test(
            "anything but YYYY-MM-DDTHH:MM:SSZ is refused",
            arguments: [
                "2024-06-03 14:12:00Z", "2024-06-03T14:12:00", "2024-06-03T24:00:00Z",
                "2024-02-30T10:00:00Z", "2024-06-03T14:12:00+01:00", "",
            ])
        func badTimes(_ text: String) {
            #expect(UTCTime(text) == nil)
        }

        @Test("an entry written as a line reads back equal, control characters escaped")
        func roundTrip() throws {
            let entry = HistoryEntry(
                seq: 3, time: UTCTime(seconds: 1_717_423_920), by: "gfairbairn", command: "import",
                change: .score(
                    evaluator: "gfairbairn", submission: "csf-2024-02", criterion: "partnership",
                    old: ("2", "Two \"quoted\" lines:\nsecond"), new: ("1", "tab\there\u{7}")),
                file: "scores.csv", fileBefore: String(repeating: "a", count: 64),
                sha256: String(repeating: "b", count: 64), previous: nil)
            let line = entry.line()
            #expect(line.last == UInt8(ascii: "\n"))
            #expect(line.dropLast().allSatisfy { $0 >= 0x20 })
            #expect(try HistoryEntryDecoder.decode(line.dropLast()[...]) == entry)
            #expect(
                String(decoding: line, as: UTF8.self).hasPrefix(
                    "{\"seq\":3,\"time\":\"2024-06-03T14:12:00Z\",\"by\":\"gfairbairn\",\"command\":\"import\",\"action\":\"score-replaced\",\"subject\":{\"evaluator\":\"gfairbairn\""
                ))
        }

        @Test("the words never carry a control character to a terminal")
        func printable() {
            #expect(
                HistoryText.printable("a\nb\r\tc\u{1B}[2Jd\u{85}") == "a b  c\u{FFFD}[2Jd\u{FFFD}")
        }
    }
}
