import Dispatch
import TenderKit

/// `tender-bench conflicts`: conflict detection at national-fund scale (issue 5).
///
/// Builds 100,000 submissions with 8 people and 2 partners each and a panel of 1,000 evaluators
/// with 5 interests each (seeded, so every run sees the same data), then times
/// `ConflictAssessment.assess` over all of them, and name normalisation over a million names.
func runConflictsBenchmark() {
    guard let closes = ISODate("2024-06-30") else { return }
    print(
        "conflicts: 100,000 submissions (8 people, 2 partners each) x 1,000 evaluators (5 interests each)"
    )
    let buildStart = DispatchTime.now().uptimeNanoseconds
    let data = ConflictsBenchmarkData(
        evaluators: 1_000, interestsEach: 5, submissions: 100_000, peopleEach: 8, partnersEach: 2,
        seed: 20_240_630)
    print("  build data:        \(milliseconds(since: buildStart))")
    var timings: [String] = []
    var assessment = ConflictAssessment()
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        assessment = ConflictAssessment.assess(
            panel: data.panel, submissions: data.submissions, lookbackYears: 5, closes: closes,
            rulings: [])
        timings.append(milliseconds(since: start))
    }
    print("  detection (3 runs): \(timings.joined(separator: ", "))")
    printCounts(of: assessment)
    benchmarkNormalisation(data)
}

/// Prints the findings by basis and strength, and the pairs by outcome.
private func printCounts(of assessment: ConflictAssessment) {
    print("  findings:          \(assessment.findings.count)")
    for basis in ConflictBasis.allCases {
        let ofBasis = assessment.findings.filter { $0.basis == basis }
        let strengths = ConflictStrength.allCases.map { strength in
            "\(strength.rawValue) \(ofBasis.filter { $0.strength == strength }.count)"
        }
        print(
            "    \(basis.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0)) \(ofBasis.count) (\(strengths.joined(separator: ", ")))"
        )
    }
    let pairs = assessment.pairsBySubmission.joined()
    let outcomes = PairOutcome.allCases.map { outcome in
        "\(outcome.rawValue) \(pairs.filter { $0.outcome == outcome }.count)"
    }
    print("  pairs:             \(pairs.count) (\(outcomes.joined(separator: ", ")))")
}

/// Times normalising one million names of each kind, as written in the synthetic submissions.
private func benchmarkNormalisation(_ data: ConflictsBenchmarkData) {
    let people = data.submissions.lazy.flatMap { $0.organisation.people.map(\.name) }.prefix(
        1_000_000)
    let personNames = Array(repeatElement(Array(people), count: 2).joined().prefix(1_000_000))
    let organisationNames = Array(
        data.submissions.lazy.flatMap { submission in
            [submission.organisation.name] + submission.partners.map(\.name)
        }.prefix(300_000))
    let allOrganisationNames = Array(
        repeatElement(organisationNames, count: 4).joined().prefix(1_000_000))

    var start = DispatchTime.now().uptimeNanoseconds
    var words = 0
    for name in personNames { words &+= PersonName(name).wordCount }
    print(
        "  normalise 1,000,000 person names:       \(milliseconds(since: start)) (\(words) words)")

    start = DispatchTime.now().uptimeNanoseconds
    var bytes = 0
    for name in allOrganisationNames { bytes &+= OrganisationName(name).key.utf8.count }
    print(
        "  normalise 1,000,000 organisation names: \(milliseconds(since: start)) (\(bytes) bytes)")
}

func milliseconds(since start: UInt64) -> String {
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    return String(Int(elapsed.rounded())) + " ms"
}
