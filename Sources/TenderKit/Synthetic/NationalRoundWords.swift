/// The words the national benchmark round is written in: comments of one or two sentences (about
/// 60 characters, some quoted because they hold a comma), answers of a few sentences.
enum Words {
    static let firstNames = [
        "Aisha", "Alan", "Amelia", "Amir", "Barbara", "Ben", "Carol", "Chloe", "Daniel", "Eleanor",
        "Fatima", "Gareth", "Grace", "Helen", "Imran", "Jack", "Julie", "Laura", "Megan", "Neil",
        "Olivia", "Priya", "Rachel", "Ruth", "Simon", "Sophie", "Thomas", "Una", "Wendy", "Yusuf",
    ]
    static let surnames = [
        "Ashley", "Bradford", "Carter", "Dale", "Elmwood", "Fairfield", "Greenwood", "Hartley",
        "Kingston", "Langford", "Marsh", "Norton", "Oakley", "Penrose", "Radcliffe", "Shelby",
        "Thornton", "Walsh", "Westwood", "Whitby",
    ]
    static let places = [
        "Teesside", "Middlesbrough", "Redcar", "Hartlepool", "Stockton", "Guisborough", "Saltburn",
        "Billingham", "Thornaby", "Eston",
    ]
    static let projects = [
        "Youth outreach", "Victim support", "Safer streets", "Mentoring", "Night patrols",
        "Restorative justice", "Family support", "Recovery cafe", "Sports nights", "Advice clinic",
    ]
    static let kinds = ["Trust", "Project", "Centre", "Network", "Partnership", "Foundation"]

    static let openings = [
        "Clear evidence of local need", "Delivery plan is realistic", "Partnerships are named",
        "Outcomes are measurable", "Safeguarding policy is current", "Costs are well explained",
        "Good reach into the community", "Weak link to the fund's purposes",
        "Governance is sound", "Little detail on how success is measured",
    ]
    static let closings = [
        "but the timetable is tight.", "and the budget is proportionate.",
        "though partners have not signed up.", "with a credible exit plan.",
        "but no baseline figures.", "and volunteers are trained.",
    ]
    static let sentences = [
        "We will work with young people at risk of exploitation in the evenings and at weekends.",
        "Our volunteers are trained in first aid, safeguarding and de-escalation every year.",
        "Referrals come from schools, the youth offending team and neighbourhood police officers.",
        "Each participant has a named mentor and a plan reviewed every six weeks.",
        "We measure outcomes with a validated wellbeing scale at entry, midpoint and exit.",
        "The project builds on three years of delivery funded by the local authority.",
        "Our trustees include a former magistrate, a youth worker and a qualified accountant.",
        "We will publish a short evaluation and share what we learn with other groups.",
    ]

    static func organisation(_ index: Int) -> String {
        "\(places[index % places.count]) \(projects[(index / places.count) % projects.count]) \(kinds[(index / 100) % kinds.count]) \(index)"
    }

    /// A comment: one clause, or two joined by a comma (then quoted, as a spreadsheet writes it)
    /// or a semicolon.
    static func comment(_ generator: inout SeededGenerator) -> String {
        let opening = generator.pick(openings)
        switch generator.index(10) {
        case 0..<3: return opening + "."
        case 3..<6: return opening + "; " + generator.pick(closings)
        default: return "\"" + opening + ", " + generator.pick(closings) + "\""
        }
    }

    static func paragraph(sentences count: Int, _ generator: inout SeededGenerator) -> String {
        (0..<count).map { _ in generator.pick(sentences) }.joined(separator: " ")
    }
}
