import Foundation

@testable import TenderKit

extension ScoringTests {
    /// Writes a `RoundBuilder` as a round folder: round.json, rubric.json, submissions/*.json,
    /// panel.json, scores.csv and decisions.json, in the formats of `Samples/*`.
    struct RoundFiles {
        let round: RoundBuilder

        func write(to folder: URL) throws {
            let submissions = folder.appendingPathComponent("submissions", isDirectory: true)
            try FileManager.default.createDirectory(
                at: submissions, withIntermediateDirectories: true)
            try save(roundJSON, folder, "round.json")
            try save(rubricJSON, folder, "rubric.json")
            try save(panelJSON, folder, "panel.json")
            try save(scoresCSV, folder, "scores.csv")
            try save(decisionsJSON, folder, "decisions.json")
            for submission in round.submissions {
                try save(json(submission), submissions, "\(submission.id).json")
            }
        }

        private func save(_ text: String, _ folder: URL, _ name: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }

        private var roundJSON: String {
            JSONText.object(
                [
                    ("id", q("test-round")), ("title", q("Test round")),
                    ("rubric", q("rubric.json")),
                    (
                        "buyer",
                        JSONText.object([("id", q("GB-TEST-1")), ("name", q("Test buyer"))])
                    ),
                    (
                        "budget",
                        JSONText.object([("amount", "\(round.budget)"), ("currency", q("GBP"))])
                    ),
                    ("opens", q("2024-01-01")), ("closes", q("2024-06-30")),
                    ("awardDate", q("2024-07-31")),
                ] + round.roundMembers)
        }

        private var rubricJSON: String {
            var award = [("mode", q(round.mode)), ("amount", q(round.amount))] + round.awardMembers
            if let minimumTotal = round.minimumTotal {
                award.append(("minimumTotal", number(minimumTotal)))
            }
            var members = [
                ("id", q("test-rubric")), ("title", q("Test rubric")), ("version", q("1")),
                ("award", JSONText.object(award)),
                (
                    "scale",
                    JSONText.object([
                        ("min", number(round.scaleMin)), ("max", number(round.scaleMax)),
                        ("descriptors", descriptors(round)),
                    ])
                ),
                (
                    "consensus",
                    JSONText.object([
                        ("method", q(round.method)), ("maxSpread", number(round.maxSpread)),
                    ])
                ),
                (
                    "panel",
                    JSONText.object([
                        ("minIndependentEvaluators", "\(round.minIndependentEvaluators)"),
                        ("requireComments", "false"),
                    ])
                ),
                ("conflicts", JSONText.object([("lookbackYears", "5")])),
                (
                    "gates",
                    JSONText.array(
                        round.gates.map { gate in
                            JSONText.object([
                                ("id", q(gate.id)), ("title", q(gate.id)), ("rule", q(gate.rule)),
                                ("message", q(gate.message)),
                            ])
                        })
                ),
                ("criteria", JSONText.array(round.criteria.map(json))),
                ("tieBreak", JSONText.array(round.tieBreak.map(q))),
            ]
            if let minimumQuality = round.minimumQuality {
                members.append(("minimumQuality", number(minimumQuality)))
            }
            return JSONText.object(members)
        }

        private func json(_ criterion: CriterionSpec) -> String {
            switch criterion {
            case .quality(let id, let weight, let minimum):
                var members = [
                    ("id", q(id)), ("title", q("Criterion \(id)")), ("weight", number(weight)),
                ]
                if let minimum { members.append(("minimum", number(minimum))) }
                return JSONText.object(members)
            case .quantitative(
                let id, let weight, let value, let better, let method, let belowMeanBy):
                var members = [
                    ("id", q(id)), ("title", q("Criterion \(id)")), ("type", q("quantitative")),
                    ("weight", number(weight)),
                    ("value", q(value)), ("better", q(better)), ("method", q(method)),
                ]
                if let belowMeanBy {
                    members.append(
                        ("abnormallyLow", JSONText.object([("belowMeanBy", number(belowMeanBy))])))
                }
                return JSONText.object(members)
            }
        }

        private func json(_ submission: SubmissionSpec) -> String {
            let people = JSONText.array(
                submission.people.map {
                    JSONText.object([("name", q($0)), ("role", q("Trustee"))])
                })
            let organisation = JSONText.object([
                ("name", q(submission.organisation)), ("people", people),
            ])
            return JSONText.object(
                [
                    ("id", q(submission.id)), ("title", q("Submission \(submission.id)")),
                    ("organisation", organisation),
                ]
                    + submission.fields.map { ($0.0, $0.1.text) })
        }

        private var panelJSON: String {
            let evaluators = round.evaluators.map { evaluator in
                let interests = evaluator.declaredOrganisations.map { name in
                    JSONText.object([
                        ("organisation", q(name)), ("relationship", q("Trustee")),
                        ("from", q("2020-01-01")),
                    ])
                }
                return JSONText.object([
                    ("id", q(evaluator.id)), ("name", q(evaluator.name)),
                    ("interests", JSONText.array(interests)),
                ])
            }
            return JSONText.object([("evaluators", JSONText.array(evaluators))])
        }

        private var scoresCSV: String {
            let rows = round.scores.map {
                "\($0.evaluator),\($0.submission),\($0.criterion),\(number($0.score)),scored"
            }
            return (["evaluator,submission,criterion,score,comment"] + rows).joined(separator: "\n")
                + "\n"
        }

        private var decisionsJSON: String {
            let moderation = round.moderation.map {
                JSONText.object([
                    ("submission", q($0.submission)), ("criterion", q($0.criterion)),
                    ("score", number($0.score)), ("rationale", q("agreed")),
                ])
            }
            let clarifications = round.clarifications.map {
                JSONText.object([
                    ("submission", q($0.submission)), ("criterion", q($0.criterion)),
                    ("outcome", q($0.outcome)), ("rationale", q("explained")),
                ])
            }
            let rulings = round.rulings.map {
                JSONText.object([
                    ("evaluator", q($0.evaluator)), ("submission", q($0.submission)),
                    ("outcome", q($0.outcome)), ("rationale", q("ruled")),
                ])
            }
            return JSONText.object([
                ("moderation", JSONText.array(moderation)),
                ("clarifications", JSONText.array(clarifications)),
                ("conflicts", JSONText.array(rulings)),
            ])
        }

        private func q(_ text: String) -> String { JSONText.quoted(text) }

        /// `3` rather than `3.0`; other values in their shortest exact decimal form.
        /// One descriptor at each end of the scale (a rubric must describe its scores).
        private func descriptors(_ round: RoundBuilder) -> String {
            JSONText.array(
                [round.scaleMin, round.scaleMax].map { score in
                    JSONText.object([
                        ("score", number(score)), ("label", q("Score \(score)")),
                        ("meaning", q("What \(score) means")),
                    ])
                })
        }

        private func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : value.description
        }
    }

    /// Just enough JSON text writing for the test round files.
    enum JSONText {
        static func quoted(_ text: String) -> String {
            var result = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": result += "\\\""
                case "\\": result += "\\\\"
                case "\n": result += "\\n"
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result + "\""
        }

        static func object(_ members: [(String, String)]) -> String {
            "{" + members.map { quoted($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
        }

        static func array(_ items: [String]) -> String {
            "[" + items.joined(separator: ", ") + "]"
        }
    }
}
