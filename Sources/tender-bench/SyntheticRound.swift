import Foundation
import TenderKit

/// The sensitivity benchmark's synthetic grant round: the five panel-scored criteria and cost per
/// beneficiary of `SyntheticRound.rubric`, seeded scores and comments.
struct SyntheticRound {
    let submissions: Int
    let evaluators: Int
    let scorersEach: Int
    let seed: UInt64

    static let criteria = ["need", "delivery", "partnership", "victims", "sustainability"]

    /// Writes the round and returns the number of score rows.
    func write(to folder: String) -> Int {
        let manager = FileManager.default
        try? manager.removeItem(atPath: folder)
        try? manager.createDirectory(
            atPath: folder + "/submissions", withIntermediateDirectories: true)
        write(SyntheticRound.rubric, to: folder + "/rubric.json")
        write(roundJSON, to: folder + "/round.json")
        write(panelJSON, to: folder + "/panel.json")
        var generator = SeededGenerator(seed: seed)
        for index in 0..<submissions {
            write(submissionJSON(index, &generator), to: folder + "/submissions/s\(index).json")
        }
        let scores = scoresCSV(&generator)
        write(scores.text, to: folder + "/scores.csv")
        return scores.rows
    }

    private func write(_ text: String, to path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    private var roundJSON: String {
        """
        {"id": "bench", "title": "Benchmark round", "rubric": "rubric.json", "buyer": {"id": "GB-GOR-PC000151", "name": "Bench"}, "openData": {"ocidPrefix": "ocds-213czf"},
         "budget": {"amount": \(submissions * 2_000), "currency": "GBP"}, "opens": "2024-01-01", "closes": "2024-03-31", "awardDate": "2024-05-01"}
        """
    }

    private var panelJSON: String {
        let people = (0..<evaluators).map { index in
            "{\"id\": \"e\(index)\", \"name\": \"Evaluator \(index) Surname\(index)\", \"email\": \"e\(index)@panel.example\", \"organisation\": \"Panel Org \(index)\", \"interests\": [{\"organisation\": \"Applicant \(index * 37) Ltd\", \"relationship\": \"trustee\", \"from\": \"2020-01-01\"}]}"
        }
        return "{\"evaluators\": [\n" + people.joined(separator: ",\n") + "\n]}\n"
    }

    private func submissionJSON(_ index: Int, _ generator: inout SeededGenerator) -> String {
        let amount = 5_000 + generator.index(20_000)
        let beneficiaries = 50 + generator.index(500)
        return """
            {"id": "s\(index)", "title": "Project \(index)", "organisation": {"name": "Applicant \(index) Ltd", "type": "charity",
             "identifiers": ["GB-CHC-\(1_000_000 + index)"], "website": "https://applicant\(index).org.uk",
             "people": [{"name": "Person \(index) Alpha", "role": "Chair"}, {"name": "Person \(index) Beta", "role": "Treasurer"}]},
             "partners": [], "amountRequested": \(amount), "beneficiaries": \(beneficiaries), "purposes": ["crime-and-disorder"]}
            """
    }

    private func scoresCSV(_ generator: inout SeededGenerator) -> (text: String, rows: Int) {
        var lines = ["evaluator,submission,criterion,score,comment"]
        lines.reserveCapacity(submissions * scorersEach * SyntheticRound.criteria.count + 1)
        for index in 0..<submissions {
            let first = generator.index(evaluators)
            for scorer in 0..<scorersEach {
                let evaluator = (first + scorer * 7) % evaluators
                for criterion in SyntheticRound.criteria {
                    let score = 1 + generator.index(4)
                    lines.append(
                        "e\(evaluator),s\(index),\(criterion),\(score),Scored \(score) for the evidence given on \(criterion)"
                    )
                }
            }
        }
        return (lines.joined(separator: "\n") + "\n", lines.count - 1)
    }
}
