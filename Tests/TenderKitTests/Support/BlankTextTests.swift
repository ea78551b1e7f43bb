import Foundation
import Testing

@testable import TenderKit

/// `StringTrimming.isBlank` decides on the bytes when it can and agrees with Foundation's
/// `.whitespacesAndNewlines` everywhere; `ControlCharacters.first` does the same with its
/// printable-ASCII shortcut.
@Suite struct BlankTextTests {
    @Test(arguments: [
        ("", true), ("   ", true), (" \t\n\r\u{0B}\u{0C}", true), (" a ", false), ("~", false),
        ("\u{A0}", true), ("\u{2028}\u{2029}", true), ("\u{85}", true), ("\u{3000}x", false),
        ("é", false), (" \u{A0} .", false),
    ])
    func blankTextIsWhatFoundationTrimsAway(text: String, blank: Bool) {
        #expect(StringTrimming.isBlank(text) == blank)
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == blank)
    }

    @Test(
        arguments: [
            ("Plain ASCII title", nil, nil), ("tab\there", "\t", nil), ("line\nfeed", "\n", nil),
            ("bell\u{07}", "\u{07}", "\u{07}"), ("del\u{7F}", "\u{7F}", "\u{7F}"),
            ("caf\u{E9}", nil, nil), ("x\u{85}", "\u{85}", "\u{85}"),
            ("rtl\u{202E}", "\u{202E}", "\u{202E}"),
        ] as [(String, Unicode.Scalar?, Unicode.Scalar?)])
    func firstControlCharacter(text: String, oneLine: Unicode.Scalar?, multiline: Unicode.Scalar?) {
        #expect(ControlCharacters.first(in: text) == oneLine)
        #expect(ControlCharacters.first(in: text, multiline: true) == multiline)
    }
}
