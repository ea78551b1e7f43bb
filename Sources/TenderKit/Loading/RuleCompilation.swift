/// Compiles the rule-language expressions found in JSON strings, reporting each compile error at
/// the exact column inside the string, with the source line quoted and a caret under it.
enum RuleCompilation {
    /// The rule in member `key` of `reader`'s object, compiled for a slot that needs `expecting`;
    /// `reference` is how explanations name it.
    static func rule(
        _ key: String, in reader: FieldReader, expecting: RuleType, required: Bool = true,
        reference: RuleReference?
    ) -> RubricRule? {
        guard let text = reader.string(key, required: required) else { return nil }
        let offset = reader.object[key]?.offset ?? reader.offset
        return compile(
            text, literalAt: offset, source: reader.source, log: reader.log, expecting: expecting,
            reference: reference)
    }

    /// Compiles `text`, which stands `textOffset` UTF-8 bytes into the decoded content of the JSON
    /// string literal starting at `literalOffset` (0 unless the string has a prefix such as `lower:`).
    static func compile(
        _ text: String, literalAt literalOffset: Int, textOffset: Int = 0, source: SourceText,
        log: DiagnosticLog, expecting: RuleType, reference: RuleReference?
    ) -> RubricRule {
        let location = source.location(at: literalOffset)
        let origin = RuleOrigin(
            source: source, literalOffset: literalOffset, textOffset: textOffset)
        do {
            let program = try RuleProgram.compile(text, expecting: expecting)
            return RubricRule(
                text: text, location: location, program: program, origin: origin,
                reference: reference)
        } catch {
            for problem in error.errors {
                log.append(contentsOf: [
                    origin.diagnostic(.error, problem.message, at: problem.offset)
                ])
            }
            return RubricRule(
                text: text, location: location, program: nil, origin: origin, reference: reference)
        }
    }
}
