import Foundation

/// Step 9 of the scoring model: ranks submissions by total, highest first, breaking ties (totals
/// within 1e-9) with the rubric's `tieBreak` entries in order. An entry that cannot be evaluated
/// for a member of the tied group breaks nothing, and the next is tried. Submissions still tied
/// share a rank (competition ranking: 1, 1, 3).
struct TieBreaker {
    struct Candidate {
        var position: Int
        var id: String
        var total: Double
        /// Points by rubric criterion index (nil counts as 0).
        var points: [Double?]
        var scope: RuleScope
    }

    let entries: [Rubric.TieBreak]
    let criterionIndex: [String: Int]
    static let tolerance = 1e-9

    /// Groups of submissions in rank order; a group of more than one shares its rank.
    func rank(_ candidates: [Candidate]) -> [[Candidate]] {
        // Indices are sorted, not candidates: each comparison of two copied candidates would
        // retain and release every string and array they hold (a national round has 100,000).
        let order = candidates.indices.sorted { first, second in
            let (firstTotal, secondTotal) = (candidates[first].total, candidates[second].total)
            return firstTotal != secondTotal
                ? firstTotal > secondTotal : candidates[first].id < candidates[second].id
        }
        var groups: [[Candidate]] = []
        for candidate in order.lazy.map({ candidates[$0] }) {
            if let last = groups.last?.last, abs(last.total - candidate.total) <= Self.tolerance {
                groups[groups.count - 1].append(candidate)
            } else {
                groups.append([candidate])
            }
        }
        return groups.flatMap { resolve($0, from: 0) }
    }

    /// Splits a tied group with entries `from...`, returning the subgroups in order.
    private func resolve(_ group: [Candidate], from entry: Int) -> [[Candidate]] {
        guard group.count > 1, entry < entries.count else { return [group] }
        guard let keys = self.keys(for: group, entry: entries[entry]) else {
            return resolve(group, from: entry + 1)
        }
        let ordered = zip(group, keys).sorted { lhs, rhs in
            lhs.1 != rhs.1 ? lhs.1.isBetter(than: rhs.1) : lhs.0.id < rhs.0.id
        }
        var runs: [[Candidate]] = []
        var previous: TieBreakKey?
        for (candidate, key) in ordered {
            if let previous, previous == key {
                runs[runs.count - 1].append(candidate)
            } else {
                runs.append([candidate])
            }
            previous = key
        }
        return runs.flatMap { resolve($0, from: entry + 1) }
    }

    /// Each member's key for `entry`, or nil when any cannot be evaluated or compared.
    private func keys(for group: [Candidate], entry: Rubric.TieBreak) -> [TieBreakKey]? {
        var keys: [TieBreakKey] = []
        for candidate in group {
            switch entry {
            case .criterion(let id, _):
                guard let index = criterionIndex[id] else { return nil }
                keys.append(.points(candidate.points[index] ?? 0))
            case .lower(let rule), .higher(let rule):
                guard case .success(let value) = rule.evaluate(in: candidate.scope),
                    let key = TieBreakKey(
                        value, lowerIsBetter: { if case .lower = entry { true } else { false } }())
                else { return nil }
                keys.append(key)
            }
        }
        return TieBreakKey.areComparable(keys) ? keys : nil
    }
}

/// A value a tie-break compares, oriented so that `isBetter` means "ranks higher".
enum TieBreakKey: Equatable {
    case points(Double)
    case number(Decimal, lowerIsBetter: Bool)
    case date(ISODate, lowerIsBetter: Bool)
    case text(String, lowerIsBetter: Bool)

    init?(_ value: RuleValue, lowerIsBetter: Bool) {
        switch value {
        case .number(let number) where !number.isNaN:
            self = .number(number, lowerIsBetter: lowerIsBetter)
        case .date(let date): self = .date(date, lowerIsBetter: lowerIsBetter)
        case .string(let text): self = .text(text, lowerIsBetter: lowerIsBetter)
        default: return nil
        }
    }

    static func == (lhs: TieBreakKey, rhs: TieBreakKey) -> Bool {
        switch (lhs, rhs) {
        case (.points(let a), .points(let b)): abs(a - b) <= TieBreaker.tolerance
        case (.number(let a, _), .number(let b, _)): a == b
        case (.date(let a, _), .date(let b, _)): a == b
        case (.text(let a, _), .text(let b, _)): a == b
        default: false
        }
    }

    func isBetter(than other: TieBreakKey) -> Bool {
        switch (self, other) {
        case (.points(let a), .points(let b)): a > b
        case (.number(let a, let lower), .number(let b, _)): lower ? a < b : a > b
        case (.date(let a, let lower), .date(let b, _)): lower ? a < b : a > b
        case (.text(let a, let lower), .text(let b, _)): lower ? a < b : a > b
        default: false
        }
    }

    /// All keys of one kind (numbers with numbers, dates with dates, …).
    static func areComparable(_ keys: [TieBreakKey]) -> Bool {
        guard let first = keys.first else { return true }
        return keys.allSatisfy { $0.kind == first.kind }
    }

    private var kind: Int {
        switch self {
        case .points: 0
        case .number: 1
        case .date: 2
        case .text: 3
        }
    }
}
