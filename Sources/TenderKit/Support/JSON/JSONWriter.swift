import Foundation

/// Writes JSON text as it goes (no tree in memory), pretty-printed with two-space indents, keys in
/// the order they are written: the same values always give the same bytes. A `compact` writer puts
/// a whole document on one line (JSON Lines), still ending it with a line break. An `inline`
/// container (`beginObject(inline: true)`) is written on one line inside a pretty-printed document:
/// `{"evaluator": "e1", "score": 4, "line": 2}`, for the many small records of a large document.
///
/// Decimals are written exactly; doubles as the shortest text that reads back to the same value;
/// a non-finite double (which the engine never produces on purpose) as `null`.
///
/// The bytes are held in a `ByteBuffer` (each of the millions of short runs of a national round's
/// record is appended with one capacity check), so a writer is not copyable: one owner writes.
public struct JSONWriter: ~Copyable {
    private var buffer = ByteBuffer()
    /// How many containers are open.
    private var depth = 0
    /// The elements written so far in the innermost open container.
    private var innermostCount = 0
    /// The same for each enclosing container, outermost first (kept apart from the innermost,
    /// which every element updates).
    private var enclosingCounts: [Int] = []
    /// How many of the open containers are inline (always the innermost ones).
    private var inlineDepth = 0
    private var afterKey = false
    private let compact: Bool

    public init(compact: Bool = false) {
        self.compact = compact
    }

    /// A writer for a run of elements of an array that another writer has open `depth` containers
    /// deep, so that runs written apart (on several cores) join into the same bytes as one writer
    /// would have written: the first element is preceded by a comma unless `first`.
    public init(elementsAt depth: Int, first: Bool) {
        compact = false
        self.depth = depth
        enclosingCounts = Array(repeating: 1, count: max(0, depth - 1))
        innermostCount = first ? 0 : 1
    }

    /// Tells a writer that `count` elements of its innermost array were written by other writers
    /// (`init(elementsAt:first:)`), so that what follows is separated from them.
    public mutating func countElements(_ count: Int) {
        guard depth > 0 else { return }
        innermostCount += count
    }

    /// A copy of the bytes written so far.
    public var bytes: [UInt8] { buffer.bytes }

    /// How many bytes have been written so far.
    public var count: Int { buffer.count }

    public var text: String { buffer.text }

    /// Forgets the bytes written so far (after they were copied elsewhere), keeping the storage.
    public mutating func clearBytes() { buffer.removeAll() }

    public mutating func beginObject(inline: Bool = false) {
        beginContainer(UInt8(ascii: "{"), inline: inline)
    }
    public mutating func endObject() { endContainer(UInt8(ascii: "}")) }
    public mutating func beginArray(inline: Bool = false) {
        beginContainer(UInt8(ascii: "["), inline: inline)
    }
    public mutating func endArray() { endContainer(UInt8(ascii: "]")) }

    public mutating func key(_ name: String) {
        startElement()
        appendString(name)
        endKey()
    }

    /// `key(name)` with the name's quoted bytes worked out once (`JSONKey`).
    public mutating func key(_ name: JSONKey) {
        guard name.isInline else { return key(name.name) }
        startElement()
        name.append(to: &buffer)
        endKey()
    }

