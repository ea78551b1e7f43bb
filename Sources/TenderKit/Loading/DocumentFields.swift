/// The fields each part of `round.json` and of a rubric may have: the one list the decoders
/// accept (anything else is an unknown field) and the rule checker compares `round.*` and
/// `rubric.*` paths with.
enum DocumentFields {
    static let round = RoundDecoder.fields
    static let buyer = ["id", "name"]
    static let budget = ["amount", "currency"]
    static let openData = ["ocidPrefix", "uri", "grantIDPrefix", "dataSource"]

    static let rubric = RubricDecoder.fields
    static let award = ["mode", "amount", "minimumTotal", "maxLotsPerBidder", "lotOrder"]
    static let scale = ["min", "max", "step", "descriptors"]
    static let descriptor = ["score", "label", "meaning"]
    static let consensus = ["method", "maxSpread"]
    static let panel = ["minIndependentEvaluators", "requireComments"]
    static let conflicts = ["lookbackYears"]
    static let gate = ["id", "title", "rule", "message"]
    static let audit = ["reviewEveryMonths", "durationMonths"]
    static let abnormallyLow = ["belowMeanBy"]
}

/// The shape of data a rule may read: objects with known members, lists, and plain values.
indirect enum DataShape: Sendable {
    case object([String: DataShape])
    case list(DataShape)
    case value

    /// An object whose members are all plain values, except those given.
    static func object(_ fields: [String], except nested: [String: DataShape] = [:]) -> DataShape {
        .object(
            Dictionary(uniqueKeysWithValues: fields.map { ($0, nested[$0] ?? .value) }))
    }

    static let round: DataShape = .object(
        DocumentFields.round,
        except: [
            "buyer": .object(DocumentFields.buyer), "budget": .object(DocumentFields.budget),
            "openData": .object(DocumentFields.openData),
        ])

    static let rubric: DataShape = .object(
        DocumentFields.rubric,
        except: [
            "award": .object(DocumentFields.award),
            "scale": .object(
                DocumentFields.scale,
                except: ["descriptors": .list(.object(DocumentFields.descriptor))]),
            "consensus": .object(DocumentFields.consensus),
            "panel": .object(DocumentFields.panel),
            "conflicts": .object(DocumentFields.conflicts),
            "gates": .list(.object(DocumentFields.gate)),
            "criteria": .list(criterion),
            "tieBreak": .list(.value),
            "audit": .object(DocumentFields.audit),
        ])

    private static let criterion: DataShape = .object(
        Array(Set(CriterionDecoder.qualityFields + CriterionDecoder.quantitativeFields)).sorted(),
        except: [
            "outcomes": .list(.value), "principles": .list(.value),
            "abnormallyLow": .object(DocumentFields.abnormallyLow),
        ])
}
