import Testing

@testable import TenderKit

/// Rule offsets become file offsets through the JSON string literal, escapes included.
@Suite struct RulesSourceMappingTests {
    @Test(arguments: [
        // {"rule": "a == \"x\" and b"}: the literal's quote is at 9; `and` is rule byte 9, file byte 21.
        (#"{"rule": "a == \"x\" and b"}"#, 9, 9, 21),
        (#"{"rule": "a == \"x\" and b"}"#, 9, 0, 10),
        (#"{"rule": "a == \"x\" and b"}"#, 9, 5, 15),
        // é written plainly (2 bytes) then as \u00e9 (6 bytes for 2): `x` is rule byte 5, file byte 16.
        (#"{"r": "é\u00e9 x"}"#, 6, 5, 16),
        // An emoji as a surrogate pair (12 bytes for 4): `y` is rule byte 5, file byte 20.
        (#"{"r": "\ud83d\ude00 y"}"#, 6, 5, 20),
        // One past the end of the rule maps to the closing quote.
        (#"{"r": "ab"}"#, 6, 2, 9),
    ])
    func ruleOffsetsMapToFileOffsets(
        _ json: String, _ literalStart: Int, _ ruleOffset: Int, _ fileOffset: Int
    ) throws {
        let bytes = Array(json.utf8)
        #expect(bytes[literalStart] == UInt8(ascii: "\""))
        #expect(
            RuleSourceMapping.fileOffset(
                ofRuleOffset: ruleOffset, literalStart: literalStart, in: bytes) == fileOffset)
    }

    /// End to end: a compile error's offset lands on the offending word in the file.
    @Test func compileErrorPointsIntoTheFile() throws {
        let json =
            #"{"gates": [{"rule": "submission.type == \"cio\" and cuont(submission.partners) > 0"}]}"#
        let document = try JSONReader.read(json)
        let rule = try #require(document.root["gates"]?.array?.first?["rule"])
        let errors = RuleTestSupport.errors(try #require(rule.string))
        #expect(errors.map(\.message) == ["unknown function 'cuont' (did you mean 'count'?)"])
        let offset = RuleSourceMapping.fileOffset(
            ofRuleOffset: errors[0].offset, literalStart: rule.offset, in: Array(json.utf8))
        #expect(String(decoding: Array(json.utf8)[offset..<(offset + 5)], as: UTF8.self) == "cuont")
        #expect(SourceText(path: "rubric.json", text: json).location(at: offset).column == 53)
    }
}