    private mutating func endKey() {
        buffer.append(UInt8(ascii: ":"))
        if !compact { buffer.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func string(_ value: String) {
        startElement()
        appendString(value)
    }

    public mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }
    public mutating func null() { raw("null") }
    public mutating func int(_ value: Int) {
        startElement()
        buffer.appendDigits(value)
    }
    public mutating func decimal(_ value: Decimal) {
        raw(value.isNaN ? "null" : DecimalText.plain(value))
    }

    public mutating func double(_ value: Double) {
        startElement()
        buffer.appendJSONNumber(value)
    }

    /// An element of the innermost container whose bytes `body` appends itself, for records
    /// written millions of times from parts worked out once (`ScoreRowBytes`): `body` must
    /// append one whole value as this writer would write it.
    public mutating func element(_ body: (inout ByteBuffer) -> Void) {
        startElement()
        body(&buffer)
    }

    /// Writes `value` or `null`.
    public mutating func optional<Value>(
        _ value: Value?, _ write: (inout JSONWriter, Value) -> Void
    ) {
        guard let value else { return null() }
        write(&self, value)
    }

    /// A member with its value: `field("id", "s1")`; an optional that is nil is written as `null`.
    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        optional(value) { $0.string($1) }
    }
    public mutating func field(_ name: String, _ value: Int?) {
        key(name)
        optional(value) { $0.int($1) }
    }
    public mutating func field(_ name: String, _ value: Double?) {
        key(name)
        optional(value) { $0.double($1) }
    }
    public mutating func field(_ name: String, _ value: Decimal?) {
        key(name)
        optional(value) { $0.decimal($1) }
    }
    public mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }
    public mutating func field(_ name: JSONKey, _ value: String?) {
        key(name)
        optional(value) { $0.string($1) }
    }
    public mutating func field(_ name: JSONKey, _ value: Int?) {
        key(name)
        optional(value) { $0.int($1) }
    }
    public mutating func field(_ name: JSONKey, _ value: Double?) {
        key(name)
        optional(value) { $0.double($1) }
    }
    public mutating func field(_ name: JSONKey, _ value: Decimal?) {
        key(name)
        optional(value) { $0.decimal($1) }
    }

    /// A whole value read from a file, written back out.
    public mutating func value(_ value: JSONValue) {
        switch value.kind {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let number): decimal(number.decimal)
        case .string(let text): string(text)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let object):
            beginObject()
            for member in object.members {
                key(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }

    private mutating func raw(_ text: String) {
        startElement()
        buffer.append(contentsOf: text.utf8)
    }

    private mutating func beginContainer(_ opening: UInt8, inline: Bool) {
        startElement()
        buffer.append(opening)
        if depth > 0 { enclosingCounts.append(innermostCount) }
        innermostCount = 0
        depth += 1
        if inline || inlineDepth > 0 { inlineDepth += 1 }
    }

    private mutating func endContainer(_ closing: UInt8) {
        let count = innermostCount
        depth -= 1
        if depth > 0 { innermostCount = enclosingCounts.removeLast() }
        if inlineDepth > 0 {
            inlineDepth -= 1
        } else if count > 0 {
            newline()
        }
        buffer.append(closing)
        if depth == 0 { buffer.append(UInt8(ascii: "\n")) }
    }

    /// Before a value or key: a comma and a new line inside containers (a comma and a space inside
    /// an inline one); nothing right after a key.
    private mutating func startElement() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        let earlier = innermostCount
        innermostCount = earlier + 1
        if earlier > 0 { buffer.append(UInt8(ascii: ",")) }
        if inlineDepth == 0 {
            newline()
        } else if earlier > 0, !compact {
            buffer.append(UInt8(ascii: " "))
        }
    }

    private mutating func newline() {
        guard !compact else { return }
        let width = 1 + depth * 2
        buffer.append(UInt8(ascii: "\n"))
        buffer.append(UInt8(ascii: " "), count: width - 1)
    }

    private mutating func appendString(_ value: String) {
        buffer.append(UInt8(ascii: "\""))
        let plain = value.utf8.withContiguousStorageIfAvailable { stored in
            guard PlainWord.isPlainJSONText(stored) else { return false }
            buffer.append(contentsOf: stored)
            return true
        }
        if plain != true { appendEscaped(value) }
        buffer.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ value: String) {
        for byte in value.utf8 {
            let escape: UInt8
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): escape = byte
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0D: escape = UInt8(ascii: "r")
            case 0x09: escape = UInt8(ascii: "t")
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                buffer.append(
                    contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                continue
            default:
                buffer.append(byte)
                continue
            }
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(escape)
        }
    }
}
