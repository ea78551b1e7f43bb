/// Reads CSV text (RFC 4180) record by record, without copying fields out of the file's bytes.
///
/// Each field is a byte range (with its quoting noted), so a reader of five million score rows
/// converts only what it needs. Records end at LF or CRLF; a field may be quoted with `"`, a quote
/// inside it doubled. A syntax error is recorded and reading resumes at the next line, so every
/// broken line of a file is reported at once.
public enum CSVReader {
    /// Calls `body` for every well-formed record, in order, and returns the syntax errors found.
    ///
    /// The record passed to `body` is reused between calls: copy what you keep.
    @discardableResult
    public static func forEachRecord(in bytes: [UInt8], _ body: (borrowing CSVRecord) -> Void)
        -> [CSVSyntaxError]
    {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = CSVParser(buffer: buffer)
            var record = CSVRecord(buffer: buffer)
            while parser.next(into: &record) {
                body(record)
            }
            return parser.errors
        }
    }
}

/// One record: the ranges of its fields in the file and the offset where it starts.
public struct CSVRecord: ~Copyable {
    let buffer: UnsafeBufferPointer<UInt8>
    public internal(set) var fields: [CSVField] = []
    public internal(set) var offset = 0
    /// The record's place in the file, from 0, counting every record the text holds: blank lines
    /// and records skipped for a syntax error too, so that numbers stay aligned after a broken line.
    public internal(set) var number = 0

    init(buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
        fields.reserveCapacity(8)
    }

    public var count: Int { fields.count }

    /// The offset just past the record's last field (its closing quote included).
    public var end: Int {
        guard let last = fields.last else { return offset }
        return last.isQuoted ? last.end + 1 : last.end
    }

    /// The text of field `index`: quotes removed, doubled quotes undone; nil if it is not UTF-8.
    public func string(_ index: Int) -> String? {
        fields[index].string(in: buffer)
    }

    /// The raw bytes of field `index` (inside the quotes, doubled quotes as they stand).
    public func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8>.SubSequence {
        buffer[fields[index].start..<fields[index].end]
    }

    /// Field `index` read as a number by JSON's number grammar (surrounding spaces allowed).
    public func number(_ index: Int) -> Double? {
        var start = fields[index].start
        var end = fields[index].end
        while start < end, buffer[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, buffer[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard start < end else { return nil }
        return DecimalLiteral.double(in: buffer[start..<end])
    }

    /// Whether field `index` holds nothing but spaces, tabs and line breaks.
    public func isBlank(_ index: Int) -> Bool {
        buffer[fields[index].start..<fields[index].end].allSatisfy {
            $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A
        }
    }
}

/// A field's place in the file: `start..<end` is its content (inside the quotes if quoted).
public struct CSVField: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var isQuoted: Bool
    public var hasDoubledQuotes: Bool

    /// Offset of the field's first byte in the file (its opening quote, if quoted).
    public var offset: Int { isQuoted ? start - 1 : start }

    func string(in buffer: UnsafeBufferPointer<UInt8>) -> String? {
        let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
        guard hasDoubledQuotes else { return ValidatedUTF8.string(slice) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            bytes.append(slice[index])
            index += slice[index] == UInt8(ascii: "\"") ? 2 : 1
        }
        return ValidatedUTF8.string(bytes)
    }
}

/// A place where the text breaks RFC 4180.
public struct CSVSyntaxError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case quoteInUnquotedField
        case textAfterClosingQuote
        case unterminatedQuotedField
    }

    public var kind: Kind
    public var offset: Int

    public var message: String {
        switch kind {
        case .quoteInUnquotedField:
            "malformed CSV: a '\"' inside an unquoted field (quote the whole field and double the '\"')"
        case .textAfterClosingQuote:
            "malformed CSV: text after a closing quote (a quoted field must end at ',' or the end of the line)"
        case .unterminatedQuotedField:
            "malformed CSV: a quoted field is never closed (the file ends inside it)"
        }
    }
}
