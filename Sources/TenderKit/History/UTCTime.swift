import Foundation

/// A moment to the second in UTC, as the history writes it: `2024-06-03T14:12:05Z` (RFC 3339).
///
/// Only journal entries hold times, and only the clock given to a command makes them; documents
/// show a time by reading it back from the journal, never from the clock.
public struct UTCTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whole seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int64

    public init(seconds: Int64) {
        self.seconds = seconds
    }

    /// The second a `Date` falls in (fractions dropped, towards the past).
    public init(_ date: Date) {
        seconds = Int64(date.timeIntervalSince1970.rounded(.down))
    }

    /// Reads `YYYY-MM-DDTHH:MM:SSZ` exactly; nil for anything else.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "Z"),
            let date = ISODate(String(decoding: bytes[0..<10], as: UTF8.self)),
            let hour = Self.twoDigits(bytes, 11), hour < 24, bytes[13] == UInt8(ascii: ":"),
            let minute = Self.twoDigits(bytes, 14), minute < 60, bytes[16] == UInt8(ascii: ":"),
            let second = Self.twoDigits(bytes, 17), second < 60
        else { return nil }
        seconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    public var description: String { "\(day)T\(clock(withSeconds: true))Z" }

    /// `2024-06-03 14:12`: how the history and the documents show a time (UTC).
    public var minuteText: String { "\(day) \(clock(withSeconds: false))" }

    /// The calendar day, `2024-06-03`.
    public var day: String {
        let (year, month, dayOfMonth) = Self.civil(fromDays: floorDiv(seconds, 86_400))
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))"
    }

    private func clock(withSeconds: Bool) -> String {
        let inDay = seconds - floorDiv(seconds, 86_400) * 86_400
        let text = "\(pad(Int(inDay / 3600), 2)):\(pad(Int(inDay / 60 % 60), 2))"
        return withSeconds ? text + ":\(pad(Int(inDay % 60), 2))" : text
    }

    public static func < (lhs: UTCTime, rhs: UTCTime) -> Bool { lhs.seconds < rhs.seconds }

    /// Year, month and day of a count of days since 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int64) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = floorDiv(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }

    private static func twoDigits(_ bytes: [UInt8], _ start: Int) -> Int? {
        let digits = bytes[start..<start + 2]
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(digits[start] - 0x30) * 10 + Int(digits[start + 1] - 0x30)
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private func floorDiv(_ value: Int64, _ divisor: Int64) -> Int64 {
        Self.floorDiv(value, divisor)
    }

    private static func floorDiv(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
