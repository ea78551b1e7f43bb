import TenderKit

/// Synthetic, deterministic data at national-fund scale for the conflicts benchmark: organisations
/// drawn from a pool of 48,000 plausible names (written with and without `The` and legal forms),
/// people from 80 first names and 900 surnames. Evaluators declare interests in the same pools,
/// so the assessment finds a realistic mix of matches, possibles and lapsed interests.
struct ConflictsBenchmarkData {
    let panel: Panel
    let submissions: [Submission]

    init(
        evaluators: Int, interestsEach: Int, submissions: Int, peopleEach: Int, partnersEach: Int,
        seed: UInt64
    ) {
        var random = SeededGenerator(seed: seed)
        let evaluatorList = (0..<evaluators).map { index in
            Self.evaluator(index, interests: interestsEach, random: &random)
        }
        panel = Panel(evaluators: evaluatorList)
        self.submissions = (0..<submissions).map { index in
            Self.submission(index, people: peopleEach, partners: partnersEach, random: &random)
        }
    }

    private static func evaluator(_ index: Int, interests: Int, random: inout SeededGenerator)
        -> Evaluator
    {
        let first = random.pick(Pools.firstNames)
        let last = Pools.surname(random.index(Pools.surnameCount))
        let employer = random.index(Pools.organisationCount)
        let email =
            random.chance(0.25)
            ? "\(first.lowercased()).\(last.lowercased())@\(random.pick(["gmail.com", "outlook.com", "btinternet.com"]))"
            : "\(first.lowercased()).\(last.lowercased())@\(Pools.domain(employer))"
        let declared = (0..<interests).map { number in
            number < (interests * 3 + 4) / 5
                ? organisationInterest(random: &random) : personInterest(random: &random)
        }
        return Evaluator(
            id: "E\(index + 1)", name: "\(first) \(last)", email: email,
            organisation: Pools.organisationName(employer, random: &random), interests: declared)
    }

    private static func organisationInterest(random: inout SeededGenerator) -> Interest {
        let organisation = random.index(Pools.organisationCount)
        let fromYear = 2005 + random.index(18)
        let toYear: Int? = random.chance(0.4) ? nil : fromYear + 1 + random.index(6)
        return .organisation(
            OrganisationInterest(
                name: Pools.organisationName(organisation, random: &random),
                identifiers: random.chance(0.5) ? [Pools.identifier(organisation)] : [],
                relationship: random.pick([
                    "trustee", "director", "volunteer", "former employee", "member",
                ]),
                from: ISODate(year: fromYear, month: 1 + random.index(12), day: 1),
                to: toYear.flatMap { ISODate(year: $0, month: 1 + random.index(12), day: 28) }))
    }

    private static func personInterest(random: inout SeededGenerator) -> Interest {
        .person(
            PersonInterest(
                name: Pools.personName(random: &random),
                relationship: random.pick([
                    "spouse", "sibling", "parent", "friend", "former colleague",
                ])))
    }

    private static func submission(
        _ index: Int, people: Int, partners: Int, random: inout SeededGenerator
    ) -> Submission {
        let applicant = random.index(Pools.organisationCount)
        let named = (0..<people).map { _ in
            Submission.Person(
                name: Pools.personName(random: &random), role: random.pick(Pools.roles))
        }
        let partnerList = (0..<partners).map { _ in
            let partner = random.index(Pools.organisationCount)
            return Submission.Partner(
                name: Pools.organisationName(partner, random: &random),
                identifiers: [Pools.identifier(partner)])
        }
        let organisation = Submission.Organisation(
            name: Pools.organisationName(applicant, random: &random), type: "charity",
            identifiers: [Pools.identifier(applicant)],
            website: "https://www.\(Pools.domain(applicant))/about",
            people: named)
        return Submission(
            id: "S" + String(index + 1).leftPadded(to: 6), title: "Project \(index + 1)",
            organisation: organisation, partners: partnerList)
    }
}

