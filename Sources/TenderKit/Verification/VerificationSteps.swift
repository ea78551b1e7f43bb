import Foundation

/// The engine and schema versions: a record made by another version is said so, not a mismatch;
/// its figures are still compared.
struct EngineVersionStep: VerificationStep {
    let title = "engine and schema version"

    func check(_ context: VerificationContext) -> VerificationResult.Step {
        var step = VerificationResult.Step(title: title, compared: 2, mismatches: [])
        let engine = context.recorded["engineVersion"]?.string ?? "an unknown version"
        if engine != EngineVersion.current {
            step.notes.append(
                "the record was made by tender \(TerminalText.clean(engine)); this is tender \(EngineVersion.current): the figures are still compared"
            )
        }
        let schema = context.recorded["schemaVersion"]?.number?.int
        if schema != DecisionRecordWriter.schemaVersion {
            step.notes.append(
                "the record has schema version \(schema.map(String.init) ?? "none"); this tender writes \(DecisionRecordWriter.schemaVersion)"
            )
        }
        return step
    }
}

/// Each input file's SHA-256 against the one the record carries.
struct InputDigestStep: VerificationStep {
    let title = "input digests"

    func check(_ context: VerificationContext) -> VerificationResult.Step {
        guard let recorded = context.recorded["inputs"]?.array else {
            return .init(
                title: title, compared: 0, mismatches: [],
                notes: ["the record carries no input digests; only the figures are compared"])
        }
        var now: [String: String] = [:]
        for (name, input) in zip(context.round.inputNames, context.round.inputs) {
            now[name] = input.sha256
        }
        var mismatches: [String] = []
        var seen = Set<String>()
        for entry in recorded {
            let file = entry["file"]?.string ?? "?"
            let digest = entry["sha256"]?.string ?? ""
            seen.insert(file)
            guard let current = now[file] else {
                mismatches.append("\(TerminalText.clean(file)): in the record but not in the round")
                continue
            }
            if current != digest {
                mismatches.append(
                    "\(TerminalText.clean(file)): SHA-256 differs (recorded \(TerminalText.clean(digest)), now \(current))"
                )
            }
        }
        for file in now.keys.sorted() where !seen.contains(file) {
            mismatches.append("\(file): in the round but not in the record")
        }
        return .init(title: title, compared: recorded.count, mismatches: mismatches)
    }
}

/// A part of the record compared figure by figure (old → new).
struct FigureStep: VerificationStep {
    let title: String
    /// The record's members this step compares.
    let members: [String]
    /// Within each submission, the members compared (nil: the whole of each member).
    var submissionFields: [String]? = nil

    func check(_ context: VerificationContext) -> VerificationResult.Step {
        var mismatches: [String] = []
        var compared = 0
        for member in members {
            let old = context.recorded[member].map { select($0, member: member) }
            let new = context.recomputed[member].map { select($0, member: member) }
            if member == "sensitivity", old == nil { continue }
            compared += max(old?.array?.count ?? 1, 1)
            mismatches += JSONDifference.lines(old, new, path: member)
        }
        return .init(title: title, compared: compared, mismatches: mismatches)
    }

    /// For submissions, only the figures (not the reasons' wording, which another version may
    /// phrase differently).
    private func select(_ value: JSONValue, member: String) -> JSONValue {
        guard member == "submissions", let fields = submissionFields, let items = value.array
        else { return value }
        return JSONValue(
            .array(
                items.map { item in
                    guard let object = item.object else { return item }
                    return JSONValue(
                        .object(
                            JSONObject(
                                object.members.filter { fields.contains($0.key) }.map {
                                    $0.key == "criteria" ? criteriaFigures($0) : $0
                                })))
                }))
    }

    private func criteriaFigures(_ member: JSONObject.Member) -> JSONObject.Member {
        let keep = ["id", "consensus", "spread", "value", "points", "scores", "excluded"]
        let items = (member.value.array ?? []).map { item -> JSONValue in
            guard let object = item.object else { return item }
            return JSONValue(
                .object(
                    JSONObject(
                        object.members.filter { keep.contains($0.key) }.map { scoreFigures($0) })))
        }
        return .init(key: member.key, value: JSONValue(.array(items)))
    }

    /// Each individual score's evaluator and score (its comment is in scores.csv, digested).
    private func scoreFigures(_ member: JSONObject.Member) -> JSONObject.Member {
        guard member.key == "scores", let items = member.value.array else { return member }
        let figures = items.map { item -> JSONValue in
            let pairs = (item.object?.members ?? []).filter {
                ["evaluator", "score"].contains($0.key)
            }
            return JSONValue(.object(JSONObject(pairs)))
        }
        return .init(key: member.key, value: JSONValue(.array(figures)))
    }
}
