import Foundation

/// Reads the fields of one JSON object into model values, reporting every problem it meets:
/// a missing required field, a wrong type, an unknown field (with a suggestion), a bad id or date.
///
/// Messages name the field by its path (`criteria[2].weight`) and point at the offending value,
/// so that `FILE:LINE:COLUMN` and the message together say exactly what to fix.
struct FieldReader {
    let object: JSONObject
    let offset: Int
    /// The object's path from the file's root (`criteria[2]`), or "" for the root itself.
    let path: String
    /// What the file is, for messages about its root ("the rubric", "the submission").
    let rootName: String
    let source: SourceText
    let log: DiagnosticLog

    /// A reader for `value`, or nil (and an error) when it is not an object.
    init?(
        _ value: JSONValue, path: String, rootName: String, source: SourceText, log: DiagnosticLog
    ) {
        guard let object = value.object else {
            let name = path.isEmpty ? rootName : path
            log.error(
                "\(name) must be an object, but it is \(value.typeDescription)", in: source,
                at: value.offset)
            return nil
        }
        self.object = object
        self.offset = value.offset
        self.path = path
        self.rootName = rootName
        self.source = source
        self.log = log
    }

    var name: String { path.isEmpty ? rootName : path }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    var location: SourceLocation { source.location(at: offset) }

    func location(of key: String) -> SourceLocation {
        source.location(at: object[key]?.offset ?? offset)
    }

    /// Where each member's value stands, by member name.
    func valueLocations() -> [String: SourceLocation] {
        Dictionary(
            object.members.map { ($0.key, source.location(at: $0.value.offset)) },
            uniquingKeysWith: { first, _ in first })
    }

    func error(_ message: String, at offset: Int) {
        log.error(message, in: source, at: offset)
    }

    /// The member `key`, or nil; a required member that is missing is reported at its object, one
    /// that is null at the null (an optional member that is null counts as missing).
    func value(_ key: String, required: Bool) -> JSONValue? {
        guard let value = object[key] else {
            if required { error("\(name) is missing the required field '\(key)'", at: offset) }
            return nil
        }
        guard !value.isNull else {
            if required { error("\(childPath(key)) is required, but it is null", at: value.offset) }
            return nil
        }
        return value
    }

    func wrongType(_ key: String, _ value: JSONValue, expected: String) {
        error(
            "\(childPath(key)) must be \(expected), but it is \(value.typeDescription)",
            at: value.offset)
    }

    /// Reports every member not in `allowed`, suggesting the nearest allowed name.
    func rejectUnknownFields(allowed: [String]) {
        for member in object.members where !allowed.contains(member.key) {
            let hint = EditDistance.didYouMean(member.key, among: allowed)
            error("\(name) has an unknown field '\(member.key)'\(hint)", at: member.keyOffset)
        }
    }

