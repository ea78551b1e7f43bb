import Foundation
import TenderKit

/// A round of panel-scored criteria c1…c11 and cost per beneficiary (12 criteria), three
/// evaluators per submission, allocation against a budget that funds about a fifth.
struct WideRound {
    let submissions: Int
    let seed: UInt64

    func write(to folder: String) {
        let manager = FileManager.default
        try? manager.removeItem(atPath: folder)
        try? manager.createDirectory(
            atPath: folder + "/submissions", withIntermediateDirectories: true)
        let criteria = (1...11).map {
            "{\"id\": \"c\($0)\", \"title\": \"Criterion \($0)\", \"weight\": \($0 <= 3 ? 10 : 7)}"
        }
        let wide = """
            {"id": "wide", "title": "Wide benchmark rubric", "version": "1",
             "award": {"mode": "allocation", "amount": "submission.amountRequested"},
             "scale": {"min": 0, "max": 5, "descriptors": [{"score": 0, "label": "None", "meaning": "Nothing"}, {"score": 5, "label": "All", "meaning": "Everything"}]},
             "consensus": {"method": "mean", "maxSpread": 3},
             "panel": {"minIndependentEvaluators": 2, "requireComments": true},
             "conflicts": {"lookbackYears": 5},
             "gates": [
               {"id": "purpose", "title": "Purpose", "rule": "any(submission.purposes, p => p in [\\"crime-and-disorder\\", \\"reoffending\\"])", "message": "No purpose"},
               {"id": "amount", "title": "Amount", "rule": "submission.amountRequested > 0 and submission.amountRequested <= 25000", "message": "Too much"}
             ],
             "criteria": [
               \(criteria.joined(separator: ",\n   ")),
               {"id": "value", "title": "Cost per beneficiary", "weight": 14, "type": "quantitative",
                "value": "submission.amountRequested / submission.beneficiaries", "better": "lower", "method": "ratio-to-best",
                "abnormallyLow": {"belowMeanBy": 0.9}}
             ],
             "tieBreak": ["c1", "lower: submission.amountRequested"]}
            """
        save(wide, folder + "/rubric.json")
        save(
            """
            {"id": "wide", "title": "Wide round", "rubric": "rubric.json", "buyer": {"id": "GB-GOR-PC000000", "name": "Bench"},
             "budget": {"amount": \(submissions * 3_000), "currency": "GBP"}, "opens": "2024-01-01", "closes": "2024-03-31", "awardDate": "2024-05-01"}
            """, folder + "/round.json")
        let panel = (0..<30).map {
            "{\"id\": \"e\($0)\", \"name\": \"Evaluator \($0) Surname\", \"email\": \"e\($0)@panel.example\", \"organisation\": \"Panel\", \"interests\": []}"
        }
        save(
            "{\"evaluators\": [\n" + panel.joined(separator: ",\n") + "\n]}\n",
            folder + "/panel.json")
        var random = SeededGenerator(seed: seed)
        var lines = ["evaluator,submission,criterion,score,comment"]
        for index in 0..<submissions {
            save(
                """
                {"id": "w\(index)", "title": "Project \(index)", "organisation": {"name": "Wide Applicant \(index) Ltd", "type": "charity"},
                 "partners": [], "amountRequested": \(5_000 + random.index(20_000)), "beneficiaries": \(50 + random.index(500)), "purposes": ["reoffending"]}
                """, folder + "/submissions/w\(index).json")
            let first = random.index(30)
            for scorer in 0..<3 {
                for criterion in 1...11 {
                    lines.append(
                        "e\((first + scorer * 7) % 30),w\(index),c\(criterion),\(random.int(1...5)),Evidence"
                    )
                }
            }
        }
        save(lines.joined(separator: "\n") + "\n", folder + "/scores.csv")
    }

    private func save(_ text: String, _ path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
}
