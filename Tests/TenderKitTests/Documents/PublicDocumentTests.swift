import Foundation
import Testing

@testable import TenderKit

/// Public documents carry no personal data of evaluators: every public document of every sample
/// is searched for every evaluator's name, email, id and declared interest (its name and
/// relationship), as written in panel.json.
@Suite struct PublicDocumentTests {
    /// What `tender evaluate` writes for publication.
    static func isPublic(_ path: String) -> Bool {
        path.hasPrefix("public-rationale.") || path.hasPrefix("summaries/")
            || path == "ocds.json" || path.hasPrefix("360giving.")
    }

    /// An organisation interest that is an applicant or a partner is published as that
    /// applicant's or partner's name, so only other organisations' names count as the evaluator's.
    static func personalData(of evaluator: Evaluator, round: LoadedRound) -> [String] {
        let published = Set(
            round.submissions.flatMap { [$0.organisation.name] + $0.partners.map(\.name) })
        var strings = [evaluator.name, evaluator.id]
        if let email = evaluator.email { strings.append(email) }
        for interest in evaluator.interests {
            switch interest {
            case .organisation(let value):
                strings.append(value.relationship)
                if !published.contains(where: {
                    OrganisationName($0).key == OrganisationName(value.name).key
                }) {
                    strings.append(value.name)
                }
            case .person(let value): strings += [value.name, value.relationship]
            }
        }
        return strings
    }

    @Test(arguments: SampleOutputs.names)
    func publicDocumentsNameNoEvaluator(sample: String) throws {
        let outputs = try SampleOutputs(sample)
        let paths = outputs.files.keys.filter(Self.isPublic).sorted()
        #expect(paths.contains("public-rationale.md"))
        #expect(paths.contains("public-rationale.html"))
        for path in paths {
            let text = try outputs.text(path)
            for evaluator in outputs.round.panel.evaluators {
                for secret in Self.personalData(of: evaluator, round: outputs.round) {
                    #expect(!text.contains(secret), "\(sample)/\(path) contains '\(secret)'")
                    let escaped = secret.replacingOccurrences(of: "'", with: "&#39;")
                        .replacingOccurrences(of: "&", with: "&amp;")
                    #expect(!text.contains(escaped), "\(sample)/\(path) contains '\(escaped)'")
                }
            }
        }
    }

    /// The search is not vacuous: the panel's rationale does carry what the public one must not.
    @Test(arguments: SampleOutputs.names)
    func thePanelRationaleNamesTheEvaluators(sample: String) throws {
        let outputs = try SampleOutputs(sample)
        let panel = try outputs.text("award-rationale.md")
        for evaluator in outputs.round.panel.evaluators {
            #expect(panel.contains(evaluator.name))
        }
    }

    /// Pseudonyms follow the panel's order and are the same in every public document.
    @Test func evaluatorsAreLetteredInPanelOrder() throws {
        let outputs = try SampleOutputs("community-safety-fund-2024")
        let text = try outputs.text("public-rationale.md")
        // lbrennan is third on the panel and is excluded from csf-2024-03 twice.
        #expect(
            text.contains(
                "| Evaluator C | `csf-2024-03` | declared-organisation | match | **excluded** | none |"
            ))
        // The moderation rationale names Graham Fairbairn, second on the panel.
        #expect(text.contains("Evaluator B scored 1"))
        #expect(PanelPseudonyms.letters(0) == "A")
        #expect(PanelPseudonyms.letters(25) == "Z")
        #expect(PanelPseudonyms.letters(26) == "AA")
        #expect(PanelPseudonyms.letters(27) == "AB")
    }

    @Test func redactionReplacesNamesAsWholeWordsOnly() {
        let panel = Panel(evaluators: [
            Evaluator(
                id: "sjw", name: "Sarah Jane Whitfield", email: "sjw@example.org",
                interests: [
                    .person(PersonInterest(name: "Karen Fairbairn", relationship: "Spouse"))
                ])
        ])
        let pseudonyms = PanelPseudonyms(panel: panel)
        #expect(
            pseudonyms.redact(
                "Mrs Whitfield (sjw@example.org) and Sarah Whitfield; sjwx stays; sjw.")
                == "Evaluator A (Evaluator A) and Evaluator A; sjwx stays; Evaluator A.")
        #expect(pseudonyms.redact("Karen Fairbairn") == "a declared interest")
    }
}
