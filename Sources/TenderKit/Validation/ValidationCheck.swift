/// A semantic check of a rubric, run once the rubric's structure has been read.
///
/// Each check lives in its own file under `Checks/`, says in its doc comment what it checks and
/// why, and is listed in `ValidationChecks.rubric`.
public protocol RubricCheck: SendableMetatype {
    static func check(_ rubric: Rubric) -> [Diagnostic]
}

/// A check across a round's files (submissions, panel, decisions) against each other and the rubric.
public protocol RoundCheck: SendableMetatype {
    static func check(_ documents: RoundDocuments) -> [Diagnostic]
}
