/// What can be wrong with one row of scores, in `scores.csv` or in a scoresheet being imported:
/// the one list of problems `ScoreRowCheck` finds, and the one place they are put into words.
///
/// A problem holds only what its message names; the row number and the file offset where it is
/// reported travel with it in `ScoreRowError`, so a sound row never builds any text.
enum ScoreRowProblem: Sendable {
    /// The id column that names something: evaluator, submission or criterion.
    enum IDColumn: String, Sendable {
        case evaluator, submission, criterion
    }

    /// Fewer fields than the columns read, or more than the header has (`header`: its names).
    case fieldCount(Int, header: [String])
    /// An id column left empty.
    case missingID(IDColumn)
    /// An id no file of the round has, with the closest known id when there is a likely one.
    case unknownID(IDColumn, String, suggestion: String?)
    /// A criterion the rubric computes, which the panel does not score.
    case quantitativeCriterion(String)
    /// A score that is not a number on the scale, as it was written.
    case score(ScoreCheck.Problem, written: String, scale: Rubric.Scale)
    /// No comment where the rubric requires one.
    case emptyComment
    /// The evaluator, submission and criterion of a row met before, at `firstLine`.
    case repeated(evaluator: String, submission: String, criterion: String, firstLine: Int)
    /// A scoresheet row for another evaluator than the one importing it.
    case otherEvaluator(sheetFor: String, rowFor: String)
    /// A scoresheet row for a submission that failed a gate.
    case ineligibleSubmission(String)
    /// A scoresheet row for a submission the evaluator is excluded from.
    case excludedEvaluator(evaluator: String, submission: String)
    /// A scoresheet row for a score already in `scores.csv`, at `line`, when not replacing.
    case alreadyInScoresFile(
        evaluator: String, submission: String, criterion: String, previous: Double, line: Int)

    /// The problem in words, after "row N: " (after "row N " for a wrong number of fields).
    var words: String { wordsForAnyRow ?? wordsForRepeatsAndSheets }

    /// The words of the problems any row can have, in `scores.csv` or a scoresheet.
    private var wordsForAnyRow: String? {
        switch self {
        case .fieldCount(let count, let header):
            let hint =
                count > header.count
                ? "; a comment that contains a comma must be in double quotes" : ""
            return
                "has \(NumberText.counted(count, "field")), but the header has \(header.count) (\(header.joined(separator: ",")))\(hint)"
        case .missingID(let column): return "no \(column.rawValue)"
        case .unknownID(let column, let id, let suggestion):
            return "unknown \(column.rawValue) '\(id)'"
                + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .quantitativeCriterion(let id):
            return
                "criterion '\(id)' is quantitative (computed from the submission by the rubric), so the panel does not score it"
        case .score(let problem, let written, let scale):
            return ScoreCheck.message(problem, scale: scale, written: written)
        case .emptyComment:
            return
                "the comment is empty, but the rubric requires a comment with every score (panel.requireComments)"
        default: return nil
        }
    }

    /// The words of a repeat, and of the problems only an imported scoresheet can have.
    private var wordsForRepeatsAndSheets: String {
        switch self {
        case .repeated(let evaluator, let submission, let criterion, let line):
            "evaluator '\(evaluator)' already scored submission '\(submission)' on criterion '\(criterion)' (line \(line)); remove one of the two rows"
        case .otherEvaluator(let sheetFor, let rowFor):
            "this sheet is for evaluator '\(sheetFor)', but the row is for '\(rowFor)'"
        case .ineligibleSubmission(let id):
            "submission '\(id)' is ineligible (it failed a gate), so it is not scored"
        case .excludedEvaluator(let evaluator, let submission):
            "evaluator '\(evaluator)' is excluded from submission '\(submission)' by a conflict of interest, so may not score it"
        case .alreadyInScoresFile(
            let evaluator, let submission, let criterion, let previous, let line):
            "evaluator '\(evaluator)' already scored submission '\(submission)' on criterion '\(criterion)' (\(NumberText.plain(previous)) in scores.csv line \(line)); use --replace to replace it"
        default: wordsForAnyRow ?? ""
        }
    }
}

/// A problem found in a row: which row (the Nth record after the header, blank and broken lines
/// included), and the byte offset of the field (or row) it is reported at.
struct ScoreRowError: Sendable {
    var row: Int
    var offset: Int
    var problem: ScoreRowProblem

    /// "row N: …", the one form every score-row message takes ("row N has …" for its fields).
    var message: String {
        if case .fieldCount = problem { return "row \(row) \(problem.words)" }
        return "row \(row): \(problem.words)"
    }
}
