extension ByteBuffer {
    /// `value` in decimal digits, with no string in between.
    public mutating func appendDigits(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        let count = withUnsafeMutableBytes(of: &digits) { buffer in
            var end = buffer.count
            repeat {
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            return buffer.count - end
        }
        withUnsafeBytes(of: &digits) {
            append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[(24 - count)...]))
        }
    }

    /// `value` as JSON: a whole number in digits, any other as the shortest text that reads back
    /// to the same value, and a non-finite one (which the engine never produces on purpose) as
    /// `null`.
    public mutating func appendJSONNumber(_ value: Double) {
        if !value.isFinite {
            append("null")
        } else if value == value.rounded(), abs(value) < 1e15 {
            appendDigits(Int(value))
        } else {
            append(contentsOf: String(value).utf8)
        }
    }
}
