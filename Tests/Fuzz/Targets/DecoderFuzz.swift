/// `rubric`, `round`, `panel`, `submission`, `decisions`: each file kind's decoder on any bytes,
/// as `tender validate` reads it (JSON first, then the fields), with every diagnostic formatted.
enum DecoderFuzz {
    @Sendable static func rubric(_ bytes: [UInt8]) {
        decode(bytes, name: "rubric.json") { root, source, log in
            guard let decoder = RubricDecoder(root: root, source: source, log: log),
                let rubric = decoder.decode()
            else { return }
            log.append(contentsOf: ValidationChecks.check(rubric))
            if !log.hasErrors {
                let document = RubricMethodology(rubric: rubric).document()
                _ = HTMLRenderer().render(document)
                _ = MarkdownRenderer().render(document)
            }
        }
    }

    @Sendable static func round(_ bytes: [UInt8]) {
        decode(bytes, name: "round.json") { root, source, log in
            _ = RoundDecoder.decode(root, source: source, log: log)
        }
    }

    @Sendable static func panel(_ bytes: [UInt8]) {
        decode(bytes, name: "panel.json") { root, source, log in
            _ = PanelDecoder.decode(root, source: source, log: log)
        }
    }

    @Sendable static func submission(_ bytes: [UInt8]) {
        decode(bytes, name: "submissions/fuzz.json") { root, source, log in
            _ = SubmissionDecoder.decode(root, source: source, log: log)
        }
    }

    @Sendable static func decisions(_ bytes: [UInt8]) {
        decode(bytes, name: "decisions.json") { root, source, log in
            _ = DecisionsDecoder.decode(root, source: source, log: log)
        }
    }

    private static func decode(
        _ bytes: [UInt8], name: String, _ body: (JSONValue, SourceText, DiagnosticLog) -> Void
    ) {
        let source = SourceText(path: name, bytes: bytes)
        let log = DiagnosticLog()
        if let root = JSONFile.parse(source, log: log) {
            body(root, source, log)
        }
        FuzzChecks.report(log.diagnostics, source: source)
    }
}
