/// The files of a new round, as `tender init` writes them: round.json from the settings (naming
/// the rubric by its path from the round folder), panel.json with one placeholder evaluator, and
/// scores.csv and decisions.json with nothing in them yet. Text only; writing is the caller's.
public struct RoundTemplate: Sendable {
    public let settings: RoundSettings
    public let rubric: Rubric
    /// The rubric's path as round.json names it: relative to the round folder.
    public let rubricPath: String

    public init(settings: RoundSettings, rubric: Rubric, rubricPath: String) {
        self.settings = settings
        self.rubric = rubric
        self.rubricPath = rubricPath
    }

    /// Each file's path in the round folder and its text, round.json first.
    public func files() -> [(path: String, text: String)] {
        [
            ("round.json", roundJSON()), ("panel.json", panelJSON()),
            ("scores.csv", "evaluator,submission,criterion,score,comment\n"),
            (
                "decisions.json",
                "{\n  \"moderation\": [],\n  \"clarifications\": [],\n  \"conflicts\": []\n}\n"
            ),
        ]
    }

    private func roundJSON() -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("id", settings.id)
        json.field("title", settings.title)
        if let fund = settings.fund { json.field("fund", fund) }
        json.field(
            "description",
            settings.description
                ?? "Evaluated with the rubric '\(rubric.title)'. \(RoundPlaceholders.descriptionMarker)"
        )
        json.field("rubric", rubricPath)
        json.key("buyer")
        json.beginObject()
        json.field("id", settings.buyerID)
        json.field("name", settings.buyerName)
        json.endObject()
        json.key("budget")
        json.beginObject()
        json.field("amount", settings.budget)
        json.field("currency", settings.currency)
        json.endObject()
        json.field("opens", settings.opens.description)
        json.field("closes", settings.closes.description)
        json.field("awardDate", settings.awardDate.description)
        if let prefix = settings.ocidPrefix {
            json.key("openData")
            json.beginObject()
            json.field("ocidPrefix", prefix)
            json.endObject()
        }
        json.endObject()
        return json.text
    }

    private func panelJSON() -> String {
        var json = JSONWriter()
        json.beginObject()
        json.key("evaluators")
        json.beginArray()
        json.beginObject()
        json.field("id", "evaluator-1")
        json.field("name", RoundPlaceholders.evaluatorName)
        json.field("email", RoundPlaceholders.evaluatorEmail)
        json.field("organisation", "Example Organisation")
        json.key("interests")
        json.beginArray()
        json.endArray()
        json.endObject()
        json.endArray()
        json.endObject()
        return json.text
    }
}
