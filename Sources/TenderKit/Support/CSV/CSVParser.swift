/// The state machine behind `CSVReader`.
struct CSVParser {
    let buffer: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Where reading stops: no record is started at or after it (the end of the text unless a
    /// reader of one part of a file sets it).
    var end: Int
    var errors: [CSVSyntaxError] = []
    /// Records started so far, well-formed or not.
    var recordCount = 0

    init(buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
        end = buffer.count
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3 }
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Reads the next well-formed record into `record`; false at the end of the text.
    mutating func next(into record: inout CSVRecord) -> Bool {
        while index < end {
            record.fields.removeAll(keepingCapacity: true)
            record.offset = index
            record.number = recordCount
            recordCount += 1
            if readRecord(into: &record) { return true }
        }
        return false
    }

    /// Reads one line's fields; on a syntax error, records it, skips to the next line, returns false.
    private mutating func readRecord(into record: inout CSVRecord) -> Bool {
        while true {
            let field: CSVField
            if buffer[index] == CSVParser.quote {
                guard let quoted = readQuotedField() else { return false }
                field = quoted
            } else {
                guard let plain = readPlainField() else { return false }
                field = plain
            }
            record.fields.append(field)
            if index >= buffer.count { return true }
            if buffer[index] == CSVParser.comma {
                index += 1
                if index >= buffer.count {
                    record.fields.append(
                        CSVField(start: index, end: index, isQuoted: false, hasDoubledQuotes: false)
                    )
                    return true
                }
                continue
            }
            endLine()
            return true
        }
    }

    /// An unquoted field: up to the next comma or line end.
    private mutating func readPlainField() -> CSVField? {
        let start = index
        while index < buffer.count {
            let byte = buffer[index]
            if byte == CSVParser.comma || byte == CSVParser.lineFeed { break }
            if byte == CSVParser.carriageReturn, index + 1 < buffer.count,
                buffer[index + 1] == CSVParser.lineFeed
            {
                break
            }
            if byte == CSVParser.quote {
                fail(.quoteInUnquotedField, at: index)
                return nil
            }
            index += 1
        }
        return CSVField(start: start, end: index, isQuoted: false, hasDoubledQuotes: false)
    }

    /// A quoted field: from after the opening quote to the closing one, `""` read as one quote.
    private mutating func readQuotedField() -> CSVField? {
        let opening = index
        index += 1
        let start = index
        var doubled = false
        while index < buffer.count {
            if buffer[index] == CSVParser.quote {
                if index + 1 < buffer.count, buffer[index + 1] == CSVParser.quote {
                    doubled = true
                    index += 2
                    continue
                }
                let end = index
                index += 1
                if index < buffer.count, !isFieldEnd(buffer[index]) {
                    fail(.textAfterClosingQuote, at: index)
                    return nil
                }
                return CSVField(start: start, end: end, isQuoted: true, hasDoubledQuotes: doubled)
            }
            index += 1
        }
        errors.append(CSVSyntaxError(kind: .unterminatedQuotedField, offset: opening))
        return nil
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == CSVParser.comma || byte == CSVParser.lineFeed || byte == CSVParser.carriageReturn
    }

    /// Consumes a line terminator: LF or CRLF, or a lone CR after a quoted field (an unquoted
    /// field keeps a lone CR as part of its text).
    private mutating func endLine() {
        if index < buffer.count, buffer[index] == CSVParser.carriageReturn { index += 1 }
        if index < buffer.count, buffer[index] == CSVParser.lineFeed { index += 1 }
    }

    private mutating func fail(_ kind: CSVSyntaxError.Kind, at offset: Int) {
        errors.append(CSVSyntaxError(kind: kind, offset: offset))
        while index < buffer.count, buffer[index] != CSVParser.lineFeed { index += 1 }
        if index < buffer.count { index += 1 }
    }
}
