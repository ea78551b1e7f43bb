import Testing

@testable import TenderKit

/// `PanelPseudonyms.redact` skips a text only when `RedactionScreen` says it holds none of the
/// panel's strings; the screen must never pass over a text the full search would change.
@Suite struct RedactionScreenTests {
    static let panel = Panel(evaluators: [
        Evaluator(
            id: "sjw", name: "Sarah Jane Whitfield", email: "sjw@example.org",
            interests: [.person(PersonInterest(name: "Karen Fairbairn", relationship: "Spouse"))]),
        Evaluator(id: "e7", name: "Zoë Kelly"),
        Evaluator(id: "x", name: "Ana Ng"),
    ])

    /// Text, and whether the screen may pass over it.
    @Test(arguments: [
        ("The plan is sound and well costed.", false),
        ("", false),
        ("Mrs Whitfield agreed.", true),
        ("Sarah Whitfield agreed.", true),
        ("sjwx is a word the search leaves alone", true),
        ("Karen Fairbairn's trust", true),
        ("Zoë Kelly scored it", true),
        ("Zoe Kelly is someone else", false),
        ("\u{212A}elly, with a Kelvin sign", true),
        ("“Curly quotes” – and a dash – but no names", false),
        ("One x on its own", true),
        ("Mr Ng", true),
        // A string of two bytes ("e7"), of three at the text's end ("sjw"), and the start of one
        // that the text stops short of.
        ("scored by e7", true),
        ("e7", true),
        ("e8 and e 7", false),
        ("noted by sjw", true),
        ("Sa", false),
        ("Sarah Jane Whitfiel", false),
    ])
    func screenPassesOverOnlyTextsWithNoneOfTheStrings(text: String, mayHold: Bool) {
        let pseudonyms = PanelPseudonyms(panel: Self.panel)
        let screen = RedactionScreen(
            [
                "sjw", "Sarah Jane Whitfield", "Sarah Whitfield", "Mrs Whitfield",
                "sjw@example.org",
                "Karen Fairbairn", "Zoë Kelly", "x", "Mr Ng", "e7",
            ])
        #expect(screen.mayContain(text) == mayHold)
        #expect(pseudonyms.redact(text) == pseudonyms.replacingEach(in: text))
    }

    /// A panel whose ASCII strings are all three bytes or more.
    static let panelWithoutShortStrings = Panel(evaluators: [
        Evaluator(
            id: "sjw", name: "Sarah Jane Whitfield", email: "sjw@example.org",
            interests: [.person(PersonInterest(name: "Karen Fairbairn", relationship: "Spouse"))]),
        Evaluator(id: "e7x", name: "Zoë Kelly"),
        Evaluator(id: "ana", name: "Ana Ngata"),
    ])

    /// 2,000 seeded random texts built from pieces of the panel's strings and ordinary words: the
    /// screened redaction always equals the full search, with and without strings of one or two
    /// bytes on the panel.
    @Test(arguments: [panel, panelWithoutShortStrings])
    func screenedRedactionEqualsTheFullSearchOnRandomTexts(panel: Panel) {
        let pseudonyms = PanelPseudonyms(panel: panel)
        let pieces = [
            "Sarah", "Whitfield", "Mrs", "sjw", "@example.org", "Karen", "Fair", "bairn", "Zoë",
            "Zoe", "Kelly", "\u{212A}", "x", "Ng", "Ngata", "Ana", "ana", "e7", "e7x", "the",
            "plan",
            " ", " ", ".", ",", "é", "“", "-", "\u{0301}", "Dr", "Prof",
        ]
        var random = SeededGenerator(seed: 0x5EED_0017)
        var changed = 0
        for _ in 0..<2_000 {
            let text = (0..<random.int(0...12)).map { _ in random.pick(pieces) }.joined(
                separator: random.pick([" ", "", " ", "."]))
            let full = pseudonyms.replacingEach(in: text)
            if full != text { changed += 1 }
            #expect(pseudonyms.redact(text) == full, "\(text)")
        }
        // The texts exercise both paths: many are changed by the search, many are not.
        #expect(changed > 200 && changed < 1_900)
    }
}
