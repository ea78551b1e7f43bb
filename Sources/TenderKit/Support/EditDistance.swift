/// "Did you mean …?" suggestions, by edit distance between what was typed and what exists.
public enum EditDistance {
    /// The number of single-character insertions, deletions, substitutions and transpositions of
    /// adjacent characters from `a` to `b` (optimal string alignment), ignoring case: `cuont` is one
    /// edit from `count`.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased().unicodeScalars)
        let b = Array(b.lowercased().unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word`, if it is close enough to be a likely typo
    /// (at most a third of the word's length, and at least one edit allowed). Ties go to the first.
    public static func suggestion(for word: String, among candidates: some Sequence<String>)
        -> String?
    {
        let limit = max(1, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = between(word, candidate)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// ` (did you mean 'x'?)`, or nothing: ready to append to a message.
    public static func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String
    {
        guard let suggestion = suggestion(for: word, among: candidates) else { return "" }
        return " (did you mean '\(suggestion)'?)"
    }

    /// The most ids a suggestion is looked for among: comparing a mistyped id with each of a
    /// national round's 100,000 submissions, for each of thousands of mistakes, costs minutes.
    public static let candidateLimit = 5_000

    /// `didYouMean`, or nothing when there are more than `candidateLimit` candidates.
    public static func didYouMean(_ word: String, amongAtMost candidates: [String]) -> String {
        candidates.count <= candidateLimit ? didYouMean(word, among: candidates) : ""
    }
}
