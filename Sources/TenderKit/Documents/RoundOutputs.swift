/// Everything `tender evaluate` writes, as (relative path, bytes) pairs, built in memory first so
/// that the files can be written together, atomically.
public enum RoundOutputs {
    public enum Format: String, Sendable, CaseIterable {
        case json, md
    }

    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
    }

    public static func make(decision: Decision, round: LoadedRound, formats: Set<Format>) -> [File] {
        var files: [File] = []
        if formats.contains(.json) {
            files.append(File(path: "decision.json", bytes: DecisionRecordWriter(decision: decision, round: round).write()))
        }
        if formats.contains(.md) {
            let rationale = AwardRationale(decision: decision, round: round).document()
            files.append(File(path: "award-rationale.md", bytes: Array(MarkdownRenderer().render(rationale).utf8)))
        }
        return files
    }
}