    func string(_ key: String, required: Bool = true, allowEmpty: Bool = false) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard let text = value.string else {
            wrongType(key, value, expected: "a string")
            return nil
        }
        if !allowEmpty, StringTrimming.isBlank(text) {
            error("\(childPath(key)) must not be empty", at: value.offset)
            return nil
        }
        guard
            checkControls(
                text, path: childPath(key), multiline: Self.multiline.contains(key),
                at: value.offset)
        else {
            return nil
        }
        return text
    }

    /// Fields that may hold line breaks and tabs; every other string is one line of plain text.
    static let multiline: Set<String> = [
        "description", "guidance", "meaning", "message", "rationale",
    ]

    /// False (and an error) when `text` holds a control character it may not: any in a name,
    /// title or id; any but line feeds and tabs in a description or rationale.
    func checkControls(
        _ text: String, path: @autoclosure () -> String, multiline: Bool, at offset: Int
    ) -> Bool {
        guard let control = ControlCharacters.first(in: text, multiline: multiline) else {
            return true
        }
        let allowed = multiline ? " (only line breaks and tabs are allowed here)" : ""
        error(
            "\(path()) contains the control character \(ControlCharacters.name(control)) \(ControlCharacters.picture(control)): remove it\(allowed)",
            at: offset)
        return false
    }

    func identifier(_ key: String, required: Bool = true) -> String? {
        guard let text = string(key, required: required) else { return nil }
        guard Identifier.isValid(text) else {
            error(
                "\(childPath(key)) '\(text)' is not a valid id: \(Identifier.ruleDescription)",
                at: object[key]?.offset ?? offset)
            return nil
        }
        return text
    }

    func number(_ key: String, required: Bool = true) -> JSONNumber? {
        guard let value = value(key, required: required) else { return nil }
        guard let number = value.number else {
            wrongType(key, value, expected: "a number")
            return nil
        }
        // A number Decimal cannot hold is reported by the reader, at the number.
        return number.isExact ? number : nil
    }

    /// A number that must lie in `range` (messages name the range).
    func number(
        _ key: String, required: Bool = true, in range: ClosedRange<Double>, rangeText: String
    ) -> Double? {
        guard let number = number(key, required: required) else { return nil }
        guard range.contains(number.double) else {
            error(
                "\(childPath(key)) must be \(rangeText), but it is \(number.decimal)",
                at: object[key]?.offset ?? offset)
            return nil
        }
        return number.double
    }

    func integer(_ key: String, required: Bool = true, minimum: Int) -> Int? {
        guard let number = number(key, required: required) else { return nil }
        guard let value = number.int, value >= minimum, number.decimal == Decimal(value) else {
            error(
                "\(childPath(key)) must be a whole number of at least \(minimum), but it is \(number.decimal)",
                at: object[key]?.offset ?? offset)
            return nil
        }
        return value
    }

    func bool(_ key: String, default defaultValue: Bool) -> Bool? {
        guard let value = value(key, required: false) else { return defaultValue }
        guard let flag = value.bool else {
            wrongType(key, value, expected: "true or false")
            return nil
        }
        return flag
    }

    func date(_ key: String, required: Bool = true) -> ISODate? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = ISODate(text) else {
            error(
                "\(childPath(key)) must be a date written YYYY-MM-DD, but \(FieldReader.dateProblem(text))",
                at: object[key]?.offset ?? offset)
            return nil
        }
        return date
    }

    /// Why `text` is not a date: written another way, or written right but not a day of the
    /// calendar (`2024-04-31`), which "must be written YYYY-MM-DD" alone would not explain.
    static func dateProblem(_ text: String) -> String {
        let shape = text.utf8.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7
                ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        return shape && text.utf8.count == 10
            ? "there is no day '\(text)' in the calendar" : "it is '\(text)'"
    }

    /// One of an enumeration's raw values, with "did you mean" for a near miss.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String, required: Bool = true, as type: Choice.Type
    ) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        if let choice = Choice(rawValue: text) { return choice }
        let allowed = Choice.allCases.map(\.rawValue)
        let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
        error(
            "\(childPath(key)) must be one of \(list), but it is '\(text)'\(EditDistance.didYouMean(text, among: allowed))",
            at: object[key]?.offset ?? offset)
        return nil
    }

    func array(_ key: String, required: Bool = true) -> [JSONValue]? {
        guard let value = value(key, required: required) else { return nil }
        guard let elements = value.array else {
            wrongType(key, value, expected: "an array")
            return nil
        }
        return elements
    }

    /// An array of strings; each element that is not a string is reported.
    func strings(_ key: String, required: Bool = false) -> [String]? {
        guard let elements = array(key, required: required) else { return required ? nil : [] }
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            guard let text = element.string else {
                error(
                    "\(childPath(key))[\(index)] must be a string, but it is \(element.typeDescription)",
                    at: element.offset)
                continue
            }
            guard
                checkControls(
                    text, path: "\(childPath(key))[\(index)]", multiline: false, at: element.offset)
            else {
                continue
            }
            result.append(text)
        }
        return result
    }

    func child(_ key: String, required: Bool = true) -> FieldReader? {
        guard let value = value(key, required: required) else { return nil }
        return FieldReader(
            value, path: childPath(key), rootName: rootName, source: source, log: log)
    }

    /// Readers for each element of an array of objects, with their paths (`criteria[0]`, …).
    func children(_ key: String, required: Bool = true) -> [FieldReader]? {
        guard let elements = array(key, required: required) else { return nil }
        return elements.enumerated().compactMap { index, element in
            FieldReader(
                element, path: "\(childPath(key))[\(index)]", rootName: rootName, source: source,
                log: log)
        }
    }
}
