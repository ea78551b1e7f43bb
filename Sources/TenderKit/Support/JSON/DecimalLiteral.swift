import Foundation

/// A number literal in JSON's grammar (`-12.50`, `3e2`), scanned once into an exact significand
/// and a power of ten, from which both the exact `Decimal` and the nearest `Double` are made.
///
/// Shared by the JSON reader and the CSV score reader, so a score, a price and a weight are read
/// by the same rules everywhere. Up to 19 significant digits take a path without allocation.
struct DecimalLiteral {
    struct SyntaxError: Error {
        var reason: String
        var offset: Int
    }

    var negative: Bool
    /// The significant digits, when there are at most 19 of them (trailing zeros are in `exponent`).
    var significand: UInt64
    var exponent: Int
    var isIntegerLiteral: Bool
    /// Set when the literal has more than 19 significant digits: `significand` is then unused.
    var isLong: Bool

    /// Scans a literal starting at `index`, leaving `index` after it.
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>, from index: inout Int)
        throws(SyntaxError) -> DecimalLiteral
    {
        var literal = DecimalLiteral(
            negative: false, significand: 0, exponent: 0, isIntegerLiteral: true, isLong: false)
        var accumulator = SignificandAccumulator()
        if index < buffer.count, buffer[index] == UInt8(ascii: "-") {
            literal.negative = true
            index += 1
        }
        let integerStart = index
        guard index < buffer.count, isDigit(buffer[index]) else {
            throw SyntaxError(reason: "a digit must follow '-'", offset: index)
        }
        if buffer[index] == UInt8(ascii: "0"), index + 1 < buffer.count, isDigit(buffer[index + 1])
        {
            throw SyntaxError(reason: "leading zeros are not allowed", offset: integerStart)
        }
        _ = scanDigits(buffer, from: &index, into: &accumulator)
        let fractionDigits = try scanFraction(
            buffer, from: &index, into: &accumulator, literal: &literal)
        let explicitExponent = try scanExponent(buffer, from: &index, literal: &literal)
        literal.significand = accumulator.value
        literal.isLong = accumulator.overflowed
        literal.exponent = explicitExponent - fractionDigits + accumulator.trailingZeros
        return literal
    }

    /// Adds the digits from `index` to the significand; returns how many there were.
    private static func scanDigits(
        _ buffer: UnsafeBufferPointer<UInt8>, from index: inout Int,
        into accumulator: inout SignificandAccumulator
    ) -> Int {
        let start = index
        while index < buffer.count, isDigit(buffer[index]) {
            accumulator.add(buffer[index])
            index += 1
        }
        return index - start
    }

    /// `.digits`, if present: returns the number of fraction digits (0 when there is no point).
    private static func scanFraction(
        _ buffer: UnsafeBufferPointer<UInt8>, from index: inout Int,
        into accumulator: inout SignificandAccumulator,
        literal: inout DecimalLiteral
    ) throws(SyntaxError) -> Int {
        guard index < buffer.count, buffer[index] == UInt8(ascii: ".") else { return 0 }
        index += 1
        literal.isIntegerLiteral = false
        guard index < buffer.count, isDigit(buffer[index]) else {
            throw SyntaxError(reason: "a digit must follow the decimal point", offset: index)
        }
        return scanDigits(buffer, from: &index, into: &accumulator)
    }

    private static func scanExponent(
        _ buffer: UnsafeBufferPointer<UInt8>, from index: inout Int, literal: inout DecimalLiteral
    ) throws(SyntaxError) -> Int {
        guard index < buffer.count,
            buffer[index] == UInt8(ascii: "e") || buffer[index] == UInt8(ascii: "E")
        else { return 0 }
        literal.isIntegerLiteral = false
        index += 1
        var negative = false
        if index < buffer.count,
            buffer[index] == UInt8(ascii: "+") || buffer[index] == UInt8(ascii: "-")
        {
            negative = buffer[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < buffer.count, isDigit(buffer[index]) else {
            throw SyntaxError(reason: "the exponent needs digits", offset: index)
        }
        var value = 0
        while index < buffer.count, isDigit(buffer[index]) {
            value = addingExponentDigit(buffer[index], to: value)
            index += 1
        }
        return negative ? -value : value
    }

    /// An exponent's value so far with one more digit, held at 100,000: far outside what `Decimal`
    /// or `Double` can hold, so the literal is refused or infinite either way, and no sum of it and
    /// a digit count can overflow (`1e-9223372036854775807` once crashed the long path).
    private static func addingExponentDigit(_ digit: UInt8, to value: Int) -> Int {
        min(value * 10 + Int(digit - UInt8(ascii: "0")), 100_000)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The nearest `Double` (exact fast path where the significand and power are small enough).
    func double(text: UnsafeBufferPointer<UInt8>.SubSequence) -> Double {
        if !isLong, significand < (1 << 53), (-22...22).contains(exponent) {
            let magnitude =
                exponent >= 0
                ? Double(significand) * DecimalLiteral.powersOfTen[exponent]
                : Double(significand) / DecimalLiteral.powersOfTen[-exponent]
            return negative ? -magnitude : magnitude
        }
        return Double(String(decoding: text, as: UTF8.self)) ?? .nan
    }

    /// The exact value, or nil when `Decimal` cannot hold it (over 38 digits, exponent out of range).
    func decimal(text: UnsafeBufferPointer<UInt8>.SubSequence) -> Decimal? {
        if isLong { return DecimalLiteral.longDecimal(text: text, negative: negative) }
        if significand == 0 { return Decimal(0) }
        guard (-128...127).contains(exponent) else { return nil }
        return Decimal(
            sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    func jsonNumber(text: UnsafeBufferPointer<UInt8>.SubSequence) -> JSONNumber? {
        guard let decimal = decimal(text: text) else { return nil }
        return JSONNumber(
            decimal: decimal, double: double(text: text), isIntegerLiteral: isIntegerLiteral)
    }

    /// More than 19 significant digits: rare, so built through text, checked against 38 digits.
    private static func longDecimal(text: UnsafeBufferPointer<UInt8>.SubSequence, negative: Bool)
        -> Decimal?
    {
        var digits: [UInt8] = []
        var fractionDigits = 0
        var exponent = 0
        var inFraction = false
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if isDigit(byte) {
                if !(digits.isEmpty && byte == UInt8(ascii: "0")) { digits.append(byte) }
                if inFraction { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                let exponentText = text[(index + 1)...]
                exponent = exponentText.reduce(0) { value, byte in
                    isDigit(byte) ? addingExponentDigit(byte, to: value) : value
                }
                if exponentText.first == UInt8(ascii: "-") { exponent = -exponent }
                break
            }
            index += 1
        }
        var scale = exponent - fractionDigits
        while digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            scale += 1
        }
        guard digits.count <= 38, (-128...127).contains(scale),
            let significand = Decimal(string: String(decoding: digits, as: UTF8.self))
        else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: scale, significand: significand)
    }

    /// Parses a whole field (a CSV cell) as a number, or nil if it is not exactly one literal.
    static func double(in bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Double? {
        let buffer = UnsafeBufferPointer(rebasing: bytes)
        var index = 0
        guard let literal = try? scan(buffer, from: &index), index == buffer.count else {
            return nil
        }
        let value = literal.double(text: buffer[0..<buffer.count])
        return value.isFinite ? value : nil
    }
}

/// Collects up to 19 significant digits into a `UInt64`, holding trailing zeros back as a count.
private struct SignificandAccumulator {
    var value: UInt64 = 0
    var digits = 0
    var trailingZeros = 0
    var overflowed = false

    mutating func add(_ byte: UInt8) {
        let digit = UInt64(byte - UInt8(ascii: "0"))
        if digit == 0 {
            if digits > 0 { trailingZeros += 1 }
            return
        }
        guard !overflowed else { return }
        digits += trailingZeros + 1
        if digits > 19 {
            overflowed = true
            return
        }
        for _ in 0..<trailingZeros { value *= 10 }
        trailingZeros = 0
        value = value * 10 + digit
    }
}
