import Foundation

/// Reads an input file and parses it as JSON, turning every failure into a diagnostic.
enum JSONFile {
    /// The file's text and root value; nil (with diagnostics logged) when it cannot be read or parsed.
    static func read(_ path: String, log: DiagnosticLog, what: String) -> (SourceText, JSONValue)? {
        guard let source = InputFile.read(path, log: log, what: what) else { return nil }
        guard let root = parse(source, log: log) else { return nil }
        return (source, root)
    }

    static func parse(_ source: SourceText, log: DiagnosticLog) -> JSONValue? {
        guard TextEncoding.check(source, advice: TextEncoding.jsonAdvice, log: log).isEmpty else {
            return nil
        }
        do {
            let document = try JSONReader.read(source.bytes)
            for duplicate in document.duplicateKeys {
                let first = source.location(at: duplicate.firstOffset)
                log.error(
                    "duplicate member '\(duplicate.key)' (first at line \(first.line)): each name may appear once in an object",
                    in: source, at: duplicate.offset)
            }
            for offset in document.inexactNumbers {
                log.error(
                    JSONSyntaxError(.numberOutOfRange, at: offset).message, in: source, at: offset)
            }
            return document.root
        } catch {
            log.error(error.message, in: source, at: error.offset)
            return nil
        }
    }
}
