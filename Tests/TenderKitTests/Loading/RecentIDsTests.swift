import Testing

@testable import TenderKit

/// The ids a score column named lately: found by bytes and quoting, the oldest forgotten first.
@Suite struct RecentIDsTests {
    /// Looks `text` up (quoted or not) as a field's bytes.
    static func index(_ recent: inout RecentIDs, _ text: String, quoted: Bool = false) -> Int32? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer {
            recent.index(of: $0[0..<$0.count], isQuoted: quoted)
        }
    }

    static func remember(_ recent: inout RecentIDs, _ text: String, _ index: Int32) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer {
            recent.remember($0[0..<$0.count], isQuoted: false, index: index)
        }
    }

    @Test func findsWhatItRemembersByBytesAndQuoting() {
        var recent = RecentIDs()
        #expect(Self.index(&recent, "e1") == nil)
        Self.remember(&recent, "e1", 4)
        Self.remember(&recent, "e12", 7)
        Self.remember(&recent, "", 9)
        #expect(Self.index(&recent, "e12") == 7)
        #expect(Self.index(&recent, "e1") == 4)
        #expect(Self.index(&recent, "") == 9)
        #expect(Self.index(&recent, "e2") == nil)
        #expect(Self.index(&recent, "e1 ") == nil)
        #expect(Self.index(&recent, "e1", quoted: true) == nil)
    }

    @Test func forgetsTheOldestPastItsCapacity() {
        var recent = RecentIDs()
        for id in 0...RecentIDs.capacity { Self.remember(&recent, "s\(id)", Int32(id)) }
        #expect(Self.index(&recent, "s0") == nil)
        for id in 1...RecentIDs.capacity { #expect(Self.index(&recent, "s\(id)") == Int32(id)) }
    }

    /// A part of a larger buffer is compared by its own bytes, wherever it starts.
    @Test func comparesASliceInsideALargerField() {
        var recent = RecentIDs()
        Self.remember(&recent, "s42", 42)
        let row = Array("e1,s42,need".utf8)
        let found = row.withUnsafeBufferPointer { recent.index(of: $0[3..<6], isQuoted: false) }
        #expect(found == 42)
    }
}
