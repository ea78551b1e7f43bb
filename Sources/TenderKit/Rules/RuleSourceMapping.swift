/// Maps a position inside a rule to the position in the rubric file that holds the rule.
///
/// Rule offsets (`RuleCompileError.offset`, `RuleEvaluationError.offset`, explanation steps)
/// count UTF-8 bytes of the rule as the JSON reader decoded it. In the file the rule is a JSON
/// string literal, where an escape such as `\"` or `\u00e9` takes more bytes than the text it
/// stands for, so the decoded offset is walked through the literal's raw bytes.
public enum RuleSourceMapping {
    /// The byte offset in `file` of the rule's byte `ruleOffset`. `literalStart` is the offset of
    /// the literal's opening quote (the string's `JSONValue.offset`). An offset inside the text an
    /// escape stands for maps to the escape's backslash; one past the end maps to the closing quote.
    public static func fileOffset(ofRuleOffset ruleOffset: Int, literalStart: Int, in file: [UInt8])
        -> Int
    {
        var index = literalStart + 1
        var decoded = 0
        while index < file.count, file[index] != UInt8(ascii: "\"") {
            let (raw, produced) = step(at: index, in: file)
            if decoded + produced > ruleOffset { return index }
            decoded += produced
            index += raw
        }
        return min(index, file.count)
    }

    /// How many raw bytes the next character of the literal takes, and how many decoded bytes it gives.
    private static func step(at index: Int, in file: [UInt8]) -> (raw: Int, decoded: Int) {
        guard file[index] == UInt8(ascii: "\\"), index + 1 < file.count else { return (1, 1) }
        guard file[index + 1] == UInt8(ascii: "u"), let first = hex4(file, at: index + 2) else {
            return (2, 1)
        }
        if (0xD800...0xDBFF).contains(first), index + 7 < file.count,
            file[index + 6] == UInt8(ascii: "\\"),
            file[index + 7] == UInt8(ascii: "u"), hex4(file, at: index + 8) != nil
        {
            return (12, 4)
        }
        return (6, first < 0x80 ? 1 : first < 0x800 ? 2 : 3)
    }

    private static func hex4(_ file: [UInt8], at start: Int) -> UInt32? {
        guard start + 4 <= file.count else { return nil }
        var value: UInt32 = 0
        for byte in file[start..<(start + 4)] {
            guard let digit = hexDigitValue(byte) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
