/// `json`: the JSON reader on any bytes. An error must point inside the text; a document read
/// must keep every value's offset inside it.
enum JSONFuzz {
    @Sendable static func run(_ bytes: [UInt8]) {
        do {
            let document = try JSONReader.read(bytes)
            visit(document.root, count: bytes.count)
            for duplicate in document.duplicateKeys {
                FuzzChecks.require(
                    duplicate.firstOffset < duplicate.offset && duplicate.offset < bytes.count,
                    "duplicate key offsets \(duplicate.firstOffset), \(duplicate.offset)")
            }
        } catch {
            FuzzChecks.require(
                error.offset >= 0 && error.offset <= bytes.count, "error offset \(error.offset)")
            _ = error.message
        }
        let source = SourceText(path: "fuzz.json", bytes: bytes)
        let log = DiagnosticLog()
        _ = JSONFile.parse(source, log: log)
        FuzzChecks.report(log.diagnostics, source: source)
    }

    private static func visit(_ value: JSONValue, count: Int) {
        FuzzChecks.require(
            value.offset >= 0 && value.offset < count, "value offset \(value.offset)")
        switch value.kind {
        case .array(let elements):
            for element in elements { visit(element, count: count) }
        case .object(let object):
            for member in object.members { visit(member.value, count: count) }
        default:
            break
        }
    }
}
