/// Finds the lines of an input that are not UTF-8, and says what the text probably is instead.
///
/// Every reader runs this before it reads a file, so that a spreadsheet saved as Windows-1252
/// (Excel's plain "CSV" on Windows) is an error at its line and column, never a field read as blank.
public enum TextEncoding {
    /// One line holding bytes that are not UTF-8: the offset of its first such byte.
    public struct InvalidLine: Sendable, Equatable {
        public var offset: Int
    }

    /// Every line with a byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates, at
    /// most U+10FFFF), one entry per line, in order.
    /// Runs of ASCII are passed over eight bytes at a time; a line's start is looked for only
    /// when a broken byte is met, backwards, never over the same bytes twice.
    public static func invalidLines(in bytes: [UInt8]) -> [InvalidLine] {
        bytes.withUnsafeBufferPointer { buffer in
            var lines: [InvalidLine] = []
            var index = 0
            var lineOfLastReport = -1
            var lineStart = LineStart()
            while true {
                index = endOfASCII(buffer, from: index)
                guard index < buffer.count else { return lines }
                let length = sequenceLength(buffer, at: index)
                if length == 0 {
                    let start = lineStart.find(buffer, holding: index)
                    if lineOfLastReport != start {
                        lines.append(InvalidLine(offset: index))
                        lineOfLastReport = start
                    }
                    index += 1
                } else {
                    index += length
                }
            }
        }
    }

    /// The first offset at or after `index` whose byte is not ASCII, or the end of the text.
    static func endOfASCII(_ buffer: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = PlainWord.endOfWords(buffer, from: index, stoppingAt: PlainWord.holdsNonASCII)
        while index < buffer.count, buffer[index] < 0x80 { index += 1 }
        return index
    }

    /// The start of the line holding an offset, for offsets asked in increasing order: each
    /// search goes back only to the offset asked before.
    private struct LineStart {
        private var start = 0
        private var knownUpTo = 0

        mutating func find(_ buffer: UnsafeBufferPointer<UInt8>, holding index: Int) -> Int {
            var probe = index
            while probe > knownUpTo {
                if buffer[probe - 1] == UInt8(ascii: "\n") {
                    start = probe
                    break
                }
                probe -= 1
            }
            knownUpTo = index
            return start
        }
    }

    /// The length of the valid UTF-8 sequence starting at `index` (a lead byte), or 0.
    static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = buffer[index]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, lower) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, upper) = (3, 0x9F)
        case 0xF0: (length, lower) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, upper) = (4, 0x8F)
        default: return 0
        }
        guard index + length <= buffer.count else { return 0 }
        let second = buffer[index + 1]
        guard second >= lower, second <= upper else { return 0 }
        for offset in 2..<max(length, 2) where buffer[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// Whether the text is most likely Windows-1252: every byte above 0x7F is a character that
    /// encoding defines (it leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D unused).
    public static func looksLikeWindows1252(_ bytes: [UInt8]) -> Bool {
        !bytes.contains { [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }
    }

    /// Whether the text starts with a UTF-16 byte-order mark.
    public static func isUTF16(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2
            && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    /// The message for one line: what the text seems to be, and how to save it as UTF-8.
    ///
    /// `advice` is how to fix it for this kind of file ("save the sheet as 'CSV UTF-8'").
    public static func message(line: Int, byte: UInt8, in bytes: [UInt8], advice: String)
        -> String
    {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        if isUTF16(bytes) {
            return "the file is UTF-16, not UTF-8: \(advice)"
        }
        if looksLikeWindows1252(bytes), let character = Windows1252.character(byte) {
            return
                "line \(line) is not UTF-8; it looks like Windows-1252 (byte \(hex) would be '\(character)'): \(advice)"
        }
        return
            "line \(line) is not UTF-8 (byte \(hex) cannot start or continue a character): \(advice)"
    }

    /// Reports every line of `source` that is not UTF-8; true when there was none.
    static func check(_ source: SourceText, advice: String, log: DiagnosticLog) -> [InvalidLine] {
        let diagnostics = diagnose(source, advice: advice)
        log.append(contentsOf: diagnostics.problems)
        return diagnostics.lines
    }

    /// The lines of `source` that are not UTF-8 and an error for each (one for a UTF-16 file).
    public static func diagnose(_ source: SourceText, advice: String) -> (
        lines: [InvalidLine], problems: [Diagnostic]
    ) {
        let lines = invalidLines(in: source.bytes)
        if isUTF16(source.bytes), !lines.isEmpty {
            let text = message(line: 1, byte: source.bytes[0], in: source.bytes, advice: advice)
            return (lines, [.error(at: source.location(at: 0), text)])
        }
        let problems = lines.map { line -> Diagnostic in
            var location = source.location(at: line.offset)
            let byte = source.bytes[line.offset]
            // A stray byte shaped like a continuation byte is a column of its own here.
            if byte & 0xC0 == 0x80 { location.column += 1 }
            return .error(
                at: location,
                message(line: location.line, byte: byte, in: source.bytes, advice: advice))
        }
        return (lines, problems)
    }

    /// Whether one of `lines` (sorted) has its bad byte in `start..<end`: a record that holds one
    /// is skipped by its reader, since the encoding error already covers it.
    public static func touches(_ lines: [InvalidLine], _ start: Int, _ end: Int) -> Bool {
        guard !lines.isEmpty else { return false }
        var low = 0
        var high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].offset < start { low = mid + 1 } else { high = mid }
        }
        return low < lines.count && lines[low].offset <= end
    }

    /// Advice for a CSV file: what Excel and LibreOffice call the right format.
    public static let csvAdvice =
        "save the sheet as 'CSV UTF-8' (Excel) or choose 'Unicode (UTF-8)' as the character set (LibreOffice)"
    /// Advice for a JSON file.
    public static let jsonAdvice = "save the file with the UTF-8 encoding"
}
