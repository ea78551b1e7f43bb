/// What a row of scores is checked against, in `scores.csv` and in an imported scoresheet: the
/// round's evaluators, submissions and rubric. Parts that are nil are not checked: their files
/// failed to load, and that is reported where they are read.
struct ScoreRowRules: Sendable {
    var evaluators: [String]?
    var submissions: [String]?
    /// Submissions whose files could not be read: rows naming them are not checked further.
    var unreadableSubmissions: Set<String> = []
    var criteria: [String]?
    /// For each of `criteria`, whether the panel scores it (false: the rubric computes it).
    var isQuality: [Bool]
    /// The rubric's scale, when it is usable (min below max).
    var scale: Rubric.Scale?
    var requireComments: Bool

    /// Whether every part is known, so that a row passing the check is sound.
    var isComplete: Bool {
        evaluators != nil && submissions != nil && criteria != nil && scale != nil
    }
}

extension ScoreRowRules {
    /// The rules of a loaded round, which has every part.
    init(round: LoadedRound) {
        let rubric = round.rubric
        self.init(
            evaluators: round.panel.evaluators.map(\.id), submissions: round.submissions.map(\.id),
            criteria: rubric.criteria.map(\.id), isQuality: rubric.criteria.map(\.isQuality),
            scale: rubric.scale, requireComments: rubric.panel.requireComments)
    }
}

/// Each id's position in a list (the first, when an id is listed twice), for the five million
/// lookups of a national round.
struct IDPositions: Sendable {
    private let positions: [String: Int32]

    init(_ ids: [String]?) {
        var positions: [String: Int32] = [:]
        for (position, id) in (ids ?? []).enumerated() where positions[id] == nil {
            positions[id] = Int32(position)
        }
        self.positions = positions
    }

    subscript(id: String) -> Int32? { positions[id] }
}

/// The one "did you mean" rule for an unknown id in a row of scores, in `scores.csv` and in an
/// imported scoresheet: the closest known id by `EditDistance.suggestion`, looked for among at most
/// `EditDistance.candidateLimit` ids, for the first `searchLimit` different unknown ids of a file.
///
/// Each search is remembered: a renamed evaluator leaves thousands of rows with one unknown id, and
/// a search compares it with every known id. The limit on searches bounds a file for another round,
/// where every row names an unknown id.
struct IDSuggestions: Sendable {
    /// The most different unknown ids looked for in one file; later ones get no suggestion.
    static let searchLimit = 100

    private struct Key: Hashable {
        var column: ScoreRowProblem.IDColumn
        var id: String
    }

    private var found: [Key: String?] = [:]

    /// The known id `id` was most likely meant to be, if any.
    mutating func suggestion(
        for id: String, in column: ScoreRowProblem.IDColumn, among ids: [String]
    ) -> String? {
        let key = Key(column: column, id: id)
        if let known = found[key] { return known }
        guard found.count < IDSuggestions.searchLimit, ids.count <= EditDistance.candidateLimit
        else { return nil }
        let suggestion = EditDistance.suggestion(for: id, among: ids)
        found[key] = suggestion
        return suggestion
    }
}
