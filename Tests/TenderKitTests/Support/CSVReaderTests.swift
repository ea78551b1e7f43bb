import Testing

@testable import TenderKit

@Suite struct CSVReaderTests {
    private func records(_ text: String) -> (rows: [[String]], errors: [CSVSyntaxError]) {
        var rows: [[String]] = []
        let errors = CSVReader.forEachRecord(in: Array(text.utf8)) { record in
            rows.append((0..<record.count).map { record.string($0) ?? "<invalid>" })
        }
        return (rows, errors)
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ("a,b\n1,2", [["a", "b"], ["1", "2"]]),
        ("\"quoted, with comma\",x\n", [["quoted, with comma", "x"]]),
        ("\"he said \"\"yes\"\"\",x\n", [["he said \"yes\"", "x"]]),
        ("\"two\nlines\",x\n", [["two\nlines", "x"]]),
        ("a,,c\n", [["a", "", "c"]]),
        ("a,b,\n", [["a", "b", ""]]),
        ("\u{FEFF}a,b\n", [["a", "b"]]),
        ("é,ü\n", [["é", "ü"]]),
    ])
    func readsRecords(text: String, expected: [[String]]) {
        let result = records(text)
        #expect(result.rows == expected)
        #expect(result.errors.isEmpty)
    }

    @Test func reportsEveryBrokenLineAndKeepsTheRest() {
        let result = records("a,b\nx\"y,1\n\"ok\"z,2\ngood,3\n\"never closed,4\n")
        #expect(result.rows == [["a", "b"], ["good", "3"]])
        #expect(
            result.errors == [
                CSVSyntaxError(kind: .quoteInUnquotedField, offset: 5),
                CSVSyntaxError(kind: .textAfterClosingQuote, offset: 14),
                CSVSyntaxError(kind: .unterminatedQuotedField, offset: 25),
            ])
    }

    @Test func givesFieldOffsetsAndNumbers() {
        var offsets: [Int] = []
        var numbers: [Double?] = []
        CSVReader.forEachRecord(in: Array("e,\"s\", 4.5 ,x\n".utf8)) { record in
            offsets = record.fields.map(\.offset)
            numbers = (0..<record.count).map { record.number($0) }
        }
        #expect(offsets == [0, 2, 6, 12])
        #expect(numbers == [nil, nil, 4.5, nil])
    }

    @Test func writerQuotesAndNeutralisesFormulas() {
        var writer = CSVWriter(neutralisesFormulas: true)
        writer.writeRow(["=SUM(A1)", "+1", "-2", "@x", "plain", "a,b", "say \"hi\"", " padded"])
        #expect(
            writer.text == "'=SUM(A1),'+1,'-2,'@x,plain,\"a,b\",\"say \"\"hi\"\"\",\" padded\"\n")
        var data = CSVWriter(neutralisesFormulas: false)
        data.writeRow(["-2", "line\nbreak"])
        #expect(data.text == "-2,\"line\nbreak\"\n")
    }
}
