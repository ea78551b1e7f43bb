import Foundation
import Testing

@testable import TenderKit

@Suite struct JSONWriterTests {
    @Test func writesPrettyDeterministicJSON() {
        var json = JSONWriter()
        json.beginObject()
        json.key("b")
        json.int(1)
        json.key("a")
        json.beginArray()
        json.double(0.5)
        json.decimal(Decimal(string: "12.10")!)
        json.endArray()
        json.key("e")
        json.beginObject()
        json.endObject()
        json.key("s")
        json.string("quote \" slash \\ line\n tab\t bell\u{7}")
        json.key("n")
        json.optional(nil as Int?) { $0.int($1) }
        json.endObject()
        #expect(
            json.text == """
                {
                  "b": 1,
                  "a": [
                    0.5,
                    12.1
                  ],
                  "e": {},
                  "s": "quote \\" slash \\\\ line\\n tab\\t bell\\u0007",
                  "n": null
                }

                """)
    }

    @Test func roundTripsThroughTheReader() throws {
        let text = #"{"a": [1, 2.25, "x", true, null, {"b": -3}]}"#
        let value = try JSONReader.read(text).root
        var json = JSONWriter()
        json.value(value)
        #expect(try JSONReader.read(json.bytes).root == value)
    }

    @Test(arguments: [
        (1.0, "1"), (0.1, "0.1"), (-2.5, "-2.5"), (71.42857142857143, "71.42857142857143"),
        (Double.nan, "null"),
    ])
    func writesDoubles(value: Double, expected: String) {
        var json = JSONWriter()
        json.double(value)
        #expect(json.text == expected)
    }

    @Test(arguments: [
        (0, "0"), (7, "7"), (-7, "-7"), (10, "10"), (1_000_000, "1000000"),
        (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808"),
    ])
    func writesIntegers(value: Int, expected: String) {
        var json = JSONWriter()
        json.int(value)
        #expect(json.text == expected)
    }

    /// Indents past the prepared line break (31 open containers) are written the slow way, the
    /// same two spaces a level.
    @Test func indentsDeepNesting() {
        var json = JSONWriter()
        for _ in 0..<40 { json.beginArray() }
        json.int(1)
        for _ in 0..<40 { json.endArray() }
        let lines = json.text.split(separator: "\n")
        #expect(lines.count == 81)
        #expect(lines[40] == Substring(String(repeating: " ", count: 80) + "1"))
        #expect(lines[39] == Substring(String(repeating: " ", count: 78) + "["))
        #expect(lines[41] == Substring(String(repeating: " ", count: 78) + "]"))
    }

    @Test func writesInlineContainersOnOneLine() {
        var json = JSONWriter()
        json.beginObject()
        json.key("scores")
        json.beginArray()
        for (evaluator, score) in [("e1", 4), ("e2", 3)] {
            json.beginObject(inline: true)
            json.field("evaluator", evaluator)
            json.field("score", score)
            json.key("tags")
            json.beginArray()
            json.string("a")
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("excluded")
        json.beginArray(inline: true)
        json.endArray()
        json.endObject()
        #expect(
            json.text == """
                {
                  "scores": [
                    {"evaluator": "e1", "score": 4, "tags": ["a"]},
                    {"evaluator": "e2", "score": 3, "tags": ["a"]}
                  ],
                  "excluded": []
                }

                """)
    }

    /// Elements written in runs by separate writers (as decision.json's submissions are, on every
    /// core) join into the bytes one writer writes, for every way of cutting the runs.
    @Test(arguments: [[5], [1, 4], [2, 2, 1], [1, 1, 1, 1, 1]])
    func runsWrittenApartJoinIntoOneWritersBytes(runs: [Int]) {
        func element(_ index: Int, _ json: inout JSONWriter) {
            json.beginObject()
            json.field("id", "s\(index)")
            json.key("list")
            json.beginArray(inline: true)
            json.int(index)
            json.endArray()
            json.endObject()
        }
        var whole = JSONWriter()
        whole.beginObject()
        whole.key("submissions")
        whole.beginArray()
        for index in 0..<5 { element(index, &whole) }
        whole.endArray()
        whole.endObject()

        var joined = JSONWriter()
        joined.beginObject()
        joined.key("submissions")
        joined.beginArray()
        var bytes = joined.bytes
        var start = 0
        for count in runs {
            var run = JSONWriter(elementsAt: 2, first: start == 0)
            for index in start..<start + count { element(index, &run) }
            bytes += run.bytes
            start += count
        }
        joined.clearBytes()
        joined.countElements(start)
        joined.endArray()
        joined.endObject()
        #expect(bytes + joined.bytes == whole.bytes)
    }

    /// A precomputed key writes the bytes the name itself does: short, escaped, exactly 16 bytes
    /// quoted, longer (held as text), and not ASCII.
    @Test(arguments: [
        "id", "evaluator", "a\"b\\c", "fourteen chars", "fifteen chars!!",
        "a name of many more bytes",
        "tab\there", "é", "",
    ])
    func precomputedKeysWriteTheSameBytes(name: String) {
        for compact in [false, true] {
            var plain = JSONWriter(compact: compact)
            var keyed = JSONWriter(compact: compact)
            plain.beginObject()
            keyed.beginObject()
            plain.field(name, 4)
            keyed.field(JSONKey(name), 4)
            plain.field("next", "x")
            keyed.field(JSONKey("next"), "x")
            plain.endObject()
            keyed.endObject()
            #expect(keyed.bytes == plain.bytes)
        }
    }
}
