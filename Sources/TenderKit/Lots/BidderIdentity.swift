/// Which submissions come from the same bidder, for `award.maxLotsPerBidder`.
///
/// A bidder bidding for several lots sends one submission per lot. Two submissions are the same
/// bidder when their organisations share an identifier (`GB-CHC-1234567`), or, where at least one
/// of them gives no identifier, when their names are the same organisation name (normalised as the
/// conflicts module does: `Teesside Youth Trust Ltd` is `The Teesside Youth Trust Limited`). Two
/// organisations with different identifiers and no such link are different bidders whatever their
/// names. The relation is closed transitively (a union-find over identifiers and names), so the
/// result does not depend on the order of the files; a submission without an identifier whose
/// name is that of two identified organisations links them (give every bidder's identifier).
public struct BidderIdentity: Sendable {
    /// For each submission (round order), its bidder's number: the position of the bidder's first
    /// submission in round order.
    public let bidder: [Int]

    public init(_ organisations: [Submission.Organisation]) {
        var sets = DisjointSets(count: organisations.count)
        var byIdentifier: [String: Int] = [:]
        var byName: [String: Int] = [:]
        var unidentifiedByName: [String: Int] = [:]
        for (position, organisation) in organisations.enumerated() {
            for identifier in organisation.identifiers {
                let key = identifier.uppercased()
                if let first = byIdentifier[key] { sets.join(first, position) }
                byIdentifier[key] = byIdentifier[key] ?? position
            }
            let name = OrganisationName(organisation.name)
            guard !name.isEmpty else { continue }
            if organisation.identifiers.isEmpty {
                if let first = byName[name.key] { sets.join(first, position) }
                unidentifiedByName[name.key] = unidentifiedByName[name.key] ?? position
            } else if let first = unidentifiedByName[name.key] {
                sets.join(first, position)
            }
            byName[name.key] = byName[name.key] ?? position
        }
        bidder = (0..<organisations.count).map { sets.root($0) }
    }
}

/// Union-find with path halving; a set's root is its smallest member, so roots are stable.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func root(_ element: Int) -> Int {
        var element = element
        while parent[element] != element {
            parent[element] = parent[parent[element]]
            element = parent[element]
        }
        return element
    }

    mutating func join(_ a: Int, _ b: Int) {
        let (rootA, rootB) = (root(a), root(b))
        guard rootA != rootB else { return }
        parent[max(rootA, rootB)] = min(rootA, rootB)
    }
}
