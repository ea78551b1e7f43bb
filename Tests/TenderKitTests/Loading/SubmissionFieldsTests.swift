import Testing

@testable import TenderKit

/// What a loaded round keeps of each submission (`SubmissionFields`): the top-level members a rule
/// may read (lambdas included), the members the documents read, and nothing else's value.
@Suite struct SubmissionFieldsTests {
    /// Each rule's members worked out by hand; nil where any member may be read.
    static let cases: [(rule: String, members: Set<String>?)] = [
        ("submission.amountRequested > 0", ["amountRequested"]),
        ("submission.organisation.type == \"charity\"", ["organisation"]),
        ("submission[\"price\"] > 0", ["price"]),
        ("round.budget.amount > 0 and rubric.version == \"1\"", []),
        // A path read only inside a lambda's body.
        ("all([\"a\", \"b\"], d => d in submission.declarations)", ["declarations"]),
        ("any(submission.purposes, p => p == submission.focus)", ["purposes", "focus"]),
        ("count(filter(submission.items, i => i.cost > submission.cap)) > 0", ["items", "cap"]),
        ("(submission.duration ?? 12) > submission.minimum", ["duration", "minimum"]),
        // A member whose name is worked out could be any of them.
        ("submission[round.id] > 0", nil),
    ]

    @Test(arguments: cases)
    func rulesReadTheseMembers(_ rule: String, _ members: Set<String>?) throws {
        let program = try RuleProgram.compile(rule, expecting: .any)
        #expect(program.submissionMembers == members, "\(rule)")
    }

    @Test func otherMembersKeepTheirNamesButNotTheirValues() throws {
        let source = SourceText(
            path: "s.json",
            text: #"{"id": "s1", "responses": {"need": "long text"}, "amount": 5, "summary": "x"}"#)
        let root = try JSONReader.read(source.bytes).root
        let kept = SubmissionFields.keeping(["id", "amount"], of: root)
        let members = try #require(kept.object).members
        #expect(members.map(\.key) == ["id", "responses", "amount", "summary"])
        #expect(members.map(\.value.typeDescription) == ["a string", "null", "a number", "null"])
        #expect(members[1].value.offset == root["responses"]?.offset)
        #expect(kept["amount"] == root["amount"])
    }

    @Test func theDocumentsMembersAndTheRulesAreKept() throws {
        let rubric = try #require(
            RubricLoader.load(path: RepositoryFiles.path("Rubrics/community-safety-fund.json"))
                .rubric)
        let names = try #require(SubmissionFields.readByRulesAndDocuments.names(readBy: rubric))
        for field in Submission.DocumentField.allCases { #expect(names.contains(field.rawValue)) }
        #expect(names.isSuperset(of: ["amountRequested", "durationMonths"]))
        #expect(!names.contains("responses"))
        #expect(SubmissionFields.all.names(readBy: rubric) == nil)
    }
}
