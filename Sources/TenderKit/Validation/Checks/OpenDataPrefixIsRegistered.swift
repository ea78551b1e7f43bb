/// A warning when the round publishes open data under the default OCDS prefix (`ocds-tender`).
///
/// An ocid must start with the prefix the Open Contracting Partnership registered for the
/// publisher; the default only keeps a new round's output valid. Given when the run publishes
/// open data (`tender validate` checks as `tender evaluate` would run).
public enum OpenDataPrefixIsRegistered: RoundCheck {
    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        guard documents.writesOpenData, let round = documents.round,
            round.openData.ocidPrefix == OpenDataSettings.defaultOCIDPrefix
        else { return [] }
        let location =
            round.json.object?["openData"].flatMap { round.source?.location(at: $0.offset) }
            ?? documents.fileLocation("round.json")
        return [
            Diagnostic(
                .warning, at: location,
                "the OCDS ocid prefix is still the default '\(OpenDataSettings.defaultOCIDPrefix)': register a prefix with the Open Contracting Partnership and set openData.ocidPrefix in round.json"
            )
        ]
    }
}
