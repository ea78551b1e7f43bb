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
}
