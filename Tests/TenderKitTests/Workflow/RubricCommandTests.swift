import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender rubric`: the published methodology holds every gate, weight and descriptor, the
    /// value-for-money formula with a worked example, and escapes whatever the rubric's words hold.
    @Suite("tender rubric")
    struct RubricCommandTests {
        /// Each rubric's value-for-money formulas in symbols, and the points the worked example
        /// (values 80, 100, 120; the submission at 100) gives, computed by hand:
        /// ratio-to-best 80 ÷ 100 × w; linear-range lower (120 − 100) ÷ 40 × w, higher (100 − 80) ÷ 40 × w;
        /// deviation-from-best (1 − 20 ÷ 80) × w.
        static let formulas: [(rubric: String, symbols: [String], examples: [String])] = [
            (
                "appropriate-adult-service.json",
                ["points = (value − worst) ÷ (best − worst) × 10", "points = best ÷ value × 30"],
                [
                    "a submission with 100 scores 5.00 of 10 points",
                    "a submission with 100 scores 24.00 of 30 points",
                ]
            ),
            (
                "community-safety-fund.json", ["points = (worst − value) ÷ (worst − best) × 20"],
                ["a submission with 100 scores 10.00 of 20 points"]
            ),
            (
                "police-property-act-fund.json", ["points = best ÷ value × 15"],
                ["a submission with 100 scores 12.00 of 15 points"]
            ),
            (
                "targeted-detached-youth-services.json", ["points = best ÷ value × 30"],
                ["a submission with 100 scores 24.00 of 30 points"]
            ),
            (
                "victim-care-and-advice-service.json",
                ["points = max(0, 1 − (value − best) ÷ best) × 30"],
                ["a submission with 100 scores 22.50 of 30 points"]
            ),
        ]

        static let cases = formulas.flatMap { formula in
            ["md", "html"].map { (formula.rubric, $0) }
        }

        /// Text as it must appear in HTML: the five characters HTML gives meaning to, as entities.
        static func html(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
                of: "<", with: "&lt;"
            )
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(
                of: "\"", with: "&quot;"
            )
            .replacingOccurrences(of: "'", with: "&#39;")
        }

        @Test(
            "every gate, weight, descriptor and formula with its worked example is published",
            arguments: cases)
        func contents(_ file: String, _ format: String) throws {
            let path = Flow.rubric(file)
            let rubric = try Flow.jsonObject(try Flow.read(path))
            let word = format == "html" ? Self.html : { $0 }

            let run = Flow.run(["rubric", path, "--format", format])

            #expect(run.exit == 0)
            for gate in rubric["gates"] as? [[String: Any]] ?? [] {
                #expect(run.out.contains(word(gate["title"] as? String ?? "?")))
                #expect(run.out.contains(word(gate["message"] as? String ?? "?")))
            }
            for criterion in rubric["criteria"] as? [[String: Any]] ?? [] {
                let title = word(criterion["title"] as? String ?? "?")
                let weight = "\(criterion["weight"] as? Int ?? -1)"
                #expect(
                    run.out.contains(
                        format == "html"
                            ? "<strong>\(title)</strong></td><td class=\"num\">\(weight)</td>"
                            : "| **\(title)** | \(weight) |"))
            }
            for descriptor in (rubric["scale"] as? [String: Any])?["descriptors"]
                as? [[String: Any]] ?? []
            {
                #expect(run.out.contains(word(descriptor["label"] as? String ?? "?")))
                #expect(run.out.contains(word(descriptor["meaning"] as? String ?? "?")))
            }
            let formula = try #require(Self.formulas.first { $0.rubric == file })
            for text in formula.symbols + formula.examples {
                #expect(run.out.contains(text), "\(text)")
            }
            for heading in [
                "Eligibility gates", "Criteria and weights", "The scoring scale",
                "Consensus and moderation", "Value for money",
                "Ranking and ties", "How the award is made",
            ] {
                #expect(run.out.contains(format == "html" ? ">\(heading)</h2>" : "## \(heading)\n"))
            }
        }

        @Test(
            "HTML is escaped everywhere, self-contained and set for A4; Markdown escapes HTML too")
        func escaping() throws {
            let path = Flow.fixture("rubric/escaping.json")

            let html = Flow.run(["rubric", path, "--format", "html"])
            let markdown = Flow.run(["rubric", path])

            #expect(html.exit == 0 && markdown.exit == 0)
            for raw in ["<script", "<img", "<b>", "<em>you", "<method>", "<services>"] {
                #expect(!html.out.contains(raw), "\(raw) reached the HTML")
                #expect(!markdown.out.contains(raw), "\(raw) reached the Markdown")
            }
            for escaped in [
                "<title>Evaluation methodology: Youth &lt;services&gt; &amp; &quot;outreach&quot;</title>",
                "<strong>Price &lt;= budget &amp; &quot;signed&quot;</strong>",
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; The price must be within the budget.",
                "<strong>Approach &amp; &lt;method&gt;</strong></td><td class=\"num\">25</td>",
                "<strong>Good &gt; fair</strong>",
                "Say how &lt;em&gt;you&lt;/em&gt; work &amp; why.",
            ] {
                #expect(html.out.contains(escaped), "\(escaped)")
            }
            #expect(html.out.contains("@page { size: A4"))
            #expect(
                !html.out.contains("<link") && !html.out.contains("src=\"http")
                    && !html.out.contains("<script"))
            #expect(
                markdown.out.hasPrefix(
                    "# Evaluation methodology: Youth &lt;services\\> &amp; \"outreach\"\n"))
        }

        @Test("--out writes the same text to the file, and only says so on stderr")
        func outFile() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let path = Flow.rubric("community-safety-fund.json")
            let target = scratch.file("methodology.html")

            let printed = Flow.run(["rubric", path, "--format", "html"])
            let written = Flow.run(["rubric", path, "--format", "html", "--out", target])

            #expect(written.exit == 0)
            #expect(written.out.isEmpty)
            #expect(written.err == "Wrote \(target)\n")
            #expect(try Flow.read(target) == printed.out)
        }

        @Test("an unknown format or a rubric with a mistake is refused with exit 2")
        func refused() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let broken = scratch.file("broken.json")
            try Flow.write("{\n  \"id\": \"x\",\n}\n", to: broken)

            let format = Flow.run([
                "rubric", Flow.rubric("community-safety-fund.json"), "--format", "pdf",
            ])
            let invalid = Flow.run(["rubric", broken])

            #expect(format.exit == 2)
            #expect(
                format.errorLines == [
                    "tender rubric: error: invalid value 'pdf' for '--format': use md or html"
                ])
            #expect(invalid.exit == 2)
            #expect(
                invalid.errorLines.first?.hasPrefix("\(broken):3:1: error: ") == true,
                "\(invalid.err)")
            #expect(invalid.out.isEmpty)
        }
    }
}
