import Foundation

/// The national-scale workload of issue 17, written to a folder (seeded, so every run and machine
/// gets the same bytes): SUBMISSIONS applications of about 4 KB each (an answer to every
/// criterion), 200 evaluators, 10 panel-scored criteria and a price (cost per beneficiary), every
/// application scored by 5 evaluators on every criterion with a comment of one or two sentences.
/// Used by `tender-bench` and by the test that parallel and single-threaded runs agree.
public struct NationalRound: Sendable {
    public let submissions: Int
    public var evaluators = 200
    public var scorersEach = 5
    public var seed: UInt64 = 17

    public init(submissions: Int) {
        self.submissions = submissions
    }

    static let criteria = [
        "need", "evidence", "delivery", "partnership", "victims", "safeguarding", "outcomes",
        "sustainability", "governance", "inclusion",
    ]

    /// The round's folder under the temporary directory; written unless an identical one is there
    /// (the signature's version changes whenever what `write` writes changes).
    public func prepare() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tender-bench-national-\(submissions)"
        ).path
        let marker = folder + "/.generated"
        let signature = "v3 \(submissions) \(evaluators) \(scorersEach) \(seed)"
        if (try? String(contentsOfFile: marker, encoding: .utf8)) == signature { return folder }
        write(to: folder)
        _ = FileManager.default.createFile(atPath: marker, contents: Data(signature.utf8))
        return folder
    }

    public var scoreRows: Int { submissions * scorersEach * NationalRound.criteria.count }

    /// Writes the round into `folder`, replacing whatever is there.
    public func write(to folder: String) {
        let manager = FileManager.default
        try? manager.removeItem(atPath: folder)
        try? manager.createDirectory(
            atPath: folder + "/submissions", withIntermediateDirectories: true)
        save(rubric, to: folder + "/rubric.json")
        save(roundJSON, to: folder + "/round.json")
        save(panelJSON, to: folder + "/panel.json")
        let width = String(submissions - 1).count
        let seed = self.seed
        _ = ParallelMap.map(submissions, minimumChunk: 256) { index in
            var generator = SeededGenerator(seed: seed &+ UInt64(index) &* 0x9E37)
            let id = NationalRound.id(index, width: width)
            save(submissionJSON(index, id: id, &generator), to: folder + "/submissions/\(id).json")
            return 0
        }
        writeScores(to: folder + "/scores.csv", width: width)
    }

    static func id(_ index: Int, width: Int) -> String {
        let digits = String(index)
        return "s" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private var roundJSON: String {
        """
        {"id": "national", "title": "National Communities Fund: round 1", "rubric": "rubric.json",
         "buyer": {"id": "GB-GOR-PC000151", "name": "National Communities Fund"},
         "openData": {"ocidPrefix": "ocds-213czf"},
         "budget": {"amount": \(submissions * 3_000), "currency": "GBP"},
         "opens": "2024-01-01", "closes": "2024-03-31", "awardDate": "2024-05-01"}

        """
    }

    private var panelJSON: String {
        var generator = SeededGenerator(seed: seed)
        let people = (0..<evaluators).map { index in
            let name = "\(generator.pick(Words.firstNames)) \(generator.pick(Words.surnames))"
            let interest = generator.index(submissions)
            return """
                {"id": "e\(index)", "name": "\(name)", "email": "assessor\(index)@panel.example.org", "organisation": "Assessor Pool \(index % 17)",
                 "interests": [{"organisation": "\(Words.organisation(interest)) Ltd", "relationship": "trustee", "from": "2020-01-01"}]}
                """
        }
        return "{\"evaluators\": [\n" + people.joined(separator: ",\n") + "\n]}\n"
    }

    private func submissionJSON(_ index: Int, id: String, _ generator: inout SeededGenerator)
        -> String
    {
        let amount = 5_000 + generator.index(20_000)
        let beneficiaries = 50 + generator.index(500)
        let responses = NationalRound.criteria.map { criterion in
            "    \"\(criterion)\": \"\(Words.paragraph(sentences: 3, &generator))\""
        }
        let first = generator.pick(Words.firstNames)
        let last = generator.pick(Words.surnames)
        return """
            {
              "id": "\(id)",
              "title": "\(generator.pick(Words.projects)) in \(generator.pick(Words.places)) (\(index))",
              "organisation": {"name": "\(Words.organisation(index)) Ltd", "type": "charity",
                "identifiers": ["GB-CHC-\(1_000_000 + index)"], "website": "https://applicant\(index).org.uk",
                "people": [{"name": "\(first) \(last)", "role": "Chair"}, {"name": "\(generator.pick(Words.firstNames)) \(generator.pick(Words.surnames))", "role": "Treasurer"}]},
              "partners": [],
              "summary": "\(Words.paragraph(sentences: 4, &generator))",
              "amountRequested": \(amount), "beneficiaries": \(beneficiaries), "purposes": ["crime-and-disorder"],
              "responses": {
            \(responses.joined(separator: ",\n"))
              }
            }

            """
    }

    /// scores.csv, written in pieces so that the generator never holds the whole file.
    private func writeScores(to path: String, width: Int) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        defer { try? handle.close() }
        var generator = SeededGenerator(seed: seed &+ 1)
        var text = "evaluator,submission,criterion,score,comment\n"
        for index in 0..<submissions {
            let id = NationalRound.id(index, width: width)
            let first = generator.index(evaluators)
            for scorer in 0..<scorersEach {
                let evaluator = (first + scorer * 7) % evaluators
                for criterion in NationalRound.criteria {
                    let score = 1 + generator.index(5)
                    text +=
                        "e\(evaluator),\(id),\(criterion),\(score),\(Words.comment(&generator))\n"
                }
            }
            if text.utf8.count > 1 << 20 {
                handle.write(Data(text.utf8))
                text = ""
            }
        }
        handle.write(Data(text.utf8))
    }
}

private func save(_ text: String, to path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
}
