import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension HostileInputTests {
    /// Whatever reaches a terminal or a document shows control characters instead of obeying them.
    @Suite struct ControlCharacterOutputTests {
        static let hostile = "Alder\u{1B}[2J\u{1B}]0;owned\u{07}\rawarded\u{0}\u{202E}"

        @Test func visibleTextHasNoControlCharacterLeft() {
            let shown = ControlCharacters.visible(Self.hostile)
            #expect(shown == "Alder␛[2J␛]0;owned␇␍awarded␀<U+202E>")
            #expect(ControlCharacters.first(in: shown) == nil)
        }

        @Test func lineBreaksAndTabsAreKeptOnlyWhereAsked() {
            #expect(ControlCharacters.visible("a\nb\tc") == "a\nb\tc")
            #expect(ControlCharacters.visible("a\nb\tc", keepingLines: false) == "a␊b␉c")
            #expect(ControlCharacters.visible("plain") == "plain")
        }

        @Test func theConsoleNeverWritesARawControlCharacter() {
            var out = ""
            var error = ""
            let console = Console(out: { out += $0 }, error: { error += $0 })
            console.print("awarded  \(Self.hostile)")
            console.printError("x \(Self.hostile)")
            #expect(ControlCharacters.first(in: out, multiline: true) == nil)
            #expect(ControlCharacters.first(in: error, multiline: true) == nil)
            #expect(out == "awarded  Alder␛[2J␛]0;owned␇␍awarded␀<U+202E>\n")
        }

        @Test func documentsCarryNoControlCharacter() {
            var document = Document(title: "Report")
            document.blocks.append(.paragraph([.text(Self.hostile)]))
            let markdown = MarkdownRenderer().render(document)
            let html = HTMLRenderer().render(document)
            #expect(ControlCharacters.first(in: markdown, multiline: true) == nil)
            #expect(ControlCharacters.first(in: html, multiline: true) == nil)
            #expect(markdown.contains("Alder␛\\[2J"))
        }

        @Test func aSpreadsheetExportCarriesNoControlCharacter() {
            var writer = CSVWriter(neutralisesFormulas: true)
            writer.writeRow(["=1+1", Self.hostile, "line\nbreak"])
            #expect(ControlCharacters.first(in: writer.text, multiline: true) == nil)
            #expect(writer.text.hasPrefix("'=1+1,"))
        }
    }
}
