/// Reads one line of `history.jsonl` back into a `HistoryEntry`, or says what is wrong with it and
/// where (a byte offset in the line). A journal is written by tender only, so the first problem in
/// a line is enough: the line is not an entry tender wrote.
enum HistoryEntryDecoder {
    struct Problem: Error {
        var offset: Int
        var message: String
    }

    static func decode(_ line: ArraySlice<UInt8>) throws(Problem) -> HistoryEntry {
        let bytes = Array(line)
        let root: JSONValue
        do {
            root = try JSONReader.read(bytes).root
        } catch {
            throw Problem(offset: error.offset, message: error.message)
        }
        guard let object = root.object else {
            throw Problem(offset: 0, message: "an entry must be a JSON object on one line")
        }
        if let unknown = object.members.first(where: { !HistoryEntry.members.contains($0.key) }) {
            throw Problem(
                offset: unknown.keyOffset,
                message:
                    "unknown member '\(unknown.key)' in a history entry\(EditDistance.didYouMean(unknown.key, among: HistoryEntry.members))"
            )
        }
        let reader = Reader(object: object)
        return HistoryEntry(
            seq: try reader.seq(), time: try reader.time(), by: try reader.string("by"),
            command: try reader.string("command"), change: try reader.change(),
            file: try reader.fileName(),
            fileBefore: try reader.digest("fileBefore"), sha256: try reader.digest("sha256"),
            previous: try reader.digest("previous"))
    }

    private struct Reader {
        let object: JSONObject

        func member(_ key: String) throws(Problem) -> JSONValue {
            guard let value = object[key] else {
                throw Problem(offset: 0, message: "the entry has no '\(key)'")
            }
            return value
        }

        func string(_ key: String) throws(Problem) -> String {
            let value = try member(key)
            guard let text = value.string, !text.isEmpty else {
                throw Problem(offset: value.offset, message: "'\(key)' must be a non-empty string")
            }
            return text
        }

        func optionalString(_ key: String) throws(Problem) -> String? {
            if try member(key).isNull { return nil }
            return try string(key)
        }

        /// A file of the round folder itself: a plain name, never a path out of it.
        func fileName() throws(Problem) -> String? {
            guard let name = try optionalString("file") else { return nil }
            guard !name.contains("/"), !name.contains("\\"), !name.hasPrefix(".") else {
                throw Problem(
                    offset: object["file"]?.offset ?? 0,
                    message: "'file' must name a file in the round folder, such as \"scores.csv\"")
            }
            return name
        }

        func seq() throws(Problem) -> Int {
            let value = try member("seq")
            guard let seq = value.number?.int, seq >= 1 else {
                throw Problem(offset: value.offset, message: "'seq' must be a whole number from 1")
            }
            return seq
        }

        func time() throws(Problem) -> UTCTime {
            let value = try member("time")
            guard let time = value.string.flatMap(UTCTime.init) else {
                throw Problem(
                    offset: value.offset,
                    message: "'time' must be a UTC time such as \"2024-06-03T14:12:05Z\"")
            }
            return time
        }

        func digest(_ key: String) throws(Problem) -> String? {
            let value = try member(key)
            if value.isNull { return nil }
            guard let text = value.string, text.utf8.count == 64,
                text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
            else {
                throw Problem(
                    offset: value.offset,
                    message: "'\(key)' must be a SHA-256 digest (64 lower-case hex digits) or null")
            }
            return text
        }

        func change() throws(Problem) -> HistoryChange {
            let actionValue = try member("action")
            guard let action = actionValue.string.flatMap(HistoryChange.Action.init(rawValue:))
            else {
                let names = HistoryChange.Action.allCases.map(\.rawValue)
                throw Problem(
                    offset: actionValue.offset,
                    message: "'action' must be one of \(names.joined(separator: ", "))")
            }
            let subjectValue = try member("subject")
            guard let subject = subjectValue.object,
                subject.members.allSatisfy({ $0.value.string != nil })
            else {
                throw Problem(
                    offset: subjectValue.offset,
                    message: "'subject' must be an object of strings")
            }
            let fields = subject.members.map { HistoryChange.Field($0.key, $0.value.string ?? "") }
            let old = try member("old")
            let new = try member("new")
            return HistoryChange(
                action: action, subject: fields, old: old.isNull ? nil : old,
                new: new.isNull ? nil : new)
        }
    }
}
