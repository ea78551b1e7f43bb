/// Writes a command's `--help` from its `CommandSpec`, so the help can never disagree with the parser.
enum UsageText {
    static func usageLine(_ spec: CommandSpec) -> String {
        var parts = ["tender", spec.name]
        for argument in spec.arguments {
            var text = argument.name + (argument.isRepeating ? "..." : "")
            if argument.isOptional { text = "[\(text)]" }
            parts.append(text)
        }
        for option in spec.options {
            let text = "--" + option.name + (option.valueName.map { " " + $0 } ?? "")
            parts.append(option.isRequired ? text : "[\(text)]")
        }
        return parts.joined(separator: " ")
    }

    static func help(_ spec: CommandSpec) -> String {
        var lines = ["OVERVIEW: \(spec.abstract)", ""]
        if !spec.discussion.isEmpty { lines += [spec.discussion, ""] }
        lines += ["USAGE: \(usageLine(spec))", ""]
        if !spec.arguments.isEmpty {
            lines.append("ARGUMENTS:")
            lines += spec.arguments.map { row($0.name, $0.help) }
            lines.append("")
        }
        lines.append("OPTIONS:")
        for option in spec.options {
            var name = "--" + option.name + (option.valueName.map { " " + $0 } ?? "")
            if let short = option.short { name = "-\(short), " + name }
            let help = option.help + (option.defaultText.map { " (default: \($0))" } ?? "")
            lines.append(row(name, help))
        }
        lines.append(row("-h, --help", "Show help information."))
        if !spec.examples.isEmpty {
            lines += ["", "EXAMPLES:"] + spec.examples.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, _ help: String) -> String {
        let padded =
            name.count < 24
            ? name + String(repeating: " ", count: 24 - name.count)
            : name + "\n" + String(repeating: " ", count: 26)
        return "  " + padded + help
    }
}
