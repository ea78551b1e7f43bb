/// Finds, for one submission, every evaluator detail that matches something the submission names.
///
/// Each name the submission gives (applicant, partners, people, website) is normalised once and
/// looked up in the `PanelIndex`; only the few evaluator names filed under the same key are
/// compared. The candidates come back unmerged; `ConflictCandidate.strongestPerFinding` merges them.
struct SubmissionScanner: Sendable {
    let index: PanelIndex

    func candidates(in submission: Submission) -> [ConflictCandidate] {
        var found: [ConflictCandidate] = []
        let applicant = OrganisationName(submission.organisation.name)
        addDeclaredOrganisations(
            named: applicant, identifiers: submission.organisation.identifiers,
            party: .applicant, basis: .declaredOrganisation, into: &found)
        addEmployers(named: applicant, party: .applicant, into: &found)
        for (position, partner) in submission.partners.enumerated() {
            let name = OrganisationName(partner.name)
            addDeclaredOrganisations(
                named: name, identifiers: partner.identifiers,
                party: .partner(position), basis: .declaredPartner, into: &found)
            addEmployers(named: name, party: .partner(position), into: &found)
        }
        for (position, person) in submission.organisation.people.enumerated() {
            addPeople(named: PersonName(person.name), party: .person(position), into: &found)
        }
        if let domain = submission.organisation.website.flatMap(WebDomain.ofWebsite) {
            for evaluator in index.emailDomains[domain] ?? [] {
                found.append(
                    ConflictCandidate(
                        evaluator: evaluator, basis: .undeclaredDomain, strength: .possible,
                        interest: nil, party: .website, identifier: nil))
            }
        }
        return found
    }

    /// Declared organisation interests that are this organisation, by name or by identifier.
    private func addDeclaredOrganisations(
        named name: OrganisationName, identifiers: [String], party: ConflictCandidate.Party,
        basis: ConflictBasis, into found: inout [ConflictCandidate]
    ) {
        func add(_ entries: [PanelIndex.OrganisationEntry], identifier: String?) {
            for entry in entries {
                let strength: ConflictStrength =
                    entry.isLapsed
                    ? .lapsed : identifier == nil && name.isDisguised ? .possible : .match
                found.append(
                    ConflictCandidate(
                        evaluator: entry.evaluator, basis: basis, strength: strength,
                        interest: entry.interest, party: party, identifier: identifier))
            }
        }
        if !name.isEmpty { add(index.organisationsByName[name.key] ?? [], identifier: nil) }
        for identifier in identifiers.map(OrganisationIdentifier.init) where !identifier.isEmpty {
            add(index.organisationsByIdentifier[identifier.key] ?? [], identifier: identifier.key)
        }
    }

    /// Evaluators whose own organisation is this organisation.
    private func addEmployers(
        named name: OrganisationName, party: ConflictCandidate.Party,
        into found: inout [ConflictCandidate]
    ) {
        guard !name.isEmpty else { return }
        for evaluator in index.employers[name.key] ?? [] {
            found.append(
                ConflictCandidate(
                    evaluator: evaluator, basis: .undeclaredEmployer,
                    strength: name.isDisguised ? .possible : .match,
                    interest: nil, party: party, identifier: nil))
        }
    }

    /// Declared people and evaluators' own names that resemble a person the submission names.
    private func addPeople(
        named name: PersonName, party: ConflictCandidate.Party,
        into found: inout [ConflictCandidate]
    ) {
        guard !name.isEmpty else { return }
        let key = name.lookupKey
        for entry in index.declaredPeople[key] ?? [] {
            guard let strength = entry.name.resemblance(to: name) else { continue }
            found.append(
                ConflictCandidate(
                    evaluator: entry.evaluator, basis: .declaredPerson, strength: strength,
                    interest: entry.interest, party: party, identifier: nil))
        }
        for entry in index.evaluatorNames[key] ?? [] {
            guard let strength = entry.name.resemblance(to: name) else { continue }
            found.append(
                ConflictCandidate(
                    evaluator: entry.evaluator, basis: .undeclaredPerson, strength: strength,
                    interest: nil, party: party, identifier: nil))
        }
    }
}
