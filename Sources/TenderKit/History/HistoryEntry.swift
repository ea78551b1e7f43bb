/// One line of a round's journal, `history.jsonl`: a change, who made it and when, the digest of
/// the file it changed, and the digest of the line before it (a hash chain).
///
/// On disk each entry is one compact JSON object on its own line, members in this order:
///
///     {"seq":42,"time":"2024-06-03T14:12:05Z","by":"gfairbairn","command":"import",
///      "action":"score-replaced","subject":{"evaluator":…,"submission":…,"criterion":…},
///      "old":{"score":"2","comment":…},"new":{"score":"1","comment":…},
///      "file":"scores.csv","fileBefore":"<sha256>","sha256":"<sha256>","previous":"<sha256>"}
///
/// `sha256` is the digest of `file` once the command that wrote the entry had written it (every
/// entry of one command shares it), `fileBefore` the file's digest just before (null: the file did
/// not exist), and `previous` the digest of the previous line's bytes without its line break (null
/// for the first entry). An entry that changes no file (`final-evaluation`) has all three file
/// members null except `previous`.
public struct HistoryEntry: Sendable, Equatable {
    public var seq: Int
    public var time: UTCTime
    public var by: String
    public var command: String
    public var change: HistoryChange
    /// The round file the entry changed, relative to the round folder.
    public var file: String?
    public var fileBefore: String?
    public var sha256: String?
    public var previous: String?

    public init(
        seq: Int, time: UTCTime, by: String, command: String, change: HistoryChange,
        file: String?, fileBefore: String?, sha256: String?, previous: String?
    ) {
        self.seq = seq
        self.time = time
        self.by = by
        self.command = command
        self.change = change
        self.file = file
        self.fileBefore = fileBefore
        self.sha256 = sha256
        self.previous = previous
    }

    /// The members of an entry, in the order they are written.
    public static let members = [
        "seq", "time", "by", "command", "action", "subject", "old", "new", "file", "fileBefore",
        "sha256", "previous",
    ]

    /// The entry as one line of JSON, with its line break.
    public func line() -> [UInt8] {
        var json = JSONWriter(compact: true)
        json.beginObject()
        json.field("seq", seq)
        json.field("time", time.description)
        json.field("by", by)
        json.field("command", command)
        json.field("action", change.action.rawValue)
        json.key("subject")
        json.beginObject()
        for field in change.subject { json.field(field.name, field.value) }
        json.endObject()
        json.key("old")
        json.optional(change.old) { $0.value($1) }
        json.key("new")
        json.optional(change.new) { $0.value($1) }
        json.field("file", file)
        json.field("fileBefore", fileBefore)
        json.field("sha256", sha256)
        json.field("previous", previous)
        json.endObject()
        return json.bytes
    }
}
