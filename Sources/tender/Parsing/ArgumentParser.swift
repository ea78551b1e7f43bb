import TenderKit

/// Parses a command's arguments against its `CommandSpec`: `--name value`, `--name=value`,
/// `-n value`, flags, positionals, and `--` to end options. Every problem is an `ArgumentError`.
struct ParsedArguments: Equatable {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    func value(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }
}

enum ArgumentParser {
    static func parse(_ arguments: [String], spec: CommandSpec) throws(ArgumentError)
        -> ParsedArguments
    {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            try parseOption(
                argument, arguments: arguments, index: &index, spec: spec, into: &parsed)
        }
        try checkComplete(parsed, spec: spec)
        return parsed
    }

    private static func parseOption(
        _ argument: String, arguments: [String], index: inout Int, spec: CommandSpec,
        into parsed: inout ParsedArguments
    ) throws(ArgumentError) {
        var name = argument
        var inlineValue: String?
        if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
            name = String(argument[..<equals])
            inlineValue = String(argument[argument.index(after: equals)...])
        }
        guard let option = spec.option(named: name) else {
            let names = spec.options.map { "--" + $0.name } + ["--help"]
            throw .unknownOption(name, suggestion: optionSuggestion(for: name, among: names))
        }
        if option.isFlag {
            if inlineValue != nil {
                throw .invalidValue(
                    option: "--" + option.name, value: inlineValue ?? "",
                    reason: "it is a flag and takes no value")
            }
            parsed.flags.insert(option.name)
            return
        }
        guard parsed.values[option.name] == nil else { throw .repeatedOption("--" + option.name) }
        if let inlineValue {
            parsed.values[option.name] = inlineValue
        } else if index < arguments.count {
            parsed.values[option.name] = arguments[index]
            index += 1
        } else {
            throw .missingValue(option: "--" + option.name, valueName: option.valueName ?? "VALUE")
        }
    }

    private static func checkComplete(_ parsed: ParsedArguments, spec: CommandSpec)
        throws(ArgumentError)
    {
        for option in spec.options where option.isRequired && parsed.values[option.name] == nil {
            throw .missingOption("--" + option.name)
        }
        let required = spec.arguments.filter { !$0.isOptional }
        if parsed.positionals.count < required.count {
            throw .missingArgument(required[parsed.positionals.count].name)
        }
        let repeats = spec.arguments.contains { $0.isRepeating }
        if !repeats, parsed.positionals.count > spec.arguments.count {
            throw .unexpectedArgument(parsed.positionals[spec.arguments.count])
        }
    }
}

/// The option a mistyped one most likely meant: the nearest by edit distance, or else the only one
/// it starts with or is the start of (`--output` for `--out`, `--thr` for `--threads`).
private func optionSuggestion(for name: String, among names: [String]) -> String? {
    if let near = EditDistance.suggestion(for: name, among: names) { return near }
    let prefixed = names.filter { name.hasPrefix($0) || $0.hasPrefix(name) }
    return prefixed.count == 1 ? prefixed[0] : nil
}
