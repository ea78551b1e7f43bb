/// Following a rule's `submission.*` path through one submission's JSON, to say whether the
/// submission has the value, and if not, how far the path got and what that object does have.
struct SubmissionPathLookup {
    /// The value at the end of the path (nil when some step is missing or null).
    var value: JSONValue?
    /// The deepest object the path reached, and the index of the step it lacks.
    var lastObject: JSONValue
    var missingStep: Int

    init(_ path: RuleDataPath, in submission: JSONValue) {
        var current = submission
        lastObject = submission
        missingStep = 0
        value = nil
        for (index, step) in path.steps.enumerated() {
            guard let object = current.object else { return }
            lastObject = current
            missingStep = index
            guard let next = object[step.name], !next.isNull else { return }
            current = next
        }
        value = current
    }

    var isMissing: Bool { value == nil }

    /// The member names of the deepest object reached.
    var namesThere: [String] { lastObject.object?.members.map(\.key) ?? [] }
}

/// The `submission.*` paths of a rubric's rules, each with the rule use it belongs to, without
/// repeating a path within one rule.
struct RubricSubmissionPaths {
    var entries: [(use: RubricRuleUse, path: RuleDataPath)] = []

    init(entries: [(use: RubricRuleUse, path: RuleDataPath)]) {
        self.entries = entries
    }

    init(_ rubric: Rubric) {
        for use in rubric.ruleUses {
            guard let program = use.rule.program else { continue }
            var seen: Set<String> = []
            for path in program.dataPaths where path.root == .submission {
                let key = path.steps.map(\.name).joined(separator: "\u{0}")
                if seen.insert(key + (path.isOptional ? "?" : "")).inserted {
                    entries.append((use, path))
                }
            }
        }
    }
}

extension RubricSubmissionPaths {
    /// The entries grouped by the path they read (in first-use order), so that each submission
    /// is looked up once per path however many rules read it; `key` says what makes two the same.
    func grouped(by key: (RuleDataPath) -> String) -> [(
        path: RuleDataPath, uses: [RubricRuleUse]
    )] {
        var order: [String] = []
        var groups: [String: (path: RuleDataPath, uses: [RubricRuleUse])] = [:]
        for (use, path) in entries {
            let name = key(path)
            if groups[name] == nil {
                order.append(name)
                groups[name] = (path, [])
            }
            groups[name]?.uses.append(use)
        }
        return order.compactMap { groups[$0] }
    }
}

extension RuleDataPath {
    /// The path as a reader sees it, with its steps joined by dots: `submission.organisation.type`.
    var dotted: String {
        ([root.rawValue] + steps.map(\.name)).joined(separator: ".")
    }
}
