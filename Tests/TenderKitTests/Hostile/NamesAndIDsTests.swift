import Foundation
import Testing

@testable import TenderKit

extension HostileInputTests {
    /// Ids that break on common file systems, emails that are not, control characters in names,
    /// and names in many scripts (which must simply work).
    @Suite struct NamesAndIDsTests {
        @Test(arguments: ["CON", "nul", "Aux.json", "com1", "LPT9", "prn.x"])
        func deviceNamesAreNotIDs(id: String) {
            #expect(!Identifier.isValid(id))
        }

        @Test(arguments: ["CONSULT", "nullable", "aux-2024", "com10", "csf-2024-01"])
        func namesThatOnlyStartLikeADeviceAreIDs(id: String) {
            #expect(Identifier.isValid(id))
        }

        @Test(arguments: ["../etc", "a/b", "..", ".hidden", "a\\b", "a b", "=cmd", ""])
        func pathTraversalIsNotAnID(id: String) {
            #expect(!Identifier.isValid(id))
        }

        @Test func submissionIDsThatDifferOnlyInCaseAreRefused() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "\"id\": \"sub-cedar\"", with: Array("\"id\": \"SUB-ALDER\"".utf8),
                    in: "submissions/sub-cedar.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "submissions/sub-cedar.json:2:9: id: submission id 'SUB-ALDER' differs only in case from 'sub-alder' (at $ROUND/submissions/sub-alder.json:2:9), and ids become file names; give each submission its own id"
                ])
        }

        @Test func aDeviceNameAsASubmissionIDIsRefused() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "\"id\": \"sub-cedar\"", with: Array("\"id\": \"CON\"".utf8),
                    in: "submissions/sub-cedar.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "submissions/sub-cedar.json:2:9: id 'CON' is not a valid id: \(Identifier.ruleDescription)"
                ])
        }

        @Test(arguments: [
            ("@", false), ("a@", false), ("@b.org", false), ("a@b", false), ("a@@b.org", false),
            ("a b@c.org", false), ("a@b..org", false), ("a@-b.org", false),
            ("anna.hart@example.org", true), ("x@mail.charity.org.uk", true),
        ])
        func emailAddresses(email: String, plausible: Bool) {
            #expect(EmailAddress.isPlausible(email) == plausible)
        }

        @Test func anEmailThatIsOnlyAnAtSignIsRefused() throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "anna.hart@example.org", with: Array("a@".utf8), in: "panel.json",
                    folder: folder)
            }
            #expect(
                diagnostics == [
                    "panel.json:6:16: evaluators[0].email 'a@' is not an email address (\(EmailAddress.ruleDescription))"
                ])
        }

        /// An escape sequence, an OSC title, a carriage return or a NUL in a name or title.
        @Test(arguments: [
            ("\\u001b[2J", "U+001B ␛"), ("\\u001b]0;pwned\\u0007", "U+001B ␛"),
            ("\\r", "U+000D ␍"), ("\\u0000", "U+0000 ␀"), ("\\u202e", "U+202E <U+202E>"),
            ("\\n", "U+000A ␊"),
        ])
        func controlCharactersInANameAreRefused(escape: String, named: String) throws {
            let diagnostics = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "\"name\": \"Alder Support Services\"",
                    with: Array("\"name\": \"Alder\(escape) Support Services\"".utf8),
                    in: "submissions/sub-alder.json", folder: folder)
            }
            #expect(
                diagnostics == [
                    "submissions/sub-alder.json:5:13: organisation.name contains the control character \(named): remove it"
                ])
        }

        @Test func aRationaleMayHoldLineBreaksButNotEscapes() throws {
            let fine = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "Agreed at the moderation meeting.",
                    with: Array("Agreed at the\\nmoderation meeting.\\tAll present.".utf8),
                    in: "decisions.json", folder: folder)
            }
            #expect(fine == [])
            let refused = try HostileRound.diagnostics { folder in
                try HostileRound.replace(
                    "Agreed at the moderation meeting.",
                    with: Array("Agreed\\u001b[2J".utf8), in: "decisions.json", folder: folder)
            }
            #expect(
                refused == [
                    "decisions.json:7:20: moderation[0].rationale contains the control character U+001B ␛: remove it (only line breaks and tabs are allowed here)"
                ])
        }

        /// Welsh, Polish, Arabic, emoji and CJK names load and keep every character.
        @Test(arguments: [
            "Cymdeithas Gofal Llŷn a’r Eifl", "Fundacja Pomocy Łódź Żółć", "جمعية الخير الخيرية",
            "Youth Club 🤝 Hartlepool", "東京ボランティア",
        ])
        func namesInManyScriptsLoad(name: String) throws {
            let load = try HostileRound.load { folder in
                try HostileRound.replace(
                    "\"name\": \"Alder Support Services\"",
                    with: Array("\"name\": \"\(name)\"".utf8),
                    in: "submissions/sub-alder.json", folder: folder)
            }
            #expect(load.diagnostics == [])
            let round = try #require(load.round)
            #expect(round.submissions[0].organisation.name == name)
        }
    }
}
