/// `csv`: the CSV reader on any bytes. Every field must lie inside the text, in order, and every
/// error must point inside it.
enum CSVFuzz {
    @Sendable static func run(_ bytes: [UInt8]) {
        var lastEnd = 0
        var lastNumber = -1
        let errors = CSVReader.forEachRecord(in: bytes) { record in
            FuzzChecks.require(record.number > lastNumber, "record number \(record.number)")
            lastNumber = record.number
            for index in 0..<record.count {
                let field = record.fields[index]
                FuzzChecks.require(
                    field.start <= field.end && field.end <= bytes.count && field.offset >= lastEnd,
                    "field \(field) after \(lastEnd) in \(bytes.count) bytes")
                lastEnd = field.end
                _ = record.string(index)
                _ = record.number(index)
                _ = record.isBlank(index)
            }
        }
        for error in errors {
            FuzzChecks.require(
                error.offset >= 0 && error.offset <= bytes.count, "error offset \(error.offset)")
        }
    }
}