/// The name pools the synthetic data is drawn from.
private enum Pools {
    static let firstNames = [
        "Aisha", "Alan", "Amelia", "Amir", "Anna", "Barbara", "Ben", "Carol", "Chloe", "Chris",
        "Claire", "Colin",
        "Daniel", "David", "Deborah", "Dylan", "Eleanor", "Emma", "Fatima", "Fiona", "Gareth",
        "Grace", "Hannah",
        "Harry", "Helen", "Ian", "Imran", "Isla", "Jack", "James", "Jane", "Jasmine", "John",
        "Joseph", "Julie",
        "Karen", "Kevin", "Laura", "Leah", "Liam", "Lucy", "Mark", "Martin", "Mary", "Megan",
        "Michael", "Mohammed",
        "Natalie", "Neil", "Nicola", "Noah", "Olivia", "Oscar", "Paul", "Peter", "Priya", "Rachel",
        "Raj", "Rebecca",
        "Richard", "Robert", "Ruth", "Ryan", "Sam", "Sarah", "Sean", "Simon", "Sophie", "Stephen",
        "Susan", "Thomas",
        "Tom", "Una", "Victoria", "Wendy", "William", "Yusuf", "Zara", "Zoë", "Zoe",
    ]
    static let surnamePrefixes = [
        "Ash", "Black", "Brad", "Brook", "Cart", "Craw", "Dal", "Elm", "Fair", "Green", "Hart",
        "Hol", "Kings", "Lang",
        "Mar", "Nor", "Oak", "Pen", "Ray", "Rad", "Shel", "Stan", "Thorn", "Wal", "West", "Whit",
        "Wood", "Yar",
        "Ather", "Bel",
    ]
    static let surnameSuffixes = [
        "ley", "ton", "ford", "wood", "by", "field", "well", "more", "ham", "wick", "worth",
        "ridge", "combe", "stone",
        "hurst", "dale", "gate", "shaw", "croft", "land", "bury", "mere", "thwaite", "low", "holm",
        "cott", "ston",
        "den", "ing", "man",
    ]
    static let places = [
        "Teesside", "Middlesbrough", "Redcar", "Hartlepool", "Stockton", "Guisborough", "Saltburn",
        "Billingham",
        "Thornaby", "Eston", "Marske", "Loftus", "Yarm", "Ingleby", "Normanby", "Ormesby", "Coulby",
        "Hemlington",
        "Acklam", "Linthorpe",
    ]
    static let compass = ["", "North ", "South ", "East "]
    static let themes = [
        "Youth", "Women's", "Families", "Recovery", "Community", "Victims", "Veterans", "Mentoring",
        "Sports", "Arts",
        "Housing", "Carers", "Advice", "Restorative", "Wellbeing", "Food", "Learning", "Outreach",
        "Safe Spaces",
        "Neighbourhood", "Elders", "Refugee", "Domestic Abuse", "Mental Health", "Street", "Boxing",
        "Music",
        "Gardening", "Employment", "Digital", "Faith", "Debt", "Tenants", "Parents", "Kinship",
        "Wheels", "Dance",
        "Theatre", "Football", "Harbour",
    ]
    static let kinds = [
        "Trust", "Project", "Centre", "Network", "Partnership", "Association", "Foundation",
        "Alliance", "Collective",
        "Hub", "Forum", "Initiative", "Society", "Group", "Services",
    ]
    static let legalForms = ["", " Ltd", " Limited", " CIC", " CIO", " Community Interest Company"]
    static let titles = ["Dr ", "Mr ", "Mrs ", "Ms ", "Cllr ", "Prof. "]
    static let roles = [
        "Chair", "Trustee", "Director", "Treasurer", "Secretary", "Project Lead", "Finance Officer",
        "Safeguarding Lead",
    ]

    static var surnameCount: Int { surnamePrefixes.count * surnameSuffixes.count }
    static var organisationCount: Int { places.count * compass.count * themes.count * kinds.count }

    static func surname(_ index: Int) -> String {
        surnamePrefixes[index / surnameSuffixes.count]
            + surnameSuffixes[index % surnameSuffixes.count]
    }

    /// A person as an applicant writes them: sometimes a title, sometimes a middle name or initial.
    static func personName(random: inout SeededGenerator) -> String {
        let title = random.chance(0.1) ? random.pick(titles) : ""
        let middle =
            random.chance(0.15) ? random.pick(firstNames) + " " : (random.chance(0.05) ? "A. " : "")
        let first =
            random.chance(0.05)
            ? String(random.pick(firstNames).prefix(1)) + "." : random.pick(firstNames)
        return "\(title)\(first) \(middle)\(surname(random.index(surnameCount)))"
    }

    /// Organisation `index` as someone writes it: with or without `The` and a legal form.
    static func organisationName(_ index: Int, random: inout SeededGenerator) -> String {
        let article = random.chance(0.3) ? "The " : ""
        return article + baseName(index) + random.pick(legalForms)
    }

    static func baseName(_ index: Int) -> String {
        let kind = kinds[index % kinds.count]
        let theme = themes[(index / kinds.count) % themes.count]
        let side = compass[(index / (kinds.count * themes.count)) % compass.count]
        let place = places[(index / (kinds.count * themes.count * compass.count)) % places.count]
        return "\(side)\(place) \(theme) \(kind)"
    }

    static func identifier(_ index: Int) -> String {
        "GB-CHC-\(1_000_000 + index)"
    }

    static func domain(_ index: Int) -> String {
        String(baseName(index).lowercased().unicodeScalars.filter { ("a"..."z").contains($0) })
            + ".org.uk"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
