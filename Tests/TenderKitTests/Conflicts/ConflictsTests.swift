import Testing

/// The namespace of the conflicts-of-interest tests, so that `swift test --filter Conflicts` runs
/// exactly them: every suite in this folder is declared inside it.
@Suite("Conflicts of interest")
enum ConflictsTests {}
