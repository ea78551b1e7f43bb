/// The evaluator side of conflict detection, filed by normalised key for lookup.
///
/// Detection must not compare every evaluator with every name of every submission (1,000
/// evaluators × 100,000 submissions × 10 names is a billion comparisons). Instead each evaluator's
/// declared organisations (by name and by identifier), declared people and own name (by last name
/// and initial), own organisation and email domain are filed here once, and each name a submission
/// gives is looked up. Each list keeps panel order, then interest order, so lookups are deterministic.
struct PanelIndex: Sendable {
    /// One declared organisation interest: evaluator and interest index in panel order.
    struct OrganisationEntry: Sendable {
        let evaluator: Int
        let interest: Int
        let isLapsed: Bool
    }

    /// A person's name on the evaluator side: a declared person interest, or the evaluator's own
    /// name (then `interest` is nil).
    struct PersonEntry: Sendable {
        let evaluator: Int
        let interest: Int?
        let name: PersonName
    }

    private(set) var organisationsByName: [String: [OrganisationEntry]] = [:]
    private(set) var organisationsByIdentifier: [String: [OrganisationEntry]] = [:]
    private(set) var declaredPeople: [PersonName.LookupKey: [PersonEntry]] = [:]
    private(set) var evaluatorNames: [PersonName.LookupKey: [PersonEntry]] = [:]
    /// Evaluator indices by the normalised name of their own organisation.
    private(set) var employers: [String: [Int]] = [:]
    /// Evaluator indices by email domain (public mail domains left out).
    private(set) var emailDomains: [String: [Int]] = [:]

    init(panel: Panel, window: LookbackWindow) {
        for (evaluatorIndex, evaluator) in panel.evaluators.enumerated() {
            fileOwnDetails(of: evaluator, at: evaluatorIndex)
            for (interestIndex, interest) in evaluator.interests.enumerated() {
                switch interest {
                case .organisation(let organisation):
                    let entry = OrganisationEntry(
                        evaluator: evaluatorIndex, interest: interestIndex,
                        isLapsed: window.hasLapsed(organisation))
                    file(organisation, as: entry)
                case .person(let person):
                    let name = PersonName(person.name)
                    guard !name.isEmpty else { continue }
                    let entry = PersonEntry(
                        evaluator: evaluatorIndex, interest: interestIndex, name: name)
                    declaredPeople[name.lookupKey, default: []].append(entry)
                }
            }
        }
    }

    private mutating func fileOwnDetails(of evaluator: Evaluator, at index: Int) {
        let name = PersonName(evaluator.name)
        if !name.isEmpty {
            evaluatorNames[name.lookupKey, default: []].append(
                PersonEntry(evaluator: index, interest: nil, name: name))
        }
        if let organisation = evaluator.organisation.map(OrganisationName.init),
            !organisation.isEmpty
        {
            employers[organisation.key, default: []].append(index)
        }
        if let domain = evaluator.email.flatMap(WebDomain.ofEmail) {
            // mail.charity.org.uk is filed under charity.org.uk too: a website names its
            // organisation's domain, and its staff may write from any host below it.
            for filed in WebDomain.selfAndParents(domain) {
                emailDomains[filed, default: []].append(index)
            }
        }
    }

    private mutating func file(_ organisation: OrganisationInterest, as entry: OrganisationEntry) {
        let name = OrganisationName(organisation.name)
        if !name.isEmpty {
            organisationsByName[name.key, default: []].append(entry)
        }
        var filed: Set<String> = []
        for identifier in organisation.identifiers.map(OrganisationIdentifier.init)
        where !identifier.isEmpty {
            guard filed.insert(identifier.key).inserted else { continue }
            organisationsByIdentifier[identifier.key, default: []].append(entry)
        }
    }
}
