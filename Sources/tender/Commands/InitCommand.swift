import Foundation
import TenderKit

/// `tender init DIR --rubric FILE`: a new, valid round folder to fill in.
enum InitCommand: Command {
    static let spec = CommandSpec(
        name: "init",
        abstract: "Create a new round folder that validates, ready to fill in.",
        discussion: """
            Creates DIR with round.json (naming the rubric), an empty submissions/ folder, panel.json
            with one example evaluator to edit, scores.csv with its header, and an empty
            decisions.json, and starts the round's history (history.jsonl) with its creation,
            by --by NAME. Never overwrites: DIR must not exist, or be an empty folder.
            Dates default to: opens today, closes one month later, award one month after closing.
            Every value is checked as 'tender validate' checks round.json, and refused (exit 2,
            nothing written) if validate would reject it. What is not given stays a placeholder
            (the buyer, the description, the example evaluator, a budget of 0): validate warns
            about each, and each blocks a final decision until it is filled in.
            """,
        arguments: [ArgumentSpec(name: "DIR", help: "The folder to create.")],
        options: [
            .value(
                "rubric", "FILE",
                help: "The rubric the round uses (stored as a path relative to DIR).",
                required: true),
            .value("title", "TEXT", help: "The round's title.", default: "the folder's name"),
            .value("fund", "TEXT", help: "The fund or budget line the round spends."),
            .value("description", "TEXT", help: "What the round is for.", default: "a placeholder"),
            .value(
                "buyer-id", "ORG-ID",
                help: "The buying organisation's org-id, e.g. GB-GOR-PC000151.",
                default: "a placeholder"),
            .value(
                "buyer-name", "TEXT", help: "The buying organisation's name.",
                default: "a placeholder"),
            .value(
                "budget", "AMOUNT",
                help: "The budget in the round's currency, e.g. 150000 or 1210000.00.", default: "0"
            ),
            .value("currency", "CODE", help: "ISO 4217 currency code.", default: "GBP"),
            .value("opens", "DATE", help: "When the round opens (YYYY-MM-DD).", default: "today"),
            .value(
                "closes", "DATE", help: "When the round closes (YYYY-MM-DD).",
                default: "a month after it opens"),
            .value(
                "award-date", "DATE", help: "When the award is made (YYYY-MM-DD).",
                default: "a month after it closes"),
            .value(
                "ocid-prefix", "PREFIX",
                help: "The OCDS prefix the Open Contracting Partnership registered for the buyer.",
                default: "ocds-tender, with a warning"),
            HistoryRecording.byOption,
        ],
        examples: [
            "tender init rounds/csf-2025 --rubric Rubrics/community-safety-fund.json --title \"Community Safety Fund 2025\" --budget 150000 --closes 2025-03-31",
            "tender init rounds/ppaf-2025 --rubric Rubrics/police-property-act-fund.json --buyer-id GB-GOR-PC000151 --buyer-name \"Police and Crime Commissioner for Cleveland\" --fund \"Police Property Act Fund\" --budget 6000 --award-date 2025-11-14",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let folder = FilePath.normalise(arguments.positionals[0])
        try checkEmpty(folder)
        let rubricPath = arguments.value("rubric") ?? ""
        let (rubric, diagnostics) = RubricLoader.load(path: rubricPath)
        guard let rubric else { throw .invalidInput(diagnostics) }
        let settings = try roundSettings(arguments, folder: folder)
        let files = RoundTemplate(
            settings: settings, rubric: rubric,
            rubricPath: relativePath(from: folder, to: rubricPath)
        ).files()
        try checkRoundFile(files.first { $0.path == "round.json" }?.text ?? "")
        let history = try HistoryRecording.writer(
            folder: folder, command: "init", arguments: arguments, console: console)
        let journaled = Set(HistoryJournal.trackedFiles)
        do {
            try FileManager.default.createDirectory(
                atPath: FilePath.join(folder, "submissions"), withIntermediateDirectories: true)
            try AtomicFile.writeAll(
                files.filter { !journaled.contains($0.path) }.map {
                    (FilePath.join(folder, $0.path), Array($0.text.utf8))
                })
        } catch {
            throw .failed("cannot create \(folder): \(FolderProblem.reason(creating: folder))")
        }
        try recordCreation(files, settings: settings, rubric: rubric, history: history)
        console.print(
            "Created \(folder): round '\(settings.id)' using rubric '\(rubric.id)' version \(rubric.version)."
        )
        console.print(
            "Next: add submissions/*.json, edit panel.json, then 'tender validate \(folder)'.")
        let toDo = RoundLoader.load(folder: folder, writesOpenData: true).diagnostics
        if !toDo.isEmpty {
            console.print(
                "Not ready yet: \(NumberText.counted(toDo.count, "warning")) below, which 'tender validate' repeats until each is done."
            )
            console.printError(DiagnosticFormatter().format(toDo))
        }
        return .success
    }

    /// The options behind each field of round.json, to say which option a problem comes from.
    static let optionsByField = [
        "id": "DIR", "title": "--title", "fund": "--fund", "description": "--description",
        "buyer.id": "--buyer-id", "buyer.name": "--buyer-name", "budget.amount": "--budget",
        "budget.currency": "--currency", "opens": "--opens", "closes": "--closes",
        "awardDate": "--award-date", "openData.ocidPrefix": "--ocid-prefix",
    ]

    /// The round's settings from the options, a refused value reported against its option.
    private static func roundSettings(_ arguments: ParsedArguments, folder: String)
        throws(CommandError)
        -> RoundSettings
    {
        var given = RoundSettings.Given()
        given.title = arguments.value("title")
        given.fund = arguments.value("fund")
        given.description = arguments.value("description")
        given.buyerID = arguments.value("buyer-id")
        given.buyerName = arguments.value("buyer-name")
        given.budget = arguments.value("budget")
        given.currency = arguments.value("currency")
        given.opens = arguments.value("opens")
        given.closes = arguments.value("closes")
        given.awardDate = arguments.value("award-date")
        given.ocidPrefix = arguments.value("ocid-prefix")
        do throws(RoundSettings.Problem) {
            return try RoundSettings(
                folderName: FilePath.fileName(folder), given: given, today: today)
        } catch {
            switch error {
            case .invalidValue(let field, let value, let reason):
                let option = optionsByField[field] ?? field
                throw .usage(.invalidValue(option: option, value: value, reason: reason))
            case .noDateToday:
                throw .internalError("the system clock gave no usable date; pass --opens")
            }
        }
    }

    /// Today's date (UTC): the only place tender reads the clock, for a default the user can override.
    private static func today() -> ISODate? {
        let parts = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC") ?? .current, from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day else {
            return nil
        }
        return ISODate(year: year, month: month, day: day)
    }

