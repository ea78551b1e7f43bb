/// `lexer`, `parser`, `checker`: the rule language's phases on any text. Tokens must tile the
/// text in order; every error must point inside it; a rule embedded in a JSON file must have its
/// errors mapped back inside that file.
enum RuleFuzz {
    @Sendable static func lexer(_ bytes: [UInt8]) {
        let tokens = Lexer.tokens(of: bytes)
        var end = 0
        for token in tokens {
            FuzzChecks.require(
                token.offset >= end && token.length >= 0 && token.end <= bytes.count,
                "token \(token) after \(end) in \(bytes.count) bytes")
            end = token.end
        }
        if case .end = tokens.last?.kind {
        } else {
            FuzzChecks.require(false, "the tokens do not end with .end")
        }
    }

    @Sendable static func parser(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            let tree = try Parser.parse(text)
            FuzzChecks.require(tree.bytes.count == text.utf8.count, "the tree's text changed")
        } catch {
            checkOffset(error.offset, in: text)
        }
    }

    @Sendable static func checker(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        for expecting in [RuleType.boolean, .number] {
            do {
                let program = try RuleProgram.compile(text, expecting: expecting)
                _ = program.resultType.description
            } catch {
                for problem in error.errors { checkOffset(problem.offset, in: text) }
            }
        }
        compileInRubricFile(text)
    }

    /// The rule as a rubric holds it (a JSON string, escaped), compiled as the rubric loader does.
    private static func compileInRubricFile(_ text: String) {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("rule")
        writer.string(text)
        writer.endObject()
        let source = SourceText(path: "rubric.json", bytes: writer.bytes)
        guard let root = try? JSONReader.read(source.bytes).root, let member = root["rule"] else {
            FuzzChecks.require(false, "JSONWriter wrote JSON that JSONReader cannot read")
            return
        }
        FuzzChecks.require(member.string == text, "the rule changed on its way through JSON")
        let log = DiagnosticLog()
        _ = RuleCompilation.compile(
            text, literalAt: member.offset, source: source, log: log, expecting: .boolean,
            reference: nil)
        FuzzChecks.report(log.diagnostics, source: source)
    }

    private static func checkOffset(_ offset: Int, in text: String) {
        FuzzChecks.require(
            offset >= 0 && offset <= text.utf8.count, "error offset \(offset) in \(text.utf8.count)"
        )
    }
}
