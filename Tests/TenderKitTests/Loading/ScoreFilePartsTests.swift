import Testing

@testable import TenderKit

/// `ScoreFileParts` reads a sound scores.csv on every core into the table reading it in order
/// gives, row for row, and gives up (so the file is read in order, with every diagnostic) at any
/// problem.
@Suite struct ScoreFilePartsTests {
    static let evaluators = ["ahart", "bpatel", "cjones"]
    static let submissions = (0..<40).map { "s\($0)" }
    static let criteria = ["approach", "staffing", "price"]

    static let rules = ScoreRowRules(
        evaluators: evaluators, submissions: submissions, criteria: criteria,
        isQuality: [true, true, false],
        scale: Rubric.Scale(min: 0, max: 5, descriptors: [], location: .file("rubric.json")),
        requireComments: false)

    /// Every (evaluator, submission, panel criterion) once, with seeded comments that are plain,
    /// quoted with commas, quoted over several lines, or quoted with doubled quotes.
    static func soundFile(seed: UInt64, lineEnd: String = "\n") -> String {
        var random = SeededGenerator(seed: seed &+ 100)
        return soundRecords(seed: seed).joined(separator: lineEnd)
            + (random.chance(0.5) ? lineEnd : "")
    }

    /// The header and the records of `soundFile` (a record may hold line breaks inside quotes).
    static func soundRecords(seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        var lines = ["evaluator,submission,criterion,score,comment"]
        for submission in submissions {
            for evaluator in evaluators {
                for criterion in criteria.prefix(2) {
                    let comment = random.pick([
                        "Plain and clear", "\"Costed, staffed, and sound\"",
                        "\"Two lines:\nthe second\"", "\"He said \"\"fine\"\", twice\"", "",
                        "\"A \"\"quoted\"\"\r\nline, then more\"",
                    ])
                    lines.append(
                        "\(evaluator),\(submission),\(criterion),\(random.int(0...5)),\(comment)")
                }
            }
        }
        return lines
    }

    /// The table read in order (one thread) and by parts (four threads, so sixteen parts).
    static func tables(_ text: String) -> (inOrder: ScoreTable?, parts: ScoreTable?) {
        let source = SourceText(path: "scores.csv", text: text)
        let inOrder = ParallelMap.$threadLimit.withValue(1) {
            ScoreTableReader(source: source, rules: rules, log: DiagnosticLog()).read()
        }
        let parts = ParallelMap.$threadLimit.withValue(4) {
            ScoreFileParts(source: source, rules: rules, minimumBytes: 0).read()
        }
        return (inOrder, parts)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8], ["\n", "\r\n"])
    func partsGiveTheTableReadingInOrderGives(seed: UInt64, lineEnd: String) throws {
        let (inOrder, parts) = Self.tables(Self.soundFile(seed: seed, lineEnd: lineEnd))
        let expected = try #require(inOrder)
        let table = try #require(parts)
        #expect(table.count == 240)
        #expect(table.evaluators == expected.evaluators)
        #expect(table.submissions == expected.submissions)
        #expect(table.criteria == expected.criteria)
        #expect(table.scores == expected.scores)
        #expect(table.rowOffsets == expected.rowOffsets)
        #expect((0..<table.count).allSatisfy { table.comment($0) == expected.comment($0) })
    }

    /// Each problem, anywhere in the file, makes the parts give up.
    @Test(arguments: [
        ("a repeat", "ahart,s0,approach,3,again"),
        ("an unknown evaluator", "zed,s3,approach,3,x"),
        ("a quote in an unquoted field", "ahart,s39,approach,3,said \"so\" once"),
        ("an unterminated quote", "ahart,s39,approach,3,\"never closed"),
        ("a score off the scale", "bpatel,s1,approach,9,x"),
        ("a computed criterion", "bpatel,s1,price,3,x"),
    ])
    func anyProblemMakesThePartsGiveUp(_ name: String, _ line: String) {
        for position in [1, 120, 241] {
            var lines = Self.soundRecords(seed: 9)
            lines.insert(line, at: min(position, lines.count))
            let (_, parts) = Self.tables(lines.joined(separator: "\n"))
            #expect(parts?.count == nil, "\(name) at line \(position + 1)")
        }
    }

    @Test func aHeaderThatIsNotExactlyRightOrOneThreadIsReadInOrder() {
        let text = Self.soundFile(seed: 3)
        let renamed = "Evaluator" + text.dropFirst("evaluator".count)
        #expect(Self.tables(String(renamed)).parts?.count == nil)
        let source = SourceText(path: "scores.csv", text: text)
        let alone = ParallelMap.$threadLimit.withValue(1) {
            ScoreFileParts(source: source, rules: Self.rules, minimumBytes: 0).read()
        }
        #expect(alone?.count == nil)
        #expect(ScoreFileParts(source: source, rules: Self.rules).read()?.count == nil)  // small
    }
}