    /// Refuses what `tender validate` would reject in the round.json about to be written, naming
    /// the option each problem comes from.
    private static func checkRoundFile(_ text: String) throws(CommandError) {
        let problems = RoundFileCheck.problems(in: text)
        guard !problems.isEmpty else { return }
        let reasons = problems.map { problem in
            let option = optionsByField[problem.field].map { "\($0): " } ?? ""
            return option + problem.diagnostic.message
        }
        throw .failed(reasons.joined(separator: "; ") + "; nothing was written")
    }

    /// Writes scores.csv and decisions.json through the history, which starts with the round.
    private static func recordCreation(
        _ files: [(path: String, text: String)], settings: RoundSettings, rubric: Rubric,
        history: HistoryWriter
    ) throws(CommandError) {
        for file in files where HistoryJournal.trackedFiles.contains(file.path) {
            let change =
                file.path == "scores.csv"
                ? HistoryChange.roundCreated(
                    round: settings.id, title: settings.title, rubric: rubric.id,
                    version: rubric.version)
                : HistoryChange.fileCreated
            try HistoryRecording.perform { () throws(HistoryWriteError) in
                try history.write(
                    Array(file.text.utf8), to: file.path, changes: [change], basedOn: nil)
            }
        }
    }

    private static func checkEmpty(_ folder: String) throws(CommandError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            return
        }
        guard isDirectory.boolValue else {
            throw .failed("\(folder) exists and is a file; choose a new folder")
        }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard contents.isEmpty else {
            throw .failed(
                "\(folder) already exists and is not empty; tender init never overwrites a round")
        }
    }

    /// The path of `target` as seen from inside `folder` (both relative to the working directory).
    static func relativePath(from folder: String, to target: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let absoluteFolder = FilePath.normalise(
            folder.hasPrefix("/") ? folder : current + "/" + folder
        ).split(separator: "/")
        let absoluteTarget = FilePath.normalise(
            target.hasPrefix("/") ? target : current + "/" + target
        ).split(separator: "/")
        var common = 0
        while common < min(absoluteFolder.count, absoluteTarget.count),
            absoluteFolder[common] == absoluteTarget[common]
        { common += 1 }
        let up = Array(repeating: "..", count: absoluteFolder.count - common)
        return (up + absoluteTarget[common...].map(String.init)).joined(separator: "/")
    }
}
