import Foundation

/// Following a path (`submission.organisation.type`, `p.amount`, `submission.partners[0]`)
/// through the data, staying on the JSON values until the end so nothing is converted twice.
extension Interpreter {
    /// Where a path walk stands: still in the JSON data, or on a computed value.
    private enum Cursor {
        case json(JSONValue)
        case value(RuleValue)

        var value: RuleValue {
            switch self {
            case .json(let json): RuleValue(json: json)
            case .value(let value): value
            }
        }
    }

    mutating func resolve(_ access: PathAccess, _ node: CheckedExpression) throws(EvalFailure)
        -> RuleValue
    {
        var cursor: Cursor
        switch access.base {
        case .root(.submission): cursor = .json(scope.submission)
        case .root(.round): cursor = .json(scope.round)
        case .root(.rubric): cursor = .json(scope.rubric)
        case .local(let slot, _): cursor = .value(locals[slot])
        case .value(let base): cursor = .value(try evaluate(base))
        }
        for (step, segment) in access.segments.enumerated() {
            let place = PathPlace(access: access, step: step, node: node)
            switch segment {
            case .member(let key): cursor = try member(key, of: cursor, place)
            case .index(let indexNode):
                let index = try evaluate(indexNode)
                cursor = try item(index, indexNode, of: cursor, place)
            }
        }
        if case .json(let json) = cursor, let number = json.number {
            lastApproximation = number.double
        } else {
            lastApproximation = nil
        }
        return cursor.value
    }

    private func member(_ key: String, of cursor: Cursor, _ place: PathPlace) throws(EvalFailure)
        -> Cursor
    {
        switch cursor {
        case .json(let json):
            if let object = json.object {
                guard let value = object[key] else { throw place.missing() }
                return .json(value)
            }
            throw place.notAnObject(RuleValue(json: json), key: key)
        case .value(.object(let object)):
            guard let value = object[key] else { throw place.missing() }
            return .json(value)
        case .value(let value):
            throw place.notAnObject(value, key: key)
        }
    }

    private func item(
        _ index: RuleValue, _ indexNode: CheckedExpression, of cursor: Cursor, _ place: PathPlace
    ) throws(EvalFailure) -> Cursor {
        if case .string(let key) = index { return try member(key, of: cursor, place) }
        guard case .number(let number) = index else {
            throw EvalFailure.wrongType(
                indexNode, index, needed: "a position in a list needs a number")
        }
        switch cursor {
        case .json(let json):
            guard let items = json.array else { throw place.notAList(RuleValue(json: json)) }
            return .json(
                items[try place.position(number, indexNode: indexNode, count: items.count)])
        case .value(.list(let items)):
            return .value(
                items[try place.position(number, indexNode: indexNode, count: items.count)])
        case .value(let value):
            throw place.notAList(value)
        }
    }
}

/// One step of a path walk, for the messages that name how far the path got.
private struct PathPlace {
    let access: PathAccess
    let step: Int
    let node: CheckedExpression

    /// The text of the path before this step, and through it.
    var before: String { access.prefixes[step] }
    var through: String { access.prefixes[step + 1] }

    func missing(_ detail: String = "") -> EvalFailure {
        EvalFailure(
            kind: .missing, message: "\(through) is missing\(detail)", path: through,
            offset: node.offset, nodeID: node.id)
    }

    func nullBefore() -> EvalFailure {
        EvalFailure(
            kind: .null, message: "\(before) is null", path: before, offset: node.offset,
            nodeID: node.id)
    }

    func notAnObject(_ value: RuleValue, key: String) -> EvalFailure {
        if case .null = value { return nullBefore() }
        let message =
            "\(before) is \(value.shallowType.phrase) (\(value.shown)), so it has no member '\(key)'"
        return EvalFailure(
            kind: .invalid, message: message, path: before, offset: node.offset, nodeID: node.id)
    }

    func notAList(_ value: RuleValue) -> EvalFailure {
        if case .null = value { return nullBefore() }
        let message =
            "\(before) is \(value.shallowType.phrase) (\(value.shown)), not a list, so it has no numbered items"
        return EvalFailure(
            kind: .invalid, message: message, path: before, offset: node.offset, nodeID: node.id)
    }

    /// The list position a number names, or the failure: not whole, negative, or past the end.
    func position(_ number: Decimal, indexNode: CheckedExpression, count: Int) throws(EvalFailure)
        -> Int
    {
        guard number == DecimalArithmetic.rounded(number, places: 0), number >= 0 else {
            throw EvalFailure.invalid(
                "a position in a list must be a whole number from 0, but \(indexNode.describing(.number(number)))",
                at: indexNode)
        }
        guard number < Decimal(count) else {
            throw missing(": \(before) has \(NumberText.counted(count, "item")), numbered from 0")
        }
        return NSDecimalNumber(decimal: number).intValue
    }
}
