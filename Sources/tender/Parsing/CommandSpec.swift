/// What a command accepts, declared once: used to parse its arguments and to write its `--help`.
struct CommandSpec: Sendable {
    var name: String
    var abstract: String
    var discussion: String = ""
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []
    var examples: [String] = []

    /// The option whose long name is `name`, or whose short name is `name` (`-o`).
    func option(named name: String) -> OptionSpec? {
        options.first { "--" + $0.name == name || ($0.short.map { "-" + String($0) } == name) }
    }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    var name: String
    var help: String
    var isRepeating = false
    var isOptional = false
}

/// A named option: a flag (`--replace`) or one that takes a value (`--out DIR`).
struct OptionSpec: Sendable {
    var name: String
    var short: Character? = nil
    /// nil for a flag; the placeholder shown in help for an option that takes a value.
    var valueName: String?
    var help: String
    var isRequired = false
    var defaultText: String? = nil

    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, help: help)
    }

    static func value(
        _ name: String, _ valueName: String, short: Character? = nil, help: String,
        required: Bool = false,
        default defaultText: String? = nil
    ) -> OptionSpec {
        OptionSpec(
            name: name, short: short, valueName: valueName, help: help, isRequired: required,
            defaultText: defaultText)
    }

    var isFlag: Bool { valueName == nil }
}
