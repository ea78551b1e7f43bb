import Testing

@testable import TenderKit

@Suite struct EscapingTests {
    static let hostile = #"<script>alert(1)</script> Ltd "quoted" 'single' & co"#

    /// Escaping goes scalar by scalar: a combining mark after a quote or `<` makes one Swift
    /// `Character` of the two, and must not carry the quote through unescaped.
    @Test(arguments: [
        ("\"\u{301} onmouseover=x", "&quot;\u{301} onmouseover=x"),
        ("<\u{338}script>", "&lt;\u{338}script&gt;"),
        ("caf\u{E9} \u{1B}[2J", "caf\u{E9} \u{241B}[2J"),
        ("a\r\nb\u{202E}", "a\u{240D}\nb<U+202E>"),
        ("x\u{85}y\u{2066}z\u{2014}\u{A0}'", "x<U+0085>y<U+2066>z\u{2014}\u{A0}&#39;"),
    ])
    func htmlEscapesScalarByScalar(text: String, expected: String) {
        #expect(escaped(text) == expected)
    }

    @Test func htmlEscapesEveryInputCharacterThatCouldBeMarkup() {
        #expect(
            escaped(Self.hostile)
                == "&lt;script&gt;alert(1)&lt;/script&gt; Ltd &quot;quoted&quot; &#39;single&#39; &amp; co"
        )
        let document = Document(
            title: Self.hostile,
            blocks: [
                .paragraph([.text(Self.hostile), .strong(Self.hostile), .code(Self.hostile)]),
                .table(
                    Table(
                        header: [Self.hostile], rows: [[[.text(Self.hostile)]]],
                        caption: Self.hostile)),
                .facts([(label: Self.hostile, value: [.emphasis(Self.hostile)])]),
                .chart(
                    .stackedBars(
                        .init(
                            title: Self.hostile, segmentNames: [Self.hostile],
                            items: [(label: Self.hostile, segments: [10], highlighted: true)],
                            maximum: 100, lineAfter: nil, lineLabel: Self.hostile))),
            ])
        let html = HTMLRenderer().render(document)
        #expect(!html.contains("<script"))
        #expect(!html.contains("\"quoted\""))
        #expect(!html.contains("'single'"))
        // <title> and <h1>; 3 in the paragraph; table header, caption and cell; fact label and value;
        // the chart's aria-label, <title>, heading, segment tooltip, and the bar label and legend
        // entry, each shortened to fit with the full text in a tooltip (2 each): 18.
        #expect(
            html.components(separatedBy: "&lt;script&gt;alert(1)&lt;/script&gt;").count - 1 == 18)
    }

    @Test func htmlForbidsScriptsAndExternalRequests() {
        let html = HTMLRenderer().render(Document(title: "t"))
        #expect(
            html.contains(
                "Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""
            ))
        #expect(!html.contains("<script"))
        #expect(
            !html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\"")
                || !html.contains("src="))
        #expect(!html.contains(" src="))
        #expect(!html.contains("<link"))
    }

    @Test(arguments: [
        (
            "*bold* _it_ [link](x) <b> & | `code`",
            "\\*bold\\* \\_it\\_ \\[link\\](x) &lt;b\\> &amp; \\| \\`code\\`"
        ),
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("12. numbered", "12\\. numbered"),
        ("3) bracketed", "3\\) bracketed"),
        ("7.", "7\\."),
        ("48.5", "48.5"),
        ("12.5 points", "12.5 points"),
        ("2026", "2026"),
        ("+1", "\\+1"),
        ("= sum", "\\= sum"),
        ("plain text, 48.5 points", "plain text, 48.5 points"),
        ("two\nlines", "two lines"),
        ("two\r\nlines\rand\n\nmore", "two lines and  more"),
        ("*\u{301}bold*", "\\*\u{301}bold\\*"),
        ("<\u{338}b>", "&lt;\u{338}b\\>"),
        ("bell\u{07}", "bell\u{2407}"),
        ("a\r\u{E9}\nb", "a \u{E9} b"),
        ("x\u{85}y\u{202D}*", "x<U+0085>y<U+202D>\\*"),
    ])
    func markdownEscapesSyntax(text: String, expected: String) {
        #expect(MarkdownRenderer().escaped(text) == expected)
    }

    /// Code spans and emphasis in a paragraph and in a table cell (the second column).
    static let markdownRuns: [(run: Inline, paragraph: String, cell: String)] = [
        (.code("s0001"), "`s0001`", "`s0001`"),
        (.code("a|b"), "`a|b`", "`a\\|b`"),
        (.code("say `hi`"), "`` say `hi` ``", "`` say `hi` ``"),
        (.code("x`\u{301}"), "``x`\u{301}``", "``x`\u{301}``"),
        (.code("one\r\ntwo\rthree\nfour"), "`one two three four`", "`one two three four`"),
        (.code("bell\u{07} tab\t"), "`bell\u{2407} tab\t`", "`bell\u{2407} tab\t`"),
        (.code("x\u{202E}y"), "`x<U+202E>y`", "`x<U+202E>y`"),
        (.strong(" Rationale: "), " **Rationale:** ", " **Rationale:** "),
        (.strong("\tx\t"), "**x**", "**x**"),
        (.strong("   "), "   ", "   "),
        (.emphasis("a*b"), "*a\\*b*", "*a\\*b*"),
        (.emphasis("\u{2003}note\u{A0}"), "*note*", "*note*"),
    ]

    @Test(arguments: markdownRuns)
    func markdownRunsAreFencedAndEscaped(run: Inline, paragraph: String, cell: String) {
        let document = Document(
            title: "t",
            blocks: [
                .paragraph([run]),
                .table(Table(header: ["a", "b"], rows: [[[.text("x")], [run]]])),
            ])
        let lines = MarkdownRenderer().render(document).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == paragraph)
        #expect(lines[6] == "| x | \(cell) |")
    }

    @Test func aPipeInACodeSpanStaysInsideItsTableCell() {
        // A rule such as `submission.type in ["a|b"]` is shown as code in the methodology's gate
        // table; GitHub tables split cells at every unescaped pipe, code spans included.
        let table = Table(
            header: ["Gate", "Rule"],
            rows: [[[.text("a|b")], [.code(#"submission.type in ["a|b"]"#)]]])
        let row =
            MarkdownRenderer().render(Document(title: "t", blocks: [.table(table)])).split(
                separator: "\n"
            ).last ?? ""
        let unescapedPipes = zip(row, [" "] + row).filter { $0.0 == "|" && $0.1 != "\\" }.count
        #expect(unescapedPipes == 3, "\(row)")
        #expect(row.contains(#"`submission.type in ["a\|b"]`"#))
    }

    @Test func hostileApplicantNameRendersAsTextInEveryDocument() throws {
        let sample = try TemporarySample("victim-care-and-advice-2024")
        try sample.replace(
            "\"name\": \"Northern Lantern Victim Services\"",
            with: "\"name\": \"\(Self.hostile.replacingOccurrences(of: "\"", with: "\\\""))\"",
            in: "submissions/vcas-2024-01.json")
        let outputs = try SampleOutputs(folder: sample.folder.path)
        let htmlFiles = outputs.files.keys.filter { $0.hasSuffix(".html") }
        #expect(htmlFiles.count == 8)  // both rationales, the conflicts assessment, 5 summaries
        for path in htmlFiles {
            #expect(
                !(try outputs.text(path)).contains("<script"), "\(path) contains a raw script tag")
        }
        for path in [
            "award-rationale.html", "summaries/vcas-2024-01.html", "summaries/vcas-2024-02.html",
        ] {
            #expect(
                try outputs.text(path).contains(
                    "&lt;script&gt;alert(1)&lt;/script&gt; Ltd &quot;quoted&quot; &#39;single&#39; &amp; co"
                ),
                "\(path) should name the winner, escaped")
        }
        let markdown = try outputs.text("award-rationale.md")
        #expect(!markdown.contains("<script"))
        #expect(markdown.contains("&lt;script\\>alert(1)&lt;/script\\> Ltd"))
    }

    @Test func exportedCSVNeutralisesFormulas() throws {
        let sample = try TemporarySample("community-safety-fund-2024")
        try sample.replace(
            "\"title\": \"Safer Nights Middlesbrough",
            with: "\"title\": \"=HYPERLINK(\\\"http://x\\\") Safer Nights Middlesbrough",
            in: "submissions/csf-2024-01.json")
        let csv = try SampleOutputs(folder: sample.folder.path).text("360giving.csv")
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\") Safer Nights Middlesbrough"))
        #expect(!csv.contains(",=HYPERLINK"))
    }
}
