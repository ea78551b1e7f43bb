import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender decide` writes decisions.json: each kind in its own list, the lists in the file's
    /// order, every other entry kept, and `--replace` replacing an entry where it stands.
    @Suite("tender decide: recording")
    struct DecideRecordTests {
        /// One entry of a decisions.json list as the writer lays it out (values already JSON).
        static func entry(_ members: [(String, String)]) -> String {
            "    {\n" + members.map { "      \"\($0.0)\": \($0.1)" }.joined(separator: ",\n")
                + "\n    }"
        }

        @Test("each kind goes to its list in file order, and clears the item it settles")
        func threeKinds() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            let path = round + "/decisions.json"

            let conflict = Flow.run([
                "decide", round, "conflict", "--evaluator", "kdoyle", "--submission", "tdy-2024-04",
                "--conflict", "--rationale", "He is K. Doyle.",
            ])
            let clarification = Flow.run([
                "decide", round, "clarification", "--submission", "tdy-2024-03", "--criterion",
                "price",
                "--accepted", "--rationale", "Costed \"lean\" rota.",
            ])
            let moderation = Flow.run([
                "decide", round, "moderation", "--submission", "tdy-2024-01", "--criterion",
                "targeting-with-partners", "--score", "3.5", "--rationale", "Agreed 3.5.",
            ])

            #expect([conflict.exit, clarification.exit, moderation.exit] == [0, 0, 0])
            #expect(
                conflict.out
                    == "Recorded the conflict ruling for kdoyle / tdy-2024-04 in \(path).\n")
            #expect(
                clarification.out
                    == "Recorded the clarification for tdy-2024-03 / price in \(path).\n")
            #expect(
                moderation.out
                    == "Recorded the moderation for tdy-2024-01 / targeting-with-partners in \(path).\n"
            )
            let expected =
                "{\n  \"moderation\": [\n"
                + Self.entry([
                    ("submission", "\"tdy-2024-01\""), ("criterion", "\"targeting-with-partners\""),
                    ("score", "3.5"), ("rationale", "\"Agreed 3.5.\""),
                ])
                + "\n  ],\n  \"clarifications\": [\n"
                + Self.entry([
                    ("submission", "\"tdy-2024-03\""), ("criterion", "\"price\""),
                    ("outcome", "\"accepted\""), ("rationale", "\"Costed \\\"lean\\\" rota.\""),
                ])
                + "\n  ],\n  \"conflicts\": [\n"
                + Self.entry([
                    ("evaluator", "\"kdoyle\""), ("submission", "\"tdy-2024-04\""),
                    ("outcome", "\"conflict\""), ("rationale", "\"He is K. Doyle.\""),
                ])
                + "\n  ]\n}\n"
            #expect(try Flow.read(path) == expected)
            // Only sclarke's missing scores still block: kdoyle's exclusion leaves three scorers on tdy-2024-04.
            let status = try Flow.status(round)
            #expect(status.exit == 3)
            #expect(
                status.blocking == [
                    BlockingKey(
                        "insufficient-evaluators", "tdy-2024-02", criterion: "outcomes-and-voice"),
                    BlockingKey(
                        "insufficient-evaluators", "tdy-2024-02",
                        criterion: "workforce-and-safeguarding"),
                ])
        }

        @Test("a list the file does not have yet is added after the others")
        func newListAtTheEnd() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("police-property-act-fund-2024", into: scratch)
            let path = round + "/decisions.json"
            let before = try Flow.read(path)
            #expect(before.hasPrefix("{\n  \"conflicts\": [") && before.hasSuffix("\n  ]\n}\n"))

            let run = Flow.run([
                "decide", round, "moderation", "--submission", "ppaf-2024-01", "--criterion",
                "community-benefit",
                "--score", "3", "--rationale", "Agreed.",
                // the scores agree within maxSpread: moderating them needs --override
                "--override",
            ])

            #expect(run.exit == 0)
            let expected =
                String(before.dropLast(3)) + ",\n  \"moderation\": [\n"
                + Self.entry([
                    ("submission", "\"ppaf-2024-01\""), ("criterion", "\"community-benefit\""),
                    ("score", "3"), ("rationale", "\"Agreed.\""),
                ])
                + "\n  ]\n}\n"
            #expect(try Flow.read(path) == expected)
        }

        @Test("a round without decisions.json gets one holding the decision")
        func noFileYet() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)
            try FileManager.default.removeItem(atPath: round + "/decisions.json")

            let run = Flow.run([
                "decide", round, "conflict", "--evaluator", "kdoyle", "--submission", "tdy-2024-04",
                "--no-conflict",
                "--rationale", "Not the same person.",
            ])

            #expect(run.exit == 0)
            #expect(
                try Flow.read(round + "/decisions.json") == "{\n  \"conflicts\": [\n"
                    + Self.entry([
                        ("evaluator", "\"kdoyle\""), ("submission", "\"tdy-2024-04\""),
                        ("outcome", "\"no-conflict\""),
                        ("rationale", "\"Not the same person.\""),
                    ])
                    + "\n  ]\n}\n")
        }

        @Test("--replace replaces the entry where it stands, keeping every other entry and list")
        func replaceInPlace() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("community-safety-fund-2024", into: scratch)
            let path = round + "/decisions.json"
            let before = try Flow.read(path)
            let clarificationsOnward = try #require(before.range(of: "  \"clarifications\": ["))
                .lowerBound
            let conflictsOnward = try #require(before.range(of: "  \"conflicts\": [")).lowerBound

            let added = Flow.run([
                "decide", round, "moderation", "--submission", "csf-2024-01", "--criterion",
                "need-and-evidence",
                "--score", "4", "--rationale", "Added second.", "--override",
            ])
            let replaced = Flow.run([
                "decide", round, "moderation", "--submission", "csf-2024-02", "--criterion",
                "partnership-and-resources", "--score", "2", "--rationale", "Replaced first.",
                "--replace",
            ])
            let ruling = Flow.run([
                "decide", round, "conflict", "--evaluator", "sjwhitfield", "--submission",
                "csf-2024-01",
                "--conflict", "--rationale", "Ruling reversed.", "--replace",
            ])

            #expect([added.exit, replaced.exit, ruling.exit] == [0, 0, 0])
            #expect(
                replaced.out
                    == "Replaced the moderation for csf-2024-02 / partnership-and-resources in \(path).\n"
            )
            #expect(
                ruling.out
                    == "Replaced the conflict ruling for sjwhitfield / csf-2024-01 in \(path).\n")
            let expected =
                "{\n  \"moderation\": [\n"
                + Self.entry([
                    ("submission", "\"csf-2024-02\""),
                    ("criterion", "\"partnership-and-resources\""), ("score", "2"),
                    ("rationale", "\"Replaced first.\""),
                ])
                + ",\n"
                + Self.entry([
                    ("submission", "\"csf-2024-01\""), ("criterion", "\"need-and-evidence\""),
                    ("score", "4"), ("rationale", "\"Added second.\""),
                ])
                + "\n  ],\n" + before[clarificationsOnward..<conflictsOnward]
                + "  \"conflicts\": [\n"
                + Self.entry([
                    ("evaluator", "\"sjwhitfield\""), ("submission", "\"csf-2024-01\""),
                    ("outcome", "\"conflict\""), ("rationale", "\"Ruling reversed.\""),
                ])
                + "\n  ]\n}\n"
            #expect(try Flow.read(path) == expected)
        }

        @Test("re-recording an entry unchanged with --replace gives the same bytes")
        func replaceIdentical() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("victim-care-and-advice-2024", into: scratch)
            let path = round + "/decisions.json"
            let before = try Flow.bytes(path)
            let json = try Flow.jsonObject(String(decoding: before, as: UTF8.self))
            let rationale = try #require(
                (json["clarifications"] as? [[String: Any]])?.first?["rationale"] as? String)

            let run = Flow.run([
                "decide", round, "clarification", "--submission", "vcas-2024-03", "--criterion",
                "price",
                "--rejected", "--rationale", rationale, "--replace",
            ])

            #expect(run.exit == 0)
            #expect(try Flow.bytes(path) == before)
        }
    }
}
