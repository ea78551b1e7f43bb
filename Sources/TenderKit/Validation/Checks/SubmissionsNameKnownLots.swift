/// In a round divided into lots, each submission names one of the round's lots; in a round that
/// is not, no submission names a lot.
///
/// A submission without a lot (or with an unknown one) would compete in no lot and silently never
/// be assessed; a `lot` in a round without lots would be read as a lot nobody tenders for.
public enum SubmissionsNameKnownLots: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard let round = documents.round else { return [] }
        let ids = round.lots.map(\.id)
        let known = Set(ids)
        return documents.submissions.compactMap { submission in
            let location = submission.lotLocation ?? submission.location
            switch (submission.lot, ids.isEmpty) {
            case (nil, true):
                return nil
            case (nil, false):
                return .error(
                    at: location,
                    "the submission names no lot, but the round is divided into lots: add \"lot\" with one of \(list(ids))"
                )
            case (let lot?, true):
                return .error(
                    at: location,
                    "lot: the submission names the lot '\(lot)', but round.json lists no lots: remove \"lot\", or list the lots in round.json"
                )
            case (let lot?, false):
                guard !known.contains(lot) else { return nil }
                return .error(
                    at: location,
                    "lot: unknown lot '\(lot)'\(EditDistance.didYouMean(lot, among: ids)); the round's lots are \(list(ids))"
                )
            }
        }
    }

    private static func list(_ ids: [String]) -> String {
        ids.map { "'\($0)'" }.joined(separator: ", ")
    }
}
