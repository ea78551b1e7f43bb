/// The words a finding's `evidence` says: what of the evaluator matched what of the submission.
///
/// Panels, chairs and auditors read these in `decision.json` and the conflicts assessment, so each
/// quotes both names as written, gives a declared interest's period (`(2019-2023)`,
/// `(2021-present)`) and relationship, and says why a lapsed interest no longer counts. For example:
/// `declared interest "Teesside Youth Trust Ltd" (2019-2023) is the applicant "The Teesside Youth
/// Trust Limited"; relationship: trustee`.
enum ConflictEvidence {
    static func describe(
        _ candidate: ConflictCandidate, evaluator: Evaluator, submission: Submission,
        window: LookbackWindow
    ) -> String {
        let verb = candidate.strength == .possible ? "may be" : "is"
        let party = describe(candidate.party, of: submission, identifier: candidate.identifier)
        switch candidate.basis {
        case .declaredOrganisation, .declaredPartner:
            guard let interest = organisationInterest(candidate, of: evaluator) else {
                return party
            }
            var text =
                "declared interest \(quoted(interest.name))\(period(of: interest)) \(verb) \(party)"
            text += relationship(interest.relationship)
            if candidate.strength == .lapsed { text += "; " + window.lapseExplanation(interest) }
            return text
        case .declaredPerson:
            guard let interest = personInterest(candidate, of: evaluator) else { return party }
            return "declared interest \(quoted(interest.name)) \(verb) \(party)"
                + relationship(interest.relationship)
        case .undeclaredPerson:
            return "evaluator's own name \(quoted(evaluator.name)) \(verb) \(party)"
        case .undeclaredEmployer:
            return
                "evaluator's organisation \(quoted(evaluator.organisation ?? "")) \(verb) \(party)"
        case .undeclaredDomain:
            let domain =
                submission.organisation.website.flatMap(WebDomain.ofWebsite)
                ?? evaluator.email.flatMap(WebDomain.ofEmail) ?? ""
            return
                "evaluator's email \(quoted(evaluator.email ?? "")) shares the domain \(quoted(domain)) with \(party)"
        }
    }

    /// `(2019-2023)`, `(2021-present)`, `(until 2023)`, or nothing when no dates were declared.
    static func period(of interest: OrganisationInterest) -> String {
        switch (interest.from, interest.to) {
        case (nil, nil): ""
        case (let from?, nil): " (\(from.year)-present)"
        case (nil, let to?): " (until \(to.year))"
        case (let from?, let to?): " (\(from.year)-\(to.year))"
        }
    }

    private static func describe(
        _ party: ConflictCandidate.Party, of submission: Submission, identifier: String?
    ) -> String {
        let byIdentifier = identifier.map { " by identifier \($0)" } ?? ""
        switch party {
        case .applicant:
            return "the applicant \(quoted(submission.organisation.name))\(byIdentifier)"
        case .partner(let index):
            let name =
                submission.partners.indices.contains(index) ? submission.partners[index].name : ""
            return "the partner \(quoted(name))\(byIdentifier)"
        case .person(let index):
            let people = submission.organisation.people
            guard people.indices.contains(index) else { return "a person named in the submission" }
            let role = people[index].role.map { $0.isEmpty ? "" : " (\($0))" } ?? ""
            return "\(quoted(people[index].name))\(role) named in the submission"
        case .website:
            return "the applicant's website \(quoted(submission.organisation.website ?? ""))"
        }
    }

    private static func organisationInterest(
        _ candidate: ConflictCandidate, of evaluator: Evaluator
    ) -> OrganisationInterest? {
        guard let index = candidate.interest, evaluator.interests.indices.contains(index),
            case .organisation(let interest) = evaluator.interests[index]
        else { return nil }
        return interest
    }

    private static func personInterest(_ candidate: ConflictCandidate, of evaluator: Evaluator)
        -> PersonInterest?
    {
        guard let index = candidate.interest, evaluator.interests.indices.contains(index),
            case .person(let interest) = evaluator.interests[index]
        else { return nil }
        return interest
    }

    private static func relationship(_ text: String) -> String {
        text.isEmpty ? "" : "; relationship: \(text)"
    }

    private static func quoted(_ text: String) -> String {
        "\"\(text)\""
    }
}
