/// A dictionary key for a pair of ids: a submission and a criterion (a moderation, a clarification),
/// or an evaluator and a submission (a conflict finding). The two are joined by the unit separator
/// (U+001F), which no id may hold, so no two pairs share a key.
enum IDPairKey {
    static func make(_ first: String, _ second: String) -> String {
        first + "\u{1F}" + second
    }
}
