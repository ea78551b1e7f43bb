import Testing

@testable import TenderKit

/// `ScoreRowBytes` writes the rows `JSONWriter` itself would write, whatever the id, score and
/// line, inside a pretty-printed array as `decision.json` has them.
@Suite struct ScoreRowBytesTests {
    static let ids = ["e1", "panel member \"7\"", "back\\slash", "tab\there", "é-π", ""]

    /// Each row as an element of an array, written both ways.
    @Test(arguments: [
        (0, 4.0, 2), (1, 0.0, 1), (2, 2.5, 10), (3, -1.0, 99), (4, 71.42857142857143, 1_234_567),
        (5, 1e16, 3), (0, .nan, 0),
    ])
    func matchesTheGeneralWriter(evaluator: Int, score: Double, line: Int) {
        let rows = ScoreRowBytes(evaluatorIDs: Self.ids)
        let written = [(0, 1.0, 1), (evaluator, score, line)]
        var fast = JSONWriter()
        fast.beginArray()
        for (index, value, at) in written {
            fast.element { rows.append(evaluator: index, score: value, line: at, to: &$0) }
        }
        fast.endArray()
        var general = JSONWriter()
        general.beginArray()
        for (index, value, at) in written {
            general.beginObject(inline: true)
            general.field("evaluator", Self.ids[index])
            general.field("score", value)
            general.field("line", at)
            general.endObject()
        }
        general.endArray()
        #expect(fast.text == general.text)
    }

    @Test func writesTheRowDecisionJSONDocuments() {
        var json = JSONWriter()
        json.element {
            ScoreRowBytes(evaluatorIDs: ["e9", "e170"]).append(
                evaluator: 1, score: 4, line: 2, to: &$0)
        }
        #expect(json.text == #"{"evaluator": "e170", "score": 4, "line": 2}"#)
    }
}
